"""Language packs (parsers/lang): every pack validates, and every pack's own cases pass.

Adding a language is one pack in ``parsers/lang/<code>.json`` plus one case file in
``tests/parsers/langcases/<code>.json`` (docs/languages.md); the tests here run over all of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parsers.langpacks import SCHEMA, label_words, load_pack, organizer_words, packs
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


def test_loader_reads_every_pack_once() -> None:
    """``packs`` holds every file of parsers/lang, and the organiser words merge them."""
    assert set(packs()) == {p.stem for p in PACK_FILES}
    assert organizer_words().and_words["fr"] == "et"
    assert organizer_words().partner.search("X in close partnership with Y")


def _pack(**organizer: object) -> str:
    body = {"and": "et", "partner_patterns": ["avec"], **organizer}
    labels = {"date": ["date"], "venue": ["lieu"], "event": ["activité"]}
    data = {"language": "fr", "name": "French", "sources": {"organizer": "t"}}
    title = {"subject_labels": ["objet"]}
    return json.dumps({**data, "organizer": body, "labels": labels, "title": title})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_pack(extra="x"), "unknown 'extra'"),
        (json.dumps({"language": "fr", "name": "French", "sources": {}}), "missing 'labels'"),
        (_pack(**{"and": ""}), "'and' must be a non-empty str"),
        (_pack(partner_patterns="avec"), "'partner_patterns' must be a non-empty list[str]"),
        (_pack(partner_patterns=["(avec"]), "bad pattern"),
        ("{not json", "not JSON"),
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
