"""Swahili clock times: "saa 3:00 asubuhi" is 09:00, "saa 7 mchana" is 13:00.

Swahili time counts the hours from dawn: saa 1 is 07:00 (or 19:00), saa 6 is noon (or midnight),
so the international hour is the written one plus six, modulo twelve. The period word after it
(asubuhi morning, mchana afternoon, jioni evening, usiku night, alfajiri dawn) says which half of
the day. Many mails write the international hour with a period word instead ("saa 9:00 asubuhi"
= 09:00): when the Swahili reading falls outside the period and the international one inside,
the international one wins. A digit time without a period word ("saa 14:00") is left to
``parsers.times``; an hour written as a word ("saa tatu") is always Swahili time.

``swahili_times(folded)`` works on text folded by ``parsers.fold`` and returns (span, start,
end) triples; ``parsers.times`` turns them into ``TimeMention`` objects.
"""

from __future__ import annotations

import re
from datetime import time

from parsers.fold import horizontal

__all__ = ["swahili_times"]

_WORD_HOURS = {
    "kumi na moja": 11,
    "kumi na mbili": 12,
    "moja": 1,
    "mbili": 2,
    "tatu": 3,
    "nne": 4,
    "tano": 5,
    "sita": 6,
    "saba": 7,
    "nane": 8,
    "tisa": 9,
    "kumi": 10,
}
_FRACTIONS = {"nusu": 30, "robo": 15}
# hours (24 h clock) each period word covers, both ends included
_PERIODS: dict[str, tuple[tuple[int, int], ...]] = {
    "asubuhi": ((5, 12),),
    "mchana": ((11, 16),),
    "adhuhuri": ((11, 15),),
    "alasiri": ((14, 17),),
    "jioni": ((15, 20),),
    "usiku": ((18, 23), (0, 5)),
    "alfajiri": ((3, 7),),
}
_DAYTIME = ((7, 19),)

_WORD_ALT = "|".join(sorted(_WORD_HOURS, key=len, reverse=True)).replace(" ", r"\s+")
_PERIOD_ALT = "|".join(_PERIODS)


def _part(p: str, saa: str) -> str:
    return (
        rf"{saa}(?:(?P<{p}h>1[0-2]|0?[1-9])(?![\d])(?:\s?[:.]\s?(?P<{p}min>[0-5]\d))?(?!\d)"
        rf"|(?P<{p}word>{_WORD_ALT})(?!\w)(?:\s+na\s+(?P<{p}frac>nusu|robo))?)"
        rf"(?:\s+kamili)?(?:\s+(?:za\s+|ya\s+)?(?P<{p}per>{_PERIOD_ALT})(?!\w))?"
    )


_SAA, _SAA_OPTIONAL = r"saa\s+", r"(?:saa\s+)?"
_SWAHILI = re.compile(
    horizontal(
        rf"(?<!\w){_part('a', _SAA)}"
        rf"(?:\s*(?:-|hadi|mpaka|until|to)\s*{_part('b', _SAA_OPTIONAL)})?"
    ),
    re.IGNORECASE,
)


def _hour(match: re.Match[str], p: str) -> tuple[int, int, bool] | None:
    """(written hour, minutes, written as a word?) of one part, or None when absent."""
    if match[f"{p}h"] is not None:
        return int(match[f"{p}h"]), int(match[f"{p}min"] or 0), False
    word = match[f"{p}word"]
    if word is None:
        return None
    minutes = _FRACTIONS.get((match[f"{p}frac"] or "").lower(), 0)
    return _WORD_HOURS[re.sub(r"\s+", " ", word.lower())], minutes, True


def _inside(hour: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= hour <= hi for lo, hi in ranges)


def _convert(hour: int, minute: int, period: str | None, word: bool) -> time | None:
    """The international time of a written Swahili hour; None when no reading fits."""
    ranges = _PERIODS[period] if period else _DAYTIME
    swahili = (hour + 6) % 12
    readings = [swahili, swahili + 12]
    if not word:
        readings += [hour % 12, hour % 12 + 12]
    for candidate in readings:
        if _inside(candidate, ranges):
            return time(candidate, minute)
    return None


def _times(match: re.Match[str]) -> tuple[time, time | None] | None:
    first, second = _hour(match, "a"), _hour(match, "b")
    assert first is not None
    periods = (match["aper"], match["bper"] if second else None)
    if not any(periods) and not first[2] and not (second and second[2]):
        return None  # "saa 14:00": an international time, left to parsers.times
    start = _convert(*first[:2], periods[0] and periods[0].lower(), first[2])
    if start is None:
        return None
    if second is None:
        return start, None
    end = _convert(*second[:2], periods[1] and periods[1].lower(), second[2])
    return start, end if end is not None and end > start else None


def swahili_times(folded: str) -> list[tuple[tuple[int, int], time, time | None]]:
    """(span, start, end) of each Swahili clock time or range in ``folded`` text."""
    if "saa" not in folded.lower():
        return []
    found: list[tuple[tuple[int, int], time, time | None]] = []
    for match in _SWAHILI.finditer(folded):
        times = _times(match)
        if times is not None:
            found.append((match.span(), times[0], times[1]))
    return found
