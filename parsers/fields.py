"""The fields of one event block, assembled from the finders split by concern.

``blocks.py`` cuts the mail into event blocks; ``when.py`` ranks dates and times; ``where.py``
reads venue, city, country, mode and zone (and shares a place between a mail's events);
``links.py`` finds the registration link; ``organizer.py``, ``title.py``, ``status.py`` and
``event_type.py`` read the rest. ``read_event`` puts one block's fields together, with what
``field_candidates.py`` lists the alternatives from; the names extract.py uses are re-exported
here. Rules are general: labelled lines ("Date:", "Venue:") beat free mentions; a sender's
corrected value beats the one they say was a mistake; a reply above the announcement it corrects
gives one event, the reply's values first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from parsers.blocks import event_blocks, reply_owns_event
from parsers.calendar import is_cancellation
from parsers.event_type import TypeSignal, classify_event_type_signal
from parsers.links import registration_link
from parsers.organizer import needs_ner, organizer_readings
from parsers.status import detect_status
from parsers.title import (
    TitleCandidate,
    choose_title,
    is_sentence,
    strip_subject,
)
from parsers.types import Block, FieldValue, Sources
from parsers.values import field_value
from parsers.values import field_value as _fv
from parsers.when import date_features, dates_fv, ranked_dates, times_fv
from parsers.where import (
    Where,
    intro_place,
    local_calendar,
    organiser_country,
    organiser_place,
    place_rank,
    share_place,
    timezone,
    where,
)

__all__ = [
    "EventReading",
    "date_features",
    "event_blocks",
    "event_fields",
    "field_value",
    "intro_place",
    "ner_sentence",
    "place_rank",
    "ranked_dates",
    "read_event",
    "reply_owns_event",
    "share_place",
    "type_fv",
]


def ner_sentence(sources: Sources, block: Block) -> str:
    """The organiser sentence when only NER can read it (no rule found a name), else ""."""
    return needs_ner(block, sources, block.language)


# ------------------------------------------------------------------------------------ assembly


def _title_fv(sources: Sources, block: Block) -> FieldValue:
    if block.calendar is not None and block.calendar.summary:
        title = strip_subject(block.calendar.summary)
        return _fv(title, 0.85, "calendar", (0, len(block.calendar.summary)), "ics")
    if block.item_title and not is_sentence(block.item_title):
        return _fv(block.item_title, 0.7, "body", (block.start, block.end), "grammar")
    cand: TitleCandidate | None = choose_title(
        sources.subject, sources.body, sources.headings, sources.senders
    )
    if cand is None:
        return _fv(None, 0.1)
    part = "subject" if cand.source == "subject" else "body"
    return _fv(cand.text, cand.confidence, part, (cand.start, cand.end), "grammar")


def _status_fv(sources: Sources, block: Block) -> FieldValue:
    if block.calendar is not None and is_cancellation(block.calendar):
        return _fv("cancelled", 0.95, "calendar", (0, 0), "ics")
    text = block.text[: sources.new_len or None]
    sig = detect_status(sources.subject, text)
    span = getattr(sig, "span", None)
    if span is None:
        return _fv(sig.status, float(sig.confidence))
    if sig.source == "subject":
        return _fv(
            sig.status, float(sig.confidence), "subject", span, "lexicon", 0, sources.subject
        )
    return _fv(sig.status, float(sig.confidence), "body", span, "lexicon", block.start, text)


@dataclass(frozen=True, slots=True)
class EventReading:
    """One block's fields as the rules choose them, and what the candidate finders need to
    list the other readings (``parsers.field_candidates``) without reading the block again."""

    fields: dict[str, FieldValue]
    block: Block
    where: Where
    type_signal: TypeSignal
    organisers: Iterator[FieldValue]  # the organiser readings after the chosen one (lazy)


def event_fields(
    sources: Sources, block: Block, language: str, ner_orgs: tuple[str, ...]
) -> dict[str, FieldValue]:
    """Every EVENT_FIELDS value of one block."""
    return read_event(sources, block, language, ner_orgs).fields


def read_event(
    sources: Sources, block: Block, language: str, ner_orgs: tuple[str, ...]
) -> EventReading:
    """Every EVENT_FIELDS value of one block, with what its alternatives are read from."""
    if block.calendar is not None:
        local = local_calendar(block.calendar, sources, block, organiser_country(sources))
        block = replace(block, calendar=local)
    title = _title_fv(sources, block)
    status = _status_fv(sources, block)
    start, end, near = dates_fv(block, str(status.value))
    start_t, end_t, tmention = times_fv(block, near, start.value, end.value)
    loc = where(sources, block)
    host = organiser_place(sources) if loc.place is None else None
    zone = timezone(
        block,
        loc.place,
        tmention,
        host.country if host is not None else organiser_country(sources),
        host,
        start.value if isinstance(start.value, date) else None,
    )
    kind, signal = _event_type_fv(title, block, language)
    organisers = organizer_readings(block, ner_orgs, sources, language)
    fields = {
        "title": title,
        "status": status,
        "start_date": start,
        "end_date": end,
        "start_time": start_t,
        "end_time": end_t,
        "timezone": zone,
        "mode": loc.mode,
        "venue": loc.venue,
        "city": loc.place_fv,
        "country": loc.country,
        "event_type": kind,
        "organizer": next(organisers, _fv(None, 0.3)),
        "registration_url": registration_link(sources, block),
    }
    return EventReading(fields, block, loc, signal, organisers)


def _event_type_fv(title: FieldValue, block: Block, language: str) -> tuple[FieldValue, TypeSignal]:
    """The event type with the words that decided it, in the title or in the block."""
    name = str(title.value or "")
    sig = classify_event_type_signal(name, block.text[:4000], language=language)
    return type_fv(sig.event_type, sig.confidence, sig.span, sig.source, title, block), sig


def type_fv(
    kind: str,
    conf: float,
    span: tuple[int, int] | None,
    source: str | None,
    title: FieldValue,
    block: Block,
) -> FieldValue:
    """An event type with its deciding phrase (``span`` in the title or in the block)."""
    if span is None:
        return _fv(kind, conf)
    if source == "title":
        part = title.evidence.part if title.evidence is not None else "subject"
        return _fv(kind, conf, part, span, "lexicon", 0, str(title.value or ""))
    return _fv(kind, conf, "body", span, "lexicon", block.start, block.text)
