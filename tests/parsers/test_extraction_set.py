"""The project's own extraction set (tests/fixtures/extraction, docs/extraction-set.md).

Runs ``parsers.extract.Extractor`` on every NAME.eml and compares every field of every event with
its gold record in NAME.json exactly (events paired by title, as the shared scorer pairs them).
What differs today is recorded, one line per difference, in ``tests/fixtures/extraction/
expected.txt``: the test passes when the differences are exactly those, so any change (a new miss,
and a fixed one too) fails with a diff. After a deliberate change to the extractor, rewrite the
file and review it with ``git diff`` before committing it::

    UNMIGNET_UPDATE_EXPECTED=1 .venv/bin/pytest tests/parsers/test_extraction_set.py -k expected

The scorer of the shared evaluation is rewritten here (one-to-one event matching by title
similarity, folded city, word-F1 for title/venue/organizer, straight-through messages) for the
summary shown with a failure.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from email import message_from_bytes, policy
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from parsers.extract import Extractor

SET_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "extraction"

EXACT_FIELDS = (
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "timezone",
    "mode",
    "country",
    "event_type",
    "registration_url",
)
FUZZY_FIELDS = {"title": 0.6, "venue": 0.5, "organizer": 0.5}
ALL_FIELDS = (
    "title",
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "timezone",
    "mode",
    "venue",
    "city",
    "country",
    "event_type",
    "organizer",
    "registration_url",
)
STRAIGHT_THROUGH = (
    "title",
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "mode",
    "city",
    "country",
    "event_type",
)
STATUSES = {"scheduled", "cancelled", "postponed", "rescheduled"}
MODES = {"in_person", "online", "hybrid"}
EVENT_TYPES = {
    "high_level_event",
    "policy_dialogue",
    "stakeholder_consultation",
    "knowledge_sharing",
    "exhibition_cultural",
    "media_engagement",
    "side_event",
    "other",
}

EXPECTED_FILE = SET_DIR / "expected.txt"
UPDATE_ENV = "UNMIGNET_UPDATE_EXPECTED"
EXPECTED_HEADER = f"""\
# What the extractor gets wrong on the extraction set today, one line per difference from the
# gold records (NAME.json), compared exactly; "NAME: as gold" when there is none. Written by
#   {UPDATE_ENV}=1 .venv/bin/pytest tests/parsers/test_extraction_set.py -k expected
# after a deliberate change; review it with git diff. tests/parsers/test_extraction_set.py fails
# on any other difference, a fixed miss included, so every change to the output is seen.
"""

Record = dict[str, Any]


# ---------------------------------------------------------------------------------------------
# Scoring (same rules as the shared scorer, written independently)
# ---------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def city_key(name: str) -> str:
    folded = fold(name)
    return folded.removesuffix(" city")


def words(text: str | None) -> list[str]:
    if not text:
        return []
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def word_f1(a: str | None, b: str | None) -> float:
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    if not wa or not wb:
        return 0.0
    remaining = list(wb)
    common = 0
    for word in wa:
        if word in remaining:
            remaining.remove(word)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(wa), common / len(wb)
    return 2 * precision * recall / (precision + recall)


def normalise(field: str, value: Any) -> Any:
    if value in ("", None):
        return None
    if field == "registration_url":
        return str(value).strip().rstrip("/")
    if field == "country":
        return str(value).strip().upper()
    if field in ("start_time", "end_time") and isinstance(value, str):
        return value[:5]
    return value


def field_correct(field: str, gold: Record, pred: Record) -> bool:
    g, p = gold.get(field), pred.get(field)
    if field in FUZZY_FIELDS:
        return (not g and not p) or word_f1(g, p) >= FUZZY_FIELDS[field]
    if field == "city":
        g, p = normalise(field, g), normalise(field, p)
        if g is None or p is None:
            return g is p
        return city_key(str(g)) == city_key(str(p))
    return bool(normalise(field, g) == normalise(field, p))


def match_events(gold: list[Record], pred: list[Record]) -> list[tuple[Record, Record | None]]:
    """Greedy one-to-one matching: best title F1 first, an equal start date adding 0.5."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            same_day = normalise("start_date", g.get("start_date")) == normalise(
                "start_date", p.get("start_date")
            )
            pairs.append((word_f1(g.get("title"), p.get("title")) + 0.5 * same_day, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched: dict[int, Record] = {}
    for score, gi, pi in pairs:
        if gi in used_g or pi in used_p or score < 0.3:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched[gi] = pred[pi]
    return [(g, matched.get(gi)) for gi, g in enumerate(gold)]


@dataclass(frozen=True)
class MessageScore:
    name: str
    notification_ok: bool
    language_ok: bool
    straight_through: bool
    gold_events: int
    pred_events: int
    matched_events: int
    field_hits: dict[str, int]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class SetScore:
    messages: int
    notification_accuracy: float
    language_accuracy: float
    straight_through: float
    event_precision: float
    event_recall: float
    field_accuracy: dict[str, float]
    failures: dict[str, tuple[str, ...]]

    def report(self) -> str:
        lines = [f"{name}:\n    " + "\n    ".join(p) for name, p in self.failures.items()]
        fields = "  ".join(f"{f} {v:.2f}" for f, v in self.field_accuracy.items())
        lines.append(
            f"messages {self.messages}  straight-through {self.straight_through:.2f}  "
            f"notification {self.notification_accuracy:.2f}  language "
            f"{self.language_accuracy:.2f}  events P {self.event_precision:.2f} "
            f"R {self.event_recall:.2f}\nfield accuracy: {fields}"
        )
        return "\n".join(lines)


def score_events(gold: list[Record], pred: list[Record]) -> tuple[int, dict[str, int], list[str]]:
    """Matched count, per-field hits and problems; a problem on a straight-through field
    starts with '!'."""
    hits = dict.fromkeys(ALL_FIELDS, 0)
    problems: list[str] = []
    matched = 0
    for g, p in match_events(gold, pred):
        if p is None:
            problems.append(f"! missed event {g.get('title')!r}")
            continue
        matched += 1
        for field in ALL_FIELDS:
            if field_correct(field, g, p):
                hits[field] += 1
            else:
                mark = "! " if field in STRAIGHT_THROUGH else ""
                problems.append(f"{mark}{field}: gold {g.get(field)!r} got {p.get(field)!r}")
    return matched, hits, problems


def score_message(name: str, gold: Record, pred: Record) -> MessageScore:
    g_events, p_events = gold["events"], pred.get("events") or []
    notification_ok = bool(pred.get("is_event_notification")) == bool(gold["is_event_notification"])
    matched, hits, problems = score_events(g_events, p_events)
    if len(p_events) > len(g_events):
        problems.append(f"! {len(p_events) - len(g_events)} extra event(s)")
    if not notification_ok:
        problems.append(
            f"! is_event_notification: gold {gold['is_event_notification']} "
            f"got {pred.get('is_event_notification')}"
        )
    clean = notification_ok and len(p_events) == len(g_events)
    clean = clean and not any(p.startswith("!") for p in problems)
    return MessageScore(
        name=name,
        notification_ok=notification_ok,
        language_ok=(pred.get("language") or "")[:2] == gold["language"],
        straight_through=clean,
        gold_events=len(g_events),
        pred_events=len(p_events),
        matched_events=matched,
        field_hits=hits,
        problems=tuple(problems),
    )


def score_set(golds: dict[str, Record], preds: dict[str, Record]) -> SetScore:
    scores = [score_message(n, golds[n], preds.get(n, {})) for n in sorted(golds)]
    count = len(scores)
    gold_events = sum(s.gold_events for s in scores)
    pred_events = sum(s.pred_events for s in scores)
    matched = sum(s.matched_events for s in scores)
    return SetScore(
        messages=count,
        notification_accuracy=sum(s.notification_ok for s in scores) / count,
        language_accuracy=sum(s.language_ok for s in scores) / count,
        straight_through=sum(s.straight_through for s in scores) / count,
        event_precision=matched / pred_events if pred_events else 1.0,
        event_recall=matched / gold_events if gold_events else 1.0,
        field_accuracy={
            f: sum(s.field_hits[f] for s in scores) / gold_events if gold_events else 1.0
            for f in ALL_FIELDS
        },
        failures={s.name: s.problems for s in scores if s.problems},
    )


# ---------------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------------


def load_golds() -> dict[str, Record]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(SET_DIR.glob("*.json"))
    }


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_set_build", SET_DIR / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve string annotations through it
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def golds() -> dict[str, Record]:
    return load_golds()


@pytest.fixture(scope="module")
def predictions() -> dict[str, Record]:
    extractor = Extractor()
    paths = sorted(SET_DIR.glob("*.eml"))
    results = extractor.extract_many(p.read_bytes() for p in paths)
    return {p.stem: r.as_json() for p, r in zip(paths, results, strict=True)}


@pytest.fixture(scope="module")
def scored(golds: dict[str, Record], predictions: dict[str, Record]) -> SetScore:
    return score_set(golds, predictions)


# ---------------------------------------------------------------------------------------------
# The set itself: complete, valid, reproducible
# ---------------------------------------------------------------------------------------------


def test_every_mail_has_a_gold_record_and_the_set_is_large_enough(
    golds: dict[str, Record],
) -> None:
    """Each NAME.eml has a NAME.json and the reverse; about forty messages, some non-events."""
    emls = {p.stem for p in SET_DIR.glob("*.eml")}
    assert emls == set(golds)
    assert len(golds) >= 40
    assert sum(not g["is_event_notification"] for g in golds.values()) >= 8


DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def gold_problems(event: Record) -> list[str]:
    """What is wrong with one gold event against SCHEMA.md's types and enums."""
    problems = []
    if list(event) != list(ALL_FIELDS):
        problems.append(f"fields {list(event)}")
    if event["status"] not in STATUSES or event["mode"] not in MODES:
        problems.append("status or mode")
    if event["event_type"] not in EVENT_TYPES:
        problems.append("event_type")
    if not (DATE.fullmatch(event["start_date"]) and DATE.fullmatch(event["end_date"])):
        problems.append("dates")
    elif event["end_date"] < event["start_date"]:
        problems.append("end before start")
    for key in ("start_time", "end_time"):
        if event[key] is not None and not TIME.fullmatch(event[key]):
            problems.append(key)
    if event["timezone"] is not None:
        ZoneInfo(event["timezone"])  # raises on a name that is not IANA
    online = event["mode"] == "online"
    if online != (event["city"] is None and event["country"] is None and event["venue"] is None):
        problems.append("online events have no place, others have one")
    if event["country"] is not None and not re.fullmatch(r"[A-Z]{2}", event["country"]):
        problems.append("country")
    return problems


def test_gold_records_follow_the_schema(golds: dict[str, Record]) -> None:
    """Gold records use the schema's keys, enums, date and time formats and IANA zones; a
    non-event has no events and an event notification has at least one."""
    bad = {}
    for name, gold in golds.items():
        assert set(gold) == {"is_event_notification", "language", "events"}, name
        assert gold["is_event_notification"] == bool(gold["events"]), name
        assert re.fullmatch(r"[a-z]{2}", gold["language"]), name
        for event in gold["events"]:
            if problems := gold_problems(event):
                bad[name] = problems
    assert not bad, bad


def test_the_set_covers_its_languages(golds: dict[str, Record]) -> None:
    """The set holds mail in English, French, Spanish, Portuguese, Arabic, German, Italian."""
    languages = {g["language"] for g in golds.values()}
    assert {"en", "fr", "es", "pt", "ar", "de", "it"} <= languages


def test_mails_are_crlf_and_parse_without_defects() -> None:
    """Every .eml uses CRLF line ends only and the standard library parses it cleanly."""
    for path in sorted(SET_DIR.glob("*.eml")):
        raw = path.read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), path.name
        msg = message_from_bytes(raw, policy=policy.default)
        defects = [d for part in msg.walk() for d in part.defects]
        assert not defects, (path.name, defects)
        assert msg["Date"] and msg["Message-ID"] and msg["From"], path.name


