"""The exactly-once ledger: one ``DigestDelivery`` row per (digest, recipient).

Life of a row::

    pending --claim--> sending --250 OK--> sent
       ^                  |  \\--5xx--> failed (and the subscriber is marked bounced)
       |                  |   \\-------> skipped (unsubscribed meanwhile, or nothing for them)
       +---4xx / timeout--+

A claim is one atomic ``UPDATE ... WHERE id = :id AND state = :seen`` committed before the mail
goes out, so two senders (two schedulers, a re-run beside a running job) never take the same row;
the unique (digest_id, subscriber_id) constraint means a re-run never creates a second row.

A row left in ``sending`` means its sender died between the claim and the record. It is taken
over when its claimer (``host:pid``) is known dead (same host, no such process) or its claim is
older than ``STALE_AFTER``; it is then sent again with the same Message-ID. That is the one window
where a copy may go twice (the server accepted the message but the sender died before writing
"sent"): milliseconds wide, and mail stores fold equal Message-IDs. Nobody is ever skipped.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from models.acknowledgement import Acknowledgement
from models.base import utcnow
from models.digest import ACTIVE, BOUNCED, Digest, DigestDelivery, Subscriber

PENDING, SENDING, SENT, FAILED, SKIPPED = "pending", "sending", "sent", "failed", "skipped"
STALE_AFTER = timedelta(minutes=15)

Sessions = sessionmaker[Session]


@dataclass(frozen=True, slots=True)
class Claim:
    delivery_id: int
    subscriber_id: int
    attempts: int
    in_doubt: bool  # taken over from a sender that died mid-send


def claimer_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def claimer_is_dead(claimer: str | None) -> bool:
    """True when ``claimer`` ran on this host and its process no longer exists."""
    if not claimer:
        return False
    host, _, pid_text = claimer.rpartition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


# --- digests -----------------------------------------------------------------------------------


def get_or_create_digest(
    sessions: Sessions, week: str, subject: str, snapshot: list[dict[str, Any]]
) -> Digest:
    """The digest of ``week``; created with this snapshot only if none exists (first one wins)."""
    with sessions() as session:
        found = session.scalars(select(Digest).where(Digest.week == week)).first()
        if found is not None:
            return found
    try:
        with sessions.begin() as session:
            digest = Digest(week=week, subject=subject, event_ids=snapshot)
            session.add(digest)
        return digest
    except IntegrityError:  # another sender created it meanwhile
        with sessions() as session:
            return session.scalars(select(Digest).where(Digest.week == week)).one()


def previous_snapshot(session: Session, week: str) -> list[dict[str, Any]] | None:
    """The event snapshot of the latest non-empty digest before ``week`` (None: there is none)."""
    query = select(Digest).where(Digest.week < week).order_by(Digest.week.desc())
    for digest in session.scalars(query):
        if digest.event_ids:
            return list(digest.event_ids)
    return None


# --- ledger rows -------------------------------------------------------------------------------


def enqueue(sessions: Sessions, digest_id: int, subscriber_ids: Iterable[int]) -> int:
    """Create pending rows for these subscribers; existing rows are left alone. Returns new rows."""
    ids = list(subscriber_ids)
    if not ids:
        return 0
    with sessions.begin() as session:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        rows = [{"digest_id": digest_id, "subscriber_id": s, "state": PENDING} for s in ids]
        stmt = insert(DigestDelivery).values(rows).on_conflict_do_nothing()
        # RETURNING names the rows made; rowcount is not reliable for a multi-row insert
        return len(session.execute(stmt.returning(DigestDelivery.id)).all())


def active_subscriber_ids(session: Session) -> list[int]:
    query = select(Subscriber.id).where(Subscriber.state == ACTIVE).order_by(Subscriber.id)
    return list(session.scalars(query))


def _candidates(session: Session, digest_id: int, exclude: Collection[int]) -> list[DigestDelivery]:
    """A few pending rows; when none is left, the rows in ``sending`` (few: one per sender)."""
    for state, limit in ((PENDING, 20), (SENDING, None)):
        query = (
            select(DigestDelivery)
            .where(DigestDelivery.digest_id == digest_id, DigestDelivery.state == state)
            .order_by(DigestDelivery.id)
            .limit(limit)
        )
        if exclude:
            query = query.where(DigestDelivery.id.not_in(list(exclude)))
        rows = list(session.scalars(query))
        if rows:
            return rows
    return []


def _takeable(row: DigestDelivery, now: datetime) -> bool:
    if row.state == PENDING:
        return True
    stale = row.claimed_at is None or row.claimed_at < now - STALE_AFTER
    return stale or claimer_is_dead(row.claimed_by)


def claim_next(sessions: Sessions, digest_id: int, exclude: Collection[int] = ()) -> Claim | None:
    """Atomically take the next row to send, or None when nothing is left for this sender."""
    me = claimer_id()
    while True:
        now = utcnow()
        with sessions() as session:
            rows = [r for r in _candidates(session, digest_id, exclude) if _takeable(r, now)]
        if not rows:
            return None
        for row in rows:
            if try_claim(sessions, row, me, now):
                return Claim(row.id, row.subscriber_id, row.attempts + 1, row.state == SENDING)


def try_claim(
    sessions: Sessions, row: DigestDelivery | Acknowledgement, me: str, now: datetime
) -> bool:
    """Take ``row`` (a digest delivery or an acknowledgement) for ``me``: one UPDATE that only
    succeeds while the row still has the state and claimer this sender read, so of two senders
    that read it at once exactly one gets it."""
    model = type(row)
    seen_by = (
        model.claimed_by.is_(None) if row.claimed_by is None else model.claimed_by == row.claimed_by
    )
    stmt = (
        update(model)
        .where(model.id == row.id, model.state == row.state, seen_by)
        .values(state=SENDING, claimed_by=me, claimed_at=now, attempts=row.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    with sessions.begin() as session:
        return bool(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def _close(sessions: Sessions, claim: Claim, **values: Any) -> None:
    stmt = (
        update(DigestDelivery)
        .where(DigestDelivery.id == claim.delivery_id, DigestDelivery.state == SENDING)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    with sessions.begin() as session:
        session.execute(stmt)


def record_sent(sessions: Sessions, claim: Claim, message_id: str) -> None:
    _close(sessions, claim, state=SENT, message_id=message_id, sent_at=utcnow(), last_error=None)


def record_skipped(sessions: Sessions, claim: Claim, reason: str) -> None:
    _close(sessions, claim, state=SKIPPED, last_error=reason)


def record_deferred(sessions: Sessions, claim: Claim, error: str) -> None:
    """A temporary failure: back to pending for a later run."""
    _close(sessions, claim, state=PENDING, last_error=error[:2000], claimed_by=None)


def record_failed(sessions: Sessions, claim: Claim, error: str) -> None:
    """A permanent failure: the row is closed and the subscriber marked bounced."""
    _close(sessions, claim, state=FAILED, last_error=error[:2000])
    with sessions.begin() as session:
        subscriber = session.get(Subscriber, claim.subscriber_id)
        if subscriber is not None and subscriber.state == ACTIVE:
            subscriber.state = BOUNCED
            subscriber.last_error = error[:2000]


def counts(session: Session, digest_id: int) -> dict[str, int]:
    query = (
        select(DigestDelivery.state, func.count())
        .where(DigestDelivery.digest_id == digest_id)
        .group_by(DigestDelivery.state)
    )
    return {str(state): int(n) for state, n in session.execute(query)}


def finish_if_done(sessions: Sessions, digest_id: int) -> bool:
    """Mark the digest completed when no row is pending or sending; returns whether it is."""
    with sessions.begin() as session:
        digest = session.get(Digest, digest_id)
        if digest is None:
            return False
        left = counts(session, digest_id)
        if left.get(PENDING, 0) or left.get(SENDING, 0):
            return False
        if digest.completed_at is None:
            digest.completed_at = utcnow()
        return True
