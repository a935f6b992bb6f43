"""SMTP with OAuth (``smtp.auth = "xoauth2-refresh"``) end to end: the TOML config, the refresh
token from the environment, a real token endpoint, STARTTLS and AUTH XOAUTH2 on a real aiosmtpd
server that checks the bearer token; and what a refused token does (one error line, nobody
blamed, everybody still owed the digest)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from digest_support import (
    SECRET,
    SECRET_ENV,
    WEEK,
    SmtpServer,
    add_event,
    add_subscribers,
    server_tls_context,
)
from oauth_support import (
    TokenEndpoint,
    XOAuth2Recorder,
    parse_logins,
    sasl_response,
    start_long_line_server,
)
from sqlalchemy import select

from digest.service import send_week
from digest.smtp import XOAuth2, xoauth2_response
from models.digest import DigestDelivery, Subscriber
from unmignet.app import App
from unmignet.config import load_config

# The console script's target (pyproject: unmignet = "unmignet.cli:run"), which turns library
# errors into one line; called directly so a stale generated wrapper cannot hide a traceback.
ENTRY_POINT = [sys.executable, "-c", "from unmignet.cli import run; run()"]
USER = "digest@unmignet.example.org"
REFRESH_ENV = "UNMIGNET_TEST_SMTP_REFRESH_TOKEN"
CLIENT_SECRET_ENV = "UNMIGNET_TEST_SMTP_CLIENT_SECRET"
REFRESH_TOKEN = "1//refresh-token-of-the-digest-mailbox"


def start_oauth_server(tls_files: tuple[Path, Path], endpoint: TokenEndpoint) -> SmtpServer:
    """STARTTLS required, XOAUTH2 required, long AUTH lines allowed (as Office 365 does)."""
    return start_long_line_server(
        XOAuth2Recorder(endpoint=endpoint),
        tls_context=server_tls_context(tls_files),
        require_starttls=True,
        auth_required=True,
        auth_exclude_mechanism=["LOGIN", "PLAIN"],
    )


@pytest.fixture
def oauth_server(
    tls_files: tuple[Path, Path], token_endpoint: TokenEndpoint
) -> Iterator[SmtpServer]:
    server = start_oauth_server(tls_files, token_endpoint)
    yield server
    server.controller.stop()


def write_oauth_config(
    path: Path, db_url: str, server: SmtpServer, endpoint: TokenEndpoint, ca: Path
) -> Path:
    path.write_text(
        f"""
[database]
url = "{db_url}"

[smtp]
host = "127.0.0.1"
port = {server.port}
security = "starttls"
ca_file = "{ca}"
username = "{USER}"
auth = "xoauth2-refresh"
client_id = "unmignet-digest"
client_secret_env = "{CLIENT_SECRET_ENV}"
refresh_token_env = "{REFRESH_ENV}"
token_url = "{endpoint.url}/token"
from = "UN Network on Migration <{USER}>"
rate_per_minute = 0
max_attempts = 2
timeout_seconds = 20.0

[web]
base_url = "https://events.example.org"
secret_key_env = "{SECRET_ENV}"
""",
        encoding="utf-8",
    )
    return path


def cli_send(config: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        SECRET_ENV: SECRET,
        REFRESH_ENV: REFRESH_TOKEN,
        CLIENT_SECRET_ENV: "client-secret-value",
    }
    command = [*ENTRY_POINT, "--config", str(config), "digest", "send", "--week", WEEK]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def ledger_states(app: App) -> tuple[set[str], set[str]]:
    with app.sessions() as session:
        people = {s.state for s in session.scalars(select(Subscriber))}
        rows = {d.state for d in session.scalars(select(DigestDelivery))}
    return people, rows


def test_the_sasl_string_is_user_ctrl_a_bearer_token_ctrl_a_ctrl_a() -> None:
    """The client response is exactly "user=" + user + "\\x01auth=Bearer " + token + "\\x01\\x01";
    an error challenge is answered with an empty response (RFC 7628 style) and kept."""
    exchange = XOAuth2(USER, "ya29.token")
    assert exchange().encode() == sasl_response(USER, "ya29.token")
    assert base64.b64encode(exchange().encode()) == base64.b64encode(
        b"user=digest@unmignet.example.org\x01auth=Bearer ya29.token\x01\x01"
    )
    assert exchange(b'{"status":"401"}') == "" and exchange.error == '{"status":"401"}'
    assert xoauth2_response("a@b.org", "t") == "user=a@b.org\x01auth=Bearer t\x01\x01"


def test_xoauth2_refresh_sends_through_starttls_with_a_token_from_the_endpoint(
    db_url: str,
    tls_files: tuple[Path, Path],
    token_endpoint: TokenEndpoint,
    oauth_server: SmtpServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Config from TOML -> refresh token from the env -> one token request (form checked) -> one
    AUTH XOAUTH2 whose bytes are the SASL string for the issued token -> every subscriber mailed."""
    monkeypatch.setenv(REFRESH_ENV, REFRESH_TOKEN)
    monkeypatch.setenv(CLIENT_SECRET_ENV, "client-secret-value")
    token_endpoint.refresh_tokens[REFRESH_TOKEN] = USER
    path = write_oauth_config(
        tmp_path / "c.toml", db_url, oauth_server, token_endpoint, tls_files[0]
    )
    config = load_config(str(path))
    app = App(config)
    try:
        add_event(app.sessions)
        emails = add_subscribers(app.sessions, 3)
        report = send_week(app.sessions, config, week=WEEK)
    finally:
        app.engine.dispose()
    handler = oauth_server.handler
    assert isinstance(handler, XOAuth2Recorder)
    assert (report.sent, report.completed) == (3, True)
    assert sorted(r.rcpt_tos[0] for r in handler.received) == emails
    [form] = token_endpoint.forms
    assert form["grant_type"] == "refresh_token" and form["refresh_token"] == REFRESH_TOKEN
    assert (form["client_id"], form["client_secret"]) == ("unmignet-digest", "client-secret-value")
    [token] = token_endpoint.issued
    assert len(token) > 1000
    assert handler.logins == [sasl_response(USER, token)]
    assert handler.error_replies == []


