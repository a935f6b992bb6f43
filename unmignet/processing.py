"""Processing: claim stored messages in batches, extract events, persist them.

Ingestion only stores raw bytes; this step is separate so several workers (on several machines)
can share one database: a batch is claimed with ``SELECT ... FOR UPDATE SKIP LOCKED`` on
PostgreSQL (SQLite serialises writers, so the plain select-then-update in one transaction is
already exclusive there). A claim older than ``stale_after`` is taken over, so a worker killed
mid-batch delays its messages but never loses them. ``reprocess`` marks processed messages pending
again and runs the same step; human edits and decisions survive it (see models.event_store).
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from models.base import utcnow
from models.event_store import apply_extraction
from models.message import DONE, FAILED, PENDING, PROCESSING, RawMessage
from parsers.memory import PartnerMemory
from parsers.types import ExtractionResult
from review.linking import link_to_existing
from unmignet.partner_memory import lookup as partner_memory

log = logging.getLogger(__name__)


class ExtractorLike(Protocol):
    def extract(self, raw: bytes, memory: PartnerMemory | None = None) -> ExtractionResult: ...


@dataclass(slots=True)
class ProcessReport:
    processed: int = 0
    failed: int = 0
    events: int = 0
    not_events: int = 0
    message_ids: list[int] = field(default_factory=list)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def claim_batch(
    sessions: sessionmaker[Session],
    *,
    worker: str,
    limit: int,
    stale_after: timedelta = timedelta(minutes=15),
    only_ids: Iterable[int] | None = None,
) -> list[int]:
    """Atomically move up to ``limit`` pending (or stale) messages to PROCESSING for ``worker``."""
    cutoff = utcnow() - stale_after
    claimable = or_(
        RawMessage.state == PENDING,
        (RawMessage.state == PROCESSING) & (RawMessage.claimed_at < cutoff),
    )
    query = select(RawMessage.id).where(claimable).order_by(RawMessage.id).limit(limit)
    if only_ids is not None:
        query = query.where(RawMessage.id.in_(list(only_ids)))
    with sessions.begin() as session:
        ids = list(session.scalars(query.with_for_update(skip_locked=True)))
        if ids:
            session.execute(
                update(RawMessage)
                .where(RawMessage.id.in_(ids))
                .values(state=PROCESSING, claimed_by=worker, claimed_at=utcnow())
            )
    return ids


def process_one(session: Session, message: RawMessage, extractor: ExtractorLike) -> int:
    """Extract one claimed message and store its events; return how many events it has."""
    message.attempts += 1
    memory = partner_memory(session, message.sender, before_id=message.id)
    result = extractor.extract(message.raw, memory) if memory else extractor.extract(message.raw)
    message.language = result.language
    message.is_event_notification = result.is_event_notification
    message.not_event_reason = result.reason or None
    payload = result.as_json()
    events = payload["events"] if message.marked_not_event_by is None else []
    apply_extraction(
        session,
        message,
        events,
        payload["confidence"],
        payload["evidence"],
        link=link_to_existing,
    )
    message.state, message.error, message.processed_at = DONE, None, utcnow()
    message.claimed_by = message.claimed_at = None
    return len(events)


def process_pending(
    sessions: sessionmaker[Session],
    extractor: ExtractorLike,
    *,
    batch_size: int = 50,
    worker: str | None = None,
    only_ids: Iterable[int] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[int], None] | None = None,
) -> ProcessReport:
    """Process pending messages until none is left (or ``should_stop``); one commit a message."""
    report = ProcessReport()
    me = worker or worker_name()
    only = list(only_ids) if only_ids is not None else None
    while not should_stop():
        ids = claim_batch(sessions, worker=me, limit=batch_size, only_ids=only)
        if not ids:
            break
        for message_id in ids:
            _process_id(sessions, extractor, message_id, report)
            if progress is not None:
                progress(1)
            if should_stop():
                _release(sessions, ids[ids.index(message_id) + 1 :])
                break
    return report


def _process_id(
    sessions: sessionmaker[Session],
    extractor: ExtractorLike,
    message_id: int,
    report: ProcessReport,
) -> None:
    try:
        with sessions.begin() as session:
            message = session.get_one(RawMessage, message_id)
            count = process_one(session, message, extractor)
        report.processed += 1
        report.events += count
        report.not_events += count == 0
        report.message_ids.append(message_id)
    except Exception as err:  # noqa: BLE001 - one bad message must never stop the others
        log.warning("message %s failed: %s", message_id, err)
        _mark_failed(sessions, message_id, f"{type(err).__name__}: {err}")
        report.failed += 1


def _mark_failed(sessions: sessionmaker[Session], message_id: int, reason: str) -> None:
    with sessions.begin() as session:
        message = session.get_one(RawMessage, message_id)
        message.state, message.error = FAILED, reason[:2000]
        message.attempts += 1
        message.claimed_by = message.claimed_at = None


def _release(sessions: sessionmaker[Session], ids: list[int]) -> None:
    if not ids:
        return
    with sessions.begin() as session:
        session.execute(
            update(RawMessage)
            .where(RawMessage.id.in_(ids), RawMessage.state == PROCESSING)
            .values(state=PENDING, claimed_by=None, claimed_at=None)
        )


def mark_for_reprocessing(sessions: sessionmaker[Session], *, include_failed: bool = True) -> int:
    """Set processed (and failed) messages back to pending; return how many."""
    states = [DONE, FAILED] if include_failed else [DONE]
    with sessions.begin() as session:
        result = session.execute(
            update(RawMessage).where(RawMessage.state.in_(states)).values(state=PENDING)
        )
    return int(getattr(result, "rowcount", 0) or 0)


def retry_failed(sessions: sessionmaker[Session]) -> int:
    """Set failed messages back to pending; return how many."""
    with sessions.begin() as session:
        result = session.execute(
            update(RawMessage).where(RawMessage.state == FAILED).values(state=PENDING)
        )
    return int(getattr(result, "rowcount", 0) or 0)
