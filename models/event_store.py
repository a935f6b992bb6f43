"""Write extraction results to events without ever overwriting a human's work.

Rules: a field a human edited is never overwritten; an approved, rejected or merged event is never
changed by a machine: a differing re-extraction becomes a pending ``EventRevision`` the reviewer
accepts or rejects; events that vanish from a re-extraction are deleted only when no human touched
them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.event import NEEDS_REVIEW, Event, EventRevision
from models.message import RawMessage
from parsers.scorer import READY_FIELDS as STRAIGHT_THROUGH  # the straight-through fields
from parsers.types import EVENT_FIELDS

EVENT_COLUMNS = EVENT_FIELDS  # the SCHEMA.md fields, one column each
_DEFAULTS: dict[str, Any] = {
    "title": "",
    "status": "scheduled",
    "mode": "in_person",
    "event_type": "other",
}


def event_ready(confidence: dict[str, Any] | None) -> float | None:
    """P(every straight-through field is right) for one extracted event.

    The calibrated value comes from extraction as ``confidence["ready"]`` (parsers.scorer) and
    is used whenever present. A record extracted before the calibration model carries none; for
    it this falls back to a rough, uncalibrated estimate: the product of the straight-through
    fields' confidences (a field without one counts as 1), until it is reprocessed. None when
    there is nothing to go on."""
    conf = confidence or {}
    given = conf.get("ready")
    if isinstance(given, int | float) and not isinstance(given, bool):
        return max(0.0, min(1.0, float(given)))
    values = [conf[n] for n in STRAIGHT_THROUGH if isinstance(conf.get(n), int | float)]
    if not values:
        return None
    product = 1.0
    for value in values:
        product *= max(0.0, min(1.0, float(value)))
    return round(product, 4)


def column_values(schema: dict[str, Any]) -> dict[str, Any]:
    """SCHEMA.md JSON values -> column values (ISO strings to dates, None to defaults)."""
    out: dict[str, Any] = {}
    for name in EVENT_COLUMNS:
        value = schema.get(name)
        if name in ("start_date", "end_date") and isinstance(value, str):
            value = date.fromisoformat(value)
        if value is None and name in _DEFAULTS:
            value = _DEFAULTS[name]
        out[name] = value
    return out


def event_as_schema(event: Event) -> dict[str, Any]:
    """An event row in the SCHEMA.md shape, with its id."""
    out: dict[str, Any] = {"id": event.id}
    for name in EVENT_COLUMNS:
        value = getattr(event, name)
        out[name] = value.isoformat() if isinstance(value, date) else value
    return out


def apply_extraction(
    session: Session,
    message: RawMessage,
    events: list[dict[str, Any]],
    confidences: list[dict[str, float]],
    evidence: list[dict[str, Any]],
    link: Callable[[Session, RawMessage, dict[str, Any]], bool] | None = None,
    alternatives: list[dict[str, Any]] | None = None,
) -> list[Event]:
    """Create or refresh the events of ``message`` from one extraction. Caller commits.

    ``alternatives`` (the extraction JSON's list, one mapping per event) is kept on each event
    for the record page's chips; ``ready`` is set from the confidences (``event_ready``).

    ``link`` (review.linking.link_to_existing) may claim a new event as an update of a known one
    (it records an EventRevision and returns True): then no second event is created.
    """
    existing = {
        e.position: e
        for e in session.scalars(
            select(Event).where(Event.message_id == message.id, Event.added_by_hand.is_(False))
        )
    }
    kept: list[Event] = []
    for position, schema in enumerate(events):
        values = column_values(schema)
        conf = confidences[position] if position < len(confidences) else {}
        evid = evidence[position] if position < len(evidence) else {}
        alts = (alternatives or [])[position] if position < len(alternatives or []) else {}
        event = existing.pop(position, None)
        if event is None and link is not None and link(session, message, values):
            continue
        if event is None:
            event = Event(message_id=message.id, position=position, **values)
            event.confidence, event.evidence = conf, evid
            event.alternatives, event.ready = alts, event_ready(conf)
            session.add(event)
        else:
            _refresh(session, event, values, conf, evid, message.id)
            if event.review_state == NEEDS_REVIEW:
                event.alternatives, event.ready = alts, event_ready(event.confidence)
        kept.append(event)
    for leftover in existing.values():
        if leftover.review_state == NEEDS_REVIEW and not leftover.edited_fields:
            session.delete(leftover)
    session.flush()
    return kept


def _refresh(
    session: Session,
    event: Event,
    values: dict[str, Any],
    conf: dict[str, float],
    evid: dict[str, Any],
    message_id: int,
) -> None:
    edited = set(event.edited_fields or [])
    changes = {
        name: [_json(getattr(event, name)), _json(value)]
        for name, value in values.items()
        if name not in edited and getattr(event, name) != value
    }
    if event.review_state != NEEDS_REVIEW:
        if changes and not _same_pending(event, changes):
            session.add(EventRevision(event_id=event.id, message_id=message_id, changes=changes))
        return
    for name, value in values.items():
        if name not in edited:
            setattr(event, name, value)
    event.confidence = {**conf, **{n: 1.0 for n in edited}}
    event.evidence = {k: v for k, v in evid.items() if k not in edited} | {
        k: v for k, v in (event.evidence or {}).items() if k in edited
    }


def _same_pending(event: Event, changes: dict[str, Any]) -> bool:
    return any(r.state == "pending" and r.changes == changes for r in event.revisions)


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value
