"""IMAP ingestion benchmark against a real Dovecot (started and stopped here).

Prints: fetch-and-store rate for a 5,000-message backfill (then with extraction), the latency of
a poll with nothing new on a 10,000-message folder over an open connection, IDLE
delivery-to-record latency, and peak RSS. Run: ``.venv/bin/python bench/bench_imap.py``.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from dovecot import PASSWORD, Dovecot, make_message, new_user  # noqa: E402

from ingest.backoff import Backoff  # noqa: E402
from ingest.idle import IdleWatcher  # noqa: E402
from ingest.imap import ImapMailbox  # noqa: E402
from ingest.poll import poll_folder  # noqa: E402
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


def backfill(server: Dovecot, folder: Path, count: int) -> None:
    user = new_user("bench")
    server.append(user, (make_message(i, body_size=3000) for i in range(count)))
    app = fresh_app(folder, "backfill.db")
    mailbox = ImapMailbox(account(server, user))
    started = time.perf_counter()
    report = poll_folder(app.sessions, mailbox, "INBOX")
    stored_s = time.perf_counter() - started
    mailbox.close()
    print(f"backfill {report.stored} msgs, fetch+store: {report.stored / stored_s:,.0f} msg/s")
    started = time.perf_counter()
    processed = jobs.process(app)
    extract_s = time.perf_counter() - started
    total = stored_s + extract_s
    print(
        f"  then extraction (no NER): {processed.processed / extract_s:,.1f} msg/s; "
        f"end to end {report.stored / total:,.1f} msg/s"
    )


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
    os.environ[ENV] = PASSWORD
    server = Dovecot.create()
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            backfill(server, Path(tmp), 5000)
            idle_poll_latency(server, Path(tmp), 10_000)
            idle_latency(server, Path(tmp))
    finally:
        server.destroy()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
