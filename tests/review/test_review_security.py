"""Security hardening (issue 13), tried as an attacker would: the review app served by waitress
with the production limits (``unmignet.web.make_server``) and spoken to over real HTTP."""

from __future__ import annotations

import http.client
import logging
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from flask import Flask
from sqlalchemy import select
from waitress import wasyncore

from models.base import utcnow
from models.event import APPROVED, Event
from models.review import User
from review.app import ALWAYS_PUBLIC, create_app
from tests.review.conftest import ADMIN, PASSWORD, REVIEWER, Seeded, csrf_of
from unmignet.app import App
from unmignet.config import Config, WebConfig
from unmignet.web import MAX_BODY_BYTES, make_server

COOKIE = "unmignet_session"


@contextmanager
def serving(flask_app: Flask) -> Iterator[str]:
    """``flask_app`` served by waitress on 127.0.0.1 and a free port. The loop runs in a thread
    that stops and closes the sockets itself (closing them from outside races the poll)."""
    server = make_server(flask_app, "127.0.0.1", 0, threads=4)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            wasyncore.loop(timeout=0.05, map=server._map, count=1)  # type: ignore[union-attr]
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)  # type: ignore[union-attr]

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"  # type: ignore[union-attr]
    finally:
        stop.set()
        thread.join(10)


@pytest.fixture
def server(flask_app: Flask) -> Iterator[str]:
    with serving(flask_app) as base:
        yield base


def _app_with(review_app: App, **web: object) -> Flask:
    config = Config(database=review_app.config.database, web=WebConfig(**web))  # type: ignore[arg-type]
    return create_app(App(config))


@dataclass
class Reply:
    status: int
    location: str
    text: str


@dataclass
class Visitor:
    """One browser over real HTTP: keeps the session cookie, follows no redirect."""

    base: str
    cookie: str | None = None
    csrf: str = field(default="")

    def send(
        self, method: str, path: str, form: dict[str, str] | None = None, **headers: str
    ) -> Reply:
        parts = urlsplit(self.base)
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
        sent = {k.replace("_", "-"): v for k, v in headers.items()}
        body = urlencode(form).encode() if form is not None else None
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookie:
            sent["Cookie"] = f"{COOKIE}={self.cookie}"
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.msg.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            if name == COOKIE:
                self.cookie = rest.split(";", 1)[0] or None
        conn.close()
        return Reply(response.status, response.getheader("Location") or "", text)

    def get(self, path: str, **headers: str) -> Reply:
        return self.send("GET", path, **headers)

    def post(self, path: str, form: dict[str, str], **headers: str) -> Reply:
        return self.send("POST", path, {"csrf_token": self.csrf} | form, **headers)

    def login(self, email: str = REVIEWER, password: str = PASSWORD) -> Reply:
        self.csrf = csrf_of(self.get("/login").text)
        reply = self.post("/login", {"email": email, "password": password})
        if reply.status == 302:
            self.csrf = csrf_of(self.get("/").text)
        return reply


def _signed_in(base: str, email: str = REVIEWER) -> Visitor:
    visitor = Visitor(base)
    assert visitor.login(email).status == 302
    return visitor


def _to_login(reply: Reply) -> bool:
    return reply.status == 302 and "/login" in reply.location


# --- 1. sessions end on the server -------------------------------------------------------------


def test_logout_ends_the_session_for_every_copy_of_the_cookie(
    server: str, seeded: Seeded, review_app: App
) -> None:
    """A cookie copied before logout is refused after it: pages redirect to the login form and
    a CSRF-protected POST changes nothing."""
    visitor = _signed_in(server)
    thief = Visitor(server, cookie=visitor.cookie, csrf=visitor.csrf)
    assert thief.get("/").status == 200  # the copy works while the session lives
    assert visitor.post("/logout", {}).status == 302
    assert _to_login(Visitor(server, cookie=thief.cookie).get("/"))
    replayed = Visitor(server, cookie=thief.cookie, csrf=thief.csrf)
    assert _to_login(replayed.post(f"/events/{seeded.event_id}/approve", {}))
    with review_app.sessions() as session:
        assert session.get_one(Event, seeded.event_id).review_state != APPROVED
    assert _signed_in(server).get("/").status == 200  # signing in again works


def test_a_session_ends_at_its_absolute_lifetime_however_active(
    review_app: App, seeded: Seeded
) -> None:
    """``web.session_max_hours`` after sign-in the session ends even if it was used all along
    (the idle lifetime, here an hour, keeps being renewed)."""
    flask_app = _app_with(review_app, session_idle_hours=1.0, session_max_hours=3 / 3600)
    with serving(flask_app) as base:
        visitor = _signed_in(base)
        time.sleep(1.5)
        assert visitor.get("/").status == 200  # used half-way through: still signed in
        time.sleep(2.0)
        assert _to_login(visitor.get("/"))


