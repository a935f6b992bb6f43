"""Review operations on a session: the web app and the CLI both call these, never the ORM directly.

Every function takes the caller's session (the caller commits), the acting user's e-mail as
``actor``, and writes one ``AuditEntry`` per human change (who, when, field, before, after).
Invalid values or actions raise ``ReviewError`` with a message fit to show to the reviewer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, available_timezones

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.event import APPROVED, MERGED, NEEDS_REVIEW, REJECTED, Event, EventRevision
from models.event_store import EVENT_COLUMNS
from models.message import FAILED, PENDING, RawMessage
from models.review import AuditEntry
from parsers.types import EVENT_MODES, EVENT_STATUSES, EVENT_TYPES
from parsers.zones import zone_from_text
from unmignet.errors import ReviewError

ENUMS: dict[str, tuple[str, ...]] = {
    "status": EVENT_STATUSES,
    "mode": EVENT_MODES,
    "event_type": EVENT_TYPES,
}
TEXT_LIMITS = {"title": 500, "venue": 500, "city": 200, "organizer": 500, "registration_url": 2000}
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


REJECT_REASONS = ("not an event", "duplicate", "past event", "spam")
REVIEW_ZONE = "Europe/Zurich"  # Geneva's clock, shown beside an event's own time


class FieldErrors(ReviewError):
    """Several fields of one form are invalid: ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class StateCounts:
    """How many events are in each review state."""

    needs_review: int = 0
    approved: int = 0
    rejected: int = 0
    merged: int = 0
    changed_after_approval: int = 0  # approved, and a later mail proposes an undecided change


# ----------------------------------------------------------------------------- validation


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


@cache
def _countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


def _clean_text(name: str, raw: str) -> str | None:
    value = " ".join(raw.split())
    if len(value) > TEXT_LIMITS.get(name, 500):
        raise ReviewError(f"{name}: at most {TEXT_LIMITS.get(name, 500)} characters")
    return value or None


