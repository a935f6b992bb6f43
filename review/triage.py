"""Triage by ``event.ready``: the "Ready" lane's query and the opt-in auto-approval.

``ready`` is P(every straight-through field is right), set by ``models.event_store`` when
extraction is applied. ``[review] auto_approve_ready`` (off by default) approves, right after
extraction, the events of a mail at or above it: never one with a pending later change, never one
of a mail that is not an event notification. Each gets an audit entry naming the threshold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.event import NEEDS_REVIEW, Event
from models.message import RawMessage
from review import services
from unmignet.errors import ReviewError

AUTO_ACTOR = "auto-approve"
MAX_CHOICES = 3


@dataclass(frozen=True, slots=True)
class Choice:
    """One of extraction's ranked values for a field, as the record page's chip shows it."""

    value: str  # the form value it fills in ("" for none)
    confidence: float | None
    quote: str  # the mail's words it came from, if known
    current: bool  # the field holds this value now


def choices(alternatives: dict[str, Any] | None, values: dict[str, str]) -> dict[str, list[Choice]]:
    """Field -> its ranked choices (at most three, no repeats), for the chips under each field;
    a field with a single choice equal to its value gets none (nothing to pick)."""
    out: dict[str, list[Choice]] = {}
    for name, items in (alternatives or {}).items():
        if not isinstance(items, list):
            continue
        found = _field_choices(items, values.get(name, ""))
        if any(not c.current for c in found):
            out[name] = found
    return out


def _field_choices(items: list[Any], current: str) -> list[Choice]:
    found: list[Choice] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        raw = item.get("value")
        value = "" if raw is None else str(raw)
        if any(c.value == value for c in found):
            continue
        conf = item.get("confidence")
        evidence = item.get("evidence")
        quote = str(evidence.get("text", "")) if isinstance(evidence, dict) else ""
        number = float(conf) if isinstance(conf, int | float) else None
        found.append(Choice(value, number, " ".join(quote.split())[:80], value == current))
    return found[:MAX_CHOICES]


def ready_lane(threshold: float) -> Select[Any]:
    """Events needing review at or above ``threshold``, without a pending change, most ready
    first."""
    return (
        select(Event)
        .where(
            Event.review_state == NEEDS_REVIEW,
            Event.ready.is_not(None),
            Event.ready >= threshold,
            ~services.has_pending_change(),
        )
        .order_by(Event.ready.desc(), Event.start_date, Event.id)
    )


def uncertain_fields(confidence: dict[str, object] | None, below: float) -> set[str]:
    """The fields whose confidence is below ``below``: the only ones the record page marks."""
    return {
        name
        for name, value in (confidence or {}).items()
        if name != "ready" and isinstance(value, int | float) and value < below
    }


def auto_approve(session: Session, message: RawMessage, threshold: float) -> list[int]:
    """Approve the events of ``message`` whose ``ready`` is at or above ``threshold``."""
    if not message.is_event_notification or message.marked_not_event_by is not None:
        return []
    done: list[int] = []
    for event in session.scalars(select(Event).where(Event.message_id == message.id)):
        if event.review_state != NEEDS_REVIEW or event.ready is None or event.ready < threshold:
            continue
        if services.pending_revisions(event):
            continue
        try:
            services.approve(session, event.id, AUTO_ACTOR)
        except ReviewError:
            continue  # e.g. no start date: a human decides
        note = f"ready {event.ready:.3f} >= [review] auto_approve_ready {threshold:g}"
        services.audit(session, AUTO_ACTOR, "auto_approve", event_id=event.id, note=note)
        done.append(event.id)
    return done


def auto_approve_hook(threshold: float | None) -> Callable[[Session, RawMessage], None] | None:
    """The hook ``unmignet.processing`` runs after each extraction; None when not configured."""
    if threshold is None:
        return None

    def hook(session: Session, message: RawMessage) -> None:
        auto_approve(session, message, threshold)

    return hook
