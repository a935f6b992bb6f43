"""A database wait is never silent: slow statements are logged, PostgreSQL waits are bounded."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from sqlalchemy import create_engine, text, update

import models.base
from models.message import MailboxCheckpoint
from unmignet.app import App


def hold_write_lock(url: str, seconds: float, held: threading.Event) -> None:
    """Another client takes the checkpoint table's write lock, holds it, then lets go."""
    engine = create_engine(url)
    with engine.connect() as conn:
        if url.startswith("sqlite"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.execute(text("LOCK TABLE mailbox_checkpoint IN ACCESS EXCLUSIVE MODE"))
        held.set()
        time.sleep(seconds)
        conn.rollback()
    engine.dispose()


def test_a_statement_that_waits_for_a_lock_is_logged(
    app: App, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A write that waits longer than SLOW_WAIT_SECONDS behind another client's lock is logged
    with a warning saying how long it waited."""
    monkeypatch.setattr(models.base, "SLOW_WAIT_SECONDS", 0.3)
    held = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(app.config.database.url, 1.0, held))
    holder.start()
    assert held.wait(10)
    with caplog.at_level(logging.WARNING, logger="models.base"), app.sessions.begin() as session:
        session.execute(update(MailboxCheckpoint).values(stored_count=0))
    holder.join(10)
    waits = [r.getMessage() for r in caplog.records if "waited" in r.getMessage()]
    assert len(waits) == 1 and "UPDATE mailbox_checkpoint" in waits[0], waits
    caplog.clear()
    monkeypatch.setattr(models.base, "SLOW_WAIT_SECONDS", 3.0)
    with caplog.at_level(logging.WARNING, logger="models.base"), app.sessions.begin() as session:
        session.execute(update(MailboxCheckpoint).values(stored_count=0))
    assert not caplog.records  # an unhindered statement says nothing


@pytest.mark.postgres
def test_postgresql_connections_have_lock_and_statement_timeouts(
    pg_database_url: str,
) -> None:
    """Every connection of the app's engine gives up on a lock after a minute and on a statement
    after five (the caller sees a transient error and retries) instead of waiting for ever."""
    engine = models.base.make_engine(pg_database_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(text("SHOW lock_timeout")) == "1min"
            assert conn.scalar(text("SHOW statement_timeout")) == "5min"
    finally:
        engine.dispose()
