"""Acknowledgements to partners: "we received N event(s); this is what we read", exactly once.

Life of an acknowledgement::

    extraction of a partner's mail ──(same transaction)──> Acknowledgement row, pending
    poll job, right after extraction: claim ──> sending ──250 OK──> sent
                                                   ├──5xx──> failed
                                                   └──4xx / timeout──> pending (next poll)

``after_extraction`` is the hook ``unmignet.processing`` calls inside each message's transaction,
after its events are stored: the row commits with the extraction or not at all, and its unique
``key`` (``received:<message id>``) means a re-run, a ``reprocess`` or a second worker never
queue a second one. Sending reuses the digest ledger's claim (an atomic ``UPDATE ... WHERE
state = :seen``; a claim whose sender died is taken over and resent with the same Message-ID).

No acknowledgement goes to an automatic, bulk or spam mail (``digest.ack_policy``), to a mail with
no event, to an opted-out address or domain, to ourselves, or to a mail older than
``acknowledge.max_age_days`` (a backfill stays quiet); a partner address gets at most one a day
for the same event (a second mail about it that day is recorded as skipped).

A mail that answers an acknowledgement (its In-Reply-To/References hold one's Message-ID) and is
not automatic is a correction: whatever it announces becomes a revision of the acknowledged events
for the reviewer (``review.linking.propose``), never a new event; when nothing could be read
from it, an empty pending revision still puts the reply in front of the reviewer.

With ``acknowledge.listed_notice``, an approved event whose mail was acknowledged gets a second
notice, "your event is listed", with its public link and its ``.ics``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage, Message
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from digest.ack_policy import (
    automatic_reason,
    opted_out,
    read_headers,
    reply_address,
    same_address,
)
from digest.ack_render import AckEvent, AckRenderer, RenderedAck, Reply, ack_message_id, build
from digest.ledger import STALE_AFTER, claimer_id, claimer_is_dead, try_claim
from digest.smtp import TransportError
from models.acknowledgement import LISTED, RECEIVED, Acknowledgement
from models.base import utcnow
from models.event import APPROVED, MERGED, NEEDS_REVIEW, Event, EventRevision
from models.event_store import EVENT_COLUMNS
from models.message import RawMessage
from review.linking import propose, thread_references, title_similarity
from unmignet.config import Config
from unmignet.errors import DeliveryError, PermanentDeliveryError

log = logging.getLogger(__name__)

PENDING, SENDING, SENT, FAILED, SKIPPED = "pending", "sending", "sent", "failed", "skipped"
LISTED_LOOKBACK = timedelta(days=120)

Sessions = sessionmaker[Session]
Send = Callable[[EmailMessage], object]


@dataclass(slots=True)
class AckReport:
    queued_listed: int = 0
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


# --- the hook: inside the extraction's transaction ---------------------------------------------


def after_extraction(session: Session, message: RawMessage, config: Config) -> None:
    """A reply to an acknowledgement is a correction; any other mail may get its acknowledgement."""
    headers = read_headers(message.raw or b"")
    answered = answered_acknowledgements(session, message)
    if answered:
        if automatic_reason(headers) is None:
            record_correction(session, message, answered)
        return
    if config.acknowledge.enabled:
        queue_received(session, message, headers, config)


def hook(config: Config) -> Callable[[Session, RawMessage], None]:
    """The callable ``process_pending`` runs after each extraction, in a savepoint: a failure
    here is logged and leaves the extraction committed."""

    def run(session: Session, message: RawMessage) -> None:
        try:
            with session.begin_nested():  # a failure here must not undo the extraction
                after_extraction(session, message, config)
        except Exception as err:  # noqa: BLE001 - the message stays extracted; we log and go on
            log.warning("acknowledgement of message %s: %r", message.id, err)

    return run


def answered_acknowledgements(session: Session, message: RawMessage) -> list[Acknowledgement]:
    """The acknowledgements this mail replies to (by In-Reply-To / References)."""
    refs = thread_references(message.raw or b"")
    if not refs:
        return []
    query = select(Acknowledgement).where(Acknowledgement.rfc_message_id.in_(refs))
    return list(session.scalars(query.order_by(Acknowledgement.id)))


def live_event(session: Session, event_id: int) -> Event | None:
    """The event, or the one it was merged into."""
    event = session.get(Event, event_id)
    for _ in range(5):
        if event is None or event.review_state != MERGED or event.merged_into_id is None:
            break
        event = session.get(Event, event.merged_into_id)
    return None if event is None or event.review_state == MERGED else event


def _values(event: Event) -> dict[str, Any]:
    return {name: getattr(event, name) for name in EVENT_COLUMNS}


def record_correction(
    session: Session, message: RawMessage, answered: list[Acknowledgement]
) -> None:
    """The events this reply announces become revisions of the acknowledged ones (none stays a
    new event); with nothing readable, an empty pending revision shows the reply to reviewers."""
    ids = list(dict.fromkeys(i for ack in answered for i in ack.event_ids))
    targets = [e for e in (live_event(session, i) for i in ids) if e is not None]
    if not targets:
        return
    created = session.scalars(
        select(Event).where(
            Event.message_id == message.id,
            Event.added_by_hand.is_(False),
            Event.review_state == NEEDS_REVIEW,
        )
    )
    for event in list(created):
        values = _values(event)
        best = max(targets, key=lambda t: title_similarity(t.title, values.get("title")))
        propose(session, best, message, values)
        session.delete(event)
    session.flush()
    known = select(EventRevision.id).where(
        EventRevision.message_id == message.id,
        EventRevision.event_id.in_([t.id for t in targets]),
    )
    if session.scalars(known).first() is None:
        for target in targets:
            session.add(
                EventRevision(
                    event_id=target.id, message_id=message.id, changes={}, state="pending"
                )
            )
    session.flush()


def message_events(session: Session, message: RawMessage) -> list[Event]:
    """The events a mail announces: those it created and those it updated (revisions)."""
    created = select(Event).where(Event.message_id == message.id, Event.review_state != MERGED)
    linked = select(EventRevision.event_id).where(EventRevision.message_id == message.id)
    events = list(session.scalars(created.order_by(Event.position, Event.id)))
    for event_id in session.scalars(linked.order_by(EventRevision.id)):
        event = live_event(session, event_id)
        if event is not None and event not in events:
            events.append(event)
    return events


def _too_old(message: RawMessage, max_age_days: int, now: datetime) -> bool:
    if max_age_days <= 0:
        return False
    sent = message.date_header or message.received_at
    if sent is None:
        return False
    return sent < now - timedelta(days=max_age_days)


def _own_addresses(config: Config) -> list[str]:
    values = [config.smtp.sender, config.smtp.reply_to or "", config.acknowledge.reply_to or ""]
    return [addr for _, addr in getaddresses(values) if "@" in addr]


def queue_received(session: Session, message: RawMessage, headers: Message, config: Config) -> None:
    """Queue (or record as skipped) the acknowledgement of this mail; once per mail, ever."""
    key = f"{RECEIVED}:{message.id}"
    if session.scalars(select(Acknowledgement.id).where(Acknowledgement.key == key)).first():
        return
    if not message.is_event_notification or message.marked_not_event_by:
        return
    events = message_events(session, message)
    to = reply_address(headers)
    if not events or to is None or automatic_reason(headers):
        return
    now = utcnow()
    if _too_old(message, config.acknowledge.max_age_days, now):
        return
    if any(same_address(to, own) for own in _own_addresses(config)):
        return
    every = [e.id for e in events]
    ids: list[int] = []
    reason: str | None = "opted out"
    if not opted_out(to, config.acknowledge.opt_out):
        ids, reason = _not_yet_today(session, to, now.date(), every)
    row = _row(key, RECEIVED, message, to, now.date(), ids or every, config)
    if not ids:
        row.state, row.last_error = SKIPPED, reason
        log.info("acknowledgement of message %s skipped: %s", message.id, reason)
    session.add(row)
    session.flush()


def _row(
    key: str,
    kind: str,
    message: RawMessage | None,
    to: str,
    day: date,
    ids: list[int],
    config: Config,
    language: str | None = None,
) -> Acknowledgement:
    return Acknowledgement(
        key=key,
        kind=kind,
        message_id=message.id if message is not None else None,
        recipient=to,
        day=day,
        event_ids=ids,
        language=(language or (message.language if message else None) or "en")[:8],
        rfc_message_id=ack_message_id(key, to, config.smtp.sender),
        state=PENDING,
    )


def _not_yet_today(
    session: Session, to: str, day: date, ids: list[int]
) -> tuple[list[int], str | None]:
    """The events not yet acknowledged to this address today (by any earlier mail)."""
    query = select(Acknowledgement.event_ids).where(
        func.lower(Acknowledgement.recipient) == to.lower(),
        Acknowledgement.day == day,
        Acknowledgement.kind == RECEIVED,
        Acknowledgement.state.in_((PENDING, SENDING, SENT)),
    )
    done = {i for row in session.scalars(query) for i in row}
    left = [i for i in ids if i not in done]
    return left, None if left else "already acknowledged to this address today"


# --- the second notice: "your event is listed" -------------------------------------------------


def queue_listed(sessions: Sessions, config: Config) -> int:
    """Queue a "listed" notice for each approved event whose mail was acknowledged (a few
    queries, whatever the number of acknowledgements); another sender queueing the same notice
    at the same moment wins, and this run queues nothing."""
    if not (config.acknowledge.enabled and config.acknowledge.listed_notice):
        return 0
    try:
        with sessions.begin() as session:
            return _queue_listed(session, config)
    except IntegrityError:
        log.info("listed notices were queued by another sender meanwhile")
        return 0


def _queue_listed(session: Session, config: Config) -> int:
    received = select(Acknowledgement).where(
        Acknowledgement.kind == RECEIVED,
        Acknowledgement.state == SENT,
        Acknowledgement.sent_at >= utcnow() - LISTED_LOOKBACK,
    )
    acks = list(session.scalars(received))
    wanted = {int(i) for ack in acks for i in ack.event_ids}
    if not wanted:
        return 0
    approved = set(
        session.scalars(
            select(Event.id).where(Event.id.in_(wanted), Event.review_state == APPROVED)
        )
    )
    done = set(session.scalars(select(Acknowledgement.key).where(Acknowledgement.kind == LISTED)))
    queued = 0
    for ack in acks:
        for event_id in (int(i) for i in ack.event_ids):
            key = f"{LISTED}:{event_id}"
            if event_id not in approved or key in done:
                continue
            message = session.get(RawMessage, ack.message_id) if ack.message_id else None
            row = _row(key, LISTED, message, ack.recipient, utcnow().date(), [event_id], config)
            row.language = ack.language
            session.add(row)
            done.add(key)
            queued += 1
    return queued


# --- sending: the digest ledger's claim pattern ------------------------------------------------


def _takeable(row: Acknowledgement, now: datetime) -> bool:
    if row.state == PENDING:
        return True
    stale = row.claimed_at is None or row.claimed_at < now - STALE_AFTER
    return stale or claimer_is_dead(row.claimed_by)


def claim_next(sessions: Sessions, exclude: Iterable[int] = ()) -> Acknowledgement | None:
    """Atomically take the next acknowledgement to send (pending, or abandoned mid-send)."""
    skip = list(exclude)
    me = claimer_id()
    now = utcnow()
    with sessions() as session:
        query = select(Acknowledgement).where(Acknowledgement.state.in_((PENDING, SENDING)))
        if skip:
            query = query.where(Acknowledgement.id.not_in(skip))
        rows = [r for r in session.scalars(query.order_by(Acknowledgement.id).limit(50))]
    for row in rows:
        if _takeable(row, now) and try_claim(sessions, row, me, now):
            row.attempts += 1
            return row
    return None


def _close(sessions: Sessions, row_id: int, **values: Any) -> None:
    stmt = (
        update(Acknowledgement)
        .where(Acknowledgement.id == row_id, Acknowledgement.state == SENDING)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    with sessions.begin() as session:
        session.execute(stmt)


def send_pending(
    sessions: Sessions, config: Config, send: Send, renderer: AckRenderer | None = None
) -> AckReport:
    """Send every queued acknowledgement once; a temporary failure waits for the next run."""
    report = AckReport()
    report.queued_listed = queue_listed(sessions, config)
    chosen = renderer or AckRenderer(config.digest.templates_dir)
    tried: list[int] = []
    while (row := claim_next(sessions, tried)) is not None:
        tried.append(row.id)
        _send_one(sessions, config, row, send, chosen, report)
    return report


def _send_one(
    sessions: Sessions,
    config: Config,
    row: Acknowledgement,
    send: Send,
    renderer: AckRenderer,
    report: AckReport,
) -> None:
    if opted_out(row.recipient, config.acknowledge.opt_out):
        _close(sessions, row.id, state=SKIPPED, last_error="opted out")
        report.skipped += 1
        return
    try:
        with sessions() as session:
            message = compose(session, config, row, renderer)
    except Exception as err:  # noqa: BLE001 - one bad row must not stop the others
        log.warning("acknowledgement %s cannot be composed: %r", row.id, err)
        _close(sessions, row.id, state=FAILED, last_error=f"cannot compose: {err!r}"[:2000])
        report.failed += 1
        return
    if message is None:
        _close(sessions, row.id, state=SKIPPED, last_error="its events no longer exist")
        report.skipped += 1
        return
    try:
        send(message)
    except PermanentDeliveryError as err:
        _close(sessions, row.id, state=FAILED, last_error=str(err)[:2000])
        report.failed += 1
        return
    except DeliveryError as err:
        _close(sessions, row.id, state=PENDING, claimed_by=None, last_error=str(err)[:2000])
        report.deferred += 1
        report.errors.append(str(err))
        if isinstance(err, TransportError):
            raise  # the server refuses us: no point trying the others now
        return
    _close(sessions, row.id, state=SENT, sent_at=utcnow(), last_error=None)
    report.sent += 1


# --- composing ---------------------------------------------------------------------------------


def ack_event(session: Session, event: Event, message_id: int | None) -> AckEvent:
    """What we read: the event's values, with the changes this mail proposed on top."""
    values = _values(event)
    if message_id is not None:
        for revision in event.revisions:
            if revision.message_id == message_id and revision.state in ("pending", "unchanged"):
                for name, pair in (revision.changes or {}).items():
                    values[name] = _from_json(name, pair[1])
    return AckEvent(id=event.id, **values)


