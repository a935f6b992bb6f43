"""Processing: claim stored messages in batches, extract events, persist them.

Ingestion only stores raw bytes; this step is separate so several workers (on several machines)
can share one database: a batch is claimed with ``SELECT ... FOR UPDATE SKIP LOCKED`` on
PostgreSQL (SQLite serialises writers, so the plain select-then-update in one transaction is
already exclusive there). A claim older than ``stale_after`` is taken over, so a worker killed
mid-batch delays its messages but never loses them; sooner when it ran on this host:
``release_dead_claims`` (called before every processing round) frees at once the claims of this
host's processes that no longer exist (a claim records ``host:pid``).

Two kinds of failure, two answers:

* a transient database error (the connection was closed, a lock or statement timeout, a
  deadlock; ``models.transient``) says nothing about the message: its claim and the rest of the
  batch are put back to pending, the worker pauses (back-off with jitter, 0.5 s doubling to
  30 s) and claims again; after ``TRANSIENT_TRIES`` such errors in a row the round ends with a
  ``StoreError`` and the next round (poll or IDLE wake-up) goes on;
* any other error is the message's: it is marked ``failed`` with the reason. With
  ``max_attempts`` (the daemon and ``poll`` pass ``MAX_ATTEMPTS``), a failed message is tried
  again in later rounds, never twice in one, until it has been attempted that many times.

``reprocess`` marks processed messages pending again and runs the same step; human edits and
decisions survive it (see models.event_store).
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from ingest.backoff import Backoff
from models.base import utcnow
from models.event_store import apply_extraction
from models.message import DONE, FAILED, PENDING, PROCESSING, RawMessage
from models.transient import is_transient
from parsers.memory import PartnerMemory
from parsers.types import ExtractionResult
from review.linking import link_to_existing
from unmignet.errors import StoreError
from unmignet.logsetup import message_context
from unmignet.partner_memory import lookup as partner_memory

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # a message whose extraction fails is tried at most this often in all
TRANSIENT_TRIES = 6  # transient database errors in a row before a round gives up


class _Transient(Exception):
    """A transient database error met while processing ``ids`` (their claims still held)."""

    def __init__(self, err: BaseException, ids: list[int]) -> None:
        super().__init__(str(err))
        self.err, self.ids = err, ids


AfterExtract = Callable[[Session, RawMessage], None]  # runs in the message's transaction


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
    max_attempts: int = 0,
    exclude: Iterable[int] = (),
) -> list[int]:
    """Atomically move up to ``limit`` pending (or stale) messages to PROCESSING for ``worker``;
    with ``max_attempts``, failed messages attempted fewer times too (``exclude`` left out)."""
    query = (
        select(RawMessage.id)
        .where(_claimable(stale_after, max_attempts))
        .order_by(RawMessage.id)
        .limit(limit)
    )
    if only_ids is not None:
        query = query.where(RawMessage.id.in_(list(only_ids)))
    skip = list(exclude)
    if skip:
        query = query.where(RawMessage.id.not_in(skip))
    with sessions.begin() as session:
        ids = list(session.scalars(query.with_for_update(skip_locked=True)))
        if ids:
            session.execute(
                update(RawMessage)
                .where(RawMessage.id.in_(ids))
                .values(state=PROCESSING, claimed_by=worker, claimed_at=utcnow())
            )
    return ids


def _claimable(stale_after: timedelta, max_attempts: int) -> ColumnElement[bool]:
    cutoff = utcnow() - stale_after
    stale = (RawMessage.state == PROCESSING) & (RawMessage.claimed_at < cutoff)
    if max_attempts <= 0:
        return or_(RawMessage.state == PENDING, stale)
    retry = (RawMessage.state == FAILED) & (RawMessage.attempts < max_attempts)
    return or_(RawMessage.state == PENDING, stale, retry)


def release_dead_claims(sessions: sessionmaker[Session], *, host: str | None = None) -> int:
    """Put back to pending, at once, the claims held by processes of this host that no longer
    exist (a SIGKILL mid-batch); return how many. Claims of other hosts wait for
    ``stale_after``: whether their process lives cannot be known from here."""
    here = host or socket.gethostname()
    with sessions.begin() as session:
        holders = session.scalars(
            select(RawMessage.claimed_by)
            .where(RawMessage.state == PROCESSING, RawMessage.claimed_by.like(f"{here}:%"))
            .distinct()
        )
        dead = [h for h in holders if h is not None and not _alive(h.rpartition(":")[2])]
        if not dead:
            return 0
        result = session.execute(
            update(RawMessage)
            .where(RawMessage.state == PROCESSING, RawMessage.claimed_by.in_(dead))
            .values(state=PENDING, claimed_by=None, claimed_at=None)
        )
    count = int(getattr(result, "rowcount", 0) or 0)
    log.warning("released %d messages claimed by dead processes %s", count, ", ".join(dead))
    return count


def _alive(pid_text: str) -> bool:
    """Whether a process with this pid exists here (pid reuse makes it alive: the claim then
    waits for ``stale_after``, as before)."""
    if not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


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
        alternatives=payload.get("alternatives"),
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
    max_attempts: int = 0,
    backoff: Backoff | None = None,
    after_extract: AfterExtract | None = None,
) -> ProcessReport:
    """Process pending messages until none is left (or ``should_stop``); one commit a message.

    A transient database error puts the claims back and pauses (see the module docstring)."""
    run = _Run(
        sessions,
        extractor,
        worker or worker_name(),
        list(only_ids) if only_ids is not None else None,
        should_stop,
        progress,
        max_attempts,
        after_extract,
    )
    pause = backoff or Backoff(base=0.5, cap=30.0)
    while not should_stop():
        try:
            if not run.batch(batch_size):
                break
            pause.reset()
        except _Transient as transient:
            _after_transient(sessions, transient, pause, should_stop)
    return run.report


@dataclass(slots=True)
class _Run:
    sessions: sessionmaker[Session]
    extractor: ExtractorLike
    worker: str
    only: list[int] | None
    should_stop: Callable[[], bool]
    progress: Callable[[int], None] | None
    max_attempts: int
    after_extract: AfterExtract | None
    report: ProcessReport = field(default_factory=ProcessReport)
    tried: set[int] = field(default_factory=set)  # failed in this run: not retried in it

    def batch(self, limit: int) -> bool:
        """Claim and process one batch; False when there was nothing to claim."""
        try:
            ids = claim_batch(
                self.sessions,
                worker=self.worker,
                limit=limit,
                only_ids=self.only,
                max_attempts=self.max_attempts,
                exclude=self.tried,
            )
        except Exception as err:
            if is_transient(err):
                raise _Transient(err, []) from err
            raise
        for n, message_id in enumerate(ids):
            self._one(message_id, ids[n:])
            if self.progress is not None:
                self.progress(1)
            if self.should_stop():
                _release(self.sessions, ids[n + 1 :])
                break
        return bool(ids)

    def _one(self, message_id: int, held: list[int]) -> None:
        with message_context(message_id):  # every line about this message carries its id
            self._one_logged(message_id, held)

    def _one_logged(self, message_id: int, held: list[int]) -> None:
        try:
            _process_id(self.sessions, self.extractor, message_id, self.report, self.after_extract)
        except Exception as err:  # one bad message must never stop the others
            if is_transient(err):
                raise _Transient(err, held) from err
            log.warning("message %s failed: %s", message_id, err)
            self.tried.add(message_id)
            try:
                _mark_failed(self.sessions, message_id, f"{type(err).__name__}: {err}")
            except Exception as mark_err:
                if is_transient(mark_err):
                    raise _Transient(mark_err, held) from mark_err
                raise
            self.report.failed += 1


def _after_transient(
    sessions: sessionmaker[Session],
    transient: _Transient,
    pause: Backoff,
    should_stop: Callable[[], bool],
) -> None:
    """Pause, then put the claims back (tried again after each pause until it works); raise a
    ``StoreError`` after ``TRANSIENT_TRIES`` transient errors in a row."""
    log.warning(
        "database error (transient), %d claimed messages put back; pausing: %s",
        len(transient.ids),
        _first_line(transient.err),
    )
    held = transient.ids
    while True:
        if pause.attempt >= TRANSIENT_TRIES:
            raise StoreError(
                f"database unavailable: {_first_line(transient.err)}"
            ) from transient.err
        delay = pause.next_delay()
        if not should_stop():
            time.sleep(delay)
        try:
            _release(sessions, held)
            return
        except Exception as err:
            if not is_transient(err):
                raise
            transient = _Transient(err, held)


def _first_line(err: BaseException) -> str:
    text = str(getattr(err, "orig", None) or err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _process_id(
    sessions: sessionmaker[Session],
    extractor: ExtractorLike,
    message_id: int,
    report: ProcessReport,
    after_extract: AfterExtract | None = None,
) -> None:
    """Extract one claimed message in its own transaction (errors go to the caller)."""
    with sessions.begin() as session:
        message = session.get_one(RawMessage, message_id)
        count = process_one(session, message, extractor)
        if after_extract is not None:
            after_extract(session, message)
    log.debug("extracted: %d events", count)
    report.processed += 1
    report.events += count
    report.not_events += count == 0
    report.message_ids.append(message_id)


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
    """Set failed messages back to pending (their attempt count starts again); return how many."""
    with sessions.begin() as session:
        result = session.execute(
            update(RawMessage).where(RawMessage.state == FAILED).values(state=PENDING, attempts=0)
        )
    return int(getattr(result, "rowcount", 0) or 0)
