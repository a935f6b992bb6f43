"""Exact evidence: every non-null field points at the characters that gave it.

The finders record where they read a value, in the texts they worked on (a reply's body without
its quoted history, a block of the body, a calendar LOCATION, the title's own words). Those are not
always the texts the review app shows (``Sources.parts()`` of ``gather_sources``), and a few
finders give no span at all (calendar dates, a zone decided by the city, a default status). This
module is the last step of extraction: for each field it keeps the finder's span when the shown
text there *supports* the value, moves it to where those same characters stand in the shown text
otherwise, and else looks the value up in the shown texts (the date's own characters, the city
word that gave the country, the URL, the words of the title). Support is checked, not assumed:

- title, venue, organizer: the span shares a word with the value;
- start/end date: the span, read by the date grammar, gives that date;
- start/end time: the span, read by the time grammar, gives that clock time;
- city: the span names the city; country: it names the country or a city in it;
- timezone: the span names the zone, or a city or abbreviation that gives it;
- registration_url: the span is the URL;
- mode, status, event_type: the words the lexicon matched (a default value points at what
  it follows from: in person at the venue or city, scheduled at the date, "other" at the title).

A value nothing supports keeps no evidence rather than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, time
from functools import lru_cache
from typing import Any

from parsers.fold import fold_lower
from parsers.gazetteer import (
    canonical_zone,
    capital_namesake,
    city_by_name,
    find_countries,
    find_places,
)
from parsers.temporal import find_dates, find_times, windows_zone_to_iana, zone_from_text
from parsers.types import Evidence, FieldValue

__all__ = ["Shown", "anchor_fields", "anchor_value", "evidence_source", "supports"]

Span = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class Shown:
    """The texts the review app shows (part name -> text) and what reading them needs."""

    texts: Mapping[str, str]
    reference: date
    new_len: int  # where the quoted history, forwarded or attached text begins in ``body``
    block: tuple[int, int] = (0, 0)  # the event's block in ``body`` (multi-event mails)


_WORD = re.compile(r"[^\W_]+")
_LABEL_LINE = re.compile(r"[ \t*•>-]*[^\W\d_][^\n:|]{0,30}[:|]")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold_lower(text)) if len(w) >= 3 or w.isdigit()}


def _shares_word(value: Any, text: str) -> bool:
    return bool(_words(str(value)) & _words(text))


def _date_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    if not isinstance(value, date):
        return False
    for order in (None, False, True):  # a numeric date read in either order
        for m in find_dates(text, reference=shown.reference, prefer_dmy=order):
            if value in (m.start, m.end):
                return True
    return value.isoformat() in text


def _clock(value: Any) -> time | None:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return None


def _time_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    wanted = _clock(value)
    return wanted is not None and any(wanted in (t.start, t.end) for t in find_times(text))


def _city_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    named = fold_lower(str(value))
    if fold_lower(text) == named or any(fold_lower(p.city) == named for p in find_places(text)):
        return True  # a place named alike elsewhere ("San José" read alone is in the US)
    place = city_by_name(text)
    if place is not None and place.city == value:
        return True
    namesakes = (capital_namesake(text[s:e], code) for code, (s, e) in find_countries(text))
    return any(p is not None and p.city == value for p in namesakes)


def _country_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    if any(code == value for code, _ in find_countries(text)):
        return True
    if any(p.country == value for p in find_places(text)):
        return True
    place = city_by_name(text)
    return place is not None and place.country == value


def _zone_of(text: str) -> str | None:
    stripped = text.strip(" ()[]")
    for zone in (stripped if "/" in stripped else None, windows_zone_to_iana(stripped)):
        if zone:
            return canonical_zone(zone)
    written = zone_from_text(stripped)
    return canonical_zone(written) if written else None


def _zone_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    zones = {_zone_of(text)}
    zones |= {canonical_zone(p.timezone) for p in find_places(text) if p.timezone}
    place = city_by_name(text)
    if place is not None and place.timezone:
        zones.add(canonical_zone(place.timezone))
    zones |= {_zone_of(t.zone) for t in find_times(text) if t.zone}
    return value in zones


def _url_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    return str(value).rstrip("/") in text


def _words_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    return _shares_word(value, text)


def _decided_ok(field: str, value: Any, text: str, shown: Shown) -> bool:
    return bool(text.strip())


_SUPPORT: dict[str, Callable[[str, Any, str, Shown], bool]] = {
    "title": _words_ok,
    "venue": _words_ok,
    "organizer": _words_ok,
    "start_date": _date_ok,
    "end_date": _date_ok,
    "start_time": _time_ok,
    "end_time": _time_ok,
    "city": _city_ok,
    "country": _country_ok,
    "timezone": _zone_ok,
    "registration_url": _url_ok,
    "mode": _decided_ok,
    "status": _decided_ok,
    "event_type": _decided_ok,
}


def supports(field: str, value: Any, text: str, shown: Shown) -> bool:
    """Whether ``text`` (an evidence slice) supports ``value`` of ``field`` (see module doc)."""
    check = _SUPPORT.get(field)
    return check is not None and bool(text.strip()) and check(field, value, text, shown)


# --------------------------------------------------------------------------- where to look


def _regions(shown: Shown) -> Iterator[tuple[str, int, int]]:
    """Where to look for a value, best first: the event's block, the subject, the newest text,
    the calendar, the whole body, the signature."""
    body = shown.texts.get("body", "")
    start, end = shown.block
    if end > start:
        yield "body", start, min(end, len(body))
    yield "subject", 0, len(shown.texts.get("subject", ""))
    yield "body", 0, shown.new_len or len(body)
    yield "calendar", 0, len(shown.texts.get("calendar", ""))
    yield "body", 0, len(body)
    yield "signature", 0, len(shown.texts.get("signature", ""))


def _exact(needle: str, text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    if not needle.strip():
        return
    folded, wanted = text[lo:hi].casefold(), needle.casefold()
    if len(folded) != hi - lo or len(wanted) != len(needle):  # lengths changed: as written
        folded, wanted = text[lo:hi], needle
    at = folded.find(wanted)
    while at >= 0:
        yield lo + at, lo + at + len(needle)
        at = folded.find(wanted, at + 1)


@lru_cache(maxsize=256)
def _found(kind: str, text: str, reference: date) -> tuple[tuple[int, int], ...]:
    """Spans of the dates, times, zones or places in ``text`` (memoised: the regions overlap and
    several fields look in the same ones)."""
    spans: list[tuple[int, int]] = []
    if kind == "date":
        spans += (m.span for m in find_dates(text, reference=reference))
        spans += (m.span() for m in re.finditer(r"\d{4}-\d\d-\d\d", text))
    elif kind == "time":
        spans += (t.span for t in find_times(text))
    elif kind == "zone":
        spans += (m.span(1) for m in _ZONE_LINE.finditer(text))
        for t in find_times(text):
            at = text.find(t.zone, t.span[0]) if t.zone else -1
            if t.zone and at >= 0:
                spans.append((at, at + len(t.zone)))
    else:
        spans += (p.span for p in find_places(text))
        spans += (span for _, span in find_countries(text))
    return tuple(spans)


_ZONE_LINE = re.compile(r"^Time zone: ([^\n]+)", re.MULTILINE)


def _finder(*kinds: str) -> Callable[[str, int, int, Shown], Iterator[tuple[int, int]]]:
    def spans(text: str, lo: int, hi: int, shown: Shown) -> Iterator[tuple[int, int]]:
        for kind in kinds:
            for s, e in _found(kind, text[lo:hi], shown.reference):
                yield lo + s, lo + e

    return spans


def _word_spans(value: Any, text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The line of the region sharing most words with the value, from its first to its last
    shared word."""
    wanted = _words(str(value))
    best: tuple[int, int, int] | None = None
    line_start = lo
    for line in text[lo:hi].split("\n"):
        hits = [m for m in _WORD.finditer(line) if _words(m.group(0)) & wanted]
        if hits and (best is None or len(hits) > best[0]):
            best = (len(hits), line_start + hits[0].start(), line_start + hits[-1].end())
        line_start += len(line) + 1
    if best is not None:
        yield best[1], best[2]


