"""The digest pages of the review app: one-click unsubscribe, browser view, .ics, preview."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from digest_support import MONDAY, WEEK, SmtpServer, add_event, add_subscribers
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from digest.service import send_week
from models.digest import Subscriber
from models.review import User
from review.app import create_app
from unmignet.app import App


@pytest.fixture
def web(digest_app: App) -> Iterator[Flask]:
    flask_app = create_app(digest_app, testing=True)
    yield flask_app


def unsubscribe_path(smtp_server: SmtpServer, index: int = 0) -> str:
    header = smtp_server.handler.received[index].message["List-Unsubscribe"]
    match = re.search(r"https://events\.example\.org(/digest/unsubscribe/[^>]+)>", header)
    assert match is not None
    return match.group(1)


def login(client: FlaskClient, app: App) -> str:
    with app.sessions.begin() as session:
        user = User(email="reviewer@example.org", password_hash="x", role="reviewer")
        session.add(user)
        session.flush()
        user_id, generation = user.id, user.session_generation
    with client.session_transaction() as flask_session:
        flask_session["user_id"] = user_id
        flask_session["generation"] = generation
        flask_session["csrf"] = "csrf-token-for-tests"
    return "csrf-token-for-tests"


def test_one_click_unsubscribe_per_rfc_8058_and_never_mailed_again(
    digest_app: App, smtp_server: SmtpServer, web: Flask
) -> None:
    """POST `List-Unsubscribe=One-Click` to the signed link, without session or CSRF token:
    200, the subscriber is unsubscribed, and the next week's digest does not reach them."""
    add_event(digest_app.sessions)
    emails = add_subscribers(digest_app.sessions, 2)
    send_week(digest_app.sessions, digest_app.config, week=WEEK)
    path = next(
        unsubscribe_path(smtp_server, i)
        for i, r in enumerate(smtp_server.handler.received)
        if r.rcpt_tos == [emails[0]]
    )
    response = web.test_client().post(path, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    with digest_app.sessions() as session:
        states = {s.email: s.state for s in session.scalars(select(Subscriber))}
    assert states == {emails[0]: "unsubscribed", emails[1]: "active"}
    add_event(digest_app.sessions, title="Next week", start_date=MONDAY + timedelta(days=14))
    smtp_server.handler.received.clear()
    send_week(digest_app.sessions, digest_app.config, week="2026-W51")
    assert [r.rcpt_tos for r in smtp_server.handler.received] == [[emails[1]]]


def test_get_only_asks_and_forged_tokens_are_refused(
    digest_app: App, smtp_server: SmtpServer, web: Flask
) -> None:
    """A GET (a link scanner) shows a confirmation button and changes nothing; a token with a
    changed id or signature answers 404."""
    add_event(digest_app.sessions)
    add_subscribers(digest_app.sessions, 1)
    send_week(digest_app.sessions, digest_app.config, week=WEEK)
    path = unsubscribe_path(smtp_server)
    client = web.test_client()
    page = client.get(path)
    assert page.status_code == 200 and b"<form" in page.data
    with digest_app.sessions() as session:
        assert session.scalars(select(Subscriber.state)).one() == "active"
    token = path.rsplit("/", 1)[1]
    assert client.post(path[: -len(token)] + "2." + token.split(".")[1]).status_code == 404
    assert client.post(path[:-3] + "AAA").status_code == 404
    assert client.post(path).status_code == 200  # the button works too
    with digest_app.sessions() as session:
        assert session.scalars(select(Subscriber.state)).one() == "unsubscribed"


def test_browser_view_and_add_to_calendar_are_public(
    digest_app: App, smtp_server: SmtpServer, web: Flask
) -> None:
    """ "View in your browser" shows the sent digest; the .ics link serves approved events only."""
    event_id = add_event(digest_app.sessions)
    hidden = add_event(digest_app.sessions, review_state="needs_review")
    add_subscribers(digest_app.sessions, 1)
    send_week(digest_app.sessions, digest_app.config, week=WEEK)
    client = web.test_client()
    page = client.get(f"/digest/week/{WEEK}")
    assert page.status_code == 200 and b"Dialogue on labour mobility" in page.data
    assert "style-src 'unsafe-inline'" in page.headers["Content-Security-Policy"]
    assert client.get("/digest/week/2031-W01").status_code == 404
    ics = client.get(f"/digest/event/{event_id}.ics")
    assert ics.status_code == 200 and ics.mimetype == "text/calendar"
    assert b"BEGIN:VEVENT" in ics.data
    assert client.get(f"/digest/event/{hidden}.ics").status_code == 404


def test_preview_needs_a_session_and_sends_a_test_copy_to_the_reviewer(
    digest_app: App, smtp_server: SmtpServer, web: Flask
) -> None:
    """Without a session the preview redirects to login; with one it shows the next digest, and
    the CSRF-protected button mails a test copy to the logged-in reviewer."""
    add_event(digest_app.sessions)
    client = web.test_client()
    assert client.get(f"/digest/preview?week={WEEK}").status_code == 302
    token = login(client, digest_app)
    page = client.get(f"/digest/preview?week={WEEK}")
    assert page.status_code == 200 and b"Dialogue on labour mobility" in page.data
    frame = client.get(f"/digest/preview/frame?week={WEEK}")
    assert frame.status_code == 200 and b"<table" in frame.data
    refused = client.post(f"/digest/preview/test?week={WEEK}")
    assert refused.status_code == 400 and smtp_server.handler.received == []
    sent = client.post(f"/digest/preview/test?week={WEEK}", data={"csrf_token": token})
    assert sent.status_code == 302
    assert [r.rcpt_tos for r in smtp_server.handler.received] == [["reviewer@example.org"]]
