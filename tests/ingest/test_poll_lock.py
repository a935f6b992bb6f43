"""One poller per (account, folder) across processes: the second skips, nothing is doubled."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dovecot import PASSWORD, Dovecot, make_message
from imap_support import PASSWORD_ENV, account_for, app_for
from sqlalchemy import func, select, text

from ingest.locks import database_lock, folder_poll_lock
from models.base import make_engine
from models.message import RawMessage
from unmignet import jobs
from unmignet.app import App

pytestmark = pytest.mark.imap
WORKER = Path(__file__).with_name("poll_worker.py")


def counts(app: App) -> tuple[int, int]:
    """(rows, distinct UIDs) stored."""
    with app.sessions() as session:
        row = session.execute(select(func.count(), func.count(func.distinct(RawMessage.uid)))).one()
    return int(row[0]), int(row[1])


@pytest.mark.usefixtures("imap_env")
def test_a_folder_held_by_another_process_is_skipped(
    dovecot: Dovecot, user: str, db_url: str
) -> None:
    """While another process (here: another connection or file handle) holds the folder's lock,
    a poll skips the folder and says so; once released, the next poll stores the mail."""
    dovecot.append(user, [make_message(i) for i in range(3)])
    app = app_for(db_url, account_for(dovecot, user, after="seen"))
    other = make_engine(db_url)
    with database_lock(other, "partners", "INBOX") as held:
        assert held
        summary = jobs.poll_once(app)
        assert [p.skipped for p in summary.polls] == [True] and summary.errors == []
        assert counts(app) == (0, 0)
        assert not any(b"\\Seen" in flags for flags in dovecot.flags(user).values())
    summary = jobs.poll_once(app)
    assert [p.skipped for p in summary.polls] == [False] and counts(app) == (3, 3)
    assert all(b"\\Seen" in flags for flags in dovecot.flags(user).values())
    other.dispose()
    app.engine.dispose()


def test_lock_is_reentrant_per_call_and_released(db_url: str) -> None:
    """The lock is free again after use, and distinct folders never block each other."""
    engine = make_engine(db_url)
    with folder_poll_lock(engine, "a", "INBOX") as first:
        with database_lock(engine, "a", "Other") as other_folder:
            assert first and other_folder
        with database_lock(engine, "a", "INBOX") as same:
            assert not same
    with database_lock(engine, "a", "INBOX") as again:
        assert again
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_two_processes_polling_one_folder_store_each_message_once(
    dovecot: Dovecot, user: str, pg_database_url: str
) -> None:
    """Two `poll --once` processes started at the same instant on one PostgreSQL database and one
    1,000-message folder: one polls, the other skips the folder; every message is stored exactly
    once and neither blocks (no deadlock)."""
    db = app_for(pg_database_url)
    with db.engine.begin() as conn:  # the session's database: start from no stored mail
        conn.execute(text("TRUNCATE raw_message RESTART IDENTITY CASCADE"))
    dovecot.append(user, [make_message(i, body_size=500) for i in range(1000)])
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    start_at = str(time.time() + 3.0)
    args = [pg_database_url, str(dovecot.tls_port), user, str(dovecot.cert_file), "50", start_at]
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=90)
        assert worker.returncode == 0, err.decode()
        stored, skipped = map(int, out.split())
        results.append((stored, skipped))
    assert sorted(results) == [(0, 1), (1000, 0)]
    assert counts(db) == (1000, 1000)
    db.engine.dispose()
