"""After-actions (``seen``, ``keyword:X``, ``move:F``) that survive a kill.

A stored message carries ``after_action_done``. Once its extraction has run (state ``done``,
``failed`` or ``stub``), ``apply_pending`` applies the account's action on the server for every
such message of the folder under the current UIDVALIDITY whose action is not done, then marks
them done, in chunks. A kill between the server call and the commit re-applies the action to that
chunk at the next poll: every action is idempotent on the server (a flag already set stays set; a
UID already moved is no longer in the folder, and UID MOVE of a missing UID does nothing; the
COPY fallback of a server without MOVE skips what it copied before, ``ingest.imap``), so the
message ends up actioned exactly once.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from ingest.mailbox import Mailbox
from models.message import DONE, FAILED, STUB, RawMessage
from unmignet.errors import MailboxError

EXTRACTED = (DONE, FAILED, STUB)
CHUNK = 500


def pending(
    session: Session, account: str, folder: str, uidvalidity: int, *, limit: int = CHUNK
) -> list[tuple[int, int]]:
    """(id, uid) of extracted messages of the folder whose after-action is not done, by UID."""
    rows = session.execute(
        select(RawMessage.id, RawMessage.uid)
        .where(
            RawMessage.account == account,
            RawMessage.folder == folder,
            RawMessage.after_action_done.is_(False),
            RawMessage.uidvalidity == uidvalidity,
            RawMessage.uid.is_not(None),
            RawMessage.state.in_(EXTRACTED),
        )
        .order_by(RawMessage.uid)
        .limit(limit)
    )
    return [(int(row_id), int(uid)) for row_id, uid in rows if uid is not None]


def mark_done(session: Session, ids: list[int]) -> None:
    session.execute(update(RawMessage).where(RawMessage.id.in_(ids)).values(after_action_done=True))


def _check_uidvalidity(mailbox: Mailbox, folder: str, uidvalidity: int) -> None:
    current = mailbox.folder_state(folder).uidvalidity
    if current != uidvalidity:
        raise MailboxError(
            f"{mailbox.name}/{folder}: UIDVALIDITY is {current}, not {uidvalidity}: "
            "after-actions for the earlier UIDs are not applied"
        )


def apply_pending(
    sessions: sessionmaker[Session],
    mailbox: Mailbox,
    folder: str,
    uidvalidity: int,
    action: str,
) -> int:
    """Apply ``action`` to what is pending in ``folder``; return how many messages it touched.

    ``none`` does nothing (the flag stays false, so choosing an action later applies it to the
    mail of the current UIDVALIDITY stored since this revision). A ``MailboxError`` (including a
    UIDVALIDITY change, which the IMAP mailbox refuses to act under) leaves the rest pending.
    """
    if action == "none":
        return 0
    total = 0
    while True:
        with sessions() as session:
            rows = pending(session, mailbox.name, folder, uidvalidity)
        if not rows:
            return total
        if total == 0:
            _check_uidvalidity(mailbox, folder, uidvalidity)
        mailbox.mark_processed(folder, [uid for _, uid in rows], action)
        with sessions.begin() as session:
            mark_done(session, [row_id for row_id, _ in rows])
        total += len(rows)
