"""Fixtures for the ingestion tests: one real Dovecot per session, a loopback OAuth provider.

The OAuth provider is a stdlib HTTP server on 127.0.0.1 that plays the identity provider's
parts: a token endpoint (refresh-token and client-credentials grants), the OpenID metadata MSAL
reads from an authority, and the introspection endpoint Dovecot's oauth2 passdb asks whether a
token is valid and whose it is. The HTTPS listener (for MSAL) uses Dovecot's test certificate.
"""

from __future__ import annotations

import json
import secrets
import ssl
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from dovecot import PASSWORD, Dovecot, new_user

from unmignet.app import App
from unmignet.config import AccountConfig, Config, DatabaseConfig, ExtractConfig, PollConfig

PASSWORD_ENV = "UNMIGNET_TEST_IMAP_PASSWORD"


@dataclass
class IdentityProvider:
    """Tokens it issued (token -> (user, expiry)), and the grants it accepts."""

    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    app_clients: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (secret, user)
    issued: dict[str, tuple[str, float]] = field(default_factory=dict)
    lifetime: int = 3600
    token_requests: int = 0
    http_url: str = ""
    https_url: str = ""

    def issue(self, user: str) -> dict[str, object]:
        token = secrets.token_urlsafe(24)
        self.issued[token] = (user, time.time() + self.lifetime)
        self.token_requests += 1
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime}

    def grant(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        kind = form.get("grant_type")
        if kind == "refresh_token" and form.get("refresh_token") in self.refresh_tokens:
            return 200, self.issue(self.refresh_tokens[form["refresh_token"]])
        client = self.app_clients.get(form.get("client_id", ""))
        if kind == "client_credentials" and client and form.get("client_secret") == client[0]:
            return 200, self.issue(client[1])
        return 400, {"error": "invalid_grant", "error_description": "grant refused by test IdP"}

    def introspect(self, token: str) -> dict[str, object]:
        user, expiry = self.issued.get(token, ("", 0.0))
        if not user or expiry < time.time():
            return {"active": False}
        return {"active": True, "username": user}


def _handler(idp: IdentityProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

        def _send(self, status: int, body: dict[str, object]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.endswith("/.well-known/openid-configuration"):
                base = idp.https_url
                self._send(
                    200,
                    {
                        "token_endpoint": f"{base}/token",
                        "authorization_endpoint": f"{base}/authorize",
                        "issuer": f"{base}/tenant/v2.0",
                    },
                )
                return
            self._send(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            if self.path.startswith("/introspect"):
                self._send(200, idp.introspect(form.get("token", "")))
            elif self.path.startswith("/token"):
                self._send(*idp.grant(form))
            else:
                self._send(404, {"error": "not_found"})

    return Handler


def _serve(server: ThreadingHTTPServer) -> None:
    threading.Thread(target=server.serve_forever, daemon=True).start()


@pytest.fixture(scope="session")
def idp() -> Iterator[IdentityProvider]:
    provider = IdentityProvider()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    provider.http_url = f"http://127.0.0.1:{server.server_address[1]}"
    _serve(server)
    yield provider
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def dovecot(idp: IdentityProvider) -> Iterator[Dovecot]:
    """A running Dovecot (TLS and plaintext listeners) for the whole session."""
    server = Dovecot.create(introspection_url=f"{idp.http_url}/introspect")
    server.start()
    https = ThreadingHTTPServer(("127.0.0.1", 0), _handler(idp))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(server.cert_file, server.root / "key.pem")
    https.socket = context.wrap_socket(https.socket, server_side=True)
    idp.https_url = f"https://127.0.0.1:{https.server_address[1]}"
    _serve(https)
    yield server
    https.shutdown()
    https.server_close()
    server.destroy()


@pytest.fixture
def imap_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def account_for(
    dovecot: Dovecot, user: str, *, name: str = "partners", security: str = "tls", **extra: object
) -> AccountConfig:
    port = dovecot.tls_port if security == "tls" else dovecot.plain_port
    options: dict[str, object] = {
        "name": name,
        "host": "127.0.0.1",
        "port": port,
        "security": security,
        "username": user,
        "password_env": PASSWORD_ENV,
        "ca_file": str(dovecot.cert_file),
        "timeout_seconds": 10.0,
        **extra,
    }
    return AccountConfig(**options)


def app_for(db_url: str, *accounts: AccountConfig, batch_size: int = 200) -> App:
    return App(
        Config(
            database=DatabaseConfig(url=db_url),
            accounts=accounts,
            poll=PollConfig(batch_size=batch_size),
            extract=ExtractConfig(use_ner=False),
        )
    )


@pytest.fixture
def user() -> str:
    """A fresh mailbox user (Dovecot creates the Maildir at first login)."""
    return new_user()


@pytest.fixture
def ca_bundle(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Let requests (inside MSAL) trust the loopback IdP's certificate."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(dovecot.cert_file))
    return dovecot.cert_file
