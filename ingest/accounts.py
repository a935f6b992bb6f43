"""Configured IMAP accounts as mailboxes, with their failures and token expiry kept on checkpoints.

``open_account`` logs in to one account and returns the mailbox, or records on every folder's
checkpoint why it could not (a refused password, an unreachable host, a missing secret) and returns
the message: one account failing never stops the others. (Polls of one folder are serialised by
``ingest.locks``.)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from ingest.imap import ImapMailbox
from ingest.poll import checkpoint_for
from unmignet.config import AccountConfig
from unmignet.errors import UnmignetError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Opened:
    mailbox: ImapMailbox | None
    error: str | None


def open_account(
    sessions: sessionmaker[Session], account: AccountConfig, *, since: date | None = None
) -> Opened:
    """Connect and log in; on failure record the reason on the account's checkpoints."""
    mailbox: ImapMailbox | None = None
    try:
        mailbox = ImapMailbox(account, since=since)
        mailbox.connect()
    except UnmignetError as err:
        if mailbox is not None:
            mailbox.close()
        message = str(err)
        if f"account {account.name}" not in message:
            message = f"account {account.name}: {message}"
        log.error("%s", message)
        record_error(sessions, account.name, account.folders, message)
        return Opened(None, message)
    record_token_expiry(sessions, mailbox, account.folders)
    return Opened(mailbox, None)


def record_error(
    sessions: sessionmaker[Session], account: str, folders: Sequence[str], message: str
) -> None:
    with sessions.begin() as session:
        for folder in folders:
            checkpoint_for(session, account, folder).last_error = message[:2000]


def record_token_expiry(
    sessions: sessionmaker[Session], mailbox: ImapMailbox, folders: Sequence[str]
) -> None:
    expires = mailbox.token_expires_at
    if expires is None:
        return
    with sessions.begin() as session:
        for folder in folders:
            checkpoint_for(session, mailbox.name, folder).token_expires_at = expires