def test_a_session_ends_after_its_idle_lifetime(review_app: App, seeded: Seeded) -> None:
    """A session unused for ``web.session_idle_hours`` is refused by the server (the cookie's
    signed timestamp is checked, whatever the browser keeps)."""
    flask_app = _app_with(review_app, session_idle_hours=2 / 3600)
    with serving(flask_app) as base:
        visitor = _signed_in(base)
        assert visitor.get("/").status == 200
        time.sleep(3.5)
        assert _to_login(visitor.get("/"))


# --- 2. one account check for every route ------------------------------------------------------


def _deactivate_quietly(app: App, email: str) -> None:
    """Deactivate without raising the session generation: only the account check can refuse."""
    with app.sessions.begin() as session:
        user = session.scalars(select(User).where(User.email == email)).one()
        user.active = False


def _filled(rule: str) -> str:
    """A rule's path with every argument filled with 1 (a valid int and a valid string)."""
    return re.sub(r"<[^>]+>", "1", rule)


def _private_get_urls(flask_app: Flask) -> list[str]:
    """Every GET route that needs a session, its arguments filled with 1 (ints) or 'x'."""
    urls = []
    for rule in flask_app.url_map.iter_rules():
        view = flask_app.view_functions[rule.endpoint]
        if "GET" not in (rule.methods or ()) or rule.endpoint in ALWAYS_PUBLIC:
            continue
        if getattr(view, "public", False):
            continue
        urls.append(_filled(rule.rule))
    return urls


def test_a_deactivated_accounts_cookie_reads_nothing(
    server: str, flask_app: Flask, seeded: Seeded, review_app: App
) -> None:
    """After deactivation, the old cookie gets no 200 from any GET route that is not public,
    /api/events.json and the exports included."""
    visitor = _signed_in(server)
    assert visitor.get("/api/events.json").status == 200
    _deactivate_quietly(review_app, REVIEWER)
    urls = [*_private_get_urls(flask_app), "/api/events.json"]  # public, but takes a session
    assert "/exports/events.csv" in urls and "/exports/events.ics" in urls
    for url in urls:
        stale = Visitor(server, cookie=visitor.cookie)
        assert stale.get(url).status in (302, 401, 404), url


# --- 3. the secret key -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_short_secret_key_refuses_to_start(tmp_path: Path) -> None:
    """`unmignet serve` with a key under 32 characters exits 1 at once with one line that says
    how to make a key; it never listens."""
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/u.db"\n', encoding="utf-8")
    port = _free_port()
    command = "from unmignet.cli import run; run()"
    env = os.environ | {"UNMIGNET_SECRET_KEY": "x"}
    args = [sys.executable, "-c", command, "--config", str(config), "serve", "--port", str(port)]
    try:
        result = subprocess.run(
            args, capture_output=True, text=True, timeout=60, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the server started with a one-character secret key")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "UNMIGNET_SECRET_KEY" in lines[0], result.stderr
    assert "32" in lines[0] and "secrets.token_urlsafe(48)" in lines[0]


# --- 4. body and header limits -----------------------------------------------------------------


def _raw(base: str, head: bytes, wait: float = 5.0) -> bytes:
    """Send ``head`` only and return what the server answers within ``wait`` seconds."""
    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=wait) as conn:
        conn.sendall(head)
        try:
            return conn.recv(200)
        except TimeoutError:
            return b""


def test_a_huge_body_is_refused_before_it_is_read(server: str) -> None:
    """A POST announcing 200 MB gets 413 at once, before a byte of its body is sent; a request
    head over 64 KiB gets 431."""
    head = (
        b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200000000\r\n\r\n"
    )
    assert _raw(server, head).startswith(b"HTTP/1.1 413")
    big = b"GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + b"a" * 100_000 + b"\r\n\r\n"
    assert _raw(server, big).split(b" ")[1] == b"431"
    assert MAX_BODY_BYTES == 2 * 1024 * 1024


# --- 5. numbers and the back field -------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/digest/unsubscribe/%C2%B2.abc",  # public; "²" passes isdigit() but not int()
        "/digest/unsubscribe/99999999999999.abc",
        "/events/123456789012345678901234567890",
        "/events/%D9%A1",  # ARABIC-INDIC DIGIT ONE: a digit, but not an id (event 1 exists)
        "/messages/99999999999/html",
    ],
)
def test_odd_numbers_in_paths_answer_404(server: str, seeded: Seeded, path: str) -> None:
    """Odd numbers in a path are not found, never a server error."""
    assert _signed_in(server).get(path).status == 404


