"""Date grammar: finds calendar dates in mail text (en, fr, es, pt, ar, ru, uk, sw, tr, id, ms;
best effort de, it; CJK year-month-day). A street named after a date ("Rua 25 de Abril") and a
publication date ("published on 3 May") are no event dates.

``find_dates(text, reference=...)`` returns ``DateMention`` objects: single days and ranges
("29-31 Jan", "du 29 janvier au 2 février 2024", "30 Jan - 1 Feb 2024", "с 3 по 5 июня",
"kuanzia tarehe 3 hadi 5 Juni", "2026年3月30日至4月2日"), numeric dates (ISO, day-first by
default, month-first when the text or the caller says so), Arabic Gregorian, Maghreb (دجنبر) and
Levantine (تشرين الأول) month names with Arabic-Indic or Persian digits, and relative dates
("tomorrow", "next Wednesday", "mardi prochain", "el próximo lunes", "غدا", "завтра",
"Jumanne ijayo") resolved against the reference.

How it works: the text is folded (``parsers.fold``: same length, no accents, ASCII digits), a few
regular expressions compiled at import find candidate atoms, overlapping candidates are resolved
longest first, adjacent atoms joined by a range connector are merged, then missing years are
inferred (the year that puts the date nearest after the reference, a few weeks of past allowed;
a written weekday picks the year it matches) and a context cue is read from the words before.
Text inside URLs and e-mail addresses is skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from parsers.fold import (
    digit_runs,
    fold,
    fold_lower,
    horizontal,
    trie_alt,
    url_spans,
    words_before,
)
from parsers.langpacks import calendar_names

__all__ = ["DateMention", "find_dates"]

with (Path(__file__).parent / "data" / "temporal.json").open(encoding="utf-8") as _handle:
    _LEX: dict[str, Any] = json.load(_handle)


def _folded(value: Any) -> Any:
    """Fold every string of the lexicon (keys included) so that it matches folded text."""
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, list):
        return [_folded(v) for v in value]
    if isinstance(value, dict):
        return {fold(k): _folded(v) for k, v in value.items()}
    return value


_LEX = _folded(_LEX)
# month and weekday names come from the language packs (CLDR plus typed extras)
_LEX["months"] = _folded(calendar_names("months"))
_LEX["weekdays"] = _folded(calendar_names("weekdays"))

PAST_ALLOWANCE = timedelta(days=30)
# Date grammars run only near digits: this many characters before and after each run of digits.
REGION_LEFT, REGION_RIGHT = 48, 48  # a year-less date may lie this far before the reference
_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or date range found in text. ``span`` indexes the text given to ``find_dates``."""

    start: date
    end: date
    span: tuple[int, int]
    text: str
    explicit_year: bool
    relative: bool
    weekday_conflict: bool
    cue: str | None  # "deadline", "past", "event" or None
    ambiguous: bool = False  # a numeric date whose day/month order was a guess


@dataclass(frozen=True, slots=True)
class _Part:
    day: int
    month: int
    year: int | None
    weekday: int | None


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    first: _Part | None
    last: _Part | None
    relative: date | None = None
    ambiguous: bool = False
    void: bool = False  # a street's date: takes its text from other candidates, is no date

    @property
    def length(self) -> int:
        return self.end - self.start


# --- lexicon ---------------------------------------------------------------------------------


def _merge(tables: dict[str, dict[str, int]]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for table in tables.values():
        merged.update(table)
    return merged


_MONTHS = _merge(_LEX["months"])
_WEEKDAYS = _merge(_LEX["weekdays"])
_RISKY: dict[str, list[str]] = _LEX["risky_months"]
_REL: dict[str, Any] = _LEX["relative"]
_FULL_WEEKDAYS = {k: v for k, v in _WEEKDAYS.items() if k not in _LEX["weekday_prefix_only"]}


def _alt(words: Iterable[str]) -> str:
    return trie_alt(set(words))


def _abbreviations(tables: dict[str, dict[str, int]]) -> set[str]:
    """Month tokens that shorten a longer name of the same month in the same language."""
    short: set[str] = set()
    for table in tables.values():
        for token, month in table.items():
            if any(o != token and o.startswith(token) and m == month for o, m in table.items()):
                short.add(token)
    return short


_ABBR = _abbreviations(_LEX["months"])
_MONTH = _alt(_MONTHS)
_MONTH_DOTTED = rf"(?:{_alt(_ABBR)})(?![^\W\d_])\.?|(?:{_alt(set(_MONTHS) - _ABBR)})(?![^\W\d_])"
_WD = _alt(_WEEKDAYS)
_WD_FULL = _alt(_FULL_WEEKDAYS)
_ORD = r"(?:st|nd|rd|th|ere|er|re|eme|ro|do|to|vo|e|o|ª|º|°|\.º|\.)?"
_START = r"(?<![\w/:.+])"
_NOT_LETTER = r"(?![^\W\d_])"
_YEAR = r"(?:19|20)\d{2}(?!\d)"


def _day(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d){_ORD}"


def _wd_prefix(name: str) -> str:
    return (
        rf"(?:(?P<{name}>{_WD}){_NOT_LETTER}\.?[,،]?\s+"
        r"(?:(?:the|le|el|o|den|il|tarehe|tanggal|tgl\.?)\s+)?)?"
    )


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_DOTTED})(?:\s*[/(]\s*(?:{_MONTH}){_NOT_LETTER}\s*\)?)?"


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(horizontal(pattern), flags)


