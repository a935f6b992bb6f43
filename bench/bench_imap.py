"""IMAP ingestion benchmark against a real Dovecot (started and stopped here).

Prints: fetch-and-store rate for a 5,000-message backfill (then with extraction), the latency of
a poll with nothing new on a 10,000-message folder over an open connection, IDLE
delivery-to-record latency, and peak RSS. Run: ``.venv/bin/python bench/bench_imap.py``; with
``UNMIGNET_BENCH_PG_URL`` set to a PostgreSQL server URL (for example
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``) the backfill is also measured into a
fresh database created there and dropped afterwards. ``--repeat N`` measures each backfill N times
(a fresh database each time) and prints min and median; ``--backfill-only`` skips the poll and
IDLE latencies.
"""

from __future__ import annotations

import argparse
import os
import resource
import ssl
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from dovecot import PASSWORD, Dovecot, make_message, new_user  # noqa: E402
from imapclient import IMAPClient  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

from ingest.backoff import Backoff  # noqa: E402
from ingest.idle import IdleWatcher  # noqa: E402
from ingest.imap import ImapMailbox  # noqa: E402
from ingest.poll import PollReport, poll_folder  # noqa: E402
from models.schema import upgrade  # noqa: E402
from unmignet import jobs  # noqa: E402
from unmignet.app import App  # noqa: E402
from unmignet.config import (  # noqa: E402
    AccountConfig,
    Config,
    DatabaseConfig,
    ExtractConfig,
)

ENV = "UNMIGNET_BENCH_IMAP_PASSWORD"


def account(server: Dovecot, user: str) -> AccountConfig:
    return AccountConfig(
        name="bench",
        host="127.0.0.1",
        port=server.tls_port,
        username=user,
        password_env=ENV,
        ca_file=str(server.cert_file),
    )


def fresh_app(folder: Path, name: str, acc: AccountConfig | None = None) -> App:
    app = App(
        Config(
            database=DatabaseConfig(url=f"sqlite:///{folder / name}"),
            accounts=(acc,) if acc else (),
            extract=ExtractConfig(use_ner=False),
        )
    )
    upgrade(app.engine)
    return app


@contextmanager
def pg_app(server_url: str) -> Iterator[App]:
    """An App on a fresh PostgreSQL database created on ``server_url``, dropped afterwards."""
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    name = f"unmignet_bench_imap_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    app = App(Config(database=DatabaseConfig(url=url), extract=ExtractConfig(use_ner=False)))
    try:
        upgrade(app.engine)
        yield app
    finally:
        app.engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def backfill(server: Dovecot, folder: Path, count: int, pg_url: str | None, repeat: int) -> None:
    user = new_user("bench")
    server.append(user, (make_message(i, body_size=3000) for i in range(count)))
    fetch_only(server, user, count)
    fetch_only(server, user, count)
    if pg_url:
        rates = []
        for _ in range(repeat):
            with pg_app(pg_url) as app:
                report, stored_s = stored_rate(server, user, app, "PostgreSQL")
                rates.append(report.stored / stored_s)
        summary("PostgreSQL", rates)
    rates = []
    for run in range(repeat):
        app = fresh_app(folder, f"backfill{run}.db")
        report, stored_s = stored_rate(server, user, app, "SQLite")
        rates.append(report.stored / stored_s)
    summary("SQLite", rates)
    started = time.perf_counter()
    processed = jobs.process(app)
    extract_s = time.perf_counter() - started
    total = stored_s + extract_s
    print(
        f"  then extraction (no NER): {processed.processed / extract_s:,.1f} msg/s; "
        f"end to end {report.stored / total:,.1f} msg/s"
    )


def summary(label: str, rates: list[float]) -> None:
    if len(rates) > 1:
        print(
            f"  {label} over {len(rates)} runs: min {min(rates):,.0f}, "
            f"median {statistics.median(rates):,.0f}, max {max(rates):,.0f} msg/s"
        )


def fetch_only(server: Dovecot, user: str, count: int) -> None:
    """imapclient alone, ``BODY.PEEK[]`` in batches of 200: the reference (and the warm-up of
    Dovecot's index and cache, so that every measurement below reads a warm mailbox)."""
    client = IMAPClient("127.0.0.1", port=server.tls_port, ssl_context=ssl_context(server))
    client.login(user, PASSWORD)
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["ALL"])
    started = time.perf_counter()
    for start in range(0, len(uids), 200):
        client.fetch(uids[start : start + 200], ["BODY.PEEK[]"])
    rate = len(uids) / (time.perf_counter() - started)
    client.logout()
    assert len(uids) == count
    print(f"imapclient alone, BODY.PEEK[] of {count} msgs: {rate:,.0f} msg/s")


def ssl_context(server: Dovecot) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.cert_file))


def stored_rate(server: Dovecot, user: str, app: App, label: str) -> tuple[PollReport, float]:
    mailbox = ImapMailbox(account(server, user))
    started = time.perf_counter()
    report = poll_folder(app.sessions, mailbox, "INBOX")
    stored_s = time.perf_counter() - started
    mailbox.close()
    rate = report.stored / stored_s
    print(f"backfill {report.stored} msgs into {label}, fetch+store: {rate:,.0f} msg/s")
    return report, stored_s


def idle_poll_latency(server: Dovecot, folder: Path, count: int) -> None:
    user = new_user("bench")
    server.append(user, (make_message(i) for i in range(count)))
    app = fresh_app(folder, "poll.db")
    mailbox = ImapMailbox(account(server, user))
    poll_folder(app.sessions, mailbox, "INBOX")
    times = []
    for _ in range(50):
        started = time.perf_counter()
        report = poll_folder(app.sessions, mailbox, "INBOX")
        times.append(time.perf_counter() - started)
        assert report.stored == 0
    mailbox.close()
    print(
        f"poll with nothing new on {count:,} msgs (open connection): "
        f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms"
    )


def idle_latency(server: Dovecot, folder: Path, rounds: int = 10) -> None:
    user = new_user("bench")
    acc = account(server, user)
    app = fresh_app(folder, "idle.db", acc)
    app.extractor  # noqa: B018 - built before timing
    stop = threading.Event()
    seen = threading.Event()

    def on_change(mailbox: object, name: str) -> None:
        report = jobs.idle_poll(app, mailbox, name, "none")  # type: ignore[arg-type]
        if report.stored:
            seen.set()

    watcher = IdleWatcher(
        lambda: ImapMailbox(acc), "INBOX", on_change, stop, backoff=Backoff(0.2, 1)
    )
    watcher.start()
    time.sleep(1.0)
    latencies = []
    for i in range(rounds):
        seen.clear()
        started = time.perf_counter()
        server.append(user, [make_message(i)])
        if not seen.wait(10):
            raise SystemExit("IDLE did not report a delivery within 10 s")
        latencies.append(time.perf_counter() - started)
        time.sleep(0.2)
    stop.set()
    watcher.join(5)
    print(
        f"IDLE delivery-to-record (stored and extracted): median "
        f"{statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="backfills per database")
    parser.add_argument("--backfill-only", action="store_true", help="skip the latencies")
    args = parser.parse_args()
    os.environ[ENV] = PASSWORD
    server = Dovecot.create()
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            pg_url = os.environ.get("UNMIGNET_BENCH_PG_URL")
            backfill(server, Path(tmp), 5000, pg_url, max(1, args.repeat))
            if not args.backfill_only:
                idle_poll_latency(server, Path(tmp), 10_000)
                idle_latency(server, Path(tmp))
    finally:
        server.destroy()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
