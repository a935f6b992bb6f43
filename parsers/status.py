"""Status signals: cancelled, postponed, rescheduled (else scheduled), from subject and text.

Lexicons are regular expressions in ``data/status.json`` (en/fr/es/pt/ar/de/it). The subject
weighs more than the body. A postponement word followed by "to <date>" ("postponed to 7 March",
"reporté au 7 mars", "aplazado al 7 de marzo") is a rescheduling signal; whether a new date is
really given is the caller's check. A negated word ("will not be cancelled") does not count.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

SCHEDULED = "scheduled"
_SUBJECT_WEIGHT = 2.0
_BODY_WEIGHT = 1.0
_NEGATION_WINDOW = 30
# When several statuses are signalled, the stronger evidence wins; on equal weight this order does.
_PRECEDENCE = ("rescheduled", "cancelled", "postponed")


@dataclass(frozen=True, slots=True)
class StatusSignal:
    """A status, a confidence in [0, 1] and the span of the words that signal it.

    ``source`` says which text the span indexes: ``"subject"`` or ``"text"`` (None for default).
    """

    status: str
    confidence: float
    span: tuple[int, int] | None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    patterns: dict[str, re.Pattern[str]]
    moved_to: re.Pattern[str]
    negation: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Hit:
    status: str
    weight: float
    span: tuple[int, int]
    source: str


@cache
def _lexicon() -> _Lexicon:
    raw = resources.files("parsers").joinpath("data/status.json").read_text("utf-8")
    data = json.loads(raw)
    patterns = {
        status: re.compile("|".join(f"(?:{p})" for p in data[status]), re.IGNORECASE)
        for status in _PRECEDENCE
    }
    patterns["postponed_cs"] = re.compile("|".join(data["case_sensitive_postponed"]))
    return _Lexicon(
        patterns=patterns,
        moved_to=re.compile(data["moved_to"], re.IGNORECASE),
        negation=re.compile(data["negation"], re.IGNORECASE),
    )


def _negated(text: str, start: int, lexicon: _Lexicon) -> bool:
    return lexicon.negation.search(text[max(0, start - _NEGATION_WINDOW) : start]) is not None


def _status_of(name: str, text: str, match: re.Match[str], lexicon: _Lexicon) -> str:
    status = "postponed" if name == "postponed_cs" else name
    if status == "postponed" and lexicon.moved_to.match(text, match.end()):
        return "rescheduled"
    return status


def _hits(text: str, source: str, weight: float) -> list[_Hit]:
    lexicon = _lexicon()
    hits: list[_Hit] = []
    for name, pattern in lexicon.patterns.items():
        for match in pattern.finditer(text):
            if _negated(text, match.start(), lexicon):
                continue
            status = _status_of(name, text, match, lexicon)
            hits.append(_Hit(status, weight, match.span(), source))
    return hits


def _confidence(total: float) -> float:
    return round(min(0.95, 0.55 + 0.15 * total), 3)


def detect_status(subject: str, text: str) -> StatusSignal:
    """The status the message signals for its event; ``scheduled`` when nothing signals a change."""
    hits = _hits(subject, "subject", _SUBJECT_WEIGHT) + _hits(text, "text", _BODY_WEIGHT)
    if not hits:
        return StatusSignal(SCHEDULED, 0.6, None, None)
    totals = {s: sum(h.weight for h in hits if h.status == s) for s in _PRECEDENCE}
    best = max(_PRECEDENCE, key=lambda s: (totals[s], -_PRECEDENCE.index(s)))
    first = min(
        (h for h in hits if h.status == best), key=lambda h: (h.source != "subject", h.span)
    )
    return StatusSignal(best, _confidence(totals[best]), first.span, first.source)
