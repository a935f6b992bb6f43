"""Linking later mails to known events, and duplicate suggestions.

A correction, a reminder, a cancellation or the same event sent by a second partner must not
become a second event. ``link_to_existing`` is called by ``apply_extraction`` for each event of a
message that has no event yet at that position: when a known event matches, the new values become
an ``EventRevision`` of it (what changed, for the reviewer to accept or reject) and no event is
created. Matching, strongest first:

1. thread: the mail replies to or forwards (In-Reply-To / References) a mail with events, and the
   titles are related or the dates agree;
2. same event: same start date (or overlapping dates), similar titles, and no conflicting city;
3. moved event: very similar title, same city, within ``MOVED_WINDOW`` days.

``duplicate_suggestions`` applies the same scores to pairs of stored events for the review page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from models.event import MERGED, Event, EventRevision
from models.event_store import EVENT_COLUMNS
from models.message import RawMessage

MOVED_WINDOW = 180
_DEFAULTS: dict[str, Any] = {
    "title": "",
    "status": "scheduled",
    "mode": "in_person",
    "event_type": "other",
}
_WORD = re.compile(r"[^\W_]+")
_FILLER_WORDS = (
    "the a an of on and for to in at with de la le les des du et en el los las y del da do "
    "dos das e em no na para por sur au aux"
)
_FILLER = frozenset(_FILLER_WORDS.split())
_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|tr|rv|aw|wg|reminder|rappel|recordatorio|lembrete|update|correction|"
    r"corrected|rectificatif|cancelled|canceled|annulé|cancelado|postponed|reporté|"
    r"save the date|invitation)\s*[:\-–]\s*)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A likely duplicate of an event, with a score in [0, 1] and why."""

    event_id: int
    score: float
    reasons: tuple[str, ...]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(title: str) -> set[str]:
    return {w for w in _WORD.findall(_fold(_PREFIX.sub("", title))) if w not in _FILLER}


def _alike(a: str, b: str) -> bool:
    """Same word, or the same stem (migrant/migrants, labour/labor, region/regional)."""
    if a == b:
        return True
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= max(4, min(len(a), len(b)) - 2)


def title_similarity(a: str | None, b: str | None) -> float:
    """Share of the folded content words of both titles that have a like word in the other."""
    if not a or not b:
        return 0.0
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    hits_a = sum(any(_alike(x, y) for y in tb) for x in ta)
    hits_b = sum(any(_alike(y, x) for x in ta) for y in tb)
    return (hits_a + hits_b) / (len(ta) + len(tb))


def _same_place(a: str | None, b: str | None) -> bool | None:
    """True/False when both cities are known; None when one is missing."""
    if not a or not b:
        return None
    return _fold(a).strip() == _fold(b).strip()


def _overlap(a0: date | None, a1: date | None, b0: date | None, b1: date | None) -> bool:
    if a0 is None or b0 is None:
        return False
    return a0 <= (b1 or b0) and b0 <= (a1 or a0)


def pair_score(a: dict[str, Any], b: dict[str, Any]) -> tuple[float, tuple[str, ...]]:
    """How likely two events (column-value dicts) are the same event, and the reasons."""
    sim = title_similarity(a.get("title"), b.get("title"))
    place = _same_place(a.get("city"), b.get("city"))
    dates = _overlap(a.get("start_date"), a.get("end_date"), b.get("start_date"), b.get("end_date"))
    reasons = [f"title {sim:.0%} similar"]
    if dates:
        reasons.append("same dates")
    if place:
        reasons.append("same city")
    if place is False:
        return 0.0, tuple(reasons)
    score = sim * (1.0 if dates else 0.6) + (0.1 if place else 0.0)
    return min(score, 1.0), tuple(reasons)


def _values(event: Event) -> dict[str, Any]:
    return {name: getattr(event, name) for name in EVENT_COLUMNS}


# ------------------------------------------------------------------------------ threading


def thread_references(raw: bytes) -> list[str]:
    """Message-IDs this mail answers or forwards (In-Reply-To, References), nearest first."""
    headers = BytesHeaderParser(policy=default_policy).parsebytes(raw[:65536])
    ids: list[str] = []
    for name in ("In-Reply-To", "References"):
        for value in headers.get_all(name) or []:
            ids.extend(re.findall(r"<[^<>\s]+>", str(value)))
    ids.reverse()
    return list(dict.fromkeys(ids))


def _thread_events(session: Session, message: RawMessage) -> list[Event]:
    refs = thread_references(message.raw or b"")
    bare = [r.strip("<>") for r in refs]
    if not refs:
        return []
    parents = select(RawMessage.id).where(
        RawMessage.message_id.in_(refs + bare), RawMessage.id != message.id
    )
    query = select(Event).where(Event.message_id.in_(parents), Event.review_state != MERGED)
    return list(session.scalars(query.order_by(Event.id)))


# ------------------------------------------------------------------------------ matching


