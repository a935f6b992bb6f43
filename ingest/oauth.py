"""OAuth 2.0 access tokens for IMAP XOAUTH2, cached and refreshed before they expire.

Two sources, both behind ``TokenSource``:

* ``MsalClientCredentials``: Microsoft 365 application access (client-credentials flow through
  MSAL: tenant, client id, and a client secret or a PEM certificate read from the environment;
  scope ``https://outlook.office365.com/.default``).
* ``RefreshTokenFlow``: a refresh token (Gmail, or Microsoft delegated access) exchanged at a
  token endpoint with a plain form POST.

``CachedToken`` hands out the current token and asks its source for a new one when fewer than
``margin`` seconds are left, so a login never presents a token that is about to expire.
Every failure is an ``AuthError`` naming the account and the reason the server gave.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from models.base import utcnow
from unmignet.config import AccountConfig, SmtpConfig, secret
from unmignet.errors import AuthError, ConfigError

MS_AUTHORITY = "https://login.microsoftonline.com/"
REFRESH_MARGIN = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Token:
    access_token: str
    expires_at: datetime


class TokenSource(Protocol):
    def fetch(self) -> Token:
        """Ask the identity provider for a new access token."""
        ...


def token_from_response(payload: Mapping[str, Any], *, who: str, now: datetime) -> Token:
    """A ``Token`` from an OAuth token response, or ``AuthError`` with the provider's reason."""
    access = payload.get("access_token")
    if not isinstance(access, str) or not access:
        reason = payload.get("error_description") or payload.get("error") or "no access_token"
        raise AuthError(f"{who}: token request refused: {str(reason)[:300]}")
    try:
        lifetime = int(payload.get("expires_in", 3600))
    except (TypeError, ValueError):
        lifetime = 3600
    return Token(access, now + timedelta(seconds=lifetime))


