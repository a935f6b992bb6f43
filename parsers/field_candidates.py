"""Every reading of the fields the reviewer most often corrects, as ranked ``Candidate`` lists.

For one block (``fields.read_event``): the title (the rules' pick, the calendar SUMMARY, an item's
own title, then each title finder's reading), the organiser (each reading the vetting keeps, in
order of trust), the city and venue (the chosen place, then the text's other city mentions, best
placed first), the event type (the deciding type, then the other scored types with their
phrases) and the start date (the block's date mentions ranked by today's date precedence).
Rank 0 is always what the rules chose, so ``candidates.by_precedence`` keeps today's output.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from parsers.candidates import MAX_ALTERNATIVES, Candidate, by_precedence, candidate
from parsers.fields import (
    EventReading,
    date_features,
    field_value,
    place_rank,
    ranked_dates,
    type_fv,
)
from parsers.title import title_readings
from parsers.types import FieldValue

__all__ = ["CANDIDATE_FIELDS", "event_candidates"]

CANDIDATE_FIELDS = ("title", "organizer", "city", "venue", "event_type", "start_date")
_LOOK_AHEAD = 12  # readings looked at per field: enough for three distinct values


def _source(fv: FieldValue, default: str = "body sentence") -> str:
    ev = fv.evidence
    if ev is None:
        return default
    return {"subject": "subject", "calendar": "calendar", "signature": "signature"}.get(
        ev.part, default
    )


def _titles(
    reading: EventReading,
    subject: str,
    body: str,
    headings: tuple[str, ...],
    senders: tuple[str, ...],
) -> Iterator[Candidate]:
    chosen = reading.fields["title"]
    yield candidate("title", chosen, source=_source(chosen), rule="rules", rank=0)
    block = reading.block
    if block.calendar is not None and block.calendar.summary:
        summary = field_value(
            block.calendar.summary, 0.8, "calendar", (0, len(block.calendar.summary)), "ics"
        )
        yield candidate("title", summary, source="calendar", rule="ics", rank=1)
    if block.item_title:
        item = field_value(block.item_title, 0.6, "body", (block.start, block.end), "item")
        yield candidate("title", item, source="body sentence", rule="item", rank=1)
    for i, (rule, found) in enumerate(title_readings(subject, body, headings, senders)):
        part = "subject" if found.source == "subject" else "body"
        fv = field_value(found.text, found.confidence, part, (found.start, found.end), rule)
        source = found.source if found.source in ("subject", "heading") else "body sentence"
        yield candidate("title", fv, source=source, rule=rule, rank=2 + i)


def _organisers(reading: EventReading) -> Iterator[Candidate]:
    chosen = reading.fields["organizer"]
    yield candidate("organizer", chosen, source=_organiser_source(chosen), rule="rules", rank=0)
    for i, fv in enumerate(reading.organisers):
        rule = fv.evidence.method if fv.evidence is not None else "ner"
        yield candidate("organizer", fv, source=_organiser_source(fv), rule=rule, rank=1 + i)


def _organiser_source(fv: FieldValue) -> str:
    if fv.evidence is None:
        return "NER"
    if fv.evidence.method == "label":
        return "labelled line"
    return _source(fv)


def _places(reading: EventReading) -> Iterator[Candidate]:
    where = reading.where
    chosen = reading.fields["city"]
    yield candidate("city", chosen, source="gazetteer", rule="rules", rank=0)
    text = reading.block.text if where.part == "body" else ""
    ranked = sorted(where.places, key=lambda p: -place_rank(text, p) if text else 0)
    for i, place in enumerate(ranked):
        fv = field_value(place.city, 0.5, where.part, place.span, "gazetteer", where.offset)
        feats = (("population", float(place.population)), ("place_rank", place_rank(text, place)))
        yield candidate(
            "city", fv, source="gazetteer", rule="gazetteer", rank=1 + i, features=feats
        )


def _venues(reading: EventReading) -> Iterator[Candidate]:
    chosen = reading.fields["venue"]
    yield candidate("venue", chosen, source=_source(chosen), rule="rules", rank=0)
    cal = reading.block.calendar
    if cal is not None and cal.location:
        fv = field_value(cal.location, 0.5, "calendar", (0, len(cal.location)), "ics")
        yield candidate("venue", fv, source="calendar", rule="ics", rank=1)


def _types(reading: EventReading) -> Iterator[Candidate]:
    chosen = reading.fields["event_type"]
    yield candidate("event_type", chosen, source=_source(chosen), rule="rules", rank=0)
    signal = reading.type_signal
    scores = dict(signal.scores)
    total = sum(scores.values()) + 1.0
    title = reading.fields["title"]
    for i, (kind, span, where) in enumerate(signal.phrases):
        conf = round(scores.get(kind, 0.0) / total, 3)
        fv = type_fv(kind, conf, span, where, title, reading.block)
        feats = (("score", scores.get(kind, 0.0)), ("in_title", where == "title"))
        source = "title" if where == "title" else "body sentence"
        yield candidate("event_type", fv, source=source, rule="lexicon", rank=1 + i, features=feats)


def _dates(reading: EventReading) -> Iterator[Candidate]:
    chosen = reading.fields["start_date"]
    yield candidate("start_date", chosen, source=_source(chosen), rule="rules", rank=0)
    block = reading.block
    status = str(reading.fields["status"].value)
    for i, m in enumerate(ranked_dates(block, status)):
        conf = 0.6 if m.explicit_year else 0.5
        fv = field_value(m.start, conf, "body", m.span, "grammar", block.start, block.text)
        feats = tuple(date_features(block, m).items())
        yield candidate(
            "start_date", fv, source="body sentence", rule="grammar", rank=1 + i, features=feats
        )


def event_candidates(
    reading: EventReading,
    subject: str,
    body: str,
    headings: tuple[str, ...] = (),
    senders: tuple[str, ...] = (),
    limit: int | None = MAX_ALTERNATIVES,
) -> dict[str, list[Candidate]]:
    """Per field of ``CANDIDATE_FIELDS``, its candidates ranked by ``by_precedence``: at most
    ``_LOOK_AHEAD`` readings are looked at per field, and reading stops at ``limit`` distinct
    values (the alternatives extraction shows; None for every candidate, as a scorer wants)."""
    finders = {
        "title": _titles(reading, subject, body, headings, senders),
        "organizer": _organisers(reading),
        "city": _places(reading),
        "venue": _venues(reading),
        "event_type": _types(reading),
        "start_date": _dates(reading),
    }
    return {
        name: by_precedence(islice(found, _LOOK_AHEAD), limit) for name, found in finders.items()
    }