def _from_json(name: str, value: Any) -> Any:
    if name in ("start_date", "end_date") and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _reply(config: Config, row: Acknowledgement, message: RawMessage | None) -> Reply:
    headers = read_headers(message.raw) if message is not None and message.raw else None
    original = (message.message_id if message is not None else None) or None
    refs = tuple(
        ref
        for value in (headers.get_all("References") or [] if headers is not None else [])
        for ref in str(value).split()
        if ref.startswith("<")
    )
    return Reply(
        to=row.recipient,
        sender=config.smtp.sender,
        reply_to=config.acknowledge.reply_to or config.smtp.sender,
        message_id=row.rfc_message_id,
        in_reply_to=_bracketed(original),
        references=refs,
    )


def _bracketed(message_id: str | None) -> str | None:
    if not message_id:
        return None
    value = message_id.strip()
    return value if value.startswith("<") else f"<{value}>"


def _inbox(config: Config) -> str:
    found = getaddresses([config.acknowledge.reply_to or config.smtp.sender])
    return found[0][1] if found and found[0][1] else config.smtp.sender


def render_row(
    session: Session, config: Config, row: Acknowledgement, renderer: AckRenderer
) -> RenderedAck | None:
    """The acknowledgement of a ledger row, rendered (None: its events are gone)."""
    message = session.get(RawMessage, row.message_id) if row.message_id else None
    found = [live_event(session, int(i)) for i in row.event_ids]
    events = [ack_event(session, e, row.message_id) for e in found if e is not None]
    if not events:
        return None
    if row.kind == LISTED:
        return _render_listed(config, row, events[0], renderer)
    sent_on = _sent_on(message) or row.day
    return renderer.received(
        events,
        language=row.language,
        subject=message.subject if message is not None else "",
        sent_on=sent_on,
        inbox=_inbox(config),
    )