_DM_SEP = r"(?:\s*(?:de|of|del)\s+|\s*[-/.]\s*|\s*)"
_Y_SEP = r"(?:(?:\s|[,.،-])*(?:de\s+|del\s+)?)"
_RANGE_CONN = (
    r"(?:-|to|through|thru|till|until|au|all['’]|alle|al|a|as|ao|ate|bis|و?الي|حتي|по|до"
    r"|hadi|mpaka|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|sehingga)"
)
_AND_CONN = r"(?:and|&|et|y|e|und|ed|و|и|na|ve|dan|і|та)"

_WD_AFTER = rf"(?:\s*\(\s*(?P<wdt>{_WD}){_NOT_LETTER}\.?\s*\))?"  # "1 February (Thursday)"
_DMY = _compile(
    rf"{_START}(?:(?P<between>between|entre|zwischen|بين|между|antara|між)\s+)?{_wd_prefix('wd1')}{_day('d1')}"
    rf"(?:\s*(?P<conn>{_RANGE_CONN}|{_AND_CONN})\s*(?:(?:tarehe|tanggal|tgl\.?)\s+)?"
    rf"{_wd_prefix('wd2')}{_day('d2')})?"
    rf"{_DM_SEP}{_month('m')}(?:{_Y_SEP}(?P<y>{_YEAR}))?{_WD_AFTER}",
    _I,
)
_MDY = _compile(
    rf"{_START}{_wd_prefix('wd1')}{_month('m')}\s*(?:the\s+)?{_day('d1')}"
    rf"(?:\s*(?P<conn>-|to|through|thru|and|&)\s*{_day('d2')})?(?![:h]\d)"
    rf"(?:(?:\s*,\s*|\s+)(?P<y>{_YEAR}))?{_WD_AFTER}",
    _I,
)
_WD_DAY = _compile(
    rf"{_START}(?P<wd1>{_WD}){_NOT_LETTER}\.?[,،]?\s+(?:(?:the|le|el|o|den|il|dia|tarehe)\s+)?{_day('d1')}"
    rf"(?!\s*(?:of\s+|de\s+)?(?:{_MONTH}))(?![/.:-]?\d)"
    r"(?!\s*(?:h(?!\w)|h\s?\d|[ap]\.?m\b|uhr|heures?|horas?))",
    _I,
)
_NUMERIC = _compile(
    rf"(?<![\w/:.+-]){_wd_prefix('wd')}(?:"
    r"(?P<iy>(?:19|20)\d{2})(?P<isep>[-/.])(?P<im>0?[1-9]|1[0-2])(?P=isep)(?P<id>3[01]|[12]\d|0?[1-9])"
    r"|(?:(?P<nd0>\d{1,2})\s*-\s*(?=\d{1,2}[/.]\d{1,2}[/.]\d))?"
    r"(?P<na>\d{1,2})(?P<nsep>[/.-])(?P<nb>\d{1,2})(?:(?P=nsep)(?P<ny>(?:19|20)\d{2}|\d{2}))?"
    r")(?:(?=T\d)|(?![\w/]|[.-]\d|:\d))",
    _I,
)
# "2026年3月26日", "3月26日～28日", "2026년 3월 26일" (Chinese, Japanese, Korean)
_CJK = _compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d{2})\s*[年년]\s*)?(?P<m>1[0-2]|0?[1-9])\s*[月월]\s*"
    r"(?P<d1>3[01]|[12]\d|0?[1-9])\s*[日일]"
    r"(?:\s*[-~～〜至到]\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*[月월]\s*)?(?P<d2>3[01]|[12]\d|0?[1-9])\s*[日일])?",
    0,
)
_AFTER_WORDS = _alt([*_REL["next_after"], *_REL["this_after"]])  # "samedi prochain", "Sabtu ini"
_RELATIVE = _compile(
    rf"(?<!\w)(?:(?P<word>{_alt(w for ws in _REL['day_words'].values() for w in ws)})(?!\w)"
    rf"|(?P<q1>{_alt(_REL['next_before'])}|{_alt(_REL['this_before'])})\s+(?:(?:dia|day)\s+)?"
    rf"(?P<wd1>{_WD_FULL})(?!\w)(?!\s*\d)(?:\s+(?P<q2>{_AFTER_WORDS})(?!\w))?"
    rf"|(?P<wd2>{_WD_FULL})\s+(?P<q3>{_AFTER_WORDS})(?!\w))",
    _I,
)
_REL_ANCHOR = re.compile(
    rf"(?<!\w)(?:{_alt([*(w for ws in _REL['day_words'].values() for w in ws), *_FULL_WEEKDAYS])})"
    r"(?!\w)",
    _I,
)
_QUALIFIER_WORDS = frozenset(
    word for phrase in (*_REL["next_before"], *_REL["this_before"]) for word in phrase.split()
) | frozenset(("day", "dia"))
_PREFIX_WORDS = frozenset(
    word
    for word in (
        *_WEEKDAYS,
        *_MONTHS,
        "the",
        "le",
        "el",
        "o",
        "den",
        "il",
        "dia",
        "tarehe",
        "tanggal",
        "tgl",
        "between",
        "entre",
    )
    if " " not in word
) | frozenset(("zwischen", "بين", "между", "antara", "між"))
_DAY_WORDS = {w: int(n) for n, ws in _REL["day_words"].items() for w in ws}
_NEXT_WORDS = frozenset(_REL["next_before"]) | frozenset(_REL["next_after"])
_NOT_BEFORE_TOMORROW = frozenset(_REL["not_before_tomorrow"])
_WEEK_TOO = frozenset(_REL["weekday_also_week"])  # Indonesian "minggu": Sunday and week
_DAY_QUALIFIERS = frozenset(("hari", "pada hari"))
_ATOM_GAP = re.compile(
    rf"^\s*(?:{_RANGE_CONN})(?:\s+[^\W\d_]{{2,12}}\.?,?)?\s*$|^\s*[-–—]\s*$", _I
)  # "15.12.2025 bis Fr., 09.01.2026": one weekday word may follow the connector
_CHANGE = re.compile(rf"(?<!\w)(?:{_alt(_LEX['change_words'])})(?!\w)", _I)
_FROM_WORD = re.compile(
    r"(?<!\w)(?:from|du|del|de|desde|das|do|vom|von|dal|من|с|со|kuanzia|kutoka|dari|mulai|з|із|від)"
    r"\s*$",
    _I,
)
_SENTENCE_END = re.compile(r"[\n;!?]|(?<=\w\w\w)\.\s", _I)


