"""The MOVE fallback (COPY + \\Deleted + UID EXPUNGE) against a real Dovecot without MOVE: a kill
at any point between the COPY and the EXPUNGE never leaves a second copy in the target.

The server without MOVE is the test Dovecot reached on its second loopback address
(``NO_MOVE_HOST``), where its CAPABILITY omits MOVE; the fallback is the code path our client
takes there on its own, no switch forces it. A kill is reproduced by running the first steps of
the fallback (the same functions ``ImapMailbox`` runs) on a connection and then dropping it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from dovecot import NO_MOVE_HOST, PASSWORD, Dovecot, make_message
from imap_support import account_for, app_for
from imapclient import IMAPClient
from sqlalchemy import select

from ingest.imap import MOVING, ImapMailbox, copy_marked
from ingest.poll import poll_folder
from models.message import RawMessage
from unmignet import jobs
from unmignet.app import App
from unmignet.config import AccountConfig

pytestmark = pytest.mark.imap

TARGET = "Processed"


def no_move_account(dovecot: Dovecot, user: str) -> AccountConfig:
    return account_for(dovecot, user, host=NO_MOVE_HOST, security="plain", after=f"move:{TARGET}")


def no_move_client(dovecot: Dovecot, user: str) -> IMAPClient:
    client = IMAPClient(NO_MOVE_HOST, port=dovecot.plain_port, ssl=False, timeout=30)
    client.login(user, PASSWORD)
    return client


def stored_and_extracted(dovecot: Dovecot, user: str, db_url: str, count: int) -> App:
    """``count`` messages stored and extracted, their after-action (move) not applied yet."""
    dovecot.append(user, [make_message(i) for i in range(count)])
    app = app_for(db_url, no_move_account(dovecot, user))
    mailbox = ImapMailbox(no_move_account(dovecot, user))
    try:
        assert poll_folder(app.sessions, mailbox, "INBOX").stored == count
    finally:
        mailbox.close()
    jobs.process(app)
    return app


def moved_once(dovecot: Dovecot, user: str, count: int) -> None:
    assert dovecot.count(user, "INBOX") == 0
    assert dovecot.count(user, TARGET) == count
    assert all(MOVING not in flags for flags in dovecot.flags(user, TARGET).values())


def after_done(app: App) -> list[bool]:
    with app.sessions() as session:
        return list(session.scalars(select(RawMessage.after_action_done)))


@pytest.mark.usefixtures("imap_env")
def test_server_without_move_gets_each_message_moved_once(
    dovecot: Dovecot, user: str, sqlite_url: str
) -> None:
    """On a server that does not announce MOVE, ``move:F`` moves every message once (copies
    carry no leftover mark) and a second poll changes nothing."""
    client = no_move_client(dovecot, user)
    assert not client.has_capability("MOVE") and client.has_capability("UIDPLUS")
    client.logout()
    app = stored_and_extracted(dovecot, user, sqlite_url, 3)
    summary = jobs.poll_once(app)
    assert summary.errors == [] and after_done(app) == [True] * 3
    moved_once(dovecot, user, 3)
    assert jobs.poll_once(app).errors == []
    moved_once(dovecot, user, 3)
    app.engine.dispose()


def killed_after_copy(client: IMAPClient) -> None:
    copy_marked(client, "INBOX", [1, 2, 3], TARGET)


def killed_after_part_of_the_copy(client: IMAPClient) -> None:
    copy_marked(client, "INBOX", [1, 2], TARGET)


def killed_after_deleted_flag(client: IMAPClient) -> None:
    copy_marked(client, "INBOX", [1, 2, 3], TARGET)
    client.add_flags([1, 2, 3], [b"\\Deleted"], silent=True)


def killed_after_expunge(client: IMAPClient) -> None:
    killed_after_deleted_flag(client)
    client.uid_expunge([1, 2, 3])


@pytest.mark.usefixtures("imap_env")
@pytest.mark.parametrize(
    "kill",
    [
        killed_after_copy,
        killed_after_part_of_the_copy,
        killed_after_deleted_flag,
        killed_after_expunge,
    ],
)
def test_a_move_killed_between_copy_and_expunge_is_finished_without_a_second_copy(
    dovecot: Dovecot, user: str, db_url: str, kill: Callable[[IMAPClient], None]
) -> None:
    """After a kill anywhere between the COPY and the EXPUNGE (all copied, some copied, flagged
    \\Deleted, expunged but not recorded), the next poll finishes the move: each message is in
    the target exactly once and nowhere else, and the move is recorded."""
    app = stored_and_extracted(dovecot, user, db_url, 3)
    client = no_move_client(dovecot, user)
    client.select_folder("INBOX")
    kill(client)
    client.shutdown()  # the kill: no LOGOUT, no cleanup
    summary = jobs.poll_once(app)
    assert summary.errors == [] and after_done(app) == [True] * 3
    moved_once(dovecot, user, 3)
    app.engine.dispose()
