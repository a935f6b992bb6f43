"""One mail to the reviewers when a later mail cancels (or postpones) an event already approved.

Off unless ``digest.notify_cancellations = true``. ``notify_late_cancellations`` runs after each
poll's extraction (``unmignet.jobs.poll_once``): it finds undecided revisions that set an approved
event's status to cancelled or postponed and have no notice yet, records the notice (an
``AuditEntry`` with action ``cancellation_notice``, the revision in ``note``) and commits it
before sending, so two pollers never both send; if the send fails the record is removed and the
next poll tries again. Every active account (reviewers and admins) gets the mail, through the
digest's SMTP settings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from digest.message import sender_domain
from digest.service import token_provider
from digest.smtp import SmtpSender, deliver
from models.event import APPROVED, Event, EventRevision
from models.review import AuditEntry, User
from unmignet.config import Config
from unmignet.errors import DeliveryError

log = logging.getLogger(__name__)
ACTION = "cancellation_notice"
ACTOR = "system:notices"
NOT_HAPPENING = ("cancelled", "postponed")


@dataclass(frozen=True, slots=True)
class Notice:
    """A late cancellation to tell the reviewers about."""

    revision_id: int
    event_id: int
    title: str
    start_date: str
    status: str
    message_id: int | None


def _cancels(revision: EventRevision) -> str | None:
    pair = (revision.changes or {}).get("status")
    new = pair[1] if isinstance(pair, list) and len(pair) == 2 else None
    return new if new in NOT_HAPPENING else None


def _claim(session: Session) -> list[Notice]:
    """Undecided cancellations of approved events without a notice; each gets its record now."""
    noticed = select(AuditEntry.note).where(AuditEntry.action == ACTION)
    done = set(session.scalars(noticed))
    query = (
        select(EventRevision)
        .join(Event, EventRevision.event_id == Event.id)
        .where(EventRevision.state == "pending", Event.review_state == APPROVED)
        .order_by(EventRevision.id)
    )
    found: list[Notice] = []
    for revision in session.scalars(query):
        status = _cancels(revision)
        if status is None or f"revision {revision.id}" in done:
            continue
        event = revision.event
        start = event.start_date.isoformat() if event.start_date else "?"
        found.append(Notice(revision.id, event.id, event.title, start, status, revision.message_id))
        session.add(
            AuditEntry(
                actor=ACTOR,
                action=ACTION,
                event_id=event.id,
                message_id=revision.message_id,
                after=status,
                note=f"revision {revision.id}",
            )
        )
    return found


def reviewer_addresses(session: Session) -> list[str]:
    return list(session.scalars(select(User.email).where(User.active).order_by(User.email)))


def notice_message(notice: Notice, config: Config, to: list[str]) -> EmailMessage:
    link = f"{config.web.base_url.rstrip('/')}/events/{notice.event_id}#revisions"
    msg = EmailMessage()
    msg["Subject"] = f"Approved event {notice.status} by a later mail: {notice.title}"[:200]
    msg["From"] = config.smtp.sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=sender_domain(config.smtp.sender))
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        f"Event {notice.event_id}, approved, on {notice.start_date}:\n  {notice.title}\n\n"
        f"A later mail (stored mail #{notice.message_id}) says it is {notice.status}.\n"
        "Until a reviewer decides, the digest prints it with the change beside its title.\n\n"
        f"Accept the change or keep the current values: {link}\n"
    )
    return msg


def notify_late_cancellations(
    sessions: sessionmaker[Session], config: Config, *, sender: SmtpSender | None = None
) -> int:
    """Mail the reviewers once per late cancellation; returns how many notices were sent."""
    if not config.digest.notify_cancellations:
        return 0
    with sessions.begin() as session:
        to = reviewer_addresses(session)
        notices = _claim(session) if to else []
    if not notices:
        return 0
    own = sender or SmtpSender(config.smtp, token_provider=token_provider(config))
    sent = 0
    try:
        for notice in notices:
            sent += _send(sessions, config, own, notice, to)
    finally:
        if sender is None:
            own.close()
    return sent


def _send(
    sessions: sessionmaker[Session],
    config: Config,
    sender: SmtpSender,
    notice: Notice,
    to: list[str],
) -> int:
    try:
        deliver(sender, notice_message(notice, config, to), attempts=config.smtp.max_attempts)
    except DeliveryError as err:
        log.warning("cancellation notice for event %d not sent: %s", notice.event_id, err)
        with sessions.begin() as session:
            session.execute(
                delete(AuditEntry).where(
                    AuditEntry.action == ACTION, AuditEntry.note == f"revision {notice.revision_id}"
                )
            )
        return 0
    return 1
