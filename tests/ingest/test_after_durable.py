"""After-actions are durable: a kill between storing and the action cannot lose or repeat it."""

from __future__ import annotations

import pytest
from dovecot import Dovecot, make_message
from imap_support import account_for, app_for
from sqlalchemy import select

from ingest.imap import ImapMailbox
from ingest.poll import poll_folder
from models.message import RawMessage
from unmignet import jobs
from unmignet.app import App

pytestmark = pytest.mark.imap


def after_flags(app: App) -> list[bool]:
    with app.sessions() as session:
        return list(session.scalars(select(RawMessage.after_action_done).order_by(RawMessage.uid)))


def killed_before_the_action(app: App, dovecot: Dovecot, user: str, after: str) -> None:
    """What a kill right after extraction leaves: stored and extracted, action not applied."""
    mailbox = ImapMailbox(account_for(dovecot, user, after=after))
    try:
        report = poll_folder(app.sessions, mailbox, "INBOX")
    finally:
        mailbox.close()
    assert report.stored == 3
    jobs.process(app)
    with app.sessions() as session:
        assert list(session.scalars(select(RawMessage.state))) == ["done"] * 3
    assert after_flags(app) == [False, False, False]


def check_applied_once(dovecot: Dovecot, user: str, after: str) -> None:
    if after.startswith("move:"):
        assert dovecot.flags(user) == {} and dovecot.count(user, after[5:]) == 3
    else:
        flags = dovecot.flags(user)
        assert len(flags) == 3 and all(b"\\Seen" in f for f in flags.values())


@pytest.mark.usefixtures("imap_env")
@pytest.mark.parametrize("after", ["seen", "move:Processed"])
def test_action_missed_by_a_kill_is_applied_at_the_next_poll(
    dovecot: Dovecot, user: str, db_url: str, after: str
) -> None:
    """Messages stored and extracted but never actioned (killed in between) are actioned by the
    next poll, once: a further poll changes nothing."""
    dovecot.append(user, [make_message(i) for i in range(3)])
    app = app_for(db_url, account_for(dovecot, user, after=after))
    killed_before_the_action(app, dovecot, user, after)
    assert all(f == () for f in dovecot.flags(user).values())
    summary = jobs.poll_once(app)
    assert (summary.errors, summary.stored) == ([], 0)
    assert after_flags(app) == [True, True, True]
    check_applied_once(dovecot, user, after)
    again = jobs.poll_once(app)
    assert again.errors == []
    check_applied_once(dovecot, user, after)
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
@pytest.mark.parametrize("after", ["seen", "move:Processed"])
def test_action_applied_but_not_recorded_is_harmless_to_repeat(
    dovecot: Dovecot, user: str, sqlite_url: str, after: str
) -> None:
    """A kill after the server applied the action but before it was recorded: the next poll
    applies it again, and the mail still ends up moved (or flagged) once, without error."""
    dovecot.append(user, [make_message(i) for i in range(3)])
    app = app_for(sqlite_url, account_for(dovecot, user, after=after))
    killed_before_the_action(app, dovecot, user, after)
    mailbox = ImapMailbox(account_for(dovecot, user, after=after))
    try:
        mailbox.folder_state("INBOX")
        mailbox.mark_processed("INBOX", [1, 2, 3], after)  # the server side, then the "kill"
    finally:
        mailbox.close()
    summary = jobs.poll_once(app)
    assert summary.errors == []
    assert after_flags(app) == [True, True, True]
    check_applied_once(dovecot, user, after)
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
def test_pending_actions_wait_for_extraction(dovecot: Dovecot, user: str, sqlite_url: str) -> None:
    """A message not yet extracted (still pending) is not actioned; it is once extracted."""
    dovecot.append(user, [make_message(1)])
    app = app_for(sqlite_url, account_for(dovecot, user, after="seen"))
    jobs.poll_once(app, should_stop=lambda: True)  # stored, extraction stopped before it ran
    with app.sessions() as session:
        assert session.scalar(select(RawMessage.state)) == "pending"
    assert after_flags(app) == [False] and dovecot.flags(user) == {1: ()}
    jobs.poll_once(app)
    assert after_flags(app) == [True] and b"\\Seen" in dovecot.flags(user)[1]
    app.engine.dispose()
