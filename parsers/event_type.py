"""Event type from the title and body, by weighted phrase lexicons (``data/event_types.json``).

Each phrase is a regex with a literal anchor (its longest mandatory literal run); a phrase's regex
runs only when its anchor occurs in the lowercased text, so a text costs a few hundred substring
tests and a handful of regex scans. A hit inside a longer hit does not count ("training" inside
"training for journalists"). Each phrase counts once per source; title hits weigh ``TITLE_WEIGHT``
times body hits, and body hits in the sentence that frames the event (right after "we are
organising", "invites you to", "lädt ... ein", "تدعوكم") weigh ``FRAMING_WEIGHT`` times. A
side-event phrase anywhere always wins (SCHEMA: anything announced as a side
event is ``side_event``), and so does a larger meeting named as the event's frame ("en el marco
del Foro X", "dans le cadre du Sommet X", "في إطار المنتدى"; the ``side_event_host`` phrases)
unless that meeting is the event itself: the title's words are its name's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from parsers.langpacks import framing_words, name_joiners
from parsers.types import EVENT_TYPES

TITLE_WEIGHT = 3.0
SIDE_EVENT = "side_event"
OTHER = "other"
_MIN_SCORE = 1.0
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class TypeSignal:
    """The chosen type, a confidence, and the deciding phrase: its span and source text."""

    event_type: str
    confidence: float
    span: tuple[int, int] | None
    source: str | None  # "title" or "body"
    scores: tuple[tuple[str, float], ...] = ()
    # per scored type, its deciding phrase: (type, span, "title" | "body"), for alternatives
    phrases: tuple[tuple[str, tuple[int, int], str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Phrase:
    event_type: str
    weight: float
    languages: frozenset[str]  # empty: any language
    regex: re.Pattern[str]
    anchor: str  # lowercase literal every match contains ("" when none could be found)


@dataclass(frozen=True, slots=True)
class _Hit:
    phrase: int
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    phrases: tuple[_Phrase, ...]
    hosts: tuple[_Phrase, ...]  # a larger meeting framing the event: "en el marco del Foro"


_CLASS = re.compile(r"\[[^\]]*\]")
_GROUP = re.compile(r"\([^()]*\)")
_OPTIONAL = re.compile(r".[?*]|.\{0,?\d*\}|\\.")
_META = re.compile(r"[\x00^$.+*?|{}()\[\]\\]")


def anchor_of(pattern: str) -> str:
    """The longest literal run that every match of ``pattern`` contains, lowercased ("" if none)."""
    reduced = _CLASS.sub("\x00", pattern)
    while _GROUP.search(reduced):
        reduced = _GROUP.sub("\x00", reduced)
    if "|" in reduced:
        return ""
    reduced = _OPTIONAL.sub("\x00", reduced)
    chunks = [c for c in _META.split(reduced) if c.strip()]
    return max(chunks, key=len).lower() if chunks else ""


_SPACE_OUTSIDE_CLASS = re.compile(r"\[[^\]]*\]| ")


def _wrap(pattern: str) -> str:
    """Word boundaries around Latin patterns; a space matches any run of whitespace (line
    breaks included), except inside a character class."""
    pattern = _SPACE_OUTSIDE_CLASS.sub(lambda m: r"\s+" if m.group() == " " else m.group(), pattern)
    return pattern if _ARABIC.search(pattern) else rf"\b(?:{pattern})\b"


@cache
def _lexicon() -> _Lexicon:
    raw = resources.files("parsers").joinpath("data/event_types.json").read_text("utf-8")
    data = json.loads(raw)
    phrases = [p for t in EVENT_TYPES for p in _phrases(t, data.get(t, []))]
    hosts = _phrases(SIDE_EVENT, data.get("side_event_host", []))
    return _Lexicon(tuple(phrases), tuple(hosts))


def _phrases(event_type: str, entries: list[list[object]]) -> list[_Phrase]:
    phrases: list[_Phrase] = []
    for pattern, weight, *langs in entries:
        chosen = frozenset(str(x) for x in langs if x != "*")
        regex = re.compile(_wrap(str(pattern)), re.IGNORECASE)
        phrases.append(
            _Phrase(event_type, float(str(weight)), chosen, regex, anchor_of(str(pattern)))
        )
    return phrases


_WORD = re.compile(r"[^\W\d_]{4,}")
_HOST_NAME_WORDS = 8
_SAME_SHARE = 0.6


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _host_span(title: str, body: str, language: str | None) -> tuple[int, int] | None:
    """Span (in ``body``) of a larger meeting that frames the event ("en el marco del Foro
    Mundial X"), unless the meeting named there is the titled event itself."""
    lowered = body.lower()
    wanted = _words(title)
    for phrase in _lexicon().hosts:
        if phrase.anchor not in lowered:
            continue
        if phrase.languages and language is not None and language not in phrase.languages:
            continue
        for m in phrase.regex.finditer(body):
            name = m.group(0) + " " + _name_after(body, m.end())
            if not wanted or len(wanted & _words(name)) < _SAME_SHARE * len(wanted):
                return m.span()
    return None


_NAME_WORD = re.compile(r"[ \t]*([\w'’-]+)")
_NAME_JOINERS = name_joiners()  # "Foro Mundial sobre Migración": from the packs


def _name_after(text: str, pos: int) -> str:
    """The rest of a meeting's name after its head noun: capitalised (or caseless, Arabic)
    words, numbers and small joining words on the same line ("Mundial sobre Migración y
    Desarrollo")."""
    words: list[str] = []
    for _ in range(_HOST_NAME_WORDS):
        m = _NAME_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if word[0].islower() and word.lower() not in _NAME_JOINERS:  # Arabic has no case
            break
        words.append(word)
        pos = m.end()
    return " ".join(words)


def _raw_hits(text: str, language: str | None) -> list[_Hit]:
    lowered = text.lower()
    hits: list[_Hit] = []
    for index, phrase in enumerate(_lexicon().phrases):
        if phrase.anchor not in lowered:
            continue
        if phrase.languages and language is not None and language not in phrase.languages:
            continue
        hits.extend(_Hit(index, m.span()) for m in phrase.regex.finditer(text))
    return hits


def _hits(text: str, language: str | None) -> list[_Hit]:
    """Phrase hits in text order, without hits nested inside a longer hit."""
    hits = sorted(_raw_hits(text, language), key=lambda h: (h.span[0], -h.span[1]))
    kept: list[_Hit] = []
    reach = -1
    for hit in hits:
        if hit.span[1] <= reach and not (kept and kept[-1].span == hit.span):
            continue
        kept.append(hit)
        reach = max(reach, hit.span[1])
    return kept


def _score(hits: list[_Hit], weight: float, scores: dict[str, float]) -> None:
    phrases = _lexicon().phrases
    for index in {h.phrase for h in hits}:
        phrase = phrases[index]
        scores[phrase.event_type] = scores.get(phrase.event_type, 0.0) + phrase.weight * weight


def _first_of(event_type: str, hits: list[_Hit]) -> _Hit | None:
    phrases = _lexicon().phrases
    return next((h for h in hits if phrases[h.phrase].event_type == event_type), None)


def _evidence(
    event_type: str, title_hits: list[_Hit], body_hits: list[_Hit]
) -> tuple[_Hit | None, str | None]:
    hit = _first_of(event_type, title_hits)
    if hit is not None:
        return hit, "title"
    hit = _first_of(event_type, body_hits)
    return (hit, "body") if hit is not None else (None, None)


def _confidence(best: float, runner_up: float) -> float:
    margin = (best - runner_up) / (best + 1.0)
    return round(min(0.95, 0.45 + 0.5 * margin + 0.02 * min(best, 10.0)), 3)


FRAMING_WEIGHT = 2.0
_FRAMING_REACH = 140
# the verbs that frame an event, every language: the packs' event_type section
_FRAMING = re.compile(rf"\b(?:{framing_words()})\b", re.IGNORECASE)


def _sentence_end(text: str, start: int) -> int:
    ends = [i for i in (text.find(". ", start), text.find("\n\n", start)) if i != -1]
    return min([start + _FRAMING_REACH, *ends])


def _framed(body: str, hits: list[_Hit]) -> list[_Hit]:
    """Body hits right after an organising/inviting verb ("we are organising a ... on")."""
    windows = [(m.end(), _sentence_end(body, m.end())) for m in _FRAMING.finditer(body[:3000])]
    return [h for h in hits if any(a <= h.span[0] < b for a, b in windows[:2])]


def classify_event_type_signal(title: str, body: str, *, language: str | None = None) -> TypeSignal:
    """The event type with its evidence; see ``classify_event_type``."""
    title_hits, body_hits = _hits(title, language), _hits(body, language)
    scores: dict[str, float] = {}
    _score(title_hits, TITLE_WEIGHT, scores)
    _score(body_hits, 1.0, scores)
    _score(_framed(body, body_hits), FRAMING_WEIGHT - 1.0, scores)
    ranked = tuple(sorted(scores.items(), key=lambda kv: (-kv[1], EVENT_TYPES.index(kv[0]))))
    signal = _decide(title, body, language, ranked, title_hits, body_hits)
    return replace(signal, phrases=_deciding_phrases(ranked, title_hits, body_hits))


def _deciding_phrases(
    ranked: tuple[tuple[str, float], ...], title_hits: list[_Hit], body_hits: list[_Hit]
) -> tuple[tuple[str, tuple[int, int], str], ...]:
    out = []
    for kind, _ in ranked:
        hit, source = _evidence(kind, title_hits, body_hits)
        if hit is not None and source is not None:
            out.append((kind, hit.span, source))
    return tuple(out)


def _decide(
    title: str,
    body: str,
    language: str | None,
    ranked: tuple[tuple[str, float], ...],
    title_hits: list[_Hit],
    body_hits: list[_Hit],
) -> TypeSignal:
    """Today's precedence: a side event named wins, then a host's side event, then the best
    score (``_MIN_SCORE`` at least), else "other"."""
    scores = dict(ranked)
    if SIDE_EVENT in scores:
        hit, source = _evidence(SIDE_EVENT, title_hits, body_hits)
        conf = 0.9 if source == "title" else 0.8
        return TypeSignal(SIDE_EVENT, conf, hit.span if hit else None, source, ranked)
    host = _host_span(title, body, language)
    if host is not None:
        return TypeSignal(SIDE_EVENT, 0.7, host, "body", ranked)
    if not ranked or ranked[0][1] < _MIN_SCORE:
        return TypeSignal(OTHER, 0.3, None, None, ranked)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    hit, source = _evidence(best, title_hits, body_hits)
    return TypeSignal(
        best, _confidence(best_score, runner_up), hit.span if hit else None, source, ranked
    )


def classify_event_type(
    title: str, body: str, *, language: str | None = None
) -> tuple[str, float, tuple[int, int] | None]:
    """(one of EVENT_TYPES, confidence, span of the deciding phrase).

    The span indexes the title when the deciding phrase is in the title, else the body (use
    ``classify_event_type_signal`` to know which). ``language`` (ISO 639-1) switches off phrases
    of other languages that are false friends ("oficina" is a workshop only in Portuguese).
    """
    signal = classify_event_type_signal(title, body, language=language)
    return signal.event_type, signal.confidence, signal.span
