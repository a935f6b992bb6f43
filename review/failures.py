"""The failures page's helpers: a reason a person understands for each stored error, and which
failures a reviewer dismissed.

Dismissing writes an audit entry (``dismiss_failure``, the mail's ``attempts`` in ``after``);
bringing it back writes ``undismiss_failure``. A failure counts as dismissed while the latest of
these entries is a dismissal made at the mail's current number of attempts: a mail that is tried
again and fails again comes back by itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from models.message import FAILED, STUB, RawMessage
from models.review import AuditEntry
from review import services
from unmignet.errors import ReviewError

DISMISS, UNDISMISS = "dismiss_failure", "undismiss_failure"
LIMIT = 500
RETRY_HELPS = "Retry may work."
# (pattern in the stored error, the reason in plain words); the first match wins
PLAIN: tuple[tuple[str, str], ...] = (
    (
        r"exceeds the limit",
        "The mail is larger than the size limit, so only its headers were kept. Read it in the "
        "mailbox and add its event by hand if it announces one.",
    ),
    (r"empty message", "The mail was empty: there was nothing to read."),
    (
        r"too deeply nested|RecursionError",
        "The mail is built of too many parts within parts (often a forward of a forward) to read "
        "safely. Read it in the mailbox and add its event by hand if it announces one.",
    ),
    (
        r"unparseable message|no header and no text|ParseError",
        "The mail's format could not be read: it may be damaged, or not a real e-mail.",
    ),
    (
        r"Unicode|codec|charset",
        "The mail uses a character encoding that could not be decoded.",
    ),
    (
        r"pdf|docx|PDF|zipfile|BadZip",
        "An attachment (PDF or Word file) could not be read; the mail's text may still hold "
        "the event.",
    ),
    (
        r"OperationalError|IntegrityError|StoreError|database|deadlock|timeout",
        f"The database or the server was busy or unavailable at that moment. {RETRY_HELPS}",
    ),
    (
        r"ExtractionError",
        "The mail was read, but finding the event's details in it failed.",
    ),
)
UNKNOWN = (
    "Processing stopped on an unexpected error (the technical details are below). "
    f"{RETRY_HELPS} If it fails again, add the event by hand."
)


def plain_reason(error: str | None) -> str:
    """The stored error in words a reviewer understands (the original stays on the page)."""
    text = error or ""
    for pattern, words in PLAIN:
        if re.search(pattern, text):
            return words
    return UNKNOWN if text else "No reason was recorded."


def _latest_marks(session: Session, ids: Sequence[int]) -> dict[int, AuditEntry]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.action.in_((DISMISS, UNDISMISS)), AuditEntry.message_id.in_(ids))
        .order_by(AuditEntry.id)
    )
    latest: dict[int, AuditEntry] = {}
    for entry in session.scalars(query):
        if entry.message_id is not None:
            latest[entry.message_id] = entry
    return latest


def is_dismissed(attempts: int, mark: AuditEntry | None) -> bool:
    return mark is not None and mark.action == DISMISS and mark.after == attempts


def split_failures(session: Session) -> tuple[list[RawMessage], list[RawMessage]]:
    """The failed and stub mails, newest first: (to look at, dismissed). Their raw bytes stay
    in the database."""
    query = select(RawMessage).options(defer(RawMessage.raw))
    query = query.where(RawMessage.state.in_((FAILED, STUB)))
    found = list(session.scalars(query.order_by(RawMessage.id.desc()).limit(LIMIT)))
    marks = _latest_marks(session, [m.id for m in found])
    active = [m for m in found if not is_dismissed(m.attempts, marks.get(m.id))]
    return active, [m for m in found if is_dismissed(m.attempts, marks.get(m.id))]


def open_count(session: Session) -> int:
    """How many failures are not dismissed (the queue's "Failed mails" count)."""
    query = select(RawMessage.id, RawMessage.attempts).where(RawMessage.state.in_((FAILED, STUB)))
    rows = list(session.execute(query.order_by(RawMessage.id.desc()).limit(LIMIT)))
    marks = _latest_marks(session, [row[0] for row in rows])
    return sum(1 for mid, attempts in rows if not is_dismissed(attempts, marks.get(mid)))


def dismiss(session: Session, message_id: int, actor: str, *, undo: bool = False) -> RawMessage:
    """Hide a failure from the failures page and the queue's count (``undo``: bring it back)."""
    message = session.get(RawMessage, message_id)
    if message is None:
        raise ReviewError(f"message {message_id} does not exist")
    if message.state not in (FAILED, STUB):
        raise ReviewError(f"message {message_id} is {message.state}, not a failure")
    action = UNDISMISS if undo else DISMISS
    services.audit(session, actor, action, message_id=message_id, after=message.attempts)
    return message
