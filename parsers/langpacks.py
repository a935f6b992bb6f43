"""Language packs: what each language contributes to the rules, one data file per language.

``parsers/lang/<code>.json`` holds a language's words and patterns, one section per field; the
field modules keep the grammar and ask this loader for the words. Every pack is validated
against ``SCHEMA`` when it is loaded: a missing or unknown key, or a value of the wrong type,
is a ``ConfigError`` naming the file and the key. Patterns are compiled once. ``sources`` says
where each section's data came from. See docs/languages.md for adding a language.

Sections so far: ``organizer`` (``and``: the word that joins two organisers;
``partner_patterns``: regex phrases such as "in partnership with" that join them in the text;
``connectors``: the small words inside a name; ``articles``: the words that may open one)
``labels`` (``date``, ``venue``: the words of a "Date:" or "Venue:" line; ``event``: the header
of a table's event column, "Side event", "Actividad") and ``title``
(``subject_labels``: the "Subject:" word of a quoted header block; ``tail_status``,
``tail_when``, ``tail_filler``: the words of a subject's tail note, "– KORREKTUR DATUM")
and ``calendar``
(month and weekday names: ``months_cldr``/``weekdays_cldr`` written from CLDR by
scripts/cldr_calendar.py as ``cldr`` says, ``months_extra``/``weekdays_extra`` typed forms CLDR
lacks) and ``notification`` (``thanks``, ``past``, ``report``: the words of a thank-you note,
of a past event and of a report; ``auto_reply``, ``auto_subject``, ``delivery_failure``,
``question``, ``no_date_yet``, ``newsletter``, ``inviting``; regex pieces; ``word_bounded``
false for a language whose words take attached clitics, such as Arabic) and ``event_type``
(``framing``: the verbs that frame an event, "vous invite à", "تدعوكم"; ``name_joiners``: the
small words inside a meeting's name, "sobre", "of").
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
    "calendar_names",
    "framing_words",
    "label_words",
    "load_pack",
    "name_joiners",
    "notification_pattern",
    "notification_words",
    "organizer_words",
    "packs",
    "tail_words",
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
        "notification": "dict",
        "event_type": "dict",
        "calendar": "dict",
    },
    "organizer": {
        "and": "str",
        "partner_patterns": "list[str]",
        "connectors": "list[str]",
        "articles": "list[str]",
    },
    "labels": {"date": "list[str]", "venue": "list[str]", "event": "list[str]"},
    "title": {
        "subject_labels": "list[str]",
        "tail_status": "list[str]",
        "tail_when": "list[str]",
        "tail_filler": "list[str]",
    },
    "notification": {
        "word_bounded": "bool",
        "thanks": "list[str]",
        "past": "list[str]",
        "report": "list[str]",
        "auto_reply": "list[str]",
        "auto_subject": "list[str]",
        "delivery_failure": "list[str]",
        "question": "list[str]",
        "no_date_yet": "list[str]",
        "newsletter": "list[str]",
        "inviting": "list[str]",
    },
    "event_type": {"framing": "list[str]", "name_joiners": "list[str]"},
    "calendar": {
        "cldr": "dict",
        "months_cldr": "dict",
        "months_extra": "dict",
        "weekdays_cldr": "dict",
        "weekdays_extra": "dict",
    },
}
# calendar: name -> number ranges (months 1-12, weekdays 0-6 with Monday 0)
_RANGES = {"months": range(1, 13), "weekdays": range(7)}


@dataclass(frozen=True, slots=True)
class Pack:
    language: str
    name: str
    sources: Mapping[str, str]
    organizer_and: str
    partner_patterns: tuple[str, ...]
    connectors: frozenset[str]  # small words inside an organisation's name ("de", "für")
    articles: frozenset[str]  # articles and "our" that may open a name ("la", "notre")
    labels: Mapping[str, tuple[str, ...]]  # "date", "venue", "event" -> label words (regex)
    subject_labels: tuple[str, ...]  # a quoted header's "Subject:" word
    tail_words: Mapping[str, frozenset[str]]  # "status", "when", "filler" -> a subject tail's
    months: Mapping[str, int]  # month name or abbreviation -> 1-12 (CLDR, then typed extras)
    weekdays: Mapping[str, int]  # weekday name -> 0-6, Monday 0 (CLDR, then typed extras)
    word_bounded: bool  # False: the notification words match inside longer words (Arabic)
    notification: Mapping[str, tuple[str, ...]]  # "thanks", "past", "report" -> regex pieces
    framing: tuple[str, ...]  # event_type: verbs that frame an event ("vous invite à")
    name_joiners: frozenset[str]  # event_type: small words inside a meeting's name ("sobre")


@dataclass(frozen=True, slots=True)
class OrganizerWords:
    """The organiser finder's language data, merged over every pack."""

    and_words: Mapping[str, str]  # language -> the word that joins two organisers
    partner: re.Pattern[str]  # "X in partnership with Y": the phrase that joins them
    connectors: frozenset[str]  # small words inside a name, every language
    articles: frozenset[str]  # articles that may open a name, every language


