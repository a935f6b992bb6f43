"""Helpers shared by the ingestion tests (a module with a unique name: every test folder has a
``conftest`` module, so tests import helpers from here, never from ``conftest``)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dovecot import Dovecot

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
    rotate: bool = False  # refresh tokens are single-use: each refresh returns the next one
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
            return 200, self.refresh(form["refresh_token"])
        client = self.app_clients.get(form.get("client_id", ""))
        if kind == "client_credentials" and client and form.get("client_secret") == client[0]:
            return 200, self.issue(client[1])
        return 400, {"error": "invalid_grant", "error_description": "grant refused by test IdP"}

    def refresh(self, refresh_token: str) -> dict[str, object]:
        """An access token; with ``rotate``, also a new refresh token, the old one revoked."""
        if not self.rotate:
            return self.issue(self.refresh_tokens[refresh_token])
        user = self.refresh_tokens.pop(refresh_token)
        rotated = secrets.token_urlsafe(24)
        self.refresh_tokens[rotated] = user
        return {**self.issue(user), "refresh_token": rotated}

    def introspect(self, token: str) -> dict[str, object]:
        user, expiry = self.issued.get(token, ("", 0.0))
        if not user or expiry < time.time():
            return {"active": False}
        return {"active": True, "username": user}


def account_for(
    dovecot: Dovecot, user: str, *, name: str = "partners", security: str = "tls", **extra: object
) -> AccountConfig:
    port = dovecot.tls_port if security == "tls" else dovecot.plain_port
    options: dict[str, Any] = {
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


def wait_until(condition: Callable[[], bool], timeout: float) -> float:
    """Poll ``condition`` every 20 ms; the seconds it took to hold (AssertionError after
    ``timeout``)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"condition not met within {timeout} s")


def message_states(app: App) -> list[str]:
    """The processing state of every stored message, in UID order."""
    from sqlalchemy import select

    from models.message import RawMessage

    with app.sessions() as session:
        return list(session.scalars(select(RawMessage.state).order_by(RawMessage.uid)))
