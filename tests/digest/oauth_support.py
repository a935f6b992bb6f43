"""OAuth peers for the SMTP XOAUTH2 tests, both real servers on loopback in the test process:

- ``TokenEndpoint``: an OAuth 2.0 token endpoint (stdlib HTTP server) that exchanges a known
  refresh token for a long random access token, as Microsoft and Google do, and refuses anything
  else with ``invalid_grant``; it records every form it was posted.
- ``XOAuth2Recorder``: the digest tests' aiosmtpd ``Recorder`` that also offers ``AUTH XOAUTH2``
  (aiosmtpd calls a handler's ``auth_<MECHANISM>`` method). It checks the SASL string byte for
  byte (``user=U\\x01auth=Bearer T\\x01\\x01``), accepts only tokens the endpoint issued to that
  user, and refuses others the way Gmail and Office 365 do: a 334 challenge carrying a base64
  JSON status, then 535 once the client answers it (with an empty line).

The ingestion tests have a similar identity provider (tests/ingest), built around Dovecot's
introspection; this one is mirrored rather than imported so the two test folders stay
independent.
"""

from __future__ import annotations

import base64
import binascii
import collections
import json
import re
import secrets
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, AuthResult
from digest_support import Recorder, SmtpServer, start_on_free_port

SASL = re.compile(rb"user=([^\x01]+)\x01auth=Bearer ([^\x01]+)\x01\x01")
TOKEN_BYTES = 900  # about 1,200 characters: real Microsoft 365 access tokens are 1.5-2.5 KB
LONG_LINE = 8192  # aiosmtpd's default 512-byte command limit is too short for such a token


@dataclass
class TokenEndpoint:
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    issued: dict[str, str] = field(default_factory=dict)  # access token -> user
    forms: list[dict[str, str]] = field(default_factory=list)
    url: str = ""

    def grant(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        self.forms.append(form)
        user = self.refresh_tokens.get(form.get("refresh_token", ""))
        if form.get("grant_type") != "refresh_token" or user is None:
            return 400, {"error": "invalid_grant", "error_description": "refresh token revoked"}
        token = secrets.token_urlsafe(TOKEN_BYTES)
        self.issued[token] = user
        return 200, {"access_token": token, "token_type": "Bearer", "expires_in": 3599}


def _handler(endpoint: TokenEndpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            status, body = (
                endpoint.grant(form) if self.path == "/token" else (404, {"error": "not_found"})
            )
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture
def token_endpoint() -> Iterator[TokenEndpoint]:
    """A loopback OAuth token endpoint at ``endpoint.url + "/token"``."""
    endpoint = TokenEndpoint()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(endpoint))
    endpoint.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield endpoint
    server.shutdown()
    server.server_close()
    thread.join()


@dataclass
class XOAuth2Recorder(Recorder):
    """A Recorder whose server offers AUTH XOAUTH2 and checks bearer tokens against ``endpoint``."""

    endpoint: TokenEndpoint = field(default_factory=TokenEndpoint)
    logins: list[bytes] = field(default_factory=list)  # decoded SASL responses, in order
    error_replies: list[bytes] = field(default_factory=list)  # answers to the error challenge

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        raw = await self._initial_response(server, args)
        if raw is None:
            return AuthResult(success=False, handled=True)
        self.logins.append(raw)
        found = SASL.fullmatch(raw)
        if found and self.endpoint.issued.get(found.group(2).decode()) == found.group(1).decode():
            return AuthResult(success=True, auth_data=found.group(1).decode())
        status = {
            "status": "401",
            "schemes": "bearer",
            "scope": "https://outlook.office.com/SMTP.Send",
        }
        reply = await server.challenge_auth(json.dumps(status))
        self.error_replies.append(reply if isinstance(reply, bytes) else b"<none>")
        return AuthResult(
            success=False, handled=False, message="535 5.7.3 Authentication unsuccessful"
        )

    @staticmethod
    async def _initial_response(server: SMTP, args: list[str]) -> bytes | None:
        if len(args) == 2:
            try:
                return base64.b64decode(args[1], validate=True)
            except binascii.Error:
                await server.push("501 5.5.2 Can't decode base64")
                return None
        reply = await server.challenge_auth("")
        return None if reply is MISSING else bytes(reply)


def sasl_response(user: str, token: str) -> bytes:
    """What the client must send (before base64), written out independently of digest.smtp."""
    return b"user=" + user.encode() + b"\x01auth=Bearer " + token.encode() + b"\x01\x01"


def parse_logins(recorder: XOAuth2Recorder) -> list[tuple[str, str]]:
    """(user, token) of every well-formed XOAUTH2 response the server received."""
    out: list[tuple[str, str]] = []
    for raw in recorder.logins:
        found = SASL.fullmatch(raw)
        if found:
            out.append((found.group(1).decode(), found.group(2).decode()))
    return out


class LongLineSMTP(SMTP):
    """aiosmtpd accepting command lines of a few KB (AUTH with a bearer token), as Office 365
    and Gmail do. The limits are class attributes in aiosmtpd, hence the subclass."""

    command_size_limit = LONG_LINE
    command_size_limits: dict[str, int] = collections.defaultdict(lambda: LONG_LINE)
    line_length_limit = LONG_LINE


class LongLineController(Controller):
    def factory(self) -> SMTP:
        return LongLineSMTP(self.handler, **self.SMTP_kwargs)


def start_long_line_server(handler: Recorder, **kwargs: Any) -> SmtpServer:
    controller = start_on_free_port(
        lambda port: LongLineController(handler, hostname="127.0.0.1", port=port, **kwargs)
    )
    return SmtpServer("127.0.0.1", controller.port, handler, controller)