_CUES = re.compile(
    "|".join(
        rf"(?<!\w)(?P<{name}>{'|'.join(_LEX['cues'][name])})(?!\w)(?:\s*:)?"
        for name in ("deadline", "past", "event")
    ),
    _I,
)


def _immediate(words: list[str]) -> re.Pattern[str]:
    """Words that are a cue only right before the date ("by", "on", "avant le", "el")."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})[\s,:]*(?:(?:the|le|el|o|a)\s+)?$", _I)


_WEAK_EVENT = _immediate(_LEX["cues"]["event_weak"])
# a publication date right before the date ("the report, published on 3 November"): not the event
_PUBLISHED = re.compile(
    rf"(?<!\w)(?:{'|'.join(_LEX['cues']['published'])})[\s,:]*"
    r"(?:(?:on|the|le|el|em|en|in|a|ao|no|dia|del|du|pada|tanggal|في|يوم)\s+)*$",
    _I,
)
_WEAK_DEADLINE = _immediate(_LEX["cues"]["deadline_weak"])
FAR_CUE = 30  # a strong deadline cue this far back yields to an "on"/"le" right before the date
_CUE_PRIORITY = {"deadline": 3, "past": 2, "event": 1}
CUE_WINDOW = 90


# --- building candidates ----------------------------------------------------------------------


def _weekday(match: re.Match[str], name: str) -> int | None:
    word = match.group(name) if name in match.re.groupindex else None
    return None if word is None else _WEEKDAYS.get(fold_lower(word).rstrip("."))


def _month_of(match: re.Match[str], name: str) -> int:
    return _MONTHS[re.sub(r"\s+", " ", fold_lower(match.group(name))).rstrip(".")]


def _risky(match: re.Match[str], language: str | None) -> bool:
    """A month token that is also a common word, without a year or the right language."""
    token = re.sub(r"\s+", " ", fold_lower(match.group("m"))).rstrip(".")
    langs = _RISKY.get(token)
    return langs is not None and match.group("y") is None and language not in langs


def _year(match: re.Match[str]) -> int | None:
    year = match.group("y")
    return None if year is None else int(year)


def _either(a: int | None, b: int | None) -> int | None:
    return b if a is None else a  # weekday 0 (Monday) is falsy: no "or"


# a counter label right before a number ("Day 2", "Jour 1", "Sesión 3", "Tag 2"): not a day
_ORDINAL_LABEL = re.compile(
    r"\b(?:day|jour|journee|dia|tag|giorno|session|seance|sesion|sessao|sessione|sitzung"
    r"|module|modulo|modul|week|semaine|semana|woche|settimana|part|partie|parte|teil"
    r"|phase|fase|panel|round|no|nr|n°|#)\.?\s*$",
    re.IGNORECASE,
)


# a street or square named after a date ("Rua 25 de Abril", "Avenida 9 de Julio", "Place du 14
# Juillet", "Jl. 17 Agustus", "شارع 26 يوليو"): the date is part of an address
_STREET = _compile(
    r"(?:(?i:(?<![^\W\d_])(?:rua|avenida|av|avda|calle|carrera|plaza|praca|largo|travessa"
    r"|alameda|paseo|estrada|praceta|rotunda|calcada|beco|pasaje|glorieta|camino|calzada"
    r"|rue|avenue|ave|boulevard|bd|blvd|quai|allee|impasse|chemin|jalan|jl|jln"
    r"|улица|ул|вулиця|вул|площа|площадь))"
    r"\.?\s+(?:(?i:du|de|del|do|da|dos|das|des|la|el)\s+)?"
    r"|(?<![^\W\d_])(?:Place|PLACE)\s+(?i:du)\s+|(?<![^\W\d_])(?:Via|Viale|Corso)\s+"
    r"|(?:شارع|ميدان)\s+)$",
    0,
)


def _street_name(match: re.Match[str]) -> bool:
    start = match.start("d1")
    if match.start() != start:
        return False  # "Avenida" cannot come before a weekday or a month-first date
    return _STREET.search(match.string, max(0, start - 24), start) is not None


def _textual(match: re.Match[str], language: str | None) -> Iterator[_Cand]:
    """A day ("30 Jan", "January 30th, 2024") or a range within one month ("29-31 Jan")."""
    if _risky(match, language):
        return
    if _street_name(match):  # "Via 20 Settembre 8": neither "20 Settembre" nor "Settembre 8"
        yield _Cand(match.start(), match.end(), None, None, void=True)
        return
    d1, month, year = int(match["d1"]), _month_of(match, "m"), _year(match)
    after = _weekday(match, "wdt")
    if match["d2"] is None:
        first = _Part(d1, month, year, _either(_weekday(match, "wd1"), after))
        yield _Cand(match.start(), match.end(), first, first)
        return
    if _ORDINAL_LABEL.search(match.string, 0, match.start("d1")):
        # "Day 2 – 13 November": the first number counts days or sessions, not a date
        last = _Part(int(match["d2"]), month, year, _either(_weekday(match, "wd2"), after))
        yield _Cand(match.start("d2"), match.end(), last, last)
        return
    first = _Part(d1, month, year, _weekday(match, "wd1"))
    d2 = int(match["d2"])
    last = _Part(d2, month, year, _either(_weekday(match, "wd2"), after))
    is_and = re.fullmatch(_AND_CONN, fold_lower(match["conn"])) is not None
    between = "between" in match.re.groupindex and match["between"]
    if d2 > d1 and not (is_and and d2 - d1 > 1 and not between):
        yield _Cand(match.start(), match.end(), first, last)
        return
    if is_and:  # "5 and 12 March": two separate days
        yield _Cand(match.start("d1"), match.end("d1"), first, first)
    yield _Cand(match.start("d2"), match.end(), last, last)


def _cjk(match: re.Match[str]) -> Iterator[_Cand]:
    """ "2026年3月26日" and "3月26日～28日": year, month and day marked by their characters."""
    year, month = _year(match), int(match["m"])
    first = _Part(int(match["d1"]), month, year, None)
    last = first
    if match["d2"] is not None:
        last = _Part(int(match["d2"]), int(match["m2"] or month), year, None)
    yield _Cand(match.start(), match.end(), first, last)


def _numeric_order(matches: Iterable[re.Match[str]], prefer_dmy: bool | None) -> bool | None:
    """True for day-first, False for month-first, None when the text does not tell."""
    if prefer_dmy is not None:
        return prefer_dmy
    for match in matches:
        if match["na"] is None:
            continue
        a, b = int(match["na"]), int(match["nb"])
        if a > 12 >= b >= 1:
            return True
        if b > 12 >= a >= 1 and b <= 31:
            return False
    return None


def _expand_year(text: str | None) -> int | None:
    if text is None:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _cost(candidate: date, reference: date) -> int:
    """How unlikely an event date is: days after the reference, past days weigh four times."""
    delta = (candidate - reference).days
    return delta if delta >= 0 else -4 * delta


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _choose_order(a: int, b: int, year: int | None, weekday: int | None, reference: date) -> bool:
    """For an ambiguous a/b date: True for day-first. Weekday first, then nearness to reference."""
    y = year or reference.year
    dmy, mdy = _safe(y, b, a), _safe(y, a, b)
    if dmy is None or mdy is None:
        return dmy is not None
    if weekday is not None and (dmy.weekday() == weekday) != (mdy.weekday() == weekday):
        return dmy.weekday() == weekday
    return _cost(mdy, reference) >= _cost(dmy, reference) - 60


def _day_first(
    match: re.Match[str], order: bool | None, year: int | None, reference: date
) -> tuple[bool, bool]:
    """(day-first?, was it a guess?) for a numeric a/b date."""
    a, b, weekday = int(match["na"]), int(match["nb"]), _weekday(match, "wd")
    if a > 12 or b > 12:
        return a > 12, False
    if match["nsep"] == "." or match["nd0"] is not None:
        return True, False  # 12.03.2024 and 14-15/03 are European forms
    if order is not None or a == b:
        return order is not False, False
    return _choose_order(a, b, year, weekday, reference), True


# a line that opens with a calendar emoji or a date label: a bare "21/11" after it is a date
_DATE_LEAD = _compile(
    r"[ \t>*•-]*(?:[\U0001F4C5\U0001F4C6\U0001F5D3]|(?:date|dates|when|tanggal|hari\s*/\s*tanggal"
    r"|fecha|fechas|data|datas|datum|tarih|tarehe|tarikh|quand|cuando|quando|дата|коли|когда"
    r"|التاريخ|日期|日時)\s*[:：])[ \t]*$",
    _I,
)


def _date_led(match: re.Match[str]) -> bool:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    return _DATE_LEAD.match(match.string, line_start, match.start()) is not None


def _numeric(match: re.Match[str], order: bool | None, reference: date) -> Iterator[_Cand]:
    weekday = _weekday(match, "wd")
    if match["iy"] is not None:
        part = _Part(int(match["id"]), int(match["im"]), int(match["iy"]), weekday)
        yield _Cand(match.start(), match.end(), part, part)
        return
    sep, year_text = match["nsep"], match["ny"]
    if year_text is None and (weekday is None or sep == "-") and not _date_led(match):
        return
    if year_text is not None and len(year_text) == 2 and sep != "/":
        return
    year = _expand_year(year_text)
    day_first, ambiguous = _day_first(match, order, year, reference)
    a, b = int(match["na"]), int(match["nb"])
    day, month = (a, b) if day_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return
    last = _Part(day, month, year, weekday)
    first = last
    if match["nd0"] is not None:
        if not 1 <= int(match["nd0"]) < day:
            return
        first = _Part(int(match["nd0"]), month, year, weekday)
    yield _Cand(match.start(), match.end(), first, last, ambiguous=ambiguous)


def _weekday_day(match: re.Match[str], reference: date) -> Iterator[_Cand]:
    """ "Thursday 15th", "jeudi 15": the next day numbered 15 that is a Thursday (within months)."""
    weekday, day = _weekday(match, "wd1"), int(match["d1"])
    month, year = reference.month, reference.year
    for _ in range(6):
        found = _safe(year, month, day)
        if found is not None and found.weekday() == weekday and found >= reference - timedelta(7):
            yield _Cand(match.start(), match.end(), None, None, relative=found)
            return
        month, year = (1, year + 1) if month == 12 else (month + 1, year)


def _next_weekday(reference: date, weekday: int, strictly_after: bool) -> date:
    delta = (weekday - reference.weekday()) % 7
    if delta == 0 and strictly_after:
        delta = 7
    return reference + timedelta(days=delta)


def _relative(
    match: re.Match[str], folded: str, reference: date, language: str | None
) -> Iterator[_Cand]:
    word = match["word"]
    if word is not None:
        key = re.sub(r"\s+", " ", fold_lower(word))
        before = folded[max(0, match.start() - 12) : match.start()].lower().split()
        if key in ("manana", "morgen") and before and before[-1] in _NOT_BEFORE_TOMORROW:
            return  # "por la mañana", "guten Morgen": the morning, not tomorrow
        if language not in _REL["language_only"].get(key, (language,)):
            return  # "morgen" is German, "lusa" Indonesian
        found = reference + timedelta(days=_DAY_WORDS[key])
    else:
        name = match["wd1"] or match["wd2"]
        qualifiers = {fold_lower(q) for q in (match["q1"], match["q2"], match["q3"]) if q}
        if fold_lower(name) in _WEEK_TOO and not qualifiers & _DAY_QUALIFIERS:
            return  # "minggu depan" is next week; "hari Minggu" is Sunday
        is_next = bool(qualifiers & _NEXT_WORDS)
        found = _next_weekday(reference, _WEEKDAYS[fold_lower(name)], strictly_after=is_next)
    yield _Cand(match.start(), match.end(), None, None, relative=found)


def _first_match(regex: re.Pattern[str], folded: str, starts: list[int]) -> re.Match[str] | None:
    for start in starts:
        match = regex.match(folded, start)
        if match is not None:
            return match
    return None


def _anchored(folded: str, runs: list[tuple[int, int]]) -> Iterator[tuple[str, re.Match[str]]]:
    """Date matches anchored on each run of digits and the date words right before it."""
    for run_start, _ in runs:
        before = words_before(folded, run_start, _PREFIX_WORDS)
        for name, regex in (("dmy", _DMY), ("num", _NUMERIC)):
            match = _first_match(regex, folded, [*before, run_start])
            if match is not None:
                yield name, match
        match = _first_match(_MDY, folded, before)
        if match is not None:
            yield "mdy", match
        match = _first_match(_WD_DAY, folded, before)
        if match is not None:
            yield "wdday", match
        match = _CJK.match(folded, run_start)
        if match is not None:
            yield "cjk", match


def _relative_matches(folded: str) -> Iterator[re.Match[str]]:
    for anchor in _REL_ANCHOR.finditer(folded):
        before = words_before(folded, anchor.start(), _QUALIFIER_WORDS, limit=3)
        match = _first_match(_RELATIVE, folded, [*before, anchor.start()])
        if match is not None and match.end() >= anchor.end():
            yield match


def _candidates(
    folded: str,
    reference: date,
    language: str | None,
    prefer_dmy: bool | None,
    blocked: list[tuple[int, int]],
) -> list[_Cand]:
    matches = list(_anchored(folded, digit_runs(folded, blocked)))
    order = _numeric_order((m for name, m in matches if name == "num"), prefer_dmy)
    found: list[_Cand] = []
    for name, match in matches:
        if name == "num":
            found.extend(_numeric(match, order, reference))
        elif name == "wdday":
            found.extend(_weekday_day(match, reference))
        elif name == "cjk":
            found.extend(_cjk(match))
        else:
            found.extend(_textual(match, language))
    for match in _relative_matches(folded):
        found.extend(_relative(match, folded, reference, language))
    return found


def _select(cands: list[_Cand], blocked: list[tuple[int, int]]) -> list[_Cand]:
    """Non-overlapping candidates: absolute dates before relative ones, longest first."""
    taken: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c.relative is not None, -c.length, c.start)):
        spans = [(t.start, t.end) for t in taken] + blocked
        if all(cand.end <= s or cand.start >= e for s, e in spans):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


# --- ranges across atoms and years -------------------------------------------------------------


def _ordered(first: _Part, last: _Part) -> bool:
    """``last`` plausibly ends a range that ``first`` starts (within about three months)."""
    if first.year is not None and last.year is not None:
        a, b = _safe(first.year, first.month, first.day), _safe(last.year, last.month, last.day)
        return a is not None and b is not None and timedelta(0) < b - a <= timedelta(days=100)
    span = (last.month - first.month) % 12
    return span <= 3 and (span > 0 or last.day > first.day)


_AND_GAP = re.compile(
    r"^\s*,?\s*(?:and|et|y|e|und|و|и|na|ve|dan|і|та)(?:\s+[^\W\d_]{2,12}\.?,?)?\s*$", _I
)


def _next_day(first: _Part, last: _Part) -> bool:
    """ "30 de noviembre y lunes 1 de diciembre": two consecutive days make a two-day event."""
    year = last.year or first.year or 2001
    a = _safe(first.year or year, first.month, first.day)
    b = _safe(year, last.month, last.day)
    return a is not None and b is not None and b - a == timedelta(days=1)


def _mergeable(a: _Cand, b: _Cand, folded: str) -> bool:
    """Two single dates joined by a range connector, in order, and not "moved from A to B";
    or two consecutive days joined by "and"."""
    if a.relative is not None or b.relative is not None or a.first != a.last or b.first != b.last:
        return False
    assert a.last is not None and b.first is not None
    gap = folded[a.end : b.start]
    if _AND_GAP.match(gap) is not None and _next_day(a.last, b.first):
        return _CHANGE.search(_window(folded, a.start)) is None
    if _ATOM_GAP.match(gap) is None or not _ordered(a.last, b.first):
        return False
    return _CHANGE.search(_window(folded, a.start)) is None


def _merge_ranges(cands: list[_Cand], folded: str) -> list[_Cand]:
    merged: list[_Cand] = []
    for cand in cands:
        if merged and _mergeable(merged[-1], cand, folded):
            prev = merged.pop()
            cand = _Cand(prev.start, cand.end, prev.first, cand.last, ambiguous=prev.ambiguous)
        merged.append(cand)
    return merged


def _year_candidates(part: _Part, reference: date) -> list[date]:
    years = (reference.year - 1, reference.year, reference.year + 1, reference.year + 2)
    return [d for d in (_safe(y, part.month, part.day) for y in years) if d is not None]


def _infer_date(part: _Part, reference: date, cue: str | None) -> date | None:
    """The date of a year-less part: a matching weekday first, then nearest after reference."""
    options = _year_candidates(part, reference)
    if part.weekday is not None:
        matching = [d for d in options if d.weekday() == part.weekday]
        near = [d for d in matching if -120 <= (d - reference).days <= 400]
        if near:
            return min(near, key=lambda d: _cost(d, reference))
    if cue == "past":
        past = [d for d in options if d <= reference + timedelta(days=7)]
        if past:
            return max(past)
    later = [d for d in options if d >= reference - PAST_ALLOWANCE]
    return later[0] if later else None


def _resolve_range(
    first: _Part, last: _Part, reference: date, cue: str | None
) -> tuple[date, date] | None:
    if first.year is None and last.year is not None:
        start = _safe(last.year, first.month, first.day)
        if start is not None and (first.month, first.day) > (last.month, last.day):
            start = _safe(last.year - 1, first.month, first.day)
    elif first.year is not None:
        start = _safe(first.year, first.month, first.day)
    else:
        start = _infer_date(first, reference, cue)
    if start is None:
        return None
    if last.year is not None:
        end = _safe(last.year, last.month, last.day)
    else:
        end = _safe(start.year, last.month, last.day)
        if end is not None and end < start:
            end = _safe(start.year + 1, last.month, last.day)
    if end is None or end < start:
        return None
    return start, end


def _conflict(part: _Part | None, day: date) -> bool:
    return part is not None and part.weekday is not None and part.weekday != day.weekday()


# --- cues ------------------------------------------------------------------------------------


def _window(folded: str, start: int) -> str:
    """The text before ``start`` in the same line and sentence (at most CUE_WINDOW chars)."""
    lo = max(0, start - CUE_WINDOW)
    window = folded[lo:start]
    ends = [m for m in _SENTENCE_END.finditer(window) if not _soft_wrap(folded, lo + m.start())]
    return window[ends[-1].end() :] if ends else window


_WRAPPED_LINE = re.compile(r"[^\n]{40,}[a-z,]$")


def _soft_wrap(folded: str, newline: int) -> bool:
    """A newline inside a hard-wrapped sentence: a long line ending in a lowercase word or a
    comma, and the next line is not blank."""
    if folded[newline] != "\n" or folded[newline + 1 : newline + 2] in ("\n", ""):
        return False
    line_start = folded.rfind("\n", 0, newline) + 1
    return _WRAPPED_LINE.search(folded[line_start:newline]) is not None


_HEADER_KEY = re.compile(
    r"[ \t>*]*(?:from|to|cc|subject|de|a|para|objet|asunto|assunto|von|an|betreff|da|oggetto"
    r"|من|الي|الموضوع|от|кому|копия|тема)[ \t]*:",
    _I,
)
_DATE_KEY = re.compile(
    r"[ \t>*]*(?:date|sent|envoye|enviado(?: el)?|gesendet|datum|fecha|data|inviato|التاريخ|ارسل"
    r"|дата|отправлено)"
    r"[ \t]*:",
    _I,
)


def _line_at(folded: str, pos: int) -> tuple[int, int]:
    return folded.rfind("\n", 0, pos) + 1, (folded.find("\n", pos) + 1 or len(folded) + 1) - 1


def _in_mail_header(folded: str, start: int) -> bool:
    """A "Date:"/"Sent:" line of a forwarded or quoted mail's header block (From:/Subject: next
    to it): the date the mail was sent, not the event's."""
    lo, hi = _line_at(folded, start)
    if not _DATE_KEY.match(folded, lo, start):
        return False
    above = _line_at(folded, lo - 1) if lo > 0 else None
    below = _line_at(folded, hi + 1) if hi < len(folded) else None
    return any(
        line is not None and _HEADER_KEY.match(folded, line[0], line[1]) is not None
        for line in (above, below)
    )


