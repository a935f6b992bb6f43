"""The Users page and set-password links through the Flask test client."""

from __future__ import annotations

import html
import logging
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from models.review import User
from review.security import add_user
from tests.review.conftest import ADMIN, PASSWORD, REVIEWER, csrf_of, login
from unmignet.app import App

NEW = "newcomer@example.org"
NEW_PASSWORD = "newcomer's own passphrase"


def _link(page: str) -> str:
    found = re.search(r'id="set-password-link" value="([^"]+)"', page)
    assert found is not None, "no set-password link on the page"
    return html.unescape(found.group(1))


def _set_password(client: FlaskClient, token: str, password: str = NEW_PASSWORD) -> str:
    form = client.get("/set-password").get_data(as_text=True)
    response = client.post(
        "/set-password",
        data={
            "csrf_token": csrf_of(form),
            "token": token,
            "password": password,
            "repeat": password,
        },
    )
    where = response.headers.get("Location", "")
    return f"{response.status_code} {where} {response.get_data(as_text=True)}"


def test_reviewer_gets_403_on_every_users_route(client: FlaskClient) -> None:
    """A reviewer can neither see the Users page nor post to any of its actions."""
    token = login(client)
    assert client.get("/users").status_code == 403
    for path in ("/users", "/users/1/role", "/users/1/active", "/users/1/link"):
        response = client.post(path, data={"csrf_token": token, "role": "admin", "email": "x@y.z"})
        assert response.status_code == 403, path
    assert "/users" not in client.get("/").get_data(as_text=True)


def test_users_page_lists_accounts_for_an_admin(client: FlaskClient) -> None:
    """The admin sees every account with role, state and last login, and the nav link."""
    login(client, ADMIN)
    page = client.get("/users").get_data(as_text=True)
    assert REVIEWER in page and ADMIN in page and "never" in page
    assert 'href="/users"' in client.get("/").get_data(as_text=True)


def test_admin_adds_a_user_who_sets_a_password_and_logs_in(
    flask_app: Flask, client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    """Adding an account shows a fragment link once; it sets the password once; never logged."""
    caplog.set_level(logging.DEBUG)
    token = login(client, ADMIN)
    response = client.post("/users", data={"csrf_token": token, "email": NEW, "role": "reviewer"})
    assert response.status_code == 200
    link = _link(response.get_data(as_text=True))
    assert link.startswith("http://127.0.0.1:8080/set-password#")  # web.base_url, not Host
    secret = link.split("#", 1)[1]
    assert secret not in client.get("/users").get_data(as_text=True)  # shown once
    newcomer = flask_app.test_client()
    assert _set_password(newcomer, secret).startswith("303 /login")
    assert "already used" in _set_password(newcomer, secret)
    login(newcomer, NEW, NEW_PASSWORD)
    assert newcomer.get("/").status_code == 200
    assert secret not in caplog.text
    page = client.get("/users").get_data(as_text=True)
    assert "add" in page and "set password" in page  # the account changes list


def test_add_user_errors_are_clear(client: FlaskClient) -> None:
    """A bad address or an existing account gives a 400 page with the reason and no link."""
    token = login(client, ADMIN)
    bad = client.post("/users", data={"csrf_token": token, "email": "nobody", "role": "reviewer"})
    assert bad.status_code == 400 and "not an e-mail address" in bad.get_data(as_text=True)
    dup = client.post("/users", data={"csrf_token": token, "email": REVIEWER, "role": "admin"})
    assert dup.status_code == 400 and "already has an account" in dup.get_data(as_text=True)
    assert 'id="set-password-link"' not in dup.get_data(as_text=True)


def test_users_actions_need_the_csrf_token(client: FlaskClient) -> None:
    """Posting to the Users page without the session's CSRF token is refused."""
    login(client, ADMIN)
    response = client.post("/users", data={"email": NEW, "role": "admin"})
    assert response.status_code == 400
    assert NEW not in client.get("/users").get_data(as_text=True)


def test_bad_set_password_link_is_refused(client: FlaskClient) -> None:
    """A forged or mangled link code gives a 400 with a clear message."""
    assert "400" in _set_password(client, "not-a-token")
    assert "ask an admin for a new one" in _set_password(client, "not-a-token")


def _user_id(app: App, email: str) -> int:
    with app.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.email == email))
    assert user_id is not None
    return user_id