_FINDERS: dict[str, Callable[[str, int, int, Shown], Iterator[tuple[int, int]]]] = {
    "start_date": _finder("date"),
    "end_date": _finder("date"),
    "start_time": _finder("time"),
    "end_time": _finder("time"),
    "city": _finder("place"),
    "country": _finder("place"),
    "timezone": _finder("zone", "place"),
}


def _candidates(field: str, value: Any, shown: Shown, near: int) -> Iterator[Span]:
    for part, lo, hi in _regions(shown):
        text = shown.texts.get(part, "")
        if not text:
            continue
        spans: list[tuple[int, int]] = []
        if isinstance(value, str):
            spans += _exact(value, text, lo, hi)
        finder = _FINDERS.get(field)
        if finder is not None:
            spans += finder(text, lo, hi, shown)
        elif field in ("title", "venue", "organizer") and not spans:
            spans += _word_spans(value, text, lo, hi)
        for s, e in sorted(spans, key=lambda se: abs(se[0] - near)):
            yield part, s, e


def _locate(field: str, value: Any, shown: Shown, near: int) -> Span | None:
    for part, s, e in _candidates(field, value, shown, near):
        if supports(field, value, shown.texts[part][s:e], shown):
            return part, s, e
    return None


# --------------------------------------------------------------------------- the anchoring


