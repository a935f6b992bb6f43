"""Language packs (parsers/lang): every pack validates, and every pack's own cases pass.

Adding a language is one pack in ``parsers/lang/<code>.json`` plus one case file in
``tests/parsers/langcases/<code>.json`` (docs/languages.md); the tests here run over all of them.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from parsers import event_type, title
from parsers.dates import find_dates
from parsers.langpacks import (
    SCHEMA,
    label_words,
    load_pack,
    notification_pattern,
    notification_words,
    organizer_words,
    packs,
    tail_words,
)
from parsers.organizer import clean_org
from parsers.title import quoted_subject
from unmignet.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
PACK_FILES = sorted((ROOT / "parsers" / "lang").glob("*.json"))
CASES = Path(__file__).resolve().parent / "langcases"


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_validates_against_the_schema(path: Path) -> None:
    """Each pack loads: every schema key present with its type, no unknown key, patterns
    compile, the language code is the file name, each section says where its data came from."""
    pack = load_pack(path.read_text("utf-8"), f"parsers/lang/{path.name}")
    assert pack.language == path.stem
    assert set(pack.sources) >= {s for s in SCHEMA if s}


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_has_a_case_file_and_its_cases_pass(path: Path) -> None:
    """Each pack's case file exists, and two organisers joined by a partner phrase are joined
    with the language's own "and" ("na", "et", "و" ...)."""
    cases = json.loads((CASES / path.name).read_text("utf-8"))
    assert cases["language"] == path.stem and cases["organizer_clean"]
    for case in cases["organizer_clean"]:
        assert clean_org(case["text"], path.stem) == case["expected"]


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_reads_its_own_label_lines(path: Path) -> None:
    """The label words of a pack read its language's "Date:" and "Venue:" lines, and the
    merged label pattern of all packs (what when.py and where.py compile) reads them too."""
    pack = packs()[path.stem]
    cases = json.loads((CASES / path.name).read_text("utf-8"))["labels"]
    for kind in ("date", "venue"):
        for line in cases[kind]:
            own = "|".join(pack.labels[kind])
            assert re.match(rf"[ \t*•-]*(?:{own})\s*[:|]", line, re.IGNORECASE), line
            assert re.match(rf"[ \t*•-]*(?:{label_words(kind)})\s*[:|]", line, re.I), line


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_reads_its_quoted_subject_line(path: Path) -> None:
    """A quoted header's "Subject:" line in the pack's language names the quoted mail's title
    (``title.quoted_subject``)."""
    for line in json.loads((CASES / path.name).read_text("utf-8"))["subject_lines"]:
        found = quoted_subject(f"> {line}\n")
        assert found is not None and found.text in line, line


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_reads_its_dates(path: Path) -> None:
    """A date written with the pack's month and weekday names (CLDR or typed extra) is read
    by ``find_dates`` as the case file's day, with no weekday conflict."""
    cases = json.loads((CASES / path.name).read_text("utf-8"))["dates"]
    assert cases
    for case in cases:
        found = find_dates(case["text"], reference=date(2026, 1, 1), language=path.stem)
        assert [(m.start.isoformat(), m.weekday_conflict) for m in found] == [
            (case["start"], False)
        ], case["text"]


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_calendar_cldr_part_is_what_babel_gives(path: Path) -> None:
    """``months_cldr`` and ``weekdays_cldr`` are exactly what scripts/cldr_calendar.py derives
    from Babel for the widths in ``calendar.cldr`` (no hand edit), and no typed extra repeats
    a CLDR name."""
    calendar = json.loads(path.read_text("utf-8"))["calendar"]
    script = ROOT / "scripts" / "cldr_calendar.py"
    spec = json.dumps(calendar["cldr"])
    argv = [sys.executable, str(script), "--one", calendar["cldr"]["locale"], spec]
    out = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    found = json.loads(out)
    assert found == {"months": calendar["months_cldr"], "weekdays": calendar["weekdays_cldr"]}
    for what in ("months", "weekdays"):
        assert not set(calendar[f"{what}_extra"]) & set(calendar[f"{what}_cldr"])


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_reads_its_notification_words(path: Path) -> None:
    """A sentence of each kind of notification words (thank-you, past event, report,
    auto-reply, delivery failure, question, no date yet, newsletter, invitation) in the pack's
    language is read by the pack's own words and by the words of all packs merged
    (``notification_pattern``, ``notification_words``); a pack with no word of a kind has no
    case of it."""
    pack = packs()[path.stem]
    cases = json.loads((CASES / path.name).read_text("utf-8"))["notification"]
    assert set(cases) == {kind for kind, words in pack.notification.items() if words}
    for kind, text in cases.items():
        bounds = r"\b" if pack.word_bounded else ""
        own = rf"{bounds}(?:{'|'.join(pack.notification[kind])}){bounds}"
        assert re.search(own, text, re.IGNORECASE), text
        assert notification_pattern(kind).search(text), text
        assert re.search(notification_words(kind), text, re.IGNORECASE), text


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.stem)
def test_every_pack_reads_its_event_framing_verbs(path: Path) -> None:
    """A sentence where an organiser frames an event ("vous invite à", "تدعوكم") is read by the
    pack's own framing verbs and by the pattern event_type.py compiles from every pack; a pack
    without framing verbs has no case."""
    pack = packs()[path.stem]
    cases = json.loads((CASES / path.name).read_text("utf-8"))["framing"]
    assert bool(cases) == bool(pack.framing)
    for text in cases:
        assert re.search(rf"\b(?:{'|'.join(pack.framing)})\b", text, re.IGNORECASE), text
        assert event_type._FRAMING.search(text), text


