"""Partner memory: what the secretariat approved before from the same sender or domain.

The I/O shell (``unmignet/processing.py``) looks up the newest approved event of the sender (or,
failing that, of the sender's domain) and passes it in as a ``PartnerMemory``; extraction stays
pure. Its organiser, venue and city become candidates with source "partner memory": the
organiser fills the field when the mail's own finders found none (a partner usually organises
its own events), and every remembered value the mail did not choose is offered as an
alternative for the reviewer. No labeled set has earlier approved mail yet, so the scorer has
nothing to learn these candidates' trust from: a filled organiser gets ``MEMORY_CONFIDENCE``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from parsers.candidates import MAX_ALTERNATIVES, candidate
from parsers.fold import fold_lower
from parsers.types import ExtractedEvent, FieldValue

__all__ = ["MEMORY_CONFIDENCE", "PartnerMemory", "with_memory"]

MEMORY_CONFIDENCE = 0.5
SOURCE = "partner memory"


@dataclass(frozen=True, slots=True)
class PartnerMemory:
    """The newest approved values of one sender's (``scope="sender"``) or domain's events."""

    organizer: str | None = None
    venue: str | None = None
    city: str | None = None
    scope: str = "sender"


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(fold_lower(a).split()) == " ".join(fold_lower(b).split())
    return a == b


def _remember(event: ExtractedEvent, name: str, value: str | None, fill: bool) -> ExtractedEvent:
    if not value or (name != "organizer" and event.value("mode") == "online"):
        return event
    fv = FieldValue(value, MEMORY_CONFIDENCE)
    alts = event.alternatives.get(name, ())
    cand = candidate(name, fv, source=SOURCE, rule="memory", rank=len(alts))
    cands = {**event.candidates, name: (*event.candidates.get(name, ()), cand)}
    if fill and event.value(name) is None:
        fields = {**event.fields, name: fv}
        return replace(
            event, fields=fields, alternatives={**event.alternatives, name: (fv,)}, candidates=cands
        )
    if any(_same(a.value, value) for a in alts) or len(alts) >= MAX_ALTERNATIVES or not alts:
        return replace(event, candidates=cands)
    low = round(min(alts[-1].confidence, MEMORY_CONFIDENCE) * 0.8, 3)
    more = (*alts, FieldValue(value, low))
    return replace(event, alternatives={**event.alternatives, name: more}, candidates=cands)


def with_memory(
    events: tuple[ExtractedEvent, ...], memory: PartnerMemory | None
) -> tuple[ExtractedEvent, ...]:
    """The events with the partner's remembered organiser, venue and city as candidates."""
    if memory is None:
        return events
    out = []
    for event in events:
        event = _remember(event, "organizer", memory.organizer, fill=True)
        event = _remember(event, "venue", memory.venue, fill=False)
        out.append(_remember(event, "city", memory.city, fill=False))
    return tuple(out)
