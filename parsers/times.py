"""Time-of-day grammar: clock times and ranges in mail text, with the zone as written.

``find_times(text)`` returns ``TimeMention`` objects for "10am - 1pm EAT", "10:00-12:00 CET",
"2pm", "14h00 GMT", "14 h 30", "9:30 a.m. (EST)", "de 9h à 13h", "de 9h jusqu'à 13h",
"de 15:00 a 18:00 horas", "das 14h30 às 17h30", "das 8h até às 12h", "von 10 bis um 12 Uhr",
"dalle 10 alle 12", a range hard-wrapped after its connector ("de 9:00 a" / "13:00"),
"1:15 – 2:30 p.m. (EDT)" (a trailing am/pm applies to both ends when that keeps the range in
order), "17 h 30 à 20 h", Arabic "الساعة ١٠:٠٠ صباحاً" and "١:٠٠ ظهراً".

A bare number is never a time on its own ("at 10 locations", "$10", "room 12"): it needs minutes,
an "h"/"Uhr"/"horas" suffix, am/pm, a clock word before it ("a las", "alle", "الساعة") or a
partner in a range that has one ("10 - 1pm"). "10.30" needs a suffix too (it could be a decimal).
URLs are skipped, and so is the number of a "Day 1:" / "Jour 2 :" / "Session 3:" label. The zone
is returned as written; ``parsers.zones.zone_from_text`` maps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import time

from parsers.fold import (
    digit_runs,
    fold,
    fold_lower,
    horizontal,
    trie_alt,
    url_spans,
    words_before,
)
from parsers.swahili_time import swahili_times
from parsers.zones import ABBREVIATIONS, CITY_NAMES, CITY_ZONES, DEMONYMS, ZONE_NAMES

__all__ = ["TimeMention", "find_times"]

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A clock time or range. ``span`` indexes the text given to ``find_times``."""

    start: time
    end: time | None
    span: tuple[int, int]
    text: str
    zone: str | None  # as written: "CET", "GMT+3", "UTC+05:45", "Geneva time"
    cue: str | None  # "registration", "coffee", "arrival", "lunch", "reception", "hours"
    # (daily opening hours), "vernissage" (an opening event), "event" or None


def _alt(words: list[str]) -> str:
    return trie_alt(set(words))


# Malay/Indonesian day periods: pagi (morning), siang / tengah hari (midday: "1 siang" is
# 13:00, "11 siang" 11:00), petang / sore (afternoon, evening), malam (night).
_AM = (
    r"a\.?\s?m\.?(?!\w)|صباح[اً]*|ص(?!\w)|فجر[اً]*"
    r"|de\s+la\s+manana|da\s+manha|du\s+matin|di\s+mattina|del\s+mattino|pagi(?!\w)"
)
_PM = (
    r"p\.?\s?m\.?(?!\w)|مساء[اًء]*|م(?!\w)|عصر[اً]*|ليل[اً]*"
    r"|de\s+la\s+(?:tarde|noche)|da\s+(?:tarde|noite)|du\s+soir|de\s+l'apres-midi"
    r"|del\s+pomeriggio|di\s+sera|(?:petang|sore|malam)(?!\w)"
)
_NOON = r"noon|ظهر[اً]*|(?:siang|tengah\s+hari)(?!\w)"
_SUFFIX = (  # "10:00 hora de Bogotá": "hora de <place>" is the zone, not the hours word
    r"h(?:rs?|s)?(?!\w)|uhr(?!\w)|horas?(?!\w)(?!\s+d[aeo]l?\s+(?!la|manh|tarde|noite|noche))"
    r"|heures?(?!\w)(?!\s+(?:de|d'|du)\s)"
)


_NOON_WORDS = ("noon", "midday", "midi", "mediodia", "meio-dia", "mezzogiorno")


_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"


def _military(p: str) -> str:
    """ "1400 hrs", "1000-1230hrs": four digits only when an hours suffix follows the time(s)."""
    return (
        rf"(?P<{p}mil>{_HHMM})(?!\d)"
        rf"(?=(?:\s*(?:-|to)\s*{_HHMM})?\s?(?:hrs?|hours|h)(?!\w))(?P<{p}milsuf>\s?(?:hrs?|hours|h)(?!\w))?"
    )


