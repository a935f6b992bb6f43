"""Benchmark: the review app over 5,000 events on SQLite (queue page, filtered queue, record page
with the source mail parsed and highlighted, ICS feed, CSV) and the linking of a new event.
Prints medians in milliseconds.

    .venv/bin/python bench/bench_review.py
"""

from __future__ import annotations

import hashlib
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta

from models.event import APPROVED, NEEDS_REVIEW, Event
from models.message import RawMessage
from review.app import create_app
from review.linking import find_existing
from review.security import add_user
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig

EVENTS = 5000
WORDS = ["dialogue", "forum", "workshop", "migration", "labour", "climate", "youth", "return"]
WORDS += ["diaspora", "data"]
CITIES = ["Dakar", "Nairobi", "Lima", "Manila", "Rabat", "Geneva", "Bogotá", "Accra"]


def _mail(i: int) -> bytes:
    body = f"Dear colleagues, join the {WORDS[i % 10]} on migration in {CITIES[i % 8]}.\n" * 20
    return (
        f"From: Partner {i} <p{i}@example.org>\r\nTo: inbox@example.org\r\n"
        f"Subject: Invitation {i}\r\nMessage-ID: <m{i}@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def seed(app: App) -> None:
    start = date(2026, 1, 1)
    with app.sessions.begin() as session:
        add_user(session, "bench@example.org", "bench password 1", "admin")
        for i in range(EVENTS):
            raw = _mail(i)
            msg = RawMessage(
                account="b", folder="INBOX", sha256=hashlib.sha256(raw).hexdigest(), raw=raw,
                size=len(raw), subject=f"Invitation {i}", sender=f"p{i}@example.org",
                message_id=f"<m{i}@example.org>", state="done",
            )  # fmt: skip
            session.add(msg)
            session.flush()
            title = f"{WORDS[i % 10].title()} on {WORDS[(i // 10) % 10]} {i}"
            session.add(
                Event(
                    message_id=msg.id,
                    title=title,
                    start_date=start + timedelta(days=i % 365),
                    city=CITIES[i % 8],
                    country="SN",
                    review_state=APPROVED if i % 3 else NEEDS_REVIEW,
                    confidence={"title": 0.4, "city": 0.9},
                    evidence={"city": ["body", 40, 45, "g"]},
                )
            )


def median_ms(fn: Callable[[], object], runs: int = 15) -> float:
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    folder = tempfile.mkdtemp()
    app = App(Config(database=DatabaseConfig(url=f"sqlite:///{folder}/bench.db")))
    app.init_schema()
    seed(app)
    os.environ.setdefault("UNMIGNET_SECRET_KEY", "bench-secret-key-of-at-least-32-characters")
    client = create_app(app).test_client()
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"email": "bench@example.org", "password": "bench password 1",
                                "csrf_token": token})  # fmt: skip
    checks = {
        "queue (first 100 of 5,000)": lambda: client.get("/"),
        "queue filtered (country+partner+dates)": lambda: client.get(
            "/?country=SN&partner=p1&from=2026-03-01&to=2026-06-30"
        ),
        "record page (mail parsed, evidence highlighted)": lambda: client.get("/events/42"),
        "ICS feed (3,333 approved)": lambda: client.get("/exports/events.ics"),
        "CSV (5,000 events)": lambda: client.get("/exports/events.csv"),
    }
    for name, fn in checks.items():
        assert fn().status_code == 200, name
        print(f"{name:50s} {median_ms(fn, 5 if 'ICS' in name or 'CSV' in name else 15):8.1f} ms")
    values = {"title": "Forum on labour 17", "start_date": date(2026, 1, 18), "city": "Nairobi"}
    with app.sessions() as session:
        message = session.get_one(RawMessage, 1)
        print(f"{'linking: find the known event for a new one':50s} "
              f"{median_ms(lambda: find_existing(session, message, values)):8.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
