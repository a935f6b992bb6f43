"""The daemon's start-up digest catch-up warns only when it really sent a missed run."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from unmignet.app import App
from unmignet.config import Config, DatabaseConfig, DigestConfig
from unmignet.scheduler import digest_catch_up_job


@pytest.fixture
def due_app(db_url: str) -> Iterator[App]:
    """An App whose weekly digest time (Monday 00:00) has always passed this week."""
    digest = DigestConfig(day_of_week="mon", hour=0, minute=0)
    application = App(Config(database=DatabaseConfig(url=db_url), digest=digest))
    yield application
    application.engine.dispose()


def test_catch_up_with_nothing_to_send_does_not_warn(
    due_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    """This week's run is due but there is nothing to send (no events, no subscribers): no
    warning "sent a run missed while down" (it was printed at every start); an info line says
    the run was due and nothing was sent."""
    with caplog.at_level(logging.INFO, logger="unmignet.scheduler"):
        digest_catch_up_job(due_app)
    lines = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert not [m for level, m in lines if level >= logging.WARNING], lines
    assert any("nothing to send" in m for _, m in lines), lines