def _part(p: str) -> str:
    """One clock time; groups prefixed with ``p`` (two parts live in one range regex)."""
    return (
        rf"(?P<{p}all>(?P<{p}noonw>{'|'.join(_NOON_WORDS)})(?!\w)|{_military(p)}|"
        rf"(?P<{p}h>[01]?\d|2[0-3])(?!\d)"
        rf"(?:\s?(?P<{p}sep>[:h.])\s?(?P<{p}min>[0-5]\d)(?::[0-5]\d)?(?!\d))?"
        rf"(?:\s?(?P<{p}ap>(?P<{p}am>{_AM})|(?P<{p}pm>{_PM})|(?P<{p}noon>{_NOON})))?"
        rf"(?P<{p}suf>\s?(?:{_SUFFIX}))?)"
    )


_ZONE_NAMES_ALT = _alt([*ZONE_NAMES, *(f"heure de {c}" for c in CITY_ZONES)])
_ABBR_ALT = trie_alt(ABBREVIATIONS)
# demonyms as written: folded keys plus their accented spellings ("española", "sénégalaise")
_DEMONYM_ALT = "|".join(
    sorted(
        {
            *DEMONYMS,
            "española",
            "hondureña",
            "panameña",
            "salvadoreña",
            "moçambicana",
            "française",
            "sénégalaise",
            "algérienne",
        },
        key=len,
        reverse=True,
    )
)
_CITY_ALT = trie_alt(name for name in CITY_NAMES if len(name) > 3)
_ZONE = (
    r"(?P<zone>(?<=\()(?:UTC|GMT)(?:[+-]\d\d:\d\d)?\)\s(?-i:[A-Z][\w'. -]+(?:,\s[A-Z][\w'. -]+)*)"
    r"|(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?(?!\d)"
    rf"|(?-i:(?:{_ABBR_ALT})(?:/(?:{_ABBR_ALT}))?(?![\w+-]))"
    rf"|{_ZONE_NAMES_ALT}"
    r"|(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s(?:[Tt]ime|[Ss]tandard [Tt]ime))"
    r"|(?-i:[A-Z][a-zäöü]+er)\s[Zz]eit|Ortszeit\s(?-i:[A-Z][\wäöü]+)"
    rf"|(?:heure|hora|horario|horário|ora)\s+(?:{_DEMONYM_ALT})\b"
    r"|(?:heure|hora|horario|horário|ora)\s+(?:de|da|del|du|do|di)\s+"
    r"(?-i:[A-Z][\w'-]+(?:\s(?:de\s|del\s|do\s|da\s)?[A-Z][\w'-]+)?)"
    rf"|\((?:{_CITY_ALT})\)"
    r"|بتوقيت\s+\w+(?:\s\w+)?)"
)
_ZONE_TAIL = rf"(?:\s*,?\s*\(?\s*{_ZONE}\s*\)?)?"
# "15/05/2024 09:00 - 15/05/2024 17:00": a numeric date may repeat before the end time.
_DATE_BETWEEN = r"(?:\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:T|,)?"
_CONN = (
    r"(?:-|to|till|until|a|as|à|ate|au|al|bis|alle|y|and|e|et|jusqu'?\s?(?:a|au)|fino\s+a"
    r"|و?الي|حتي|hasta|до|hadi|mpaka|sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|s/d|ile)"
)
# a line wrapped just after a range's connector ("de 10:00 a" / "12:30") continues the range
_WRAP = r"(?:[^\S\n]*\n)?"
# a clock word before the second end ("bis um 12", "até às 12h", "alle 12", "hasta las 13")
_CLOCK_B = r"(?:(?P<bclock>الساعه|las|la|as|um|alle)\s+)?"
_PREFIX = (
    r"(?:(?P<pre>a\s+las?|a\s+la|las|alle\s+ore|alle|ore|um|at|الساعه|from|de|das|des|von|dalle"
    r"|entre|desde|من|в|во|с|со|saat|pukul|jam|kl|klo)"
    r"\s+)?"
)
# "10:00 CET - 12:00": an abbreviation or offset between the two ends of a range.
_ZONE_MID = (
    rf"(?:\s*\(?(?P<zonea>(?-i:(?:{_ABBR_ALT})(?![\w+-]))|(?:UTC|GMT)\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?)"
    rf"\)?(?=\s*{_CONN}\s*\d))?"
)
_TIMES = re.compile(
    horizontal(
        rf"(?<![\w$€£.,:/+#-]){_PREFIX}{_part('a')}{_ZONE_MID}"
        rf"(?:\s*(?P<conn>{_CONN}){_WRAP}\s*(?:{_DATE_BETWEEN}\s+)?{_CLOCK_B}{_part('b')})?"
        rf"(?![\w/%]|[.,:]\d){_ZONE_TAIL}"
    ),
    _I,
)
_CLOCK_WORDS = frozenset(("a las", "a la", "las", "alle", "um", "الساعه"))
# a clock word that makes a dotted "14.00" a time on its own ("в 14.00", "saat 10.00",
# "um 14.00", "alle ore 10.00", "pukul 10.00"); a bare "18.11" stays a date
_DOT_CLOCK_WORDS = frozenset(
    ("alle ore", "ore", "um", "в", "во", "saat", "pukul", "jam", "kl", "klo")
)
# connectors are anchors too, so a range whose start is a word reaches back to it ("desde el
# mediodía hasta las 3", "do meio-dia até às 15h")
_ANCHOR_WORDS = frozenset(
    ("a", "la", "las", "alle", "dalle", "um", "الساعه", "-", "to", *_NOON_WORDS, *_DOT_CLOCK_WORDS)
) | frozenset(("hasta", "as", "ate", "until", "till", "au", "bis", "sampai", "hingga"))
_CUES = {
    "registration": r"registration|register|check-in|sign-in|accueil|inscription|enregistrement"
    r"|registro|acreditacion|inscripcion|credenciamento|التسجيل",
    "coffee": r"coffee|tea|break|cafe|pause|receso|intervalo|قهوه|استراحه",
    "lunch": r"lunch|dinner|dejeuner|diner|almuerzo|comida|cena|almoco|jantar|الغداء|العشاء",
    "arrival": r"arrival|arrive|doors open|arrivee|llegada|chegada|الوصول",
    "reception": r"reception|cocktail|networking|recepcion|recepcao|coquetel|حفل استقبال",
    "hours": r"opening hours|open daily|daily|offnungszeiten|taglich|horaires? d'ouverture"
    r"|tous les jours|horarios? de (?:apertura|atencion|visita)|todos los dias"
    r"|horarios? de (?:funcionamento|visita(?:cao)?)|diariamente|orari(?:o)? di apertura"
    r"|tutti i giorni|ogni giorno|يوميا|مواعيد الزياره",
    "vernissage": r"vernissage|opening (?:reception|night|ceremony|event)|official opening"
    r"|inauguration|inauguracion|inauguracao|inaugurazione|\w*eroffnung|افتتاح",
    "event": r"time|starts?|begins?|opening|heure|horaire|hora|horario|inicio|comienza|debut|الوقت"
    r"|الساعه|webinar|meeting|session|event|from|de|des|desde|das|من",
}
_CUE_RE = re.compile(
    "|".join(rf"(?<!\w)(?P<{name}>{words})(?!\w)" for name, words in _CUES.items()), _I
)
_CUE_WINDOW = 60


