"""XOAUTH2 logins against Dovecot's oauth2 passdb, with tokens from a loopback identity provider."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest
from dovecot import Dovecot, make_message
from imap_support import IdentityProvider, account_for, app_for
from sqlalchemy import select

from ingest.imap import ImapMailbox
from ingest.oauth import CachedToken, RefreshTokenFlow
from models.message import MailboxCheckpoint
from unmignet import jobs
from unmignet.errors import AuthError

pytestmark = pytest.mark.imap


def test_refresh_token_flow_logs_in_with_xoauth2(
    dovecot: Dovecot, idp: IdentityProvider, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refresh token from the environment is exchanged for an access token Dovecot accepts."""
    refresh = secrets.token_urlsafe(16)
    idp.refresh_tokens[refresh] = user
    monkeypatch.setenv("UNMIGNET_TEST_REFRESH", refresh)
    dovecot.append(user, [make_message(1)])
    account = account_for(
        dovecot,
        user,
        auth="xoauth2-refresh",
        token_url=f"{idp.http_url}/token",
        client_id="unmignet-test",
        refresh_token_env="UNMIGNET_TEST_REFRESH",
    )
    mailbox = ImapMailbox(account)
    try:
        assert mailbox.uids_after("INBOX", 0) == [1]
        assert mailbox.token_expires_at is not None
    finally:
        mailbox.close()


def test_token_is_refreshed_before_it_expires(idp: IdentityProvider, user: str) -> None:
    """A token inside the refresh margin is replaced before use; a fresh one is reused."""
    refresh = secrets.token_urlsafe(16)
    idp.refresh_tokens[refresh] = user
    flow = RefreshTokenFlow(
        who="account t", token_url=f"{idp.http_url}/token", client_id="c", refresh_token=refresh
    )
    cache = CachedToken(flow, margin=timedelta(minutes=5))
    idp.lifetime = 240  # already inside the 5-minute margin when issued
    try:
        first = cache.get()
        second = cache.get()
    finally:
        idp.lifetime = 3600
    third = cache.get()
    fourth = cache.get()
    assert first.access_token != second.access_token
    assert second.access_token != third.access_token
    assert third == fourth


def test_refused_refresh_token_is_a_clear_auth_error(idp: IdentityProvider) -> None:
    """The provider's reason reaches the operator, with the account's name."""
    flow = RefreshTokenFlow(
        who="account gmail", token_url=f"{idp.http_url}/token", client_id="c", refresh_token="x"
    )
    with pytest.raises(AuthError, match="account gmail: token request refused: grant refused"):
        flow.fetch()


@pytest.mark.usefixtures("ca_bundle")
def test_msal_client_credentials_against_a_loopback_authority(
    dovecot: Dovecot,
    idp: IdentityProvider,
    user: str,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """MSAL's client-credentials flow (pointed at a loopback authority over verified HTTPS)
    yields a token Dovecot accepts; the poll stores mail and records the token's expiry.

    Only Microsoft's own endpoints are not exercised: there is no network here; the authority
    override is the one national clouds use.
    """
    client_secret = secrets.token_urlsafe(16)
    idp.app_clients["app-id"] = (client_secret, user)
    monkeypatch.setenv("UNMIGNET_TEST_CLIENT_SECRET", client_secret)
    dovecot.append(user, [make_message(1)])
    account = account_for(
        dovecot,
        user,
        auth="xoauth2-ms365",
        tenant_id="tenant",
        client_id="app-id",
        client_secret_env="UNMIGNET_TEST_CLIENT_SECRET",
        token_url=f"{idp.https_url}/tenant",
    )
    app = app_for(sqlite_url, account)
    mailbox = ImapMailbox(account)
    try:
        assert mailbox.uids_after("INBOX", 0) == [1]
    finally:
        mailbox.close()
    summary = jobs.count_new(app)
    assert summary.errors == [] and [p.seen for p in summary.polls] == [1]
    with app.sessions() as session:
        cp = session.scalar(select(MailboxCheckpoint))
        assert cp is not None and cp.token_expires_at is not None
    app.engine.dispose()


def test_rotated_refresh_token_carries_over_to_later_connections(
    dovecot: Dovecot, idp: IdentityProvider, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a provider whose refresh tokens are single-use, later connections of the process
    (each poll round, each IDLE reconnect) present the rotated token, not the revoked one from
    the environment; and they reuse the access token until it nears expiry."""
    refresh = secrets.token_urlsafe(16)
    idp.refresh_tokens[refresh] = user
    monkeypatch.setenv("UNMIGNET_TEST_ROTATING", refresh)
    account = account_for(
        dovecot,
        user,
        name="rotating",
        auth="xoauth2-refresh",
        token_url=f"{idp.http_url}/token",
        client_id="unmignet-test",
        refresh_token_env="UNMIGNET_TEST_ROTATING",
    )
    idp.rotate = True
    try:
        first = ImapMailbox(account)
        first.connect()
        first.close()
        assert refresh not in idp.refresh_tokens  # the environment's token is now revoked
        requests = idp.token_requests
        second = ImapMailbox(account)
        second.connect()
        second.close()
        assert idp.token_requests == requests  # same access token, no new request
        assert second.tokens is not None
        second.tokens.invalidate()  # as after a refused login: the next one must refresh
        third = ImapMailbox(account)
        third.connect()
        third.close()
        assert idp.token_requests == requests + 1
    finally:
        idp.rotate = False