def test_generator_rebuilds_identical_files(tmp_path: Path) -> None:
    """build.py is the source of the set: rebuilding gives byte-identical .eml and .json."""
    build = load_builder()
    for item in build.CASES:
        build.write_case(item, tmp_path)
    built = sorted(p.name for p in tmp_path.iterdir())
    stored = sorted(p.name for p in SET_DIR.iterdir() if p.suffix in (".eml", ".json"))
    assert built == stored
    for name in built:
        assert (tmp_path / name).read_bytes() == (SET_DIR / name).read_bytes(), name


# ---------------------------------------------------------------------------------------------
# The scorer
# ---------------------------------------------------------------------------------------------


def test_scorer_folds_cities_and_urls() -> None:
    """Cities compare case- and accent-folded without a trailing "City"; URLs without a
    trailing slash; times on their first five characters."""
    gold = {"city": "Bogotá", "registration_url": "https://x.example/a", "start_time": "09:00"}
    pred = {"city": "BOGOTA", "registration_url": "https://x.example/a/", "start_time": "09:00:00"}
    assert all(field_correct(f, gold, pred) for f in gold)
    assert field_correct("city", {"city": "Panama City"}, {"city": "Panama"})
    assert not field_correct("city", {"city": None}, {"city": "Geneva"})


