"""Fixtures for the review app: a seeded database, a Flask app, logged-in clients, a live server."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import BaseWSGIServer, make_server

from models.event import Event
from models.message import DONE, RawMessage
from parsers.extract import Extractor
from review.app import create_app
from review.security import add_user
from unmignet.app import App

PASSWORD = "correct horse battery"
REVIEWER = "reviewer@example.org"
ADMIN = "admin@example.org"


def build_mail(
    subject: str,
    body: str,
    *,
    sender: str = "Partner Office <events@partner.example>",
    html: str | None = None,
    attachments: tuple[tuple[str, bytes, str], ...] = (),
    headers: dict[str, str] | None = None,
) -> bytes:
    """A test mail written for these tests."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "inbox@network.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain="partner.example")
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, payload, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def store_mail(app: App, raw: bytes, **extra: object) -> int:
    """Store a mail as ingestion would and return its id."""
    import email
    from email import policy

    parsed = email.message_from_bytes(raw, policy=policy.default)
    with app.sessions.begin() as session:
        values: dict[str, object] = {
            "account": "test",
            "folder": "INBOX",
            "message_id": str(parsed["Message-ID"]),
            "sha256": hashlib.sha256(raw).hexdigest(),
            "raw": raw,
            "size": len(raw),
            "subject": str(parsed["Subject"] or ""),
            "sender": str(parsed["From"] or ""),
            "state": DONE,
        }
        message = RawMessage(**(values | extra))
        session.add(message)
        session.flush()
        return message.id


def store_event(app: App, message_id: int | None, **values: object) -> int:
    defaults: dict[str, object] = {
        "title": "Regional dialogue on labour migration",
        "start_date": date(2026, 4, 14),
        "end_date": date(2026, 4, 15),
        "city": "Dakar",
        "country": "SN",
        "event_type": "policy_dialogue",
        "organizer": "Partner Office",
        "confidence": {"title": 0.9, "start_date": 0.95, "city": 0.4, "organizer": 0.3},
    }
    with app.sessions.begin() as session:
        event = Event(message_id=message_id, **(defaults | values))
        session.add(event)
        session.flush()
        return event.id


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real extractor, built once (spaCy load is the expensive part)."""
    return Extractor()


@dataclass(frozen=True)
class Seeded:
    message_id: int
    event_id: int
    other_event_id: int


@pytest.fixture
def review_app(sqlite_app: App, monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("UNMIGNET_SECRET_KEY", "test-secret-key-for-sessions-0123456789")
    with sqlite_app.sessions.begin() as session:
        add_user(session, REVIEWER, PASSWORD, "reviewer")
        add_user(session, ADMIN, PASSWORD, "admin")
    return sqlite_app


@pytest.fixture
def seeded(review_app: App) -> Seeded:
    body = (
        "Dear colleagues,\n\nWe are pleased to invite you to the Regional dialogue on labour "
        "migration, 14-15 April 2026, at the Hotel Terrou-Bi in Dakar, Senegal.\n\n"
        "Registration: https://partner.example/register\n"
    )
    raw = build_mail("Invitation: Regional dialogue on labour migration", body)
    message_id = store_mail(review_app, raw)
    start = body.index("Regional dialogue")
    city = body.index("Dakar")
    event_id = store_event(
        review_app,
        message_id,
        evidence={
            "title": ["body", start, start + len("Regional dialogue on labour migration"), "t"],
            "city": ["body", city, city + 5, "gazetteer"],
        },
    )
    other = store_event(
        review_app,
        None,
        title="Photo exhibition: journeys",
        start_date=date(2026, 5, 3),
        end_date=None,
        city="Rabat",
        country="MA",
        event_type="exhibition_cultural",
        organizer="Arts Collective",
        confidence={"title": 0.95},
    )
    return Seeded(message_id, event_id, other)


@pytest.fixture
def flask_app(review_app: App) -> Flask:
    return create_app(review_app, testing=True)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None, "page has no CSRF token"
    return found.group(1)


def login(client: FlaskClient, email: str = REVIEWER, password: str = PASSWORD) -> str:
    """Log in through the form; return the session's CSRF token."""
    page = client.get("/login").get_data(as_text=True)
    response = client.post(
        "/login", data={"email": email, "password": password, "csrf_token": csrf_of(page)}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    return csrf_of(client.get("/").get_data(as_text=True))


@pytest.fixture
def client(flask_app: Flask) -> FlaskClient:
    return flask_app.test_client()


@pytest.fixture
def live_server(flask_app: Flask) -> Iterator[str]:
    """The app served by werkzeug on 127.0.0.1 and a free port, in a thread."""
    server: BaseWSGIServer = make_server("127.0.0.1", 0, flask_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)
