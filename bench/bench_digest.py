"""Benchmark: render a digest of 200 events; send a digest to 1,000 recipients through a local
aiosmtpd server (SQLite ledger, one SMTP connection, no rate limit). Prints medians.

    .venv/bin/python bench/bench_digest.py
"""

from __future__ import annotations

import os
import socket
import statistics
import tempfile
import time
from datetime import date, timedelta
from typing import Any

from aiosmtpd.controller import Controller

from digest.content import DigestContent, DigestEvent, assign_sections, window_for
from digest.render import Options, Renderer
from digest.service import send_week
from models.base import utcnow
from models.digest import Subscriber
from models.event import APPROVED, Event
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig, SmtpConfig, WebConfig

WEEK = "2026-W50"
MONDAY = date(2026, 12, 7)


class Counter:
    def __init__(self) -> None:
        self.count = 0
        self.bytes = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        self.bytes += len(envelope.original_content or b"")
        return "250 OK"


# Places on every continent and online, so a long digest carries its count by region.
PLACES = (
    ("Geneva", "CH", "in_person"),
    ("Nairobi", "KE", "in_person"),
    ("Bangkok", "TH", "hybrid"),
    ("Mexico City", "MX", "in_person"),
    (None, None, "online"),
    ("Dakar", "SN", "in_person"),
    ("Brussels", "BE", "in_person"),
    ("Suva", "FJ", "in_person"),
)


def sample_events(n: int) -> list[DigestEvent]:
    return [
        DigestEvent(
            id=i,
            title=f"Regional dialogue on labour migration governance, session {i}",
            start_date=(MONDAY + timedelta(days=i % 27)).isoformat(),
            start_time="10:00",
            end_time="12:30",
            timezone="Europe/Zurich",
            city=PLACES[i % len(PLACES)][0],
            country=PLACES[i % len(PLACES)][1],
            mode=PLACES[i % len(PLACES)][2],
            organizer="Migration Partners Forum",
            registration_url=f"https://forum.example.org/events/{i}",
        )
        for i in range(n)
    ]


def bench_render(runs: int = 7) -> None:
    renderer = Renderer()
    content = DigestContent(
        window=window_for(WEEK, 28), events=tuple(assign_sections(sample_events(200), None))
    )
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = renderer.render(content, Options())
        times.append(time.perf_counter() - start)
    print(
        f"render 200 events: median {statistics.median(times) * 1000:.0f} ms over {runs} runs; "
        f"HTML {len(out.html.encode()) / 1024:.1f} KB with {out.shown} events shown, "
        f"{out.more} left to the online version; text {len(out.text.encode()) / 1024:.1f} KB"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed(app: App, events: int, recipients: int) -> None:
    app.init_schema()
    with app.sessions.begin() as session:
        for e in sample_events(events):
            session.add(
                Event(
                    title=e.title,
                    start_date=date.fromisoformat(e.start_date),
                    start_time=e.start_time,
                    end_time=e.end_time,
                    timezone=e.timezone,
                    city=e.city,
                    country=e.country,
                    mode=e.mode,
                    organizer=e.organizer,
                    registration_url=e.registration_url,
                    review_state=APPROVED,
                    reviewed_at=utcnow(),
                )
            )
        for i in range(recipients):
            session.add(Subscriber(email=f"r{i:05d}@example.org", regions=[], event_types=[]))


def bench_send(recipients: int = 1000, events: int = 200) -> None:
    handler = Counter()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    os.environ["UNMIGNET_BENCH_SECRET"] = "bench-secret-key-0123456789"
    with tempfile.TemporaryDirectory() as folder:
        config = Config(
            database=DatabaseConfig(url=f"sqlite:///{folder}/bench.db"),
            smtp=SmtpConfig(
                host="127.0.0.1", port=port, security="plain", auth="none", rate_per_minute=0
            ),
            web=WebConfig(
                base_url="https://events.example.org", secret_key_env="UNMIGNET_BENCH_SECRET"
            ),
        )
        app = App(config)
        seed(app, events, recipients)
        start = time.perf_counter()
        report = send_week(app.sessions, config, week=WEEK)
        elapsed = time.perf_counter() - start
        app.engine.dispose()
    controller.stop()
    print(
        f"send to {recipients} recipients ({events} events): {elapsed:.1f} s, "
        f"{recipients / elapsed:.0f} msg/s; server got {handler.count} messages, "
        f"{handler.bytes / handler.count / 1024:.0f} KB each; {report}"
    )


if __name__ == "__main__":
    bench_render()
    bench_send()