def test_scorer_title_f1_and_matching() -> None:
    """Titles match on word F1 (0.6), ignoring punctuation and case; events pair one-to-one
    by best title, so two events are not both matched to one prediction."""
    assert word_f1("Webinar: Climate Mobility", "climate mobility") == pytest.approx(0.8)
    gold = [{"title": "Songs from Home"}, {"title": "Community Conversation"}]
    pred = [{"title": "Community Conversation with migrants"}]
    pairs = match_events(gold, pred)
    assert pairs[0][1] is None and pairs[1][1] is pred[0]


def test_scorer_straight_through_needs_every_key_field() -> None:
    """A message is straight-through only when the event count and every straight-through
    field are right; a wrong organizer alone does not break it."""
    event = {f: None for f in ALL_FIELDS} | {"title": "Forum", "start_date": "2025-12-01"}
    gold = {"is_event_notification": True, "language": "en", "events": [event]}
    ok = score_message("m", gold, {**gold, "events": [event | {"organizer": "Someone"}]})
    wrong_city = score_message("m", gold, {**gold, "events": [event | {"city": "Paris"}]})
    assert ok.straight_through and not wrong_city.straight_through


# ---------------------------------------------------------------------------------------------
# The extractor on the set
# ---------------------------------------------------------------------------------------------