def _parse_date(name: str, raw: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as err:
        raise ReviewError(f"{name}: {raw!r} is not a date (YYYY-MM-DD)") from err


def _parse_time(name: str, raw: str) -> str | None:
    if not raw:
        return None
    if not _TIME.match(raw):
        raise ReviewError(f"{name}: {raw!r} is not a time (HH:MM, 24-hour)")
    return raw


def _parse_zone(raw: str) -> str | None:
    """An IANA name, or a zone as mails write it ("CET", "EAT", "GMT+3", "UTC-5", "Berlin",
    "Geneva time"), stored as its IANA name."""
    if not raw or ("/" in raw and raw in _zones()):
        return raw or None
    # legacy names without a region ("CET", "EST") are zones too, but a reader wants a place
    found = zone_from_text(raw) or (raw if raw in _zones() else None)
    if found is None or found not in _zones():
        raise ReviewError(
            f"timezone: {raw!r} is not an IANA time zone, nor one we recognise "
            "(e.g. Africa/Dakar, CET, EAT, GMT+3, UTC-5, Berlin)"
        )
    return found


def zone_note(zone: str | None, day: date | None, clock: str | None) -> str:
    """``UTC+03:00 · 10:00 is 08:00 in Geneva`` for the record page ('' without a valid zone)."""
    if not zone or zone not in _zones():
        return ""
    hour, minute = (int(part) for part in (clock or "12:00").split(":"))
    moment = datetime.combine(day or date.today(), time(hour, minute), ZoneInfo(zone))
    offset = moment.strftime("%z")
    note = f"UTC{offset[:3]}:{offset[3:]}"
    if clock:
        geneva = moment.astimezone(ZoneInfo(REVIEW_ZONE)).strftime("%H:%M")
        note += f" · {clock} is {geneva} in Geneva"
    return note


def zone_hint(zone: str | None, day: date | None, clock: str | None) -> str:
    """``zone_note``, and Geneva's own offset when there is no time to convert: every zone
    gets a hint in Geneva's terms (``UTC-04:00 · Geneva is UTC+02:00 that day``)."""
    note = zone_note(zone, day, clock)
    if not note or clock:
        return note
    noon = datetime.combine(day or date.today(), time(12, 0), ZoneInfo(REVIEW_ZONE))
    offset = noon.strftime("%z")
    return f"{note} · Geneva is UTC{offset[:3]}:{offset[3:]} that day"


def resolve_zone(raw: str) -> str | None:
    """The IANA name a typed zone is stored as (None for empty); ReviewError if unknown."""
    return _parse_zone(raw.strip())


def _parse_country(raw: str) -> str | None:
    code = raw.upper()
    if code and code not in _countries():
        raise ReviewError(f"country: {raw!r} is not an ISO 3166-1 alpha-2 code (e.g. SN)")
    return code or None


def _parse_url(raw: str) -> str | None:
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in raw:
        raise ReviewError(f"registration_url: {raw!r} is not an http(s) address")
    return raw


def _parse_enum(name: str, raw: str) -> str:
    if raw not in ENUMS[name]:
        raise ReviewError(f"{name}: must be one of {', '.join(ENUMS[name])}")
    return raw


def parse_field(name: str, raw: str | None) -> Any:
    """The typed value of field ``name`` from a form or shell string; ReviewError if invalid."""
    text = (raw or "").strip()
    if name not in EVENT_COLUMNS:
        raise ReviewError(f"{name}: not an event field")
    if name in ENUMS:
        return _parse_enum(name, text)
    if name in ("start_date", "end_date"):
        return _parse_date(name, text)
    if name in ("start_time", "end_time"):
        return _parse_time(name, text)
    parsers = {"timezone": _parse_zone, "country": _parse_country, "registration_url": _parse_url}
    if name in parsers:
        return parsers[name](text)
    value = _clean_text(name, text)
    if name == "title" and not value:
        raise ReviewError("title: must not be empty")
    return value


def check_consistency(event: Event) -> None:
    """Cross-field rules: end not before start; an end time needs a start time."""
    if event.start_date and event.end_date and event.end_date < event.start_date:
        raise ReviewError("end_date: must not be before start_date")
    same_day = event.end_date in (None, event.start_date)
    if same_day and event.start_time and event.end_time and event.end_time < event.start_time:
        raise ReviewError("end_time: must not be before start_time on a one-day event")


# ----------------------------------------------------------------------------- audit


def audit(
    session: Session,
    actor: str,
    action: str,
    *,
    event_id: int | None = None,
    message_id: int | None = None,
    field: str | None = None,
    before: Any = None,
    after: Any = None,
    note: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor,
        action=action,
        event_id=event_id,
        message_id=message_id,
        field=field,
        before=_json(before),
        after=_json(after),
        note=note,
    )
    session.add(entry)
    return entry


def _json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    return value.isoformat() if isinstance(value, date) else value


def audit_trail(session: Session, event_id: int) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.event_id == event_id).order_by(AuditEntry.id)
    return list(session.scalars(query))


# ----------------------------------------------------------------------------- actions


def get_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise ReviewError(f"event {event_id} does not exist")
    return event


def edit_field(session: Session, event_id: int, name: str, raw: str | None, actor: str) -> bool:
    """Set one field from a string; mark it human-edited. Returns False when nothing changed."""
    return bool(edit_fields(session, event_id, {name: raw or ""}, actor))


def as_form_value(value: Any) -> str:
    """A stored value as a form shows it."""
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def _same_as_shown(current: Any, raw: str | None) -> bool:
    """The form sent back what it showed (even if the stored value would not validate today):
    not an edit. Whitespace-only differences count as the same."""
    shown = as_form_value(current)
    return (raw or "") == shown or " ".join((raw or "").split()) == " ".join(shown.split())