def test_odd_numbers_in_queries_and_forms_never_give_500(server: str, seeded: Seeded) -> None:
    """``?page=²``, a 30-digit id in a form and a CR/LF in ``back`` are answered normally."""
    visitor = _signed_in(server)
    assert visitor.get("/?page=%C2%B2").status == 200
    assert visitor.get("/events/new?message=123456789012345678901234567890").status == 200
    huge = "123456789012345678901234567890"
    reply = visitor.post("/events/approve", {"ids": huge, "back": "/?x\r\nSet-Cookie: a=b"})
    assert reply.status == 303 and "\n" not in reply.location and "Set-Cookie" not in reply.location
    assert visitor.post("/events/approve", {"ids": "1", "back": "/\\evil.example"}).location in (
        "/",
        f"{server}/",
    )
    merge = visitor.post(f"/events/{seeded.event_id}/merge", {"other": "²"})
    assert merge.status == 303
    not_event = visitor.post(f"/messages/{seeded.message_id}/not-event", {"event_id": huge})
    assert not_event.status == 303


# --- 6. the same work on every login path ------------------------------------------------------


def _login_seconds(base: str, email: str) -> float:
    visitor = Visitor(base)
    visitor.csrf = csrf_of(visitor.get("/login").text)
    start = time.perf_counter()
    assert visitor.post("/login", {"email": email, "password": "a wrong password"}).status == 401
    return time.perf_counter() - start


def test_a_locked_account_answers_as_slowly_as_an_unknown_one(server: str, review_app: App) -> None:
    """A locked account's refusal costs a password hash like an unknown address's, so timing
    does not tell that it exists (before: 3-12 ms against hundreds)."""
    with review_app.sessions.begin() as session:
        user = session.scalars(select(User).where(User.email == REVIEWER)).one()
        user.locked_until = utcnow() + timedelta(hours=1)
    locked = [_login_seconds(server, REVIEWER) for _ in range(3)]
    unknown = [_login_seconds(server, "nobody@example.org") for _ in range(3)]
    assert statistics.median(locked) > 0.4 * statistics.median(unknown), (locked, unknown)


# --- 7. set-password links ---------------------------------------------------------------------


def test_set_password_links_are_built_on_base_url_not_the_host_header(
    server: str, review_app: App
) -> None:
    """An admin's request with a forged Host header still gets a link on ``web.base_url``."""
    admin = _signed_in(server, ADMIN)
    reply = admin.post(
        "/users", {"email": "new@example.org", "role": "reviewer"}, Host="evil.example"
    )
    assert reply.status == 200
    found = re.search(r'id="set-password-link" value="([^"#]+)#', reply.text)
    assert found is not None and found.group(1) == (
        f"{review_app.config.web.base_url}/set-password"
    )


# --- 9. X-Forwarded-For without a trusted proxy ------------------------------------------------


def test_forwarded_for_without_a_trusted_proxy_warns_once(
    server: str, review_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    """With ``trusted_proxies = 0`` the first request carrying X-Forwarded-For logs one warning
    naming web.trusted_proxies; later ones do not repeat it; a trusted proxy logs nothing."""
    caplog.set_level(logging.WARNING, logger="review.security")

    def ours() -> list[logging.LogRecord]:
        return [r for r in caplog.records if r.name == "review.security"]

    visitor = Visitor(server)
    assert visitor.get("/login").status == 200
    assert not ours()
    for _ in range(3):
        assert visitor.get("/login", X_Forwarded_For="203.0.113.9").status == 200
    warnings = ours()
    assert len(warnings) == 1 and "web.trusted_proxies" in warnings[0].getMessage()
    assert "127.0.0.1" in warnings[0].getMessage()
    caplog.clear()
    with serving(_app_with(review_app, trusted_proxies=1)) as base:
        proxied = Visitor(base).get("/login", X_Forwarded_For="203.0.113.9")
    assert proxied.status == 200 and not ours()


def test_a_trusted_proxy_reaches_the_app_through_waitress(review_app: App) -> None:
    """waitress passes X-Forwarded-* on (its default drops them), so behind one trusted proxy
    the session cookie is Secure when the proxy says the request came over HTTPS."""
    with serving(_app_with(review_app, trusted_proxies=1)) as base:
        parts = urlsplit(base)
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
        conn.request("GET", "/login", headers={"X-Forwarded-Proto": "https"})
        response = conn.getresponse()
        response.read()
        conn.close()
    cookie = response.getheader("Set-Cookie") or ""
    assert cookie.startswith(COOKIE) and "Secure" in cookie
