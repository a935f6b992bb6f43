"""Crash safety: `unmignet digest send` killed with SIGKILL mid-run, then run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from digest_support import (
    SECRET,
    SECRET_ENV,
    WEEK,
    SmtpServer,
    add_event,
    add_subscribers,
    write_config,
)
from sqlalchemy import select

from digest import ledger
from models.digest import Digest
from unmignet.app import App

UNMIGNET = str(Path(sys.executable).with_name("unmignet"))


def sender(config: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, SECRET_ENV: SECRET}
    return subprocess.Popen(
        [UNMIGNET, "--config", str(config), "digest", "send", "--week", WEEK],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_sender_killed_mid_send_then_rerun_delivers_everyone_exactly_once(
    digest_app: App, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """SIGKILL while the 6th message is in flight (after 5 accepted): the ledger shows 5 sent,
    1 in doubt, the rest pending; a second `digest send` completes: 12 recipients, 12 copies."""
    add_event(digest_app.sessions)
    emails = add_subscribers(digest_app.sessions, 12)
    config = write_config(tmp_path / "config.toml", digest_app.config.database.url, smtp_server)
    handler = smtp_server.handler
    handler.hold_after = 5

    first = sender(config)
    assert handler.holding.wait(timeout=120), first.communicate(timeout=5)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL

    with digest_app.sessions() as session:
        digest_id = session.scalars(select(Digest.id).where(Digest.week == WEEK)).one()
        assert ledger.counts(session, digest_id) == {"sent": 5, "sending": 1, "pending": 6}
    assert len(handler.received) == 5

    handler.hold_after = None
    second = sender(config)
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err.decode()
    assert "7 sent" in out.decode() and "(complete)" in out.decode()

    copies = Counter(r.rcpt_tos[0] for r in handler.received)
    assert sorted(copies) == emails
    assert set(copies.values()) == {1}
    with digest_app.sessions() as session:
        assert ledger.counts(session, digest_id) == {"sent": 12}