def _set_field(session: Session, event: Event, name: str, value: Any, actor: str) -> None:
    before = getattr(event, name)
    setattr(event, name, value)
    if name not in (event.edited_fields or []):
        event.edited_fields = [*(event.edited_fields or []), name]
    event.confidence = {**(event.confidence or {}), name: 1.0}
    audit(session, actor, "edit", event_id=event.id, field=name, before=before, after=value)


def _parse_all(submitted: dict[str, str], errors: dict[str, str]) -> dict[str, Any]:
    """Every valid field of ``submitted``; each invalid one's message goes into ``errors``."""
    parsed: dict[str, Any] = {}
    for name, raw in submitted.items():
        try:
            parsed[name] = parse_field(name, raw)
        except ReviewError as err:
            errors[name] = str(err)
    return parsed


def _consistency_error(event: Event, changed: dict[str, Any]) -> tuple[str, str] | None:
    before = {n: getattr(event, n) for n in changed}
    for name, value in changed.items():
        setattr(event, name, value)
    try:
        check_consistency(event)
    except ReviewError as err:
        return str(err).split(":", 1)[0], str(err)
    finally:
        for name, value in before.items():
            setattr(event, name, value)
    return None


def edit_fields(session: Session, event_id: int, form: dict[str, str], actor: str) -> list[str]:
    """Apply every changed field of ``form`` atomically: all valid, or ``FieldErrors`` naming
    every invalid field (and a cross-field problem) and nothing changed."""
    event = get_event(session, event_id)
    if event.review_state == MERGED:
        raise ReviewError(
            f"event {event_id} was merged into event {event.merged_into_id}: "
            "it is read-only, edit that event instead"
        )
    submitted = {n: form[n] for n in EVENT_COLUMNS if n in form}
    untouched = {n for n, raw in submitted.items() if _same_as_shown(getattr(event, n), raw)}
    errors: dict[str, str] = {}
    parsed = _parse_all({n: r for n, r in submitted.items() if n not in untouched}, errors)
    changed = {n: v for n, v in parsed.items() if getattr(event, n) != v}
    problem = _consistency_error(event, changed)
    if problem is not None:
        errors.setdefault(*problem)
    if errors:
        raise FieldErrors(errors)
    for name, value in changed.items():
        _set_field(session, event, name, value, actor)
    return list(changed)


def pending_revisions(event: Event) -> list[EventRevision]:
    """The later mails' changes to ``event`` that no reviewer has decided yet."""
    return [r for r in event.revisions if r.state == "pending"]


def change_summary(changes: dict[str, Any]) -> str:
    """``status: cancelled, start_date: 2026-12-28`` (the proposed values, for messages)."""
    return ", ".join(f"{name}: {pair[1]}" for name, pair in changes.items())


def approve(session: Session, event_id: int, actor: str) -> None:
    event = get_event(session, event_id)
    if event.review_state == MERGED:
        raise ReviewError(f"event {event_id} was merged into {event.merged_into_id}")
    if not event.title or event.start_date is None:
        raise ReviewError(f"event {event_id}: a title and a start date are needed to approve")
    waiting = pending_revisions(event)
    if waiting:
        change = change_summary(waiting[0].changes)
        raise ReviewError(
            f"event {event_id}: a later mail proposes a change ({change}); "
            "accept it or keep the current values before approving"
        )
    _set_state(session, event, APPROVED, actor, "approve")
    event.reject_reason = None


def reject_reason(preset: str | None, text: str | None) -> str:
    """A preset reason (``REJECT_REASONS``) and/or free text, as one reason."""
    words = " ".join((text or "").split())
    chosen = preset if preset in REJECT_REASONS else ""
    return f"{chosen}: {words}" if chosen and words else chosen or words


def reject(session: Session, event_id: int, reason: str, actor: str) -> None:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ReviewError("a reason is needed to reject an event")
    event = get_event(session, event_id)
    if event.review_state == MERGED:
        raise ReviewError(f"event {event_id} was merged into {event.merged_into_id}")
    _set_state(session, event, REJECTED, actor, "reject", note=reason)
    event.reject_reason = reason


