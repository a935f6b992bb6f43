"""Bulk review actions on many events at once, and undo of the last one.

A bulk action (approve, reject with a reason, "not an event") goes through the same service
functions as a single one, so every event gets its own audit entries and the same checks (an
event whose later change is undecided is not approved). One more entry, ``bulk_<action>``, keeps
what the action changed: each event's review state and rejection reason before it, and for "not
an event" each mail's flags before it. Undo reads that entry back: it restores each event the
action changed that is still as the action left it (an event decided again since is left alone
and named), writes an ``undo`` entry per event and one ``bulk_undo`` entry naming the action's
entry, after which that action can no longer be undone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.event import APPROVED, NEEDS_REVIEW, REJECTED, Event
from models.message import RawMessage
from models.review import AuditEntry
from review import services
from unmignet.errors import ReviewError

ACTIONS = ("approve", "reject", "not_event")
LIMIT = 1000  # events one bulk action may take (all matching a filter included)
NOT_EVENT = "not an event"
_RESULT = {"approve": APPROVED, "reject": REJECTED, "not_event": REJECTED}
VERBS = {"approve": "Approved", "reject": "Rejected", "not_event": "Marked not an event"}
ASK = {"approve": "Approve", "reject": "Reject", "not_event": "Mark as not an event"}


@dataclass(slots=True)
class BulkResult:
    """What a bulk action did: the events it changed and why the others were left."""

    action: str
    done: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _snapshot(event: Event) -> list[Any]:
    return [event.review_state, event.reject_reason]


def _not_event(session: Session, event: Event, actor: str, seen: dict[str, Any]) -> list[Event]:
    """Mark the event's mail as not an event (rejecting its events that need review); an event
    added by hand has no mail and is rejected with the same reason."""
    message = event.message
    if message is None:
        services.reject(session, event.id, NOT_EVENT, actor)
        return [event]
    if str(message.id) in seen:
        return []
    seen[str(message.id)] = [message.marked_not_event_by, message.is_event_notification]
    waiting = [e for e in message.events if e.review_state == NEEDS_REVIEW and not e.added_by_hand]
    services.mark_not_event(session, message.id, actor)
    return waiting


def _apply_one(
    session: Session, action: str, event: Event, reason: str, actor: str, seen: dict[str, Any]
) -> list[Event]:
    if action == "approve":
        services.approve(session, event.id, actor)
        return [event]
    if action == "reject":
        services.reject(session, event.id, reason, actor)
        return [event]
    return _not_event(session, event, actor, seen)


def apply(
    session: Session, action: str, ids: Iterable[int], actor: str, *, reason: str = ""
) -> BulkResult:
    """Apply ``action`` to the events ``ids`` (at most ``LIMIT``) that still need review; write
    the ``bulk_<action>`` entry that undo reads. ReviewError for an unknown action or a reject
    without a reason, before anything changes."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown bulk action {action!r}")
    reason = " ".join(reason.split())
    if action == "reject" and not reason:
        raise ReviewError("a reason is needed to reject events")
    result = BulkResult(action)
    before: dict[str, list[Any]] = {}
    messages: dict[str, Any] = {}
    for event_id in list(dict.fromkeys(ids))[:LIMIT]:
        event = session.get(Event, event_id)
        if event is None or event.review_state != NEEDS_REVIEW:
            continue  # decided meanwhile (or a sibling of a mail already marked): not ours
        snapshot = {e.id: _snapshot(e) for e in (event.message.events if event.message else [])}
        snapshot[event.id] = _snapshot(event)
        try:
            changed = _apply_one(session, action, event, reason, actor, messages)
        except ReviewError as err:
            result.problems.append(str(err))
            continue
        for done in changed:
            before[str(done.id)] = snapshot.get(done.id, _snapshot(done))
            result.done.append(done.id)
    if result.done:
        after = {"events": before, "messages": messages, "reason": reason}
        note = f"{len(result.done)} event(s)" + (f": {reason}" if reason else "")
        services.audit(session, actor, f"bulk_{action}", after=after, note=note)
    return result


def last_undoable(session: Session, actor: str) -> AuditEntry | None:
    """``actor``'s latest bulk action, unless it was undone already."""
    latest = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.actor == actor, AuditEntry.action.like("bulk\\_%", escape="\\"))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if latest is None or latest.action == "bulk_undo":
        return None
    return latest


def describe(entry: AuditEntry) -> str:
    """``Rejected 12 event(s): duplicate`` for the undo button."""
    action = entry.action.removeprefix("bulk_")
    return f"{VERBS.get(action, action)} {entry.note or ''}".strip()


def _restore_event(
    session: Session, event: Event, state: list[Any], expected: str, actor: str, entry_id: int
) -> bool:
    if event.review_state != expected:
        return False
    current = event.review_state
    event.review_state, event.reject_reason = state[0], state[1]
    services.audit(
        session,
        actor,
        "undo",
        event_id=event.id,
        message_id=event.message_id,
        field="review_state",
        before=current,
        after=state[0],
        note=f"undo of bulk action {entry_id}",
    )
    return True


def _restore_messages(session: Session, messages: dict[str, Any]) -> None:
    for message_id, (marked_by, is_event) in messages.items():
        message = session.get(RawMessage, int(message_id))
        if message is not None:
            message.marked_not_event_by, message.is_event_notification = marked_by, is_event


def undo_last(session: Session, actor: str) -> BulkResult:
    """Undo ``actor``'s last bulk action (see the module docstring); ReviewError if none."""
    entry = last_undoable(session, actor)
    if entry is None:
        raise ReviewError("no bulk action of yours to undo")
    action = entry.action.removeprefix("bulk_")
    data: dict[str, Any] = entry.after or {}
    result = BulkResult(action)
    for event_id, state in (data.get("events") or {}).items():
        event = session.get(Event, int(event_id))
        expected = _RESULT.get(action, "")
        if event is not None and _restore_event(session, event, state, expected, actor, entry.id):
            result.done.append(event.id)
        else:
            result.problems.append(f"event {event_id} was changed since; left as it is")
    _restore_messages(session, data.get("messages") or {})
    note = f"bulk {entry.id}"
    services.audit(session, actor, "bulk_undo", after={"events": result.done}, note=note)
    return result