def test_deactivation_ends_a_live_session_at_once(
    flask_app: Flask, client: FlaskClient, review_app: App
) -> None:
    """A reviewer's open session stops at its next request once an admin deactivates it."""
    reviewer = flask_app.test_client()
    login(reviewer)
    assert reviewer.get("/").status_code == 200
    token = login(client, ADMIN)
    user_id = _user_id(review_app, REVIEWER)
    response = client.post(
        f"/users/{user_id}/active", data={"csrf_token": token, "active": "0"}, follow_redirects=True
    )
    assert f"{REVIEWER} deactivated" in response.get_data(as_text=True)
    after = reviewer.get("/")
    assert after.status_code == 302 and "/login" in after.headers["Location"]
    client.post(f"/users/{user_id}/active", data={"csrf_token": token, "active": "1"})
    assert reviewer.get("/").status_code == 302  # the session was dropped, not suspended
    login(reviewer)


def test_reactivation_does_not_revive_sessions_from_before(
    flask_app: Flask, client: FlaskClient, review_app: App
) -> None:
    """A session that made no request while its account was deactivated stays ended after the
    reactivation: it has to sign in again (it used to work again for up to 12 hours)."""
    reviewer = flask_app.test_client()
    login(reviewer)
    token = login(client, ADMIN)
    user_id = _user_id(review_app, REVIEWER)
    for active in ("0", "1"):
        client.post(f"/users/{user_id}/active", data={"csrf_token": token, "active": active})
    after = reviewer.get("/")
    assert after.status_code == 302 and "/login" in after.headers["Location"]
    login(reviewer)
    assert reviewer.get("/").status_code == 200


@pytest.mark.parametrize("generation", [None, -1, "0"])
def test_a_session_without_the_current_generation_is_refused(
    flask_app: Flask, review_app: App, generation: object
) -> None:
    """A signed session holding the account id but no generation (signed before generations
    existed), a stale one or one of another type is sent to the login page."""
    with review_app.sessions() as session:
        current = session.get_one(User, _user_id(review_app, REVIEWER)).session_generation
    browser = flask_app.test_client()
    with browser.session_transaction() as signed:
        signed["user_id"] = _user_id(review_app, REVIEWER)
        signed["generation"] = current
    assert browser.get("/").status_code == 200  # the same session with the current generation
    with browser.session_transaction() as signed:
        if generation is None:
            del signed["generation"]
        else:
            signed["generation"] = generation
    assert browser.get("/").status_code == 302


def test_new_password_ends_older_sessions(
    flask_app: Flask, client: FlaskClient, review_app: App
) -> None:
    """Setting a password through a new link logs the account out of its older sessions."""
    old_session = flask_app.test_client()
    login(old_session)
    token = login(client, ADMIN)
    user_id = _user_id(review_app, REVIEWER)
    page = client.post(f"/users/{user_id}/link", data={"csrf_token": token}).get_data(as_text=True)
    login(old_session)  # the old password still works until a new one is set
    assert _set_password(flask_app.test_client(), _link(page).split("#")[1]).startswith("303")
    assert old_session.get("/").status_code == 302
    login(flask_app.test_client(), REVIEWER, NEW_PASSWORD)


def test_role_change_and_self_protection(client: FlaskClient, review_app: App) -> None:
    """An admin promotes a reviewer; changing their own role or deactivating themselves fails."""
    with review_app.sessions.begin() as session:
        add_user(session, "second@example.org", PASSWORD, "admin")
    token = login(client, ADMIN)
    reviewer_id, me = _user_id(review_app, REVIEWER), _user_id(review_app, ADMIN)
    done = client.post(
        f"/users/{reviewer_id}/role",
        data={"csrf_token": token, "role": "admin"},
        follow_redirects=True,
    )
    assert f"{REVIEWER} is now admin" in done.get_data(as_text=True)
    attempts = (
        (f"/users/{me}/role", {"role": "reviewer"}),
        (f"/users/{me}/active", {"active": "0"}),
    )
    for path, data in attempts:
        answer = client.post(path, data={"csrf_token": token, **data}, follow_redirects=True)
        assert "your own" in answer.get_data(as_text=True)
    with review_app.sessions() as session:
        boss = session.get_one(User, me)
        assert boss.role == "admin" and boss.active