def reopen(session: Session, event_id: int, actor: str) -> None:
    """Send an approved or rejected event back to the queue."""
    event = get_event(session, event_id)
    _set_state(session, event, NEEDS_REVIEW, actor, "reopen")


def _set_state(
    session: Session, event: Event, state: str, actor: str, action: str, note: str | None = None
) -> None:
    before = event.review_state
    event.review_state = state
    event.reviewed_by, event.reviewed_at = actor, utcnow()
    audit(
        session,
        actor,
        action,
        event_id=event.id,
        message_id=event.message_id,
        field="review_state",
        before=before,
        after=state,
        note=note,
    )


def mark_not_event(session: Session, message_id: int, actor: str) -> int:
    """The mail announces no event: reject its pending events; reprocessing keeps it so."""
    message = session.get(RawMessage, message_id)
    if message is None:
        raise ReviewError(f"message {message_id} does not exist")
    message.marked_not_event_by = actor
    message.is_event_notification = False
    audit(session, actor, "mark_not_event", message_id=message_id, after=True)
    count = 0
    for event in list(message.events):
        if event.review_state == NEEDS_REVIEW and not event.added_by_hand:
            _set_state(session, event, REJECTED, actor, "reject", note="not an event")
            event.reject_reason = "not an event"
            count += 1
    return count


def queue_retry(session: Session, message_id: int, actor: str) -> RawMessage:
    """Put a failed mail back in the processing queue; nothing is extracted here. The next worker
    pass (``process_pending``: the scheduler's poll job, or ``unmignet reprocess --failed-only``)
    claims it like any pending mail."""
    message = session.get(RawMessage, message_id)
    if message is None:
        raise ReviewError(f"message {message_id} does not exist")
    if message.state != FAILED:
        raise ReviewError(f"message {message_id} is {message.state}, not failed: nothing to retry")
    audit(session, actor, "retry", message_id=message_id, before=message.error, after=PENDING)
    message.state, message.error = PENDING, None
    message.claimed_by = message.claimed_at = None
    return message


def add_event(
    session: Session, form: dict[str, str], actor: str, *, message_id: int | None = None
) -> Event:
    """A missed event added by hand (optionally from a stored mail); every given field is human."""
    values = {n: parse_field(n, form[n]) for n in EVENT_COLUMNS if form.get(n)}
    if not values.get("title"):
        raise ReviewError("title: must not be empty")
    position = _next_position(session, message_id)
    event = Event(message_id=message_id, position=position, added_by_hand=True, **values)
    check_consistency(event)
    event.edited_fields = list(values)
    event.confidence = {n: 1.0 for n in values}
    session.add(event)
    session.flush()
    audit(session, actor, "add", event_id=event.id, message_id=message_id, after=values)
    return event


def _next_position(session: Session, message_id: int | None) -> int:
    if message_id is None:
        return 0
    if session.get(RawMessage, message_id) is None:
        raise ReviewError(f"message {message_id} does not exist")
    top = session.scalar(select(func.max(Event.position)).where(Event.message_id == message_id))
    return 0 if top is None else top + 1


def _get_revision(session: Session, revision_id: int) -> EventRevision:
    revision = session.get(EventRevision, revision_id)
    if revision is None:
        raise ReviewError(f"revision {revision_id} does not exist")
    if revision.state not in ("pending", "unchanged"):
        raise ReviewError(f"revision {revision_id} was already {revision.state}")
    return revision


