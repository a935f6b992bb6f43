"""Signed unsubscribe tokens and the RFC 8058 headers that carry them.

A token is ``<subscriber id>.<HMAC-SHA256(secret, "unsubscribe:<id>:<email>") truncated>``,
base64url, so it names one subscriber, cannot be forged or enumerated without the web secret key
(read from the environment variable ``web.secret_key_env``), and stops working if the address of
that subscriber row changes. Tokens never expire: a link in a year-old digest must still work.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from unmignet.config import Config, secret
from unmignet.errors import ConfigError

_MAC_BYTES = 16
PATH = "/digest/unsubscribe/"
ONE_CLICK = "List-Unsubscribe=One-Click"


def secret_key(config: Config) -> bytes:
    key = secret(config.web.secret_key_env, what="unsubscribe links (web.secret_key_env)")
    if len(key) < 16:
        raise ConfigError(f"{config.web.secret_key_env}: the secret key must be 16+ characters")
    return key.encode()


def _mac(key: bytes, subscriber_id: int, email: str) -> str:
    message = f"unsubscribe:{subscriber_id}:{email.strip().casefold()}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()[:_MAC_BYTES]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def make_token(key: bytes, subscriber_id: int, email: str) -> str:
    return f"{subscriber_id}.{_mac(key, subscriber_id, email)}"


def token_subscriber_id(token: str) -> int | None:
    """The subscriber id a token claims (unverified): look the row up, then ``verify``."""
    head, dot, _ = token.partition(".")
    if not dot or not (head.isascii() and head.isdigit()) or len(head) > 9:
        return None
    return int(head)


def verify(key: bytes, token: str, subscriber_id: int, email: str) -> bool:
    expected = make_token(key, subscriber_id, email)
    return hmac.compare_digest(expected.encode(), token.encode())


def unsubscribe_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}{PATH}{token}"


def headers(url: str, mailto: str | None = None) -> dict[str, str]:
    """``List-Unsubscribe`` (HTTPS link first, optional mailto) and ``List-Unsubscribe-Post``."""
    value = f"<{url}>" + (f", <mailto:{mailto}?subject=unsubscribe>" if mailto else "")
    return {"List-Unsubscribe": value, "List-Unsubscribe-Post": ONE_CLICK}