class CachedToken:
    """The current token of one account; refreshed ``margin`` before it expires. Thread-safe."""

    def __init__(
        self,
        source: TokenSource,
        *,
        margin: timedelta = REFRESH_MARGIN,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.source = source
        self.margin = margin
        self.clock = clock
        self._token: Token | None = None
        self._lock = threading.Lock()

    @property
    def expires_at(self) -> datetime | None:
        return self._token.expires_at if self._token is not None else None

    def get(self) -> Token:
        with self._lock:
            token = self._token
            if token is None or token.expires_at - self.margin <= self.clock():
                token = self._token = self.source.fetch()
            return token

    def invalidate(self) -> None:
        """Forget the token (the server refused it): the next ``get`` fetches a new one."""
        with self._lock:
            self._token = None


class MsalClientCredentials:
    """Microsoft 365 client-credentials flow through MSAL (app-only access to a mailbox).

    ``authority`` defaults to ``https://login.microsoftonline.com/<tenant>``; another one (a
    national cloud, or a loopback test server) skips Microsoft's instance discovery.
    """

    def __init__(
        self,
        *,
        who: str,
        tenant_id: str,
        client_id: str,
        credential: str | dict[str, str],
        scope: str,
        authority: str | None = None,
    ) -> None:
        import msal

        custom = authority is not None
        self.who = who
        self.scope = scope
        self.app = msal.ConfidentialClientApplication(
            client_id,
            client_credential=credential,
            authority=authority or MS_AUTHORITY + tenant_id,
            validate_authority=not custom,
            instance_discovery=not custom,
        )

    def fetch(self) -> Token:
        now = utcnow()
        try:
            payload = self.app.acquire_token_for_client(scopes=[self.scope])
        except Exception as err:  # MSAL raises requests, ValueError and its own errors
            raise AuthError(f"{self.who}: token request failed: {err}") from err
        return token_from_response(payload or {}, who=self.who, now=now)


class RefreshTokenFlow:
    """Exchange a refresh token at ``token_url``; keeps a rotated refresh token in memory."""

    def __init__(
        self,
        *,
        who: str,
        token_url: str,
        client_id: str,
        refresh_token: str,
        client_secret: str | None = None,
        scope: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.who = who
        self.token_url = token_url
        self.client_id = client_id
        self.refresh_token = refresh_token
        self.client_secret = client_secret
        self.scope = scope
        self.timeout = timeout

    def _form(self) -> bytes:
        form = {
            "grant_type": "refresh_token",
            "refresh_token": self.refresh_token,
            "client_id": self.client_id,
        }
        if self.client_secret:
            form["client_secret"] = self.client_secret
        if self.scope:
            form["scope"] = self.scope
        return urllib.parse.urlencode(form).encode()

    def fetch(self) -> Token:
        now = utcnow()
        request = urllib.request.Request(self.token_url, data=self._form(), method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read(1_000_000))
        except urllib.error.HTTPError as err:
            payload = _error_payload(err)
        except (OSError, ValueError) as err:
            raise AuthError(f"{self.who}: token endpoint {self.token_url}: {err}") from err
        token = token_from_response(payload, who=self.who, now=now)
        rotated = payload.get("refresh_token")
        if isinstance(rotated, str) and rotated:
            self.refresh_token = rotated
        return token


def _error_payload(err: urllib.error.HTTPError) -> dict[str, Any]:
    try:
        body = json.loads(err.read(100_000))
    except ValueError:
        body = None
    if isinstance(body, dict):
        return body
    return {"error": f"HTTP {err.code} {err.reason}"}


_SHARED: dict[str, CachedToken] = {}
_SHARED_GUARD = threading.Lock()


def shared_token(account: AccountConfig) -> CachedToken | None:
    """The process-wide ``CachedToken`` of an OAuth account (None for password logins).

    Every connection of the process (each poll round, each IDLE reconnect) shares it, so the
    access token is reused until it nears expiry and a refresh token the provider rotated is the
    one the next refresh presents. The key is a hash of the account's settings and secret values:
    a changed secret gets a new cache entry.
    """
    if account.auth not in ("xoauth2-ms365", "xoauth2-refresh"):
        return None
    key = _cache_key(account)
    with _SHARED_GUARD:
        cached = _SHARED.get(key)
        if cached is None:
            source = token_source_for(account)
            assert source is not None
            cached = _SHARED[key] = CachedToken(source)
        return cached


def _cache_key(account: AccountConfig) -> str:
    parts: list[str | None] = [
        account.name,
        account.auth,
        account.username,
        account.host,
        account.tenant_id,
        account.client_id,
        account.token_url,
        account.scope,
    ]
    for env in (
        account.client_secret_env,
        account.client_certificate_env,
        account.refresh_token_env,
    ):
        parts.append(os.environ.get(env) if env else None)
    return hashlib.sha256("\0".join(p or "" for p in parts).encode()).hexdigest()


def token_source_for(account: AccountConfig) -> TokenSource | None:
    """The token source an account's ``auth`` names; None for password logins."""
    who = f"account {account.name}"
    if account.auth == "xoauth2-ms365":
        return _msal_source(account, who)
    if account.auth == "xoauth2-refresh":
        return _refresh_source(account, who)
    return None


def _msal_source(account: AccountConfig, who: str) -> MsalClientCredentials:
    if not account.tenant_id or not account.client_id:
        raise ConfigError(f"{who}: xoauth2-ms365 needs tenant_id and client_id")
    credential: str | dict[str, str]
    if account.client_certificate_env:
        credential = _certificate_credential(
            secret(account.client_certificate_env, what=f"{who} client certificate")
        )
    else:
        credential = secret(account.client_secret_env, what=f"{who} client secret")
    return MsalClientCredentials(
        who=who,
        tenant_id=account.tenant_id,
        client_id=account.client_id,
        credential=credential,
        scope=account.scope,
        authority=account.token_url,
    )


def _certificate_credential(pem: str) -> dict[str, str]:
    """MSAL's certificate credential from one PEM holding the private key and the certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    try:
        cert = x509.load_pem_x509_certificate(pem.encode())
    except ValueError as err:
        raise ConfigError(f"client certificate is not a PEM certificate: {err}") from err
    # MSAL identifies the certificate by its SHA-1 thumbprint (as Entra ID shows it).
    return {"private_key": pem, "thumbprint": cert.fingerprint(hashes.SHA1()).hex()}


def _refresh_source(account: AccountConfig, who: str) -> RefreshTokenFlow:
    if not account.token_url or not account.client_id:
        raise ConfigError(f"{who}: xoauth2-refresh needs token_url and client_id")
    client_secret = (
        secret(account.client_secret_env, what=f"{who} client secret")
        if account.client_secret_env
        else None
    )
    return RefreshTokenFlow(
        who=who,
        token_url=account.token_url,
        client_id=account.client_id,
        refresh_token=secret(account.refresh_token_env, what=f"{who} refresh token"),
        client_secret=client_secret,
        scope=account.scope if account.scope else None,
        timeout=account.timeout_seconds,
    )


def smtp_token_provider(smtp: SmtpConfig) -> Callable[[], str]:
    """For ``smtp.auth = xoauth2-*``: a callable giving a current access token (cached, refreshed
    before expiry), built with the same flows as the IMAP accounts."""
    account = AccountConfig(
        name="smtp",
        host=smtp.host,
        username=smtp.username or "",
        port=smtp.port,
        security=smtp.security,
        auth=smtp.auth,
        tenant_id=smtp.tenant_id,
        client_id=smtp.client_id,
        client_secret_env=smtp.client_secret_env,
        client_certificate_env=smtp.client_certificate_env,
        refresh_token_env=smtp.refresh_token_env,
        token_url=smtp.token_url,
        scope=smtp.scope,
        timeout_seconds=smtp.timeout_seconds,
    )
    source = token_source_for(account)
    if source is None:
        raise ConfigError(f"smtp.auth: {smtp.auth!r} is not an OAuth method")
    cached = CachedToken(source)
    return lambda: cached.get().access_token