def differences(gold: Record, pred: Record) -> list[str]:
    """Every way ``pred`` differs from ``gold``: notification, language, each field of each gold
    event (exact values), missed and extra events. Events are paired as the scorer pairs them."""
    lines = [
        f"{key}: gold {gold[key]!r} got {pred.get(key)!r}"
        for key in ("is_event_notification", "language")
        if gold[key] != pred.get(key)
    ]
    predicted = pred.get("events") or []
    pairs = match_events(gold["events"], predicted)
    for number, (g, p) in enumerate(pairs, start=1):
        if p is None:
            lines.append(f"event {number} missed: {g['title']!r}")
            continue
        lines.extend(
            f"event {number} {field}: gold {g[field]!r} got {p.get(field)!r}"
            for field in ALL_FIELDS
            if g[field] != p.get(field)
        )
    paired = [id(p) for _, p in pairs if p is not None]
    lines.extend(
        f"extra event: {p.get('title')!r} on {p.get('start_date')!r}"
        for p in predicted
        if id(p) not in paired
    )
    return lines


def expected_text(golds: dict[str, Record], predictions: dict[str, Record]) -> str:
    lines = []
    for name in sorted(golds):
        found = differences(golds[name], predictions.get(name, {})) or ["as gold"]
        lines.extend(f"{name}: {line}" for line in found)
    return EXPECTED_HEADER + "\n".join(lines) + "\n"


def test_differences_name_each_field_missed_and_extra_event() -> None:
    """The comparison is exact (a trailing slash or a seconds suffix is a difference), and
    reports a wrong notification flag, a missed event and an extra one."""
    event = {f: None for f in ALL_FIELDS} | {"title": "Forum", "start_time": "09:00"}
    gold = {"is_event_notification": True, "language": "en", "events": [event]}
    same = differences(gold, json.loads(json.dumps(gold)))
    seconds = differences(gold, {**gold, "events": [event | {"start_time": "09:00:00"}]})
    other = {**event, "title": "Unrelated gathering", "start_date": "2026-01-02"}
    wrong = differences(gold, {"is_event_notification": False, "language": "fr", "events": [other]})
    assert same == []
    assert seconds == ["event 1 start_time: gold '09:00' got '09:00:00'"]
    assert wrong == [
        "is_event_notification: gold True got False",
        "language: gold 'en' got 'fr'",
        "event 1 missed: 'Forum'",
        "extra event: 'Unrelated gathering' on '2026-01-02'",
    ]


def test_every_field_of_every_event_is_as_expected(
    golds: dict[str, Record], predictions: dict[str, Record], scored: SetScore
) -> None:
    """The extractor's output differs from the gold records in exactly the recorded ways: a
    new miss fails, and so does a fixed one until expected.txt is rewritten deliberately."""
    actual = expected_text(golds, predictions)
    if os.environ.get(UPDATE_ENV):
        EXPECTED_FILE.write_text(actual, encoding="utf-8")
        pytest.skip(f"rewrote {EXPECTED_FILE}: review it with git diff before committing")
    recorded = EXPECTED_FILE.read_text(encoding="utf-8")
    if actual != recorded:
        diff = difflib.unified_diff(
            recorded.splitlines(), actual.splitlines(), "expected.txt", "now", lineterm="", n=0
        )
        pytest.fail(
            "the extraction set's output changed (- recorded, + now); if intended, rewrite with "
            f"{UPDATE_ENV}=1 and review:\n" + "\n".join(diff) + "\n\n" + scored.report(),
            pytrace=False,
        )