def _candidates(session: Session, message: RawMessage, values: dict[str, Any]) -> list[Event]:
    """Known events that could be this one: overlapping dates, or the same city within
    ``MOVED_WINDOW`` days (newest first)."""
    start = values.get("start_date")
    query = select(Event).where(
        Event.review_state != MERGED,
        or_(Event.message_id.is_(None), Event.message_id != message.id),
    )
    if start is None:
        return list(session.scalars(query.where(Event.start_date.is_(None)).limit(200)))
    end = values.get("end_date") or start
    overlap = (Event.start_date <= end) & (func.coalesce(Event.end_date, Event.start_date) >= start)
    window = timedelta(days=MOVED_WINDOW)
    city = values.get("city")
    moved = (
        Event.start_date.between(start - window, start + window)
        & (func.lower(Event.city) == city.lower())
        if city
        else false()
    )
    return list(
        session.scalars(query.where(or_(overlap, moved)).order_by(Event.id.desc()).limit(500))
    )


def _contained(a: str | None, b: str | None) -> bool:
    ta, tb = _tokens(a or ""), _tokens(b or "")
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _thread_score(event: Event, values: dict[str, Any], single: bool) -> float:
    """How well an event of the replied-to mail matches; 0 when it should not be linked."""
    sim = title_similarity(event.title, values.get("title"))
    same_day = event.start_date is not None and event.start_date == values.get("start_date")
    related = sim >= 0.3 or _contained(event.title, values.get("title"))
    if same_day or (single and related) or sim >= 0.5:
        return sim + (0.5 if same_day else 0.0)
    return 0.0


def _thread_match(events: list[Event], values: dict[str, Any]) -> Event | None:
    scored = [(_thread_score(e, values, len(events) == 1), e) for e in events]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] > 0 else None


def _content_match(events: list[Event], values: dict[str, Any]) -> Event | None:
    best: tuple[float, Event] | None = None
    for event in events:
        existing = _values(event)
        sim = title_similarity(existing["title"], values.get("title"))
        place = _same_place(existing["city"], values.get("city"))
        dates = _overlap(
            existing["start_date"],
            existing["end_date"],
            values.get("start_date"),
            values.get("end_date"),
        )
        if place is False:
            continue
        ok = (dates and sim >= 0.6) or (place and sim >= 0.85)
        score = sim + (0.2 if dates else 0.0) + (0.1 if place else 0.0)
        if ok and (best is None or score > best[0]):
            best = (score, event)
    return None if best is None else best[1]


def find_existing(session: Session, message: RawMessage, values: dict[str, Any]) -> Event | None:
    """The known event this newly extracted one is about, if any."""
    thread = _thread_events(session, message)
    if thread:
        match = _thread_match(thread, values)
        if match is not None:
            return match
    return _content_match(_candidates(session, message, values), values)


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


_MARKER_WORDS = (
    "re fw fwd tr rv aw wg reminder rappel recordatorio lembrete update updated correction "
    "corrected correct rectificatif rectification corrigendum nouvelle nouvelles new nueva "
    "nuevas nueva nova novas date dates fecha fechas data datas cancelled canceled annule "
    "annulee cancelado cancelada postponed reporte reportee aplazado adiado rescheduled "
    "change changed modification save the invitation invite last final reminder venue time "
    "heure hora horario lieu lugar local"
)
_MARKERS = frozenset(_MARKER_WORDS.split())


def same_title(old: str | None, new: str | None) -> bool:
    """The titles differ only by marker words ("X - corrected dates", "Reminder: X")."""
    a, b = _WORD.findall(_fold(old or "")), _WORD.findall(_fold(new or ""))
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    extra = list(long)
    for word in short:
        if word not in extra:
            return False
        extra.remove(word)
    return all(word in _MARKERS or word.isdigit() for word in extra)


def proposed_changes(event: Event, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields where the new mail says something different (never erasing a known value)."""
    changes: dict[str, list[Any]] = {}
    for name in EVENT_COLUMNS:
        new, old = values.get(name), getattr(event, name)
        if new in (None, "") or new == old:
            continue
        if name in _DEFAULTS and new == _DEFAULTS[name]:
            continue
        if name == "title" and same_title(old, new):
            continue
        changes[name] = [_json(old), _json(new)]
    return changes


def propose(session: Session, event: Event, message: RawMessage, values: dict[str, Any]) -> None:
    """Record the new mail as a revision of ``event``; idempotent per (event, message)."""
    changes = proposed_changes(event, values)
    state = "pending" if changes else "unchanged"
    for revision in event.revisions:
        if revision.message_id != message.id:
            continue
        if revision.state in ("pending", "unchanged"):
            revision.changes, revision.state = changes, state
        return
    session.add(
        EventRevision(event_id=event.id, message_id=message.id, changes=changes, state=state)
    )


def link_to_existing(session: Session, message: RawMessage, values: dict[str, Any]) -> bool:
    """Hook for ``apply_extraction``: True when the values became a revision of a known event."""
    event = find_existing(session, message, values)
    if event is None:
        return False
    propose(session, event, message, values)
    return True


# ------------------------------------------------------------------------------ duplicates


def duplicate_suggestions(session: Session, event: Event, *, limit: int = 5) -> list[Suggestion]:
    """Other stored events that are probably the same as ``event``, best first."""
    if event.start_date is None:
        return []
    window = timedelta(days=MOVED_WINDOW)
    query = select(Event).where(
        Event.id != event.id,
        Event.review_state != MERGED,
        Event.start_date.between(event.start_date - window, event.start_date + window),
    )
    mine = _values(event)
    found = []
    for other in session.scalars(query.limit(500)):
        score, reasons = pair_score(mine, _values(other))
        if score >= 0.55:
            found.append(Suggestion(other.id, round(score, 2), reasons))
    found.sort(key=lambda s: -s.score)
    return found[:limit]