@dataclass(frozen=True, slots=True)
class _Clock:
    hour: int
    minute: int
    meridiem: str | None  # "am", "pm", "noon" or None
    marked: bool  # minutes, a suffix or a meridiem: a time on its own
    dotted: bool = False  # "10.30" with nothing else: a time only in a range or before a zone


def _clock(match: re.Match[str], p: str) -> _Clock | None:
    if match[f"{p}noonw"] is not None:  # "noon", "midi": a bare hour after it is afternoon
        return _Clock(12, 0, "noon", marked=True)
    if match[f"{p}mil"] is not None:
        return _Clock(int(match[f"{p}mil"][:2]), int(match[f"{p}mil"][2:]), None, marked=True)
    if match[f"{p}h"] is None:
        return None
    meridiem = next((m for m in ("am", "pm", "noon") if match[f"{p}{m}"]), None)
    sep, minute = match[f"{p}sep"], match[f"{p}min"]
    if sep == "." and not (meridiem or match[f"{p}suf"]):
        return _Clock(int(match[f"{p}h"]), int(minute), None, marked=False, dotted=True)
    marked = bool(minute or meridiem or match[f"{p}suf"])
    return _Clock(int(match[f"{p}h"]), int(minute or 0), meridiem, marked)


def _apply(clock: _Clock, meridiem: str | None) -> time | None:
    hour = clock.hour
    if meridiem in ("am", "pm") and not 1 <= hour <= 12:
        return None
    if meridiem == "am" and hour == 12:
        hour = 0
    elif (meridiem == "pm" and hour < 12) or (meridiem == "noon" and 1 <= hour <= 6):
        hour += 12
    return time(hour, clock.minute)