def _moved(ev: Evidence, working: Mapping[str, str], shown: Shown) -> Span | None:
    """The finder's span in the shown texts: where it was, else where its characters are."""
    quote = ev.text or working.get(ev.part, "")[ev.start : ev.end]
    here = shown.texts.get(ev.part, "")
    if here[ev.start : ev.end] == quote and quote.strip():
        return ev.part, ev.start, ev.end
    if not quote.strip():
        return None
    spots = sorted(
        (
            (p, s, e)
            for p, lo, hi in _regions(shown)
            for s, e in _exact(quote, shown.texts.get(p, ""), lo, hi)
        ),
        key=lambda pse: (pse[0] != ev.part, abs(pse[1] - ev.start)),
    )
    return spots[0] if spots else None


def _narrowed(value: Any, span: Span | None, shown: Shown) -> Span | None:
    """A span holding a name written out in full inside a longer sentence: the name itself."""
    if span is None or not isinstance(value, str) or len(value) < 3:
        return span
    part, s, e = span
    inner = next(_exact(value, shown.texts[part], s, e), None)
    return (part, *inner) if inner is not None else span


def _anchor_one(
    field: str, fv: FieldValue, working: Mapping[str, str], shown: Shown, city: Span | None
) -> Span | None:
    """The finder's span, else the city's for a country or zone, else a span found anew."""
    ev = fv.evidence
    tries = [_narrowed(fv.value, _moved(ev, working, shown), shown) if ev is not None else None]
    if field in ("country", "timezone"):
        tries.append(city)
    for span in tries:
        if span is not None and supports(
            field, fv.value, shown.texts[span[0]][span[1] : span[2]], shown
        ):
            return span
    near = ev.start if ev is not None else shown.block[0]
    return _locate(field, fv.value, shown, near)


# what a default value follows from: in person at the venue, scheduled at the date, ...
_FOLLOWS = {
    "mode": ("venue", "city", "start_date"),
    "status": ("start_date", "title"),
    "event_type": ("title",),
    "timezone": ("city",),
    "country": ("city",),
}


def evidence_source(part: str, start: int, text: str, method: str, shown: Shown) -> str:
    """Where in the mail a span lies: calendar part, schema.org, subject, signature,
    quoted/forwarded text, labelled line or body sentence (and NER for entity names)."""
    if method in ("schema.org", "ner"):
        return "schema.org" if method == "schema.org" else "NER"
    if part != "body":
        return part
    if shown.new_len and start >= shown.new_len:
        return "quoted or forwarded"
    line_start = text.rfind("\n", 0, start) + 1
    return "labelled line" if _LABEL_LINE.match(text, line_start) else "body sentence"


def _with_evidence(fv: FieldValue, span: Span, method: str, shown: Shown) -> FieldValue:
    part, s, e = span
    text = shown.texts[part]
    e = min(e, len(text))
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    source = evidence_source(part, s, text, method, shown)
    return replace(fv, evidence=Evidence(part, s, e, method, source=source, text=text[s:e]))


def _follow(name: str, fv: FieldValue, after: list[FieldValue], shown: Shown) -> FieldValue:
    """A value no words gave points at what it follows from: a default mode or status at the
    venue or date, a country or zone at the city that gave it (when that city supports it)."""
    for basis in (b.evidence for b in after if b.evidence is not None):
        if name in ("country", "timezone") and not supports(name, fv.value, basis.text, shown):
            continue
        rule = f"follows:{basis.method}" if name in ("country", "timezone") else "default"
        return replace(fv, evidence=replace(basis, method=rule))
    return fv


def anchor_fields(
    fields: Mapping[str, FieldValue], working: Mapping[str, str], shown: Shown
) -> dict[str, FieldValue]:
    """Every field with evidence into ``shown`` that supports its value (or none)."""
    out: dict[str, FieldValue] = {}
    city: Span | None = None
    for name in sorted(fields, key=lambda n: n in ("country", "timezone")):  # the city first
        fv = fields[name]
        if fv.value is None:
            out[name] = replace(fv, evidence=None)
            continue
        span = _anchor_one(name, fv, working, shown, city)
        city = span if name == "city" else city
        method = fv.evidence.method if fv.evidence is not None else ""
        out[name] = (
            replace(fv, evidence=None)
            if span is None
            else _with_evidence(fv, span, method or "lookup", shown)
        )
    for name, after in _FOLLOWS.items():
        if name in out and out[name].value is not None and out[name].evidence is None:
            out[name] = _follow(name, out[name], [out[b] for b in after if b in out], shown)
    return {name: out[name] for name in fields}


def anchor_value(name: str, fv: FieldValue, working: Mapping[str, str], shown: Shown) -> FieldValue:
    """One value (an alternative) with evidence into ``shown`` that supports it, or none."""
    span = _anchor_one(name, fv, working, shown, None)
    if span is None:
        return replace(fv, evidence=None)
    method = fv.evidence.method if fv.evidence is not None else ""
    return _with_evidence(fv, span, method or "lookup", shown)