def _strong_cue(window: str) -> tuple[int, str] | None:
    """The rightmost strong cue phrase in ``window`` (end, class); on a tie the stronger class."""
    best: tuple[int, int, str] | None = None
    pos = 0
    while (match := _CUES.search(window, pos)) is not None:
        name = match.lastgroup or "event"
        key = (match.end(), _CUE_PRIORITY[name], name)
        if best is None or key[:2] > best[:2]:
            best = key
        pos = match.start() + 1
    return None if best is None else (best[0], best[2])


def find_cue(folded: str, start: int) -> str | None:
    """The cue class of a date at ``start``: "deadline", "past", "event" or None.

    Strong phrases anywhere in the clause before the date ("deadline", "was held", "will take
    place"; rightmost wins, deadline > past > event on a tie) and short words right before it
    ("by", "avant le", "hasta el" for deadlines; "on", "le", "el" for events). A past phrase
    always wins; "register by email for the meeting on 5 March" is an event (the deadline phrase
    is far back and "on" is right before); "join us, register by 1 March" is a deadline.
    """
    if _in_mail_header(folded, start):
        return "past"
    window = _window(folded, start)
    strong = _strong_cue(window)
    if (strong is not None and strong[1] == "past") or _PUBLISHED.search(window):
        return "past"
    weak_event = _WEAK_EVENT.search(window) is not None
    if strong is not None and strong[1] == "deadline":
        far = len(window) - strong[0] > FAR_CUE
        return "event" if far and weak_event else "deadline"
    if _WEAK_DEADLINE.search(window):
        return "deadline"
    if strong is not None or weak_event:
        return "event"
    return None