def accept_revision(session: Session, revision_id: int, actor: str) -> None:
    """Apply the proposed values; they count as human decisions from now on."""
    revision = _get_revision(session, revision_id)
    event = revision.event
    for name, (_old, new) in (revision.changes or {}).items():
        if name not in EVENT_COLUMNS:
            continue
        value = date.fromisoformat(new) if name.endswith("_date") and new else new
        before = getattr(event, name)
        setattr(event, name, value)
        if name not in (event.edited_fields or []):
            event.edited_fields = [*(event.edited_fields or []), name]
        audit(
            session,
            actor,
            "accept_change",
            event_id=event.id,
            field=name,
            before=before,
            after=value,
        )
    event.version += 1
    _decide(session, revision, "accepted", actor)


def reject_revision(session: Session, revision_id: int, actor: str) -> None:
    revision = _get_revision(session, revision_id)
    _decide(session, revision, "rejected", actor)


def separate_revision(session: Session, revision_id: int, actor: str) -> Event:
    """The later mail was about another event after all: make it an event of its own (pending
    review) from the linked event's values with the mail's values on top."""
    revision = _get_revision(session, revision_id)
    base = revision.event
    values = {name: getattr(base, name) for name in EVENT_COLUMNS}
    for name, (_old, new) in (revision.changes or {}).items():
        if name in EVENT_COLUMNS:
            values[name] = date.fromisoformat(new) if name.endswith("_date") and new else new
    position = _next_position(session, revision.message_id) if revision.message_id else 0
    event = Event(message_id=revision.message_id, position=position, **values)
    event.confidence, event.evidence = {}, {}
    session.add(event)
    session.flush()
    _decide(session, revision, "separated", actor)
    audit(session, actor, "separate", event_id=event.id, message_id=revision.message_id,
          note=f"from revision {revision.id} of event {base.id}")  # fmt: skip
    return event


def _decide(session: Session, revision: EventRevision, state: str, actor: str) -> None:
    revision.state, revision.decided_by, revision.decided_at = state, actor, utcnow()
    audit(
        session,
        actor,
        f"revision_{state}",
        event_id=revision.event_id,
        message_id=revision.message_id,
        after=revision.changes,
        note=f"revision {revision.id}",
    )


def merged_value(keep: Event, drop: Event, name: str) -> Any:
    """What field ``name`` of ``keep`` holds after ``drop`` is merged into it."""
    value = getattr(keep, name)
    return getattr(drop, name) if value in (None, "") else value


def merge(session: Session, keep_id: int, drop_id: int, actor: str) -> None:
    """Fold ``drop`` into ``keep``: empty fields of ``keep`` are filled from ``drop``."""
    if keep_id == drop_id:
        raise ReviewError("an event cannot be merged into itself")
    keep, drop = get_event(session, keep_id), get_event(session, drop_id)
    if MERGED in (keep.review_state, drop.review_state):
        raise ReviewError("one of these events was already merged")
    for name in EVENT_COLUMNS:
        if getattr(keep, name) in (None, "") and getattr(drop, name) not in (None, ""):
            before = getattr(keep, name)
            setattr(keep, name, getattr(drop, name))
            audit(
                session,
                actor,
                "merge_fill",
                event_id=keep.id,
                field=name,
                before=before,
                after=getattr(drop, name),
            )
    drop.merged_into_id = keep.id
    _set_state(session, drop, MERGED, actor, "merge", note=f"merged into {keep.id}")
    audit(session, actor, "merge", event_id=keep.id, note=f"absorbed event {drop.id}")


def has_pending_change() -> Any:
    """SQL condition: a later mail proposes a change to the event that nobody decided yet."""
    waiting = select(EventRevision.id).where(
        EventRevision.event_id == Event.id, EventRevision.state == "pending"
    )
    return waiting.exists()


def state_counts(session: Session) -> StateCounts:
    rows = session.execute(select(Event.review_state, func.count()).group_by(Event.review_state))
    counts = {state: int(n) for state, n in rows if state in StateCounts.__slots__}
    changed = session.scalar(
        select(func.count(Event.id)).where(Event.review_state == APPROVED, has_pending_change())
    )
    return StateCounts(**counts, changed_after_approval=int(changed or 0))
