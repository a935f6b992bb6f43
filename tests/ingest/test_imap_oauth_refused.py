"""Dovecot refuses an access token the provider no longer vouches for; the poller recovers.

The token cache believes a token is good until its ``expires_in``; the provider may revoke it
earlier, or the server may judge it expired sooner (clock skew). Dovecot then refuses the
XOAUTH2 login (its oauth2 passdb asks the loopback provider's introspection endpoint on every
login: ``auth_cache_size = 0``). The refused login must drop the cached token so that the next
connection fetches a new one instead of presenting the dead token forever.
"""

from __future__ import annotations

import secrets
import time

import pytest
from dovecot import PASSWORD, Dovecot, make_message
from imap_support import IdentityProvider, account_for, app_for
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from ingest.imap import ImapMailbox
from ingest.poll import poll_folder
from unmignet.config import AccountConfig
from unmignet.errors import AuthError

pytestmark = pytest.mark.imap


def refresh_account(
    dovecot: Dovecot, idp: IdentityProvider, user: str, monkeypatch: pytest.MonkeyPatch
) -> AccountConfig:
    refresh = secrets.token_urlsafe(16)
    idp.refresh_tokens[refresh] = user
    env = f"UNMIGNET_TEST_REFRESH_{secrets.token_hex(4).upper()}"
    monkeypatch.setenv(env, refresh)
    return account_for(
        dovecot,
        user,
        auth="xoauth2-refresh",
        token_url=f"{idp.http_url}/token",
        client_id="unmignet-test",
        refresh_token_env=env,
    )


def kill_token(idp: IdentityProvider, token: str, how: str) -> None:
    """Revoke the token at the provider, or let it expire there ahead of the client's clock."""
    user, _ = idp.issued[token]
    if how == "revoked":
        del idp.issued[token]
    else:
        idp.issued[token] = (user, time.time() - 1)


@pytest.mark.parametrize("how", ["revoked", "expired"])
def test_refused_token_is_dropped_and_the_next_poll_fetches_a_new_one(
    dovecot: Dovecot,
    idp: IdentityProvider,
    user: str,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    """A poll logs in with a cached token; the provider revokes it (or it expires early); the
    next connection is refused by Dovecot with an AuthError; the one after that fetches a new
    token from the provider, logs in and stores the waiting mail."""
    account = refresh_account(dovecot, idp, user, monkeypatch)
    dovecot.append(user, [make_message(1)])
    first = ImapMailbox(account)
    try:
        first.connect()
        assert first.tokens is not None
        dead = first.tokens.get().access_token
    finally:
        first.close()
    kill_token(idp, dead, how)
    requests = idp.token_requests
    refused = ImapMailbox(account)
    with pytest.raises(AuthError, match="login refused"):
        refused.connect()
    refused.close()
    assert idp.token_requests == requests  # the dead token was presented, not a new one
    app = app_for(sqlite_url, account)
    retry = ImapMailbox(account)
    try:
        report = poll_folder(app.sessions, retry, "INBOX")
        assert retry.tokens is not None and retry.tokens.get().access_token != dead
    finally:
        retry.close()
        app.engine.dispose()
    assert idp.token_requests == requests + 1
    assert report.stored == 1


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
def test_the_static_test_password_is_not_a_bearer_token(
    dovecot: Dovecot, user: str, mechanism: str
) -> None:
    """The test Dovecot's static passdb serves password logins only: its password presented as
    an OAuth bearer token is refused (only the provider's introspection can vouch for a token),
    while a plain LOGIN with it still works."""
    imap = IMAPClient("127.0.0.1", port=dovecot.plain_port, ssl=False, timeout=10)
    try:
        with pytest.raises(LoginError):
            if mechanism == "xoauth2":
                imap.oauth2_login(user, PASSWORD)
            else:
                imap.oauthbearer_login(user, PASSWORD)
    finally:
        imap.shutdown()
    dovecot.client(user).logout()  # the password itself still logs in