def _render_listed(
    config: Config, row: Acknowledgement, event: AckEvent, renderer: AckRenderer
) -> RenderedAck:
    base = config.web.base_url.rstrip("/")
    template = config.acknowledge.event_url
    url = template.format(id=event.id, base_url=base) if template else None
    return renderer.listed(
        event,
        language=row.language,
        inbox=_inbox(config),
        ics_url=f"{base}/digest/event/{event.id}.ics",
        event_url=url,
    )


def _sent_on(message: RawMessage | None) -> date | None:
    if message is None:
        return None
    moment = message.date_header or message.received_at
    return moment.date() if moment is not None else None


def compose(
    session: Session, config: Config, row: Acknowledgement, renderer: AckRenderer
) -> EmailMessage | None:
    rendered = render_row(session, config, row, renderer)
    if rendered is None:
        return None
    message = session.get(RawMessage, row.message_id) if row.message_id else None
    return build(rendered, _reply(config, row, message))


# --- the demo: acknowledgements written to a folder --------------------------------------------


def write_previews(sessions: Sessions, config: Config, out_dir: Path, account: str) -> list[Path]:
    """Render the acknowledgement every qualifying mail of ``account`` would get, as .eml, .html
    and .txt files in ``out_dir`` (nothing is queued or sent); returns the .html paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    renderer = AckRenderer(config.digest.templates_dir)
    written: list[Path] = []
    with sessions() as session:
        query = select(RawMessage).where(RawMessage.account == account).order_by(RawMessage.id)
        for message in session.scalars(query):
            path = _preview_one(session, config, message, renderer, out_dir)
            if path is not None:
                written.append(path)
        session.rollback()
    return written


def _preview_one(
    session: Session, config: Config, message: RawMessage, renderer: AckRenderer, out_dir: Path
) -> Path | None:
    headers = read_headers(message.raw or b"")
    to = reply_address(headers)
    events = message_events(session, message)
    if not message.is_event_notification or not events or to is None or automatic_reason(headers):
        return None
    key = f"{RECEIVED}:{message.id}"
    row = _row(key, RECEIVED, message, to, utcnow().date(), [e.id for e in events], config)
    mail = compose(session, config, row, renderer)
    rendered = render_row(session, config, row, renderer)
    if mail is None or rendered is None:
        return None
    stem = out_dir / f"acknowledgement-{message.id:04d}-{rendered.language}"
    stem.with_suffix(".eml").write_bytes(bytes(mail))
    stem.with_suffix(".txt").write_text(rendered.text, encoding="utf-8")
    html = stem.with_suffix(".html")
    html.write_text(rendered.html, encoding="utf-8")
    return html


def send_with_smtp(sessions: Sessions, config: Config) -> AckReport:
    """Send what is queued through the configured SMTP server (the poll job, after extraction);
    errors are logged and reported, never raised: the next poll tries again."""
    from digest.service import token_provider
    from digest.smtp import SmtpSender, deliver

    report = AckReport()
    try:
        with SmtpSender(config.smtp, token_provider=token_provider(config)) as sender:
            report = send_pending(
                sessions, config, lambda m: deliver(sender, m, attempts=2, base_delay=1.0)
            )
    except DeliveryError as err:
        report.errors.append(str(err))
    for error in report.errors:
        log.warning("acknowledgements: %s", error)
    return report
