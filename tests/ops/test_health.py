"""GET /healthz and GET /metrics: no login, real databases, figures the daemon recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from ingest.poll import checkpoint_for
from models.base import utcnow
from models.digest import Digest, DigestDelivery, Subscriber
from models.event import Event
from models.message import FAILED, RawMessage
from review.app import create_app
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig, InboxConfig, WebConfig
from unmignet.ops import record_poll

OUTSIDER = {"REMOTE_ADDR": "203.0.113.7"}


def _polled(app: App, account: str, ago: timedelta, error: str | None = None) -> None:
    with app.sessions.begin() as session:
        cp = checkpoint_for(session, account, "INBOX")
        cp.last_success_at = utcnow() - ago
        cp.last_error = error
        cp.token_expires_at = datetime(2030, 1, 1, tzinfo=UTC)


def _raw(n: int, state: str) -> RawMessage:
    return RawMessage(
        account="partners", folder="INBOX", sha256=f"{n:064d}", raw=b"x", size=1, state=state
    )


def _seed(app: App) -> None:
    with app.sessions.begin() as session:
        session.add_all([_raw(1, "done"), _raw(2, FAILED), _raw(3, FAILED)])
        session.add_all(
            [Event(title="a"), Event(title="b"), Event(title="c", review_state="approved")]
        )
        subscriber, digest = Subscriber(email="s@x.org"), Digest(week="2026-W50")
        session.add_all([subscriber, digest])
        session.flush()
        session.add(DigestDelivery(digest_id=digest.id, subscriber_id=subscriber.id, state="sent"))


def test_healthz_is_503_until_an_account_has_polled(client: FlaskClient, app: App) -> None:
    """Without login /healthz answers JSON; 503 before any poll, 200 once an account polled
    recently, with its age, token expiry, failed messages, pending reviews and next digest."""
    first = client.get("/healthz")
    assert first.status_code == 503
    assert first.json is not None and first.json["status"] == "unhealthy"
    assert first.json["database"]["reachable"] is True
    _seed(app)
    _polled(app, "partners", timedelta(minutes=2))
    body = client.get("/healthz")
    assert body.status_code == 200, body.json
    data = body.json
    assert data is not None
    (account,) = data["accounts"]
    assert account["account"] == "partners" and 110 <= account["age_seconds"] <= 300
    assert account["token_expires_at"].startswith("2030-01-01")
    assert data["messages_failed"] == 2 and data["events_pending_review"] == 2
    assert datetime.fromisoformat(data["next_digest"]) > datetime.now(UTC)


def test_healthz_is_503_when_no_account_polled_within_three_intervals(
    client: FlaskClient, app: App
) -> None:
    """Three poll intervals (5 minutes each by default) without a success make it unhealthy,
    even when another account keeps failing in between."""
    _polled(app, "partners", timedelta(minutes=16))
    _polled(app, "other", timedelta(minutes=40), error="login refused")
    assert client.get("/healthz").status_code == 503
    _polled(app, "partners", timedelta(minutes=14))
    assert client.get("/healthz").status_code == 200


def test_healthz_is_503_when_the_database_is_down(tmp_path: Path) -> None:
    """A database that cannot be opened gives 503 with reachable false, not a 500."""
    url = f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}"
    app = App(Config(database=DatabaseConfig(url=url)))
    response = create_app(app, testing=True).test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json is not None and response.json["database"]["reachable"] is False
    assert "missing-dir" not in response.get_data(as_text=True)


def test_metrics_in_prometheus_text_format_for_loopback(client: FlaskClient, app: App) -> None:
    """/metrics answers a loopback client with the text format and the figures of the database
    and of the daemon's last poll (duration, failures in a row)."""
    _seed(app)
    _polled(app, "partners", timedelta(minutes=1), error="timeout")
    daemon = App(replace(app.config, inbox=InboxConfig(path="/srv/inbox", name="partners")))
    record_poll(daemon, 1.25)
    daemon.engine.dispose()
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.content_type == "text/plain; version=0.0.4; charset=utf-8"
    lines = response.get_data(as_text=True).splitlines()
    for expected in (
        "# TYPE unmignet_messages_stored_total counter",
        'unmignet_messages_stored_total{account="partners"} 3',
        "unmignet_extraction_failures_total 2",
        "unmignet_events_pending_review 2",
        'unmignet_digest_deliveries_total{status="sent"} 1',
        'unmignet_poll_duration_seconds{account="partners"} 1.25',
        'unmignet_poll_failures_in_a_row{account="partners"} 1',
        "unmignet_database_up 1",
    ):
        assert expected in lines
    samples = [line for line in lines if not line.startswith("#")]
    assert all(len(line.split(" ")) == 2 and float(line.split(" ")[1]) >= 0 for line in samples)


def test_metrics_refuses_other_clients_without_a_token(client: FlaskClient) -> None:
    """A client that is not on the loopback interface gets 403 when no token is configured."""
    assert client.get("/metrics", environ_base=OUTSIDER).status_code == 403
    assert client.get("/healthz", environ_base=OUTSIDER).status_code in (200, 503)


def test_metrics_wants_the_bearer_token_when_one_is_configured(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With [web] metrics_token_env set, the token is needed from every client (loopback too)."""
    monkeypatch.setenv("UNMIGNET_TEST_METRICS_TOKEN", "s3cret-metrics-token")
    web = WebConfig(metrics_token_env="UNMIGNET_TEST_METRICS_TOKEN")
    app = App(Config(database=DatabaseConfig(url=sqlite_url), web=web))
    client = create_app(app, testing=True).test_client()
    good = {"Authorization": "Bearer s3cret-metrics-token"}
    assert client.get("/metrics", headers=good, environ_base=OUTSIDER).status_code == 200
    assert client.get("/metrics").status_code == 403
    bad = {"Authorization": "Bearer wrong"}
    assert client.get("/metrics", headers=bad, environ_base=OUTSIDER).status_code == 403
    app.engine.dispose()
