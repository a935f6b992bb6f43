"""The web app through Flask's test client: sessions, CSRF, throttling, headers, routes."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from icalendar import Calendar

from models.event import Event
from models.message import FAILED
from review import security
from review.app import create_app
from tests.review.conftest import (
    ADMIN,
    PASSWORD,
    REVIEWER,
    Seeded,
    build_mail,
    csrf_of,
    login,
    store_mail,
)
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig, WebConfig


def test_every_page_but_login_needs_a_session(client: FlaskClient, seeded: Seeded) -> None:
    """Without a session, pages redirect to the login form; the login form itself is served."""
    for path in ("/", f"/events/{seeded.event_id}", "/failures", "/exports"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path
    assert client.get("/login").status_code == 200
    assert client.get("/api/events.json").status_code == 401  # an API answers, not redirects


def test_session_cookie_flags(client: FlaskClient) -> None:
    """The session cookie is HttpOnly and SameSite=Lax (Secure is tested behind a proxy)."""
    login(client)
    cookie = client.get_cookie("unmignet_session")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"


def test_proxy_headers_give_https_and_secure_cookie(review_app: App) -> None:
    """Behind a trusted proxy, X-Forwarded-Proto/Host are honoured and the cookie is Secure."""
    config = Config(database=review_app.config.database, web=WebConfig(trusted_proxies=1))
    flask_app = create_app(App(config), testing=True)
    client = flask_app.test_client()
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "events.example.org"}
    page = client.get("/login", headers=headers)
    set_cookie = page.headers.get("Set-Cookie", "")
    assert "Secure" in set_cookie and "HttpOnly" in set_cookie
    form = {"email": REVIEWER, "password": PASSWORD, "csrf_token": csrf_of(page.text)}
    client.post("/login", data=form, headers=headers)
    exports = client.get("/exports", headers=headers).get_data(as_text=True)
    assert "https://events.example.org/feed/" in exports


def test_post_without_csrf_token_is_refused(client: FlaskClient, seeded: Seeded) -> None:
    """A POST without (or with a wrong) CSRF token gets 400, also on the login form."""
    assert client.post("/login", data={"email": REVIEWER, "password": PASSWORD}).status_code == 400
    login(client)
    url = f"/events/{seeded.event_id}/approve"
    assert client.post(url).status_code == 400
    assert client.post(url, data={"csrf_token": "forged"}).status_code == 400


def test_failed_logins_lock_the_account(client: FlaskClient, review_app: App) -> None:
    """After five wrong passwords even the right one is refused until the lock expires."""
    token = csrf_of(client.get("/login").get_data(as_text=True))
    for _ in range(security.MAX_FAILURES):
        bad = {"email": REVIEWER, "password": "wrong password!", "csrf_token": token}
        assert client.post("/login", data=bad).status_code == 401
    good = {"email": REVIEWER, "password": PASSWORD, "csrf_token": token}
    assert client.post("/login", data=good).status_code == 401


def test_address_throttle() -> None:
    """One client address is blocked after ``limit`` failures within the window."""
    throttle = security.AddressThrottle(limit=3, window=60)
    for _ in range(3):
        assert not throttle.blocked("198.51.100.7")
        throttle.failed("198.51.100.7")
    assert throttle.blocked("198.51.100.7") and not throttle.blocked("198.51.100.8")


def test_login_redirects_only_to_local_paths(client: FlaskClient, seeded: Seeded) -> None:
    """The ``next`` target after login is a local path, never another site."""
    token = csrf_of(client.get("/login").get_data(as_text=True))
    form = {"email": REVIEWER, "password": PASSWORD, "csrf_token": token}
    response = client.post("/login", data=form | {"next": "//evil.example/x"})
    assert response.headers["Location"] == "/"


def test_security_headers(client: FlaskClient, seeded: Seeded) -> None:
    """Pages carry a strict CSP (no remote sources), nosniff and no-referrer."""
    login(client)
    response = client.get(f"/events/{seeded.event_id}")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "http" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_attachment_downloads_safely(client: FlaskClient, review_app: App) -> None:
    """An attachment is served as octet-stream with Content-Disposition: attachment."""
    raw = build_mail(
        "Programme",
        "see attached",
        attachments=(('<svg onload=alert(1)>".html', b"<script>alert(1)</script>", "text/html"),),
    )
    message_id = store_mail(review_app, raw)
    login(client)
    response = client.get(f"/messages/{message_id}/attachments/0")
    assert response.status_code == 200
    assert response.mimetype == "application/octet-stream"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and "<" not in disposition
    assert client.get(f"/messages/{message_id}/attachments/5").status_code == 404


def test_mail_html_frame_is_sanitised(client: FlaskClient, review_app: App) -> None:
    """The HTML frame has no script, image or style from the mail, and its own sandbox CSP."""
    html = (
        '<p style="background:url(https://t.example/a)">Hi <img src="https://t.example/p.gif">'
        '<a href="https://partner.example">site</a></p><script>alert(1)</script>'
    )
    message_id = store_mail(review_app, build_mail("Hi", "Hi", html=html))
    login(client)
    response = client.get(f"/messages/{message_id}/html")
    body = response.get_data(as_text=True)
    assert "<script" not in body and "<img" not in body and "t.example" not in body
    assert 'rel="noopener noreferrer"' in body
    assert "sandbox" in response.headers["Content-Security-Policy"]


def test_edit_form_validation_error_is_400(client: FlaskClient, seeded: Seeded) -> None:
    """An invalid value re-renders the record page with the reason and status 400."""
    token = login(client)
    response = client.post(
        f"/events/{seeded.event_id}/edit",
        data={"csrf_token": token, "timezone": "Mars/Olympus", "title": "X"},
    )
    assert response.status_code == 400
    assert "not an IANA time zone" in response.get_data(as_text=True)


def test_failures_page_and_admin_retry(client: FlaskClient, review_app: App) -> None:
    """Failed mails are listed with the reason; only an admin may retry them."""
    message_id = store_mail(
        review_app, build_mail("Broken", "x"), state=FAILED, error="ParseError: truncated"
    )
    token = login(client)
    page = client.get("/failures").get_data(as_text=True)
    assert "ParseError: truncated" in page
    assert (
        client.post(f"/failures/{message_id}/retry", data={"csrf_token": token}).status_code == 403
    )
    client.post("/logout", data={"csrf_token": token})
    admin_token = login(client, ADMIN)
    response = client.post(f"/failures/{message_id}/retry", data={"csrf_token": admin_token})
    assert response.status_code == 303


def test_queue_filters_and_counts(client: FlaskClient, seeded: Seeded) -> None:
    """The queue filters by country, type and partner and shows counts per state."""
    login(client)
    page = client.get("/?country=MA").get_data(as_text=True)
    assert "Photo exhibition" in page and "Regional dialogue" not in page
    page = client.get("/?type=policy_dialogue&partner=partner").get_data(as_text=True)
    assert "Regional dialogue" in page and "Photo exhibition" not in page
    assert "Needs review <b>2</b>" in client.get("/").get_data(as_text=True)


def test_feeds(client: FlaskClient, flask_app: Flask, seeded: Seeded, review_app: App) -> None:
    """The ICS feed and JSON API answer to the feed token; CSV needs a session."""
    token = login(client)
    client.post(f"/events/{seeded.event_id}/approve", data={"csrf_token": token})
    exports = client.get("/exports").get_data(as_text=True)
    feed_url = exports.split("/feed/")[1].split('"')[0]
    anonymous = flask_app.test_client()
    ics = anonymous.get("/feed/" + feed_url)
    assert ics.status_code == 200 and ics.mimetype == "text/calendar"
    [vevent] = Calendar.from_ical(ics.data).walk("VEVENT")
    assert "Regional dialogue" in str(vevent["SUMMARY"])
    assert anonymous.get("/feed/wrong/events.ics").status_code == 404
    feed_token = feed_url.split("/")[0]
    data = anonymous.get(f"/api/events.json?token={feed_token}").get_json()
    assert [e["id"] for e in data["events"]] == [seeded.event_id]
    later = anonymous.get(f"/api/events.json?token={feed_token}&from=2026-04-16").get_json()
    assert later["events"] == []
    assert anonymous.get("/exports/events.csv").status_code == 302
    assert client.get("/exports/events.csv").data.startswith(b"\xef\xbb\xbf")


def test_add_event_page(client: FlaskClient, review_app: App) -> None:
    """A missed event can be added by hand from the web form."""
    token = login(client)
    response = client.post(
        "/events/new",
        data={"csrf_token": token, "title": "Film screening", "start_date": "2026-09-01"},
    )
    assert response.status_code == 303
    with review_app.sessions() as session:
        event = session.query(Event).filter_by(title="Film screening").one()
        assert event.added_by_hand


@pytest.mark.parametrize("env_value", [None, "from-environment-secret-key-of-32-characters"])
def test_secret_key_from_environment(
    monkeypatch: pytest.MonkeyPatch, sqlite_url: str, env_value: str | None
) -> None:
    """The secret key comes from the configured variable, else a random one per process."""
    monkeypatch.delenv("UNMIGNET_SECRET_KEY", raising=False)
    if env_value:
        monkeypatch.setenv("UNMIGNET_SECRET_KEY", env_value)
    app = App(Config(database=DatabaseConfig(url=sqlite_url)))
    keys = {create_app(app).config["SECRET_KEY"] for _ in range(2)}
    assert len(keys) == (1 if env_value else 2)


def test_mail_pages_find_mails_without_events(
    client: FlaskClient, seeded: Seeded, review_app: App
) -> None:
    """The mail list can show only mails that gave no event; a mail page offers the actions."""
    quiet = store_mail(review_app, build_mail("Concert next week", "Music at 8 pm."))
    login(client)
    page = client.get("/messages?without_events=1").get_data(as_text=True)
    assert "Concert next week" in page and "Invitation: Regional dialogue" not in page
    page = client.get(f"/messages/{quiet}").get_data(as_text=True)
    assert "Add a missed event from this mail" in page and "Music at 8 pm." in page
    page = client.get(f"/messages/{seeded.message_id}").get_data(as_text=True)
    assert f"/events/{seeded.event_id}" in page


def test_ics_feed_is_cached_and_conditional(
    client: FlaskClient, seeded: Seeded, review_app: App
) -> None:
    """The feed answers 304 to its ETag until an approved event changes."""
    token = login(client)
    client.post(f"/events/{seeded.event_id}/approve", data={"csrf_token": token})
    first = client.get("/exports/events.ics")
    etag = first.headers["ETag"]
    assert client.get("/exports/events.ics", headers={"If-None-Match": etag}).status_code == 304
    client.post(f"/events/{seeded.event_id}/edit", data={"csrf_token": token, "venue": "Main hall"})
    again = client.get("/exports/events.ics", headers={"If-None-Match": etag})
    assert again.status_code == 200 and b"Main hall" in again.data


def test_approve_selected_from_the_queue(
    client: FlaskClient, seeded: Seeded, review_app: App
) -> None:
    """Ticked events are approved together; one that cannot be is reported, not fatal."""
    token = login(client)
    with review_app.sessions.begin() as session:
        session.get_one(Event, seeded.other_event_id).start_date = None
    response = client.post(
        "/events/approve",
        data={
            "csrf_token": token,
            "ids": [seeded.event_id, seeded.other_event_id],
            "back": "/?x=1",
        },
    )
    assert response.status_code == 303 and response.headers["Location"] == "/?x=1"
    with review_app.sessions() as session:
        assert session.get_one(Event, seeded.event_id).review_state == "approved"
        assert session.get_one(Event, seeded.other_event_id).review_state == "needs_review"
    page = client.get("/").get_data(as_text=True)
    assert "Approved 1 event(s)." in page and "start date are needed" in page
