"""The poller survives being killed mid-backfill and Dovecot restarting under IDLE."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from dovecot import PASSWORD, Dovecot, make_message
from imap_support import PASSWORD_ENV, account_for, app_for
from sqlalchemy import func, select

from ingest.backoff import Backoff
from ingest.idle import IdleWatcher
from ingest.imap import ImapMailbox
from models.message import RawMessage
from unmignet import jobs
from unmignet.app import App

pytestmark = pytest.mark.imap
WORKER = Path(__file__).with_name("backfill_worker.py")


def count_rows(app: App) -> tuple[int, int, int]:
    """(rows, distinct UIDs, distinct sha256) of stored messages."""
    with app.sessions() as session:
        row = session.execute(
            select(
                func.count(),
                func.count(func.distinct(RawMessage.uid)),
                func.count(func.distinct(RawMessage.sha256)),
            )
        ).one()
    return int(row[0]), int(row[1]), int(row[2])


def run_worker(dovecot: Dovecot, user: str, db_url: str, batch: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    args = [db_url, "127.0.0.1", str(dovecot.tls_port), user, str(dovecot.cert_file), str(batch)]
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_sigkill_during_backfill_then_restart_stores_each_message_once(
    dovecot: Dovecot, user: str, sqlite_url: str
) -> None:
    """A 1,000-message backfill killed with SIGKILL mid-way and rerun stores all 1,000 once."""
    dovecot.append(user, [make_message(i, body_size=2000) for i in range(1000)])
    app = app_for(sqlite_url)
    worker = run_worker(dovecot, user, sqlite_url, batch=20)
    deadline = time.monotonic() + 60
    at_kill = 0
    while time.monotonic() < deadline and worker.poll() is None:
        at_kill = count_rows(app)[0]
        if at_kill >= 100:
            break
        time.sleep(0.005)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    assert worker.returncode == -signal.SIGKILL, "the backfill finished before it could be killed"
    assert 0 < at_kill < 1000
    rerun = run_worker(dovecot, user, sqlite_url, batch=200)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    assert count_rows(app) == (1000, 1000, 1000)
    assert 0 < int(out) <= 1000 - at_kill  # the rerun resumed: it skipped what was committed
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
@pytest.mark.slow
def test_idle_stores_new_mail_fast_and_resumes_after_a_server_restart(
    dovecot: Dovecot, user: str, sqlite_url: str
) -> None:
    """IDLE stores and extracts a delivery within a second; after Dovecot restarts, the watcher
    reconnects by itself and stores the mail delivered while the server was down."""
    account = account_for(dovecot, user)
    app = app_for(sqlite_url, account)
    app.extractor  # noqa: B018 - build the extractor before timing deliveries
    stop = threading.Event()
    watcher = IdleWatcher(
        lambda: ImapMailbox(account),
        "INBOX",
        lambda mailbox, folder: jobs._idle_poll_logged(app, mailbox, folder, after="none"),
        stop,
        backoff=Backoff(base=0.2, cap=1.0),
    )
    watcher.start()
    try:
        wait_for(lambda: watcher.connections == 1, 10)
        time.sleep(0.3)  # let the first IDLE begin
        started = time.monotonic()
        dovecot.append(user, [make_message(1)])
        wait_for(lambda: processed(app) == 1, 5)
        latency = time.monotonic() - started
        # Functional, not a benchmark: push delivery arrives in seconds, far sooner than any poll
        # (bench/bench_imap.py measures the latency: about 0.5 s here).
        assert latency < 5.0, f"IDLE delivery-to-record took {latency:.2f} s"
        dovecot.stop()
        dovecot.save_offline(user, make_message(2))  # delivered while the server is down
        dovecot.start()
        wait_for(lambda: processed(app) == 2, 20)
        assert watcher.connections >= 2
    finally:
        stop.set()
        watcher.join(10)
        app.engine.dispose()
    assert not watcher.is_alive()


def processed(app: App) -> int:
    """Messages extracted successfully (the test mail is well-formed: "failed" is a bug)."""
    with app.sessions() as session:
        states = list(session.scalars(select(RawMessage.state)))
    assert "failed" not in states
    return states.count("done")


def wait_for(condition: object, timeout: float) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"condition not met within {timeout} s")