def test_a_token_the_server_refuses_stops_the_run_with_one_line_and_blames_nobody(
    sqlite_url: str,
    tls_files: tuple[Path, Path],
    token_endpoint: TokenEndpoint,
    tmp_path: Path,
) -> None:
    """The endpoint issues a token the SMTP server does not accept (revoked, wrong scope): the
    server's error challenge gets an empty reply, `digest send` prints one `error:` line naming
    XOAUTH2, the 535 and the server's status, exits 1; no mail, no subscriber bounced, every
    delivery still pending; once the server accepts tokens, a re-run mails everyone once."""
    token_endpoint.refresh_tokens[REFRESH_TOKEN] = USER
    server = start_oauth_server(tls_files, TokenEndpoint())  # knows none of the issued tokens
    app = App(
        load_config(
            str(
                write_oauth_config(
                    tmp_path / "c.toml", sqlite_url, server, token_endpoint, tls_files[0]
                )
            )
        )
    )
    try:
        add_event(app.sessions)
        add_subscribers(app.sessions, 3)
        result = cli_send(tmp_path / "c.toml")
        handler = server.handler
        assert isinstance(handler, XOAuth2Recorder)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1 and len(lines) == 1, result.stderr
        assert lines[0].startswith(f"error: SMTP XOAUTH2 login to 127.0.0.1 as {USER} refused: 535")
        assert '"status": "401"' in lines[0] and "Traceback" not in result.stderr
        assert handler.error_replies == [b""] and handler.received == []
        assert [user for user, _ in parse_logins(handler)] == [USER]
        assert ledger_states(app) == ({"active"}, {"pending"})
        handler.endpoint = token_endpoint  # the server now trusts the endpoint's tokens
        again = cli_send(tmp_path / "c.toml")
        assert again.returncode == 0, again.stderr
        assert len(handler.received) == 3 and ledger_states(app) == ({"active"}, {"sent"})
    finally:
        server.controller.stop()
        app.engine.dispose()


def test_a_refresh_token_the_endpoint_refuses_is_one_clear_error_before_any_login(
    sqlite_url: str,
    tls_files: tuple[Path, Path],
    token_endpoint: TokenEndpoint,
    oauth_server: SmtpServer,
    tmp_path: Path,
) -> None:
    """invalid_grant at the token endpoint: one `error:` line with the provider's reason, exit 1;
    the SMTP server saw no AUTH and no mail; subscribers active, deliveries pending."""
    path = write_oauth_config(
        tmp_path / "c.toml", sqlite_url, oauth_server, token_endpoint, tls_files[0]
    )
    app = App(load_config(str(path)))
    try:
        add_event(app.sessions)
        add_subscribers(app.sessions, 2)
        result = cli_send(path)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1 and len(lines) == 1, result.stderr
        assert lines[0].startswith("error: SMTP login to 127.0.0.1: ")
        assert "token request refused: refresh token revoked" in lines[0]
        handler = oauth_server.handler
        assert isinstance(handler, XOAuth2Recorder)
        assert handler.logins == [] and handler.received == []
        assert len(token_endpoint.forms) == 1
        assert ledger_states(app) == ({"active"}, {"pending"})
    finally:
        app.engine.dispose()
