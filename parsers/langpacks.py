"""Language packs: what each language contributes to the rules, one data file per language.

``parsers/lang/<code>.json`` holds a language's words and patterns, one section per field; the
field modules keep the grammar and ask this loader for the words. Every pack is validated
against ``SCHEMA`` when it is loaded: a missing or unknown key, or a value of the wrong type,
is a ``ConfigError`` naming the file and the key. Patterns are compiled once. ``sources`` says
where each section's data came from. See docs/languages.md for adding a language.

Sections so far: ``organizer`` (``and``: the word that joins two organisers;
``partner_patterns``: regex phrases such as "in partnership with" that join them in the text)
``labels`` (``date``, ``venue``: the words of a "Date:" or "Venue:" line; ``event``: the header
of a table's event column, "Side event", "Actividad") and ``title``
(``subject_labels``: the "Subject:" word of a quoted header block).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from unmignet.errors import ConfigError

__all__ = [
    "SCHEMA",
    "OrganizerWords",
    "Pack",
    "label_words",
    "load_pack",
    "organizer_words",
    "packs",
]

# section -> key -> type ("str" or "list[str]"); the top level lists its own keys the same way
SCHEMA: dict[str, dict[str, str]] = {
    "": {
        "language": "str",
        "name": "str",
        "sources": "dict",
        "organizer": "dict",
        "labels": "dict",
        "title": "dict",
    },
    "organizer": {"and": "str", "partner_patterns": "list[str]"},
    "labels": {"date": "list[str]", "venue": "list[str]", "event": "list[str]"},
    "title": {"subject_labels": "list[str]"},
}


@dataclass(frozen=True, slots=True)
class Pack:
    language: str
    name: str
    sources: Mapping[str, str]
    organizer_and: str
    partner_patterns: tuple[str, ...]
    labels: Mapping[str, tuple[str, ...]]  # "date", "venue", "event" -> label words (regex)
    subject_labels: tuple[str, ...]  # a quoted header's "Subject:" word


@dataclass(frozen=True, slots=True)
class OrganizerWords:
    """The organiser finder's language data, merged over every pack."""

    and_words: Mapping[str, str]  # language -> the word that joins two organisers
    partner: re.Pattern[str]  # "X in partnership with Y": the phrase that joins them


def _typed(value: Any, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str) and bool(value.strip())
    if kind == "list[str]":
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return isinstance(value, dict)


def _check(where: str, section: str, data: Any) -> None:
    label = section or "top level"
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: {label} must be an object")
    wanted = SCHEMA[section]
    missing, unknown = set(wanted) - set(data), set(data) - set(wanted)
    if missing or unknown:
        keys = ", ".join(
            [
                *(f"missing {k!r}" for k in sorted(missing)),
                *(f"unknown {k!r}" for k in sorted(unknown)),
            ]
        )
        raise ConfigError(f"{where}: {label}: {keys}")
    for key, kind in wanted.items():
        if not _typed(data[key], kind):
            raise ConfigError(f"{where}: {label}: {key!r} must be a non-empty {kind}")


def _compile(where: str, patterns: list[str]) -> None:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as err:
            raise ConfigError(f"{where}: bad pattern {pattern!r}: {err}") from err


def load_pack(text: str, where: str) -> Pack:
    """One pack from its JSON text, validated against ``SCHEMA`` (``where`` names it)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ConfigError(f"{where}: not JSON: {err}") from err
    _check(where, "", data)
    _check(where, "organizer", data["organizer"])
    _check(where, "labels", data["labels"])
    _check(where, "title", data["title"])
    if not all(isinstance(v, str) for v in data["sources"].values()):
        raise ConfigError(f"{where}: sources: every value must be a string")
    if where.endswith(".json") and Path(where).stem != data["language"]:
        raise ConfigError(f"{where}: language {data['language']!r} differs from the file name")
    _compile(where, [*data["organizer"]["partner_patterns"], *data["labels"]["date"]])
    _compile(where, [*data["labels"]["venue"], *data["title"]["subject_labels"]])
    _compile(where, list(data["labels"]["event"]))
    organizer = data["organizer"]
    return Pack(
        data["language"],
        data["name"],
        dict(data["sources"]),
        organizer["and"],
        tuple(organizer["partner_patterns"]),
        {kind: tuple(words) for kind, words in data["labels"].items()},
        tuple(data["title"]["subject_labels"]),
    )


@cache
def packs() -> dict[str, Pack]:
    """Every pack in ``parsers/lang``, by language code, loaded and validated once."""
    folder = resources.files("parsers").joinpath("lang")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            pack = load_pack(entry.read_text("utf-8"), f"parsers/lang/{entry.name}")
            found[pack.language] = pack
    return found


@cache
def organizer_words() -> OrganizerWords:
    """The organiser words of every pack: the joining words, and one pattern of the partner
    phrases of all languages (a mail's organisers may be joined in another language's words)."""
    loaded = packs()
    phrases = [p for pack in loaded.values() for p in pack.partner_patterns]
    partner = re.compile(r",?\s*\b(?:" + "|".join(phrases) + r")\b\s*", re.IGNORECASE)
    return OrganizerWords({code: p.organizer_and for code, p in loaded.items()}, partner)


@cache
def label_words(kind: str) -> str:
    """The label words of ``kind`` ("date", "venue", "event", "subject") of every pack as one regex
    alternation, longest first (a line's label is read whatever the mail's language)."""
    words = {
        w
        for pack in packs().values()
        for w in (pack.subject_labels if kind == "subject" else pack.labels[kind])
    }
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))