def _range(first: _Clock, second: _Clock) -> tuple[time, time] | None:
    """Both ends of a range; a meridiem written once applies to both ends when it keeps order."""
    end = _apply(second, second.meridiem)
    if end is None:
        return None
    start = _apply(first, first.meridiem)
    if first.meridiem is None and second.meridiem is not None and first.hour <= 12:
        shared = _apply(first, second.meridiem)
        if shared is not None and shared <= end:
            start = shared
    if start is None:
        return None
    if second.meridiem is None and first.meridiem and end < start and end.hour < 12:
        end = time(end.hour + 12, end.minute)
    return start, end


def _prefix(match: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", fold_lower(match["pre"] or ""))


def _alone(clock: _Clock, match: re.Match[str]) -> bool:
    """A single time: marked (not a bare "2h" that may be a duration), or after a clock word."""
    if _prefix(match) in _CLOCK_WORDS:
        return True
    short_duration = clock.meridiem is None and match["amin"] is None and clock.hour < 6
    return clock.marked and not (short_duration and match["asep"] is None)


def _clock_pair(match: re.Match[str]) -> bool:
    """Bare hours with a clock word before each end: "dalle 10 alle 12", "um 10 bis um 12"."""
    paired = match["bclock"] is not None or fold_lower(match["conn"] or "") == "alle"
    return _prefix(match) in ("dalle", "um", "las", "a las") and paired


def _times(match: re.Match[str]) -> tuple[time, time | None] | None:
    first, second = _clock(match, "a"), _clock(match, "b")
    assert first is not None
    if first.dotted and (second is None or second.dotted):
        worded = _prefix(match) in _DOT_CLOCK_WORDS and first.minute % 5 == 0  # not "в 18.11"
        clocked = match["zone"] is not None or worded
        return _dotted(first, second, has_zone=clocked)
    if second is None:
        single = _apply(first, first.meridiem) if _alone(first, match) else None
        return None if single is None else (single, None)
    if not second.marked and first.meridiem is None and not _clock_pair(match):
        return None
    return _range(first, second)


def _dotted(
    first: _Clock, second: _Clock | None, has_zone: bool
) -> tuple[time, time | None] | None:
    """ "10.00-12.00" and "10.00 CET" are times; "1.50-2.50" and a lone "10.30" are not."""
    start = time(first.hour, first.minute)
    if second is None:
        return (start, None) if has_zone else None
    end = time(second.hour, second.minute)
    if start < end and (has_zone or first.hour >= 7):
        return start, end
    return None


def _cue(folded: str, start: int, floor: int) -> str | None:
    """What a time is for, from the words before it: the same line and clause, after ``floor``
    (the previous time). A specific cue (registration, lunch...) beats a generic event word."""
    lo = max(floor, folded.rfind("\n", 0, start) + 1, start - _CUE_WINDOW)
    clause = max(folded.rfind(";", lo, start), folded.rfind(". ", lo, start))
    found = list(_CUE_RE.finditer(folded, max(lo, clause + 1), start))
    specific = [m.lastgroup for m in found if m.lastgroup != "event"]
    if specific:
        return specific[-1]
    return "event" if found else None


def _zone_text(match: re.Match[str], text: str) -> str | None:
    """The zone as written; an Outlook display name keeps its "(UTC+01:00)" parenthesis."""
    group = "zone" if match["zone"] else "zonea"
    if not match[group]:
        return None
    start, end = match.span(group)
    if start > 0 and text[start - 1] == "(" and ")" in text[start:end].split(" ")[0]:
        start -= 1
    return text[start:end]


def _mention(match: re.Match[str], text: str, folded: str, floor: int) -> TimeMention | None:
    times = _times(match)
    if times is None:
        return None
    start = match.start("pre") if _prefix(match) in _CLOCK_WORDS else match.start("aall")
    end = match.end()
    while end > start and text[end - 1] in " ,(":
        end -= 1
    zone = _zone_text(match, text)
    return TimeMention(
        start=times[0],
        end=times[1],
        span=(start, end),
        text=text[start:end],
        zone=zone.strip() if zone else None,
        cue=_cue(folded, start, floor),
    )


# Arabic hours written as words: "الساعة العاشرة صباحاً", "التاسعة والنصف حتى الواحدة ظهراً".
_AR_HOURS = {
    "الواحده": 1,
    "الثانيه": 2,
    "الثالثه": 3,
    "الرابعه": 4,
    "الخامسه": 5,
    "السادسه": 6,
    "السابعه": 7,
    "الثامنه": 8,
    "التاسعه": 9,
    "العاشره": 10,
    "الحاديه عشره": 11,
    "الحاديه عشر": 11,
    "الثانيه عشره": 12,
    "الثانيه عشر": 12,
}
_AR_FRACTIONS = {"النصف": 30, "الربع": 15, "الثلث": 20}


_AR_PERIOD = r"(?:صباح|فجر|ظهر|عصر|مساء|ليل)"
_AR_CUES = re.compile(rf"الساعه|{_AR_PERIOD}")


def _ar_part(p: str) -> str:
    return (
        rf"(?P<{p}h>{trie_alt(_AR_HOURS)})(?!\w)"
        rf"(?:\s+و\s?(?P<{p}f>{trie_alt(_AR_FRACTIONS)})(?!\w))?"
        rf"(?:\s+(?P<{p}mer>صباح[اً]*|فجر[اً]*|ظهر[اً]*|عصر[اً]*|مساء[اًء]*|ليل[اً]*)(?!\w))?"
    )


# "الساعة العاشرة", or an hour word with its period word and no "الساعة" ("في العاشرة صباحاً",
# "من التاسعة صباحاً حتى الواحدة ظهراً"); a bare ordinal ("الدورة العاشرة") is no time.
_AR_TIMES = re.compile(
    horizontal(
        rf"(?:(?P<sa>الساعه)\s+|(?<!\w))"
        rf"{_ar_part('a')}"
        rf"(?:\s+(?:حتي|الي|و?لغايه|-)\s+(?:الساعه\s+)?{_ar_part('b')})?"
        r"(?:\s+(?P<zone>بتوقيت\s+\w+(?:\s\w+)?))?"
    )
)
_AR_MERIDIEM = {"ص": "am", "ف": "am", "ظ": "noon", "ع": "pm", "م": "pm", "ل": "pm"}


def _ar_clock(match: re.Match[str], p: str) -> _Clock | None:
    if match[f"{p}h"] is None:
        return None
    hour = _AR_HOURS[re.sub(r"\s+", " ", match[f"{p}h"])]
    minute = _AR_FRACTIONS.get(match[f"{p}f"] or "", 0)
    mer = match[f"{p}mer"]
    return _Clock(hour, minute, _AR_MERIDIEM[mer[0]] if mer else None, marked=True)


def _arabic_word_times(text: str, folded: str) -> Iterator[TimeMention]:
    if _AR_CUES.search(folded) is None:
        return
    for match in _AR_TIMES.finditer(folded):
        first, second = _ar_clock(match, "a"), _ar_clock(match, "b")
        assert first is not None
        if match["sa"] is None and not (match["amer"] or match["bmer"]):
            continue
        if second is None:
            single = _apply(first, first.meridiem)
            times: tuple[time, time | None] | None = None if single is None else (single, None)
        else:
            times = _range(first, second)
        if times is None:
            continue
        start, end = match.span()
        zone = text[match.start("zone") : match.end("zone")] if match["zone"] else None
        cue = _cue(folded, start, 0)
        yield TimeMention(times[0], times[1], (start, end), text[start:end], zone, cue)


def find_times(text: str, *, language: str | None = None) -> list[TimeMention]:
    """All clock times and time ranges in ``text``, in text order.

    ``language`` is accepted for symmetry with ``find_dates``; the grammar covers en, fr, es,
    pt, ar (and common de/it forms) at once.
    """
    del language
    folded = _without_day_labels(fold(text))
    found: list[TimeMention] = []
    consumed = 0
    for match in _anchored(folded, digit_runs(folded, url_spans(folded))):
        if match.start() < consumed:
            continue
        floor = found[-1].span[1] if found else 0
        mention = _mention(match, text, folded, floor)
        if mention is not None:
            found.append(mention)
            consumed = match.end()
    found = _with_word_times(found, _arabic_word_times(text, folded))
    found = _with_swahili_times(found, text, folded)
    if any(w in folded for w in _NOON_WORDS):
        found = _with_word_times(found, _noon_alone(text, folded))
    return found


# "Day 1: 09:00", "Jour 2 : 9h", "Día 1:", "Dia 2:", "Session 3: 14:00": the label's number is
# no hour ("1: 09" is not 01:09).
_DAY_LABEL = re.compile(
    r"(?<![\w])(?:day|jour(?:nee)?|dia|tag|giorno|jornada|siku|gun|session|sesion|seance|sessao"
    r"|sessione|module|modulo|part(?:ie|e)?|panel|step|etape|etapa)\s*(?:n[o°]\.?\s*)?"
    r"(?P<n>\d{1,2})(?=\s*[:.)–—-](?!\d))",
    _I,
)


def _without_day_labels(folded: str) -> str:
    """The number of a "Day N:" label blanked (same length), so it never reads as an hour."""
    if not any(c.isdigit() for c in folded):
        return folded
    return _DAY_LABEL.sub(
        lambda m: m.group(0).replace(m.group("n"), " " * len(m.group("n"))), folded
    )


_NOON_ALONE = re.compile(
    r"(?<!\w)(?:at|from|by|à|a partir de|des|a|al|desde|ao|às|as|um|alle|a|dalle)\s+"
    rf"(?:{'|'.join(_NOON_WORDS)})(?!\w)(?!\s*(?:-|–|to|a|à|até|bis|alle)\s*\d)",
    _I,
)


def _noon_alone(text: str, folded: str) -> Iterator[TimeMention]:
    """ "at noon", "à midi", "al mediodía", "ao meio-dia", "alle mezzogiorno": 12:00, no end."""
    for match in _NOON_ALONE.finditer(folded):
        start, end = match.span()
        cue = _cue(folded, start, 0)
        yield TimeMention(time(12, 0), None, (start, end), text[start:end], None, cue)


def _with_word_times(found: list[TimeMention], extra: Iterator[TimeMention]) -> list[TimeMention]:
    """Add times written in words where no digit time overlaps them, keeping text order."""
    spans = [m.span for m in found]
    added = [m for m in extra if all(m.span[1] <= s or m.span[0] >= e for s, e in spans)]
    return sorted([*found, *added], key=lambda m: m.span) if added else found


def _with_swahili_times(found: list[TimeMention], text: str, folded: str) -> list[TimeMention]:
    """Swahili clock times ("saa 3:00 asubuhi" = 09:00) replace the digit times inside them."""
    extra = swahili_times(folded)
    if not extra:
        return found
    added = [
        TimeMention(start, end, span, text[span[0] : span[1]], None, _cue(folded, span[0], 0))
        for span, start, end in extra
    ]
    kept = [
        m for m in found if all(m.span[1] <= a.span[0] or m.span[0] >= a.span[1] for a in added)
    ]
    return sorted([*kept, *added], key=lambda m: m.span)


def _is_hhmm(folded: str, start: int, end: int) -> bool:
    return end - start == 4 and folded[start] in "012"


def _anchored(folded: str, runs: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Time matches anchored on each run of one or two digits (and clock or noon words before)."""
    consumed = 0
    for start, end in runs:
        if start < consumed or (end - start > 2 and not _is_hhmm(folded, start, end)):
            continue
        for anchor in (*words_before(folded, start, _ANCHOR_WORDS, limit=3), start):
            match = _TIMES.match(folded, anchor)
            if match is not None:
                consumed = match.end()
                yield match
                break
