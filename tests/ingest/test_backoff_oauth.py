"""Pure parts of ingestion: back-off, token responses and caching, fetch chunking."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from ingest.backoff import Backoff
from ingest.imap import _chunks_by_bytes, _reason
from ingest.oauth import CachedToken, Token, token_from_response, token_source_for
from unmignet.config import AccountConfig
from unmignet.errors import AuthError, ConfigError

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def test_backoff_grows_exponentially_to_the_cap_with_full_jitter() -> None:
    """Ceilings double from base to cap; each delay is drawn in [0, ceiling]; reset restarts."""
    draws: list[tuple[float, float]] = []

    def top(lo: float, hi: float) -> float:
        draws.append((lo, hi))
        return hi

    backoff = Backoff(base=1, cap=10, rand=top)
    delays = [backoff.next_delay() for _ in range(6)]
    assert delays == [1, 2, 4, 8, 10, 10]
    assert all(lo == 0 for lo, _ in draws)
    backoff.reset()
    assert backoff.next_delay() == 1


def test_backoff_wait_returns_early_when_stopped() -> None:
    """A set stop event ends the wait at once."""
    stop = threading.Event()
    stop.set()
    assert Backoff(base=100, cap=100).wait(stop) is True


def test_token_response_without_access_token_names_the_reason() -> None:
    """The provider's error_description becomes the AuthError text."""
    with pytest.raises(AuthError, match="acct: token request refused: AADSTS7000215"):
        token_from_response(
            {"error": "invalid_client", "error_description": "AADSTS7000215 bad secret"},
            who="acct",
            now=NOW,
        )
    token = token_from_response({"access_token": "t", "expires_in": "60"}, who="a", now=NOW)
    assert token.expires_at == NOW + timedelta(seconds=60)


class CountingSource:
    def __init__(self, lifetime: timedelta) -> None:
        self.calls = 0
        self.lifetime = lifetime

    def fetch(self) -> Token:
        self.calls += 1
        return Token(f"t{self.calls}", NOW + self.lifetime)


def test_cached_token_is_reused_until_the_margin() -> None:
    """A token is reused while more than the margin is left, refreshed after."""
    clock = [NOW]
    source = CountingSource(timedelta(minutes=60))
    cache = CachedToken(source, margin=timedelta(minutes=5), clock=lambda: clock[0])
    assert cache.get().access_token == "t1"
    clock[0] = NOW + timedelta(minutes=54)
    assert cache.get().access_token == "t1"
    clock[0] = NOW + timedelta(minutes=56)
    assert cache.get().access_token == "t2"
    cache.invalidate()
    assert cache.get().access_token == "t3"


def test_oauth_accounts_without_required_keys_are_config_errors() -> None:
    """A missing tenant/client id or token URL is named before any network call."""
    ms = AccountConfig(name="m", host="h", username="u", auth="xoauth2-ms365")
    with pytest.raises(ConfigError, match="tenant_id and client_id"):
        token_source_for(ms)
    refresh = AccountConfig(name="g", host="h", username="u", auth="xoauth2-refresh")
    with pytest.raises(ConfigError, match="token_url and client_id"):
        token_source_for(refresh)
    assert token_source_for(AccountConfig(name="p", host="h", username="u")) is None


def test_fetch_chunks_are_bounded_by_bytes() -> None:
    """Bodies are fetched in runs whose sizes stay under the limit (one message at least)."""
    sizes = {1: 40, 2: 40, 3: 40, 4: 500, 5: 10}
    assert list(_chunks_by_bytes([1, 2, 3, 4, 5], sizes, 100)) == [[1, 2], [3], [4], [5]]


def test_server_bytes_are_shown_as_text() -> None:
    """imaplib's bytes repr does not leak into error messages."""
    assert _reason(Exception("b'[AUTHENTICATIONFAILED] Authentication failed.'")) == (
        "[AUTHENTICATIONFAILED] Authentication failed."
    )


def test_idle_responses_bye_ends_the_session() -> None:
    """EXISTS is news; BYE (a server restart) raises so the watcher reconnects."""
    from imapclient.exceptions import IMAPClientAbortError

    from ingest.imap import _is_change

    assert _is_change((3, b"EXISTS")) is True
    assert _is_change((b"OK", b"Still here")) is False
    with pytest.raises(IMAPClientAbortError, match="Server shutting down"):
        _is_change((b"BYE", b"Server", b"shutting", b"down."))