def test_meeting_names_keep_the_joining_words_of_every_pack() -> None:
    """A meeting's name runs on over the small words of any pack's language ("sobre", "des",
    "of") and stops at another lowercase word."""
    assert event_type._name_after(" Mundial sobre Migración y Desarrollo", 0) == (
        "Mundial sobre Migración y Desarrollo"
    )
    assert event_type._name_after(" Forum des Migrants qui se tient", 0) == "Forum des Migrants"
    assert {"sobre", "des", "of", "dos"} <= event_type._NAME_JOINERS


def test_subject_tail_words_come_from_every_pack() -> None:
    """The tail-note words title.py drops from a subject ("– KORREKTUR DATUM", "- amanhã")
    are the union of the packs' title sections, and each kind holds words of several packs."""
    assert title._STATUS_WORDS == tail_words("status") >= {"korrektur", "datum", "تصحيح"}
    assert title._WHEN_WORDS == tail_words("when") >= {"amanhã", "jumamosi"}
    assert title._TAIL_FILLER == tail_words("filler") >= {"de", "wa", "и"}
    for kind in ("status", "when", "filler"):
        assert sum(bool(p.tail_words[kind]) for p in packs().values()) >= 9


def test_loader_reads_every_pack_once() -> None:
    """``packs`` holds every file of parsers/lang, and the organiser words (joining words,
    partner phrases, name connectors, articles) merge them."""
    assert set(packs()) == {p.stem for p in PACK_FILES}
    assert organizer_words().and_words["fr"] == "et"
    assert organizer_words().partner.search("X in close partnership with Y")
    assert {"für", "untuk", "по", "de"} <= organizer_words().connectors
    assert {"notre", "unser", "l'"} <= organizer_words().articles


def _pack(
    calendar_parts: dict[str, object] | None = None,
    notification_parts: dict[str, object] | None = None,
    **organizer: object,
) -> str:
    calendar_parts = calendar_parts or {}
    body = {
        "and": "et",
        "partner_patterns": ["avec"],
        "connectors": [],
        "articles": [],
        **organizer,
    }
    labels = {"date": ["date"], "venue": ["lieu"], "event": ["activité"]}
    data = {"language": "fr", "name": "French", "sources": {"organizer": "t"}}
    title = {"subject_labels": ["objet"], "tail_status": [], "tail_when": [], "tail_filler": []}
    calendar = {
        "cldr": {},
        "months_cldr": {"mai": 5},
        "months_extra": {"fev": 2},
        "weekdays_cldr": {"lundi": 0},
        "weekdays_extra": {},
        **calendar_parts,
    }
    kinds = ("past", "report", "auto_reply", "auto_subject", "delivery_failure", "question")
    notification: dict[str, object] = {"word_bounded": True, "thanks": ["merci"]}
    notification.update({kind: [] for kind in (*kinds, "no_date_yet", "newsletter", "inviting")})
    notification.update(notification_parts or {})
    parts = {"organizer": body, "labels": labels, "title": title, "calendar": calendar}
    parts["notification"] = notification
    parts["event_type"] = {"framing": [], "name_joiners": []}
    return json.dumps({**data, **parts})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_pack(extra="x"), "unknown 'extra'"),
        (json.dumps({"language": "fr", "name": "French", "sources": {}}), "missing 'labels'"),
        (_pack(**{"and": ""}), "'and' must be a non-empty str"),
        (_pack(partner_patterns="avec"), "'partner_patterns' must be a non-empty list[str]"),
        (_pack(partner_patterns=["(avec"]), "bad pattern"),
        ("{not json", "not JSON"),
        (_pack({"months_extra": {"fev": 13}}), "months_extra: bad entry 'fev': 13"),
        (_pack({"weekdays_cldr": {"lundi": "0"}}), "weekdays_cldr: bad entry 'lundi'"),
        (_pack(None, {"word_bounded": "yes"}), "'word_bounded' must be a non-empty bool"),
        (_pack(None, {"past": ["(fini"]}), "bad pattern"),
    ],
)
def test_a_broken_pack_is_an_error_naming_the_file_and_key(text: str, message: str) -> None:
    """A missing or unknown key, a wrong type or a bad pattern fails at load, naming them."""
    with pytest.raises(ConfigError, match=r"fr\.json") as err:
        load_pack(text, "parsers/lang/fr.json")
    assert message in str(err.value)


def test_a_pack_under_another_language_name_is_an_error() -> None:
    """The language code inside a pack is its file name."""
    with pytest.raises(ConfigError, match="differs from the file name"):
        load_pack(_pack(), "parsers/lang/es.json")