def _typed(value: Any, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str) and bool(value.strip())
    if kind == "list[str]":
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    if kind == "bool":
        return isinstance(value, bool)
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


def _names(where: str, calendar: dict[str, Any], what: str) -> dict[str, int]:
    """CLDR names then the typed extras of ``what`` ("months", "weekdays"), checked."""
    merged: dict[str, int] = {}
    for part in (f"{what}_cldr", f"{what}_extra"):
        for name, number in calendar[part].items():
            if not name.strip() or type(number) is not int or number not in _RANGES[what]:
                raise ConfigError(f"{where}: calendar: {part}: bad entry {name!r}: {number!r}")
            merged[name] = number
    return merged


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
    _check(where, "notification", data["notification"])
    _check(where, "event_type", data["event_type"])
    _check(where, "calendar", data["calendar"])
    if not all(isinstance(v, str) for v in data["sources"].values()):
        raise ConfigError(f"{where}: sources: every value must be a string")
    if where.endswith(".json") and Path(where).stem != data["language"]:
        raise ConfigError(f"{where}: language {data['language']!r} differs from the file name")
    _compile(where, [*data["organizer"]["partner_patterns"], *data["labels"]["date"]])
    _compile(where, [*data["labels"]["venue"], *data["title"]["subject_labels"]])
    notification = {k: v for k, v in data["notification"].items() if k != "word_bounded"}
    _compile(where, [p for pieces in notification.values() for p in pieces])
    _compile(where, data["event_type"]["framing"])
    _compile(where, list(data["labels"]["event"]))
    organizer = data["organizer"]
    return Pack(
        data["language"],
        data["name"],
        dict(data["sources"]),
        organizer["and"],
        tuple(organizer["partner_patterns"]),
        frozenset(organizer["connectors"]),
        frozenset(organizer["articles"]),
        {kind: tuple(words) for kind, words in data["labels"].items()},
        tuple(data["title"]["subject_labels"]),
        {k: frozenset(data["title"][f"tail_{k}"]) for k in ("status", "when", "filler")},
        _names(where, data["calendar"], "months"),
        _names(where, data["calendar"], "weekdays"),
        data["notification"]["word_bounded"],
        {kind: tuple(pieces) for kind, pieces in notification.items()},
        tuple(data["event_type"]["framing"]),
        frozenset(data["event_type"]["name_joiners"]),
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
    connectors = frozenset(w for pack in loaded.values() for w in pack.connectors)
    articles = frozenset(w for pack in loaded.values() for w in pack.articles)
    joins = {code: p.organizer_and for code, p in loaded.items()}
    return OrganizerWords(joins, partner, connectors, articles)


@cache
def notification_pattern(kind: str) -> re.Pattern[str]:
    """The notification words of ``kind`` ("thanks", "past", "report", "newsletter",
    "inviting") of every pack as one
    case-blind pattern: whole words, then the pieces of packs that match inside words."""
    loaded = packs().values()
    bounded = sorted({p for pack in loaded if pack.word_bounded for p in pack.notification[kind]})
    inside = sorted(
        {p for pack in loaded if not pack.word_bounded for p in pack.notification[kind]}
    )
    return re.compile("|".join([rf"\b(?:{'|'.join(bounded)})\b", *inside]), re.IGNORECASE)


@cache
def notification_words(kind: str) -> str:
    """The notification words of ``kind`` of every pack as one regex alternation, for a
    pattern whose word boundaries the caller writes (auto-reply, delivery-failure, question and
    no-date-yet phrases)."""
    return "|".join(sorted({p for pack in packs().values() for p in pack.notification[kind]}))


@cache
def framing_words() -> str:
    """The event-framing verbs of every pack ("is organising", "vous invite à") as one regex
    alternation, English first, then the other packs by code, each in its own order."""
    loaded = packs()
    order = sorted(loaded, key=lambda code: (code != "en", code))
    pieces = [p for code in order for p in loaded[code].framing]
    return "|".join(dict.fromkeys(pieces))


@cache
def name_joiners() -> frozenset[str]:
    """The small lowercase words that may sit inside a meeting's name, every pack."""
    return frozenset(w for pack in packs().values() for w in pack.name_joiners)


@cache
def tail_words(kind: str) -> frozenset[str]:
    """The words of ``kind`` ("status", "when", "filler") that may make up a subject's tail
    note ("– KORREKTUR DATUM", "- amanhã 10h"), every pack."""
    return frozenset(w for pack in packs().values() for w in pack.tail_words[kind])


def calendar_names(what: str) -> dict[str, dict[str, int]]:
    """``what`` ("months" or "weekdays") of every pack: language -> name -> number."""
    return {code: dict(getattr(pack, what)) for code, pack in packs().items()}


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
