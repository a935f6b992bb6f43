"""Processing meets faults: killed workers, lost database connections, failing extractions.

Real SQLite and PostgreSQL; the worker killed is a real process (SIGKILL); the PostgreSQL
connections are terminated by the server (``pg_terminate_backend``).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text, update

from ingest.backoff import Backoff
from ingest.localdir import LocalMailbox
from ingest.poll import poll_folder
from models.base import make_engine
from models.message import DONE, FAILED, PENDING, PROCESSING, RawMessage
from parsers.extract import Extractor
from parsers.types import ExtractionResult
from unmignet import jobs
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig
from unmignet.processing import MAX_ATTEMPTS, process_pending, release_dead_claims

WORKER = Path(__file__).with_name("claim_worker.py")


def store_inbox(app: App, folder: Path) -> int:
    """Store the demo inbox; how many messages."""
    return poll_folder(app.sessions, LocalMailbox(folder), "local").stored


def states(app: App) -> dict[int, tuple[str, int, str | None]]:
    """id -> (state, attempts, claimed_by) of every stored message."""
    with app.sessions() as session:
        rows = session.execute(
            select(RawMessage.id, RawMessage.state, RawMessage.attempts, RawMessage.claimed_by)
        )
        return {row.id: (row.state, row.attempts, row.claimed_by) for row in rows}


def with_extractor(app: App, extractor: object) -> App:
    app.__dict__["extractor"] = extractor  # the cached property, set for this App
    return app


# --- a worker killed mid-batch ----------------------------------------------------------------


def test_claims_of_a_killed_worker_are_processed_at_the_next_start(
    app: App, mail_folder: Path, extractor: Extractor
) -> None:
    """A worker process claims a batch and is SIGKILLed; the next round (what `unmignet run`
    and `poll` do at start) processes those messages at once, not 15 minutes later."""
    total = store_inbox(app, mail_folder)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), app.config.database.url, "5"],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert worker.stdout is not None
    claimed = [int(i) for i in worker.stdout.readline().split()]
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    assert len(claimed) == 5
    assert {states(app)[i][0] for i in claimed} == {PROCESSING}
    report = jobs.process(with_extractor(app, extractor))
    assert report.processed == total and report.failed == 0
    assert {state for state, _, _ in states(app).values()} == {DONE}


def test_only_claims_of_dead_processes_of_this_host_are_released(
    app: App, mail_folder: Path
) -> None:
    """A claim by a live process of this host, or by another host, is left alone; one by a
    process of this host that no longer exists is put back to pending."""
    store_inbox(app, mail_folder)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    here = os.uname().nodename
    holders = [f"{here}:{os.getpid()}", "elsewhere.example.org:1", f"{here}:{dead.pid}"]
    ids = sorted(states(app))[:3]
    with app.sessions.begin() as session:
        for message_id, holder in zip(ids, holders, strict=True):
            session.execute(
                update(RawMessage)
                .where(RawMessage.id == message_id)
                .values(state=PROCESSING, claimed_by=holder, claimed_at=RawMessage.received_at)
            )
    assert release_dead_claims(app.sessions, host=here) == 1
    after = states(app)
    assert [after[i][0] for i in ids] == [PROCESSING, PROCESSING, PENDING]


# --- extraction errors: failed, retried a bounded number of times -----------------------------


class FlakyExtractor:
    """The real extractor, except that it raises for ``poison`` always and for ``flaky`` on its
    first attempt only (injected extraction errors)."""

    def __init__(self, real: Extractor, poison: bytes, flaky: bytes) -> None:
        self.real, self.poison, self.flaky = real, poison, flaky
        self.calls: dict[bytes, int] = {}

    def extract(self, raw: bytes) -> ExtractionResult:
        self.calls[raw] = self.calls.get(raw, 0) + 1
        if raw == self.poison or (raw == self.flaky and self.calls[raw] == 1):
            raise ValueError("injected extraction error")
        return self.real.extract(raw)


def test_failed_extractions_are_retried_in_later_rounds_up_to_the_bound(
    app: App, mail_folder: Path, extractor: Extractor
) -> None:
    """A message whose extraction fails is `failed`, tried again once per later round (never
    twice in one) until MAX_ATTEMPTS attempts; one that fails once is done at the next round."""
    files = sorted(mail_folder.glob("*.eml"))
    store_inbox(app, mail_folder)
    flaky = FlakyExtractor(extractor, files[1].read_bytes(), files[2].read_bytes())
    with_extractor(app, flaky)
    first = jobs.process(app)
    assert (first.failed, first.processed) == (2, len(files) - 2)
    second = jobs.process(app)
    assert (second.failed, second.processed) == (1, 1)
    for _ in range(MAX_ATTEMPTS + 2):
        jobs.process(app)
    by_raw = {raw: state for raw, state in _raw_states(app)}
    assert by_raw[flaky.poison] == (FAILED, MAX_ATTEMPTS)
    assert by_raw[flaky.flaky][0] == DONE
    assert flaky.calls[flaky.poison] == MAX_ATTEMPTS


def _raw_states(app: App) -> Iterator[tuple[bytes, tuple[str, int]]]:
    with app.sessions() as session:
        for row in session.execute(select(RawMessage.raw, RawMessage.state, RawMessage.attempts)):
            yield row.raw, (row.state, row.attempts)


# --- transient database errors (PostgreSQL) ---------------------------------------------------


@pytest.fixture
def pg_app(pg_database_url: str) -> Iterator[App]:
    """An App on the session's PostgreSQL database, emptied first."""
    engine = make_engine(pg_database_url)
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE raw_message RESTART IDENTITY CASCADE"))
        conn.execute(text("TRUNCATE mailbox_checkpoint RESTART IDENTITY CASCADE"))
    engine.dispose()
    application = App(Config(database=DatabaseConfig(url=pg_database_url)))
    yield application
    application.engine.dispose()


class TerminatingExtractor:
    """The real extractor; at the given calls it first has the server terminate every other
    connection to the database (the worker's own, in the middle of its transaction), as an
    operator's ``pg_terminate_backend`` or a failover does."""

    def __init__(self, real: Extractor, url: str, at_calls: set[int]) -> None:
        self.real, self.at_calls, self.calls = real, at_calls, 0
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self.terminated = 0

    def extract(self, raw: bytes) -> ExtractionResult:
        self.calls += 1
        if self.calls in self.at_calls:
            with self.admin.connect() as conn:
                self.terminated += int(
                    conn.scalar(
                        text(
                            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        )
                    )
                    or 0
                )
        return self.real.extract(raw)


@pytest.mark.postgres
def test_terminated_database_connections_mid_burst_fail_no_message(
    pg_app: App, mail_folder: Path, extractor: Extractor, caplog: pytest.LogCaptureFixture
) -> None:
    """PostgreSQL terminates the worker's connections three times during a burst: every message
    ends `done`, none `failed` (a lost connection says nothing about the message: its claim is
    put back and the worker pauses, then goes on)."""
    total = store_inbox(pg_app, mail_folder)
    killer = TerminatingExtractor(extractor, pg_app.config.database.url, {3, 8, 13})
    try:
        with caplog.at_level(logging.WARNING, logger="unmignet.processing"):
            report = process_pending(
                pg_app.sessions, killer, batch_size=4, backoff=Backoff(base=0.05, cap=0.2)
            )
    finally:
        killer.admin.dispose()
    assert killer.terminated >= 3
    final = states(pg_app)
    assert {state for state, _, _ in final.values()} == {DONE}, final
    assert report.failed == 0 and report.processed == total
    assert sum("transient" in r.getMessage() for r in caplog.records) >= 3