# --- public API ------------------------------------------------------------------------------


def _dates_of(cand: _Cand, reference: date, cue: str | None) -> tuple[date, date] | None:
    if cand.relative is not None:
        return cand.relative, cand.relative
    assert cand.first is not None and cand.last is not None
    return _resolve_range(cand.first, cand.last, reference, cue)


def _to_mention(cand: _Cand, text: str, folded: str, reference: date) -> DateMention | None:
    cue = find_cue(folded, cand.start)
    if cue is None and _FROM_WORD.search(folded[max(0, cand.start - 8) : cand.start]):
        cue = "event"
    resolved = _dates_of(cand, reference, cue)
    if resolved is None:
        return None
    start, end = resolved
    first, last = cand.first, cand.last
    return DateMention(
        start=start,
        end=end,
        span=(cand.start, cand.end),
        text=text[cand.start : cand.end],
        explicit_year=any(p is not None and p.year is not None for p in (first, last)),
        relative=cand.relative is not None,
        weekday_conflict=_conflict(first, start) or _conflict(last, end),
        cue=cue,
        ambiguous=cand.ambiguous,
    )


def find_dates(
    text: str,
    *,
    reference: date,
    language: str | None = None,
    prefer_dmy: bool | None = None,
) -> list[DateMention]:
    """All dates and date ranges in ``text``, in text order.

    ``reference`` is the mail's sent date (relative and year-less dates resolve against it);
    ``language`` (ISO 639-1) enables words that are ambiguous across languages; ``prefer_dmy``
    forces the numeric order (True: 01/02 is 1 February; False: 2 January); None decides from
    the text itself (an unambiguous 30/01 or 1/30 in the same text), then by nearness to the
    reference, day-first on a tie.
    """
    folded = fold(text)
    blocked = url_spans(folded)
    cands = _candidates(folded, reference, language, prefer_dmy, blocked)
    cands = _merge_ranges([c for c in _select(cands, blocked) if not c.void], folded)
    mentions = (_to_mention(c, text, folded, reference) for c in cands)
    return [m for m in mentions if m is not None]
