"""Fixtures for the ingestion tests: one real Dovecot per session, a loopback OAuth provider.

The OAuth provider is a stdlib HTTP server on 127.0.0.1 that plays the identity provider's
parts: a token endpoint (refresh-token and client-credentials grants), the OpenID metadata MSAL
reads from an authority, and the introspection endpoint Dovecot's oauth2 passdb asks whether a
token is valid and whose it is. The HTTPS listener (for MSAL) uses Dovecot's test certificate.
"""

from __future__ import annotations

import json
import ssl
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from dovecot import PASSWORD, Dovecot, new_user
from imap_support import PASSWORD_ENV, IdentityProvider


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


@pytest.fixture
def user() -> str:
    """A fresh mailbox user (Dovecot creates the Maildir at first login)."""
    return new_user()


@pytest.fixture
def ca_bundle(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Let requests (inside MSAL) trust the loopback IdP's certificate."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(dovecot.cert_file))
    return dovecot.cert_file
