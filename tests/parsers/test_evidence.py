"""Exact evidence over all labeled mail: every non-null field names the characters that gave it.

For every mail of the shared eval sets (read from ../shared/eval when that folder is present), the
project's holdouts and the extraction set, each non-null field of each event must carry evidence
whose ``text`` is exactly ``texts[part][start:end]`` of the texts the review app shows, and that
text must support the value: its words overlap the title, venue or organizer; a date's text holds
its day; a time's text holds its hour; a city's or country's text names it (or a city in the
country); a zone's text names the zone or a place in it; a URL's text is the URL. The checks here
are written independently of ``parsers.evidence`` so that they can catch it out.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.gazetteer import (
    canonical_zone,
    capital_namesake,
    city_by_name,
    find_countries,
    find_places,
)
from parsers.temporal import find_dates, find_times, windows_zone_to_iana, zone_from_text
from parsers.types import Evidence

ROOT = Path(__file__).resolve().parents[2]
SETS = (
    ROOT.parent / "shared" / "eval" / "dev",
    ROOT.parent / "shared" / "eval" / "hard",
    ROOT.parent / "shared" / "eval" / "more",
    ROOT / "eval" / "holdout",
    ROOT / "eval" / "holdout2",
    ROOT / "eval" / "holdout3",
    ROOT / "eval" / "holdout4",
    ROOT / "tests" / "fixtures" / "extraction",
)
MAILS = sorted(p for d in SETS if d.is_dir() for p in d.glob("*.eml"))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", _fold(text)) if len(w) >= 3}


def _numbers(text: str) -> set[int]:
    """Every run of digits in any script, as a number ("١٥" is 15)."""
    ascii_digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
    return {int(n) for n in re.findall(r"\d+", ascii_digits)}


def _date_held(value: str, text: str, reference: date) -> bool:
    day = date.fromisoformat(value)
    if day.day in _numbers(text):
        return True
    mentions = find_dates(text, reference=reference)  # a relative date ("next Tuesday")
    return any(day in (m.start, m.end) for m in mentions)


def _hour_held(value: str, text: str) -> bool:
    hour = int(value[:2])
    if {hour, hour - 12} & _numbers(text):
        return True
    said = find_times(text)  # an hour in words ("à dix heures", "الساعة العاشرة")
    return any(hour in (t.start.hour, t.end.hour if t.end else None) for t in said)


def _names_place(field: str, value: str, text: str) -> bool:
    places = [*find_places(text), *filter(None, [city_by_name(text)])]
    countries = [code for code, _ in find_countries(text)]
    namesakes = [capital_namesake(text[s:e], c) for c, (s, e) in find_countries(text)]
    places += [p for p in namesakes if p is not None]
    if field == "city":
        return bool(_words(value) & _words(text)) or any(p.city == value for p in places)
    return value in countries or any(p.country == value for p in places)


def _names_zone(value: str, text: str) -> bool:
    bare = text.strip(" ()")
    zones = {bare, windows_zone_to_iana(bare), zone_from_text(bare)}
    zones |= {p.timezone for p in [*find_places(text), *filter(None, [city_by_name(text)])]}
    zones |= {zone_from_text(z) for z in re.findall(r"[A-Z]{2,5}(?:[+-]\d{1,2})?", text)}
    return value in {canonical_zone(z) for z in zones if z}


def _supported(field: str, value: Any, text: str, reference: date) -> bool:
    if field in ("title", "venue", "organizer"):
        return bool(_words(str(value)) & _words(text))
    if field in ("start_date", "end_date"):
        return _date_held(str(value), text, reference)
    if field in ("start_time", "end_time"):
        return _hour_held(str(value), text)
    if field in ("city", "country"):
        return _names_place(field, str(value), text)
    if field == "timezone":
        return _names_zone(str(value), text)
    if field == "registration_url":
        return str(value).rstrip("/") in text
    return field in ("mode", "status", "event_type")  # the words the lexicon matched


def _check(field: str, value: Any, ev: Evidence | None, texts: dict[str, str], ref: date) -> str:
    if ev is None:
        return f"{field}={value!r}: no evidence"
    shown = texts.get(ev.part, "")[ev.start : ev.end]
    if not ev.text.strip() or ev.text != shown:
        return f"{field}: text {ev.text!r} is not the slice {shown!r} of {ev.part}"
    if not ev.source or not ev.method:
        return f"{field}: evidence without source or rule"
    if not _supported(field, value, ev.text, ref):
        return f"{field}={value!r}: {ev.text!r} does not support it"
    return ""


@pytest.mark.skipif(not MAILS, reason="no labeled mail found")
@pytest.mark.parametrize("path", MAILS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_value_has_exact_supporting_evidence(extractor: Extractor, path: Path) -> None:
    """Each non-null field carries evidence whose text is the shown slice and supports it."""
    raw = path.read_bytes()
    result = extractor.extract(raw)
    texts = {p.name: p.text for p in result.texts}
    reference = _reference(raw)
    problems = [
        _check(name, fv.value, fv.evidence, texts, reference)
        for event in result.events
        for name, fv in event.fields.items()
        if fv.value is not None
    ]
    assert [p for p in problems if p] == []


def _reference(raw: bytes) -> date:
    from parsers.mime import parse_message

    sent = parse_message(raw, check_with_mailparser=False).date
    return sent.date() if sent is not None else date.today()


def test_json_evidence_names_part_span_text_source_and_rule(extractor: Extractor) -> None:
    """``as_json`` gives per field {part, start, end, text, source, rule}, the text the slice."""
    raw = plain_mail(
        "Regional consultation on labour migration",
        "Dear colleagues,\n\nThe Andean Mobility Network invites you to a regional consultation"
        " on labour migration.\nDate: 12 May 2026\nTime: 10:00-12:00\nVenue: Hotel Plaza, Lima,"
        " Peru\n",
    )
    result = extractor.extract(raw)
    texts = {p.name: p.text for p in result.texts}
    evidence = result.as_json()["evidence"][0]
    assert set(evidence["start_date"]) == {"part", "start", "end", "text", "source", "rule"}
    assert evidence["start_date"]["text"] == "12 May 2026"
    assert evidence["start_date"]["source"] == "labelled line"
    assert evidence["city"]["text"] == "Lima"
    assert evidence["country"]["text"] in ("Lima", "Peru")
    for item in evidence.values():
        assert texts[item["part"]][item["start"] : item["end"]] == item["text"]
