"""Event blocks and their fields, combining the pure finders (temporal, gazetteer, location, ...).

A *block* is the text one event is described in: a calendar VEVENT (with the body as context), one
numbered item of a multi-event mail, or the whole announcement. Each field is a FieldValue with
evidence into the ``body`` part (or ``subject``/``calendar``). Rules here are general: labelled
lines ("Date:", "Venue:") beat free mentions; deadline/past/umbrella dates and arrival or lunch
times are skipped; a sender's corrected value beats the one they say was a mistake. A reply
above the announcement it corrects gives one event: the reply's values, the quoted original's
for what the reply does not restate; a reply naming its own event above a quoted call for
events, digest or someone else's event gives its own event alone (``reply_owns_event``). A
programme's session ranges are not the event's hours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from parsers.calendar import CalendarEvent, is_cancellation, location_offset
from parsers.event_type import TypeSignal, classify_event_type_signal
from parsers.gazetteer import (
    Place,
    canonical_zone,
    capital_namesake,
    city_by_name,
    find_countries,
    find_places,
    metro_city,
)
from parsers.location import detect_mode, find_venue
from parsers.organizer import needs_ner, organizer_readings
from parsers.sections import Section, dated_title, heading_sections
from parsers.status import detect_status
from parsers.temporal import DateMention, TimeMention, find_dates, find_times
from parsers.title import (
    TitleCandidate,
    choose_title,
    event_name,
    is_sentence,
    same_event_name,
    strip_subject,
)
from parsers.types import Block, Evidence, FieldValue, Sources
from parsers.zones import windows_zone_to_iana, zone_from_text

MAX_AHEAD_DAYS = 900
ABBREVIATION_ZONE_CONF = 0.6  # confidence of a zone read from an abbreviation/offset alone


# ------------------------------------------------------------------------------------ dates

_NEGATED = re.compile(
    r"\b(?:instead of|not on|not at|not from|not|I wrote|en lugar de|no el|no del?|no a las"
    r"|au lieu d[eu]|et non|pas l[ea]|em vez de|e não|não|wrongly|incorrectly|anziché|invece d\w*"
    r"|e non|non il|statt|anstatt|nicht am|nicht um)\W{0,3}"
    r"(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
_MISTAKE = re.compile(
    r"\b(?:by mistake|in error|wrongly|typo|por error|por equivocación|par erreur"
    r"|erroneamente|por engano|per errore|irrtümlich|fälschlicherweise|versehentlich|بالخطأ)\b",
    re.IGNORECASE,
)
_UMBRELLA = re.compile(
    r"(?:migration week|semana de (?:la )?migraci[oó]n|semaine des? migrations?|semana das migra\w+"
    r"|IMRF|International Migration Review Forum|GFMD|Global Forum on Migration|COP ?\d+"
    r"|أسبوع الهجرة)(?:\s+(?:\d{4}|summit|sommet|cumbre|cimeira|and development))?"
    r"(?:\s+(?:runs?|takes? place|is held|will (?:run|take place)|se (?:tiendra|celebra\w*)"
    r"|aura lieu|tem lugar|decorre\w*|va|irá))?\s*(?:from|du|del|de|on|le|el|entre|between)?"
    r"\s*(?:\([^()]{0,25}|[,:–—-]?\s*)$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"(?:^|\n)[ \t*•-]*(?:date|dates|when|fecha|fechas|cuándo|data|datas|quand|le|التاريخ"
    r"|new date|nueva fecha|nouvelle date|nova data)\s*[:|]",
    re.IGNORECASE,
)


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    left = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start), text.rfind("\n-", 0, start))
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : start], text[end:right]


def _corrected_away(text: str, span: tuple[int, int]) -> bool:
    """A value the sender marks as wrong: "not 9:00", "I wrote 30 January by mistake"."""
    before, after = _sentence_around(text, span[0], span[1])
    after = after.split("(", 1)[0]  # a parenthesis after a value speaks of another value
    if _in_negated_parenthesis(text, span[0]):
        return True
    return bool(_NEGATED.search(before[-40:]) or _MISTAKE.search(after[:60]))


_NEG_PAREN = re.compile(
    r"\(\s*(?:not|no|non|pas|não|nao|ni|instead of|en lugar de|au lieu)\b", re.I
)


def _in_negated_parenthesis(text: str, pos: int) -> bool:
    """Inside "(not the Palace in Cuenca)" or "(no de 9:00 a 12:00)"."""
    opening = text.rfind("(", max(0, pos - 80), pos)
    if opening == -1 or ")" in text[opening:pos]:
        return False
    return bool(_NEG_PAREN.match(text, opening))


_MARGINS = re.compile(
    r"\b(?:on the (?:margins?|sidelines?) of|in the (?:margins?|framework) of|alongside"
    r"|on the occasion of|as part of|during|en marge d[ue]s?|dans le cadre d[ue]s?|lors d[ue]s?"
    r"|à l'occasion d[ue]s?|al margen d[ee]l?|en el marco d[ee]l?|con ocasión d[ee]l?|durante"
    r"|à margem d[aoe]s?|no âmbito d[aoe]s?|por ocasião d[aoe]s?|in occasione d\w*|a margine d\w*"
    r"|nell'ambito d\w*|am Rande d\w*|im Rahmen d\w*|anlässlich d\w*|على هامش|في إطار|بمناسبة)\b",
    re.IGNORECASE,
)


def _umbrella(text: str, span: tuple[int, int]) -> bool:
    before = text[max(0, span[0] - 60) : span[0]]
    return bool(_UMBRELLA.search(before.rstrip(" (–-,"))) or _host_parenthesis(text, span[0])


def _host_parenthesis(text: str, pos: int) -> bool:
    """ "On the margins of the Regional Forum (Lima, 2-4 June)": the host event's own dates."""
    opening = text.rfind("(", max(0, pos - 40), pos)
    if opening == -1 or ")" in text[opening:pos]:
        return False
    lead = text[max(0, opening - 160) : opening]
    lead = lead[max(lead.rfind(". "), lead.rfind("\n\n")) + 1 :]
    return bool(_MARGINS.search(lead))


_WROTE = re.compile(
    r"(?:\bwrote|a écrit|escribió|escreveu|ha scritto|scrisse|كتب)\s*:?\s*$"
    r"|\bschrieb\b[^\n]{0,100}:\s*$",
    re.IGNORECASE,
)
_SENT = re.compile(
    r"^[ \t>*]*(?:sent|envoyé|enviado|enviada|gesendet|inviato|date|data|datum|fecha)\s*:",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^[ \t>*]*(?:from|de|von|da|to|à|para|an|a|cc|subject|objet|asunto|assunto|betreff"
    r"|oggetto)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def _lines_around(text: str, pos: int) -> tuple[str, str, str]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    prev = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1 : len(text) if nxt_end == -1 else nxt_end] if end < len(text) else ""
    return prev, text[start:end], nxt


def on_attribution_line(text: str, pos: int) -> bool:
    """True inside a quote attribution ("On ... wrote:", "Am ... schrieb", "Le ... a écrit :")
    or a quoted header's sent-date line: its date and time are the mail's, not the event's."""
    prev, line, nxt = _lines_around(text, pos)
    if _WROTE.search(line) or _WROTE.search(nxt):
        return True
    return bool(_SENT.match(line)) and bool(_HEADER.match(prev) or _HEADER.match(nxt))


def event_dates(text: str, reference: date, language: str) -> tuple[DateMention, ...]:
    """Dates that can be the event's: not deadlines, past, umbrella or corrected-away dates."""
    kept = []
    for m in find_dates(text, reference=reference, language=language):
        if m.cue in ("deadline", "past") or m.start < reference - timedelta(days=1):
            continue
        if m.start > reference + timedelta(days=MAX_AHEAD_DAYS):
            continue
        if _corrected_away(text, m.span) or _umbrella(text, m.span):
            continue
        if on_attribution_line(text, m.span[0]):
            continue
        kept.append(m)
    return tuple(kept)


def _labelled(text: str, span: tuple[int, int]) -> bool:
    line_start = text.rfind("\n", 0, span[0]) + 1
    return bool(_DATE_LABEL.match("\n" + text[line_start : span[0]]))


def pick_date(block: Block, status: str) -> DateMention | None:
    """Labelled dates first, then dates with a year, then the first; rescheduled: the latest.

    In a reply, dates in the newest part (a correction) win over the quoted original.
    """
    ranked = ranked_dates(block, status)
    return ranked[0] if ranked else None


def date_features(block: Block, m: DateMention) -> dict[str, bool | int]:
    """What today's date precedence reads of a mention (also the candidates' features)."""
    return {
        "newest": block.start + m.span[0] < block.new_len,
        "labelled": _labelled(block.text, m.span),
        "explicit_year": m.explicit_year,
        "relative": m.relative,
        "position": m.span[0],
    }


def ranked_dates(block: Block, status: str) -> list[DateMention]:
    """The block's date mentions ranked by today's precedence, as a scoring function: the
    newest part of a reply first; then, for a rescheduled event, the latest date; else the
    first labelled date, then the first with its year, then the first in the text."""
    feats = [date_features(block, m) for m in block.dates]

    def score(i: int) -> tuple[int | bool, ...]:
        f, m = feats[i], block.dates[i]
        if status == "rescheduled":
            return (f["newest"], m.start.toordinal(), -i)
        # a year counts only between unlabelled dates: the first labelled date wins
        return (f["newest"], f["labelled"], f["explicit_year"] and not f["labelled"], -i)

    return [block.dates[i] for i in sorted(range(len(feats)), key=score, reverse=True)]


# ------------------------------------------------------------------------------------ times

_NOT_START = re.compile(
    r"(?:arriv\w*|refreshments?|lunch|coffee|breakfast|doors open|registration (?:desk|opens)"
    r"|accueil|café|déjeuner|petit-déjeuner|inscriptions? à partir|llegada|almuerzo|refrigerio"
    r"|acreditación|registro de participantes|chegada|almoço|credenciamento|welcome)"
    r"[^\n.]{0,40}$",
    re.IGNORECASE,
)


_OPENING_EVENT = re.compile(
    r"\b(?:vernissage|opening (?:reception|night|ceremony)|official opening|inaugura(?:tion|ción"
    r"|ção|zione)|\w*eröffnung|افتتاح)",
    re.IGNORECASE,
)


def _event_times(block: Block) -> list[TimeMention]:
    """Times that can be the event's: not arrival/lunch/corrected-away/attribution times."""
    return [
        t
        for t in find_times(block.text)
        if not _after_arrival_word(block.text, t)
        and not _programme_label_skips(block.text, t)
        and not _corrected_away(block.text, t.span)
        and not on_attribution_line(block.text, t.span[0])
        and t.cue not in ("arrival", "deadline", "past")
    ]


def _after_arrival_word(text: str, t: TimeMention) -> bool:
    """ "Arrival and coffee from 8:30": not the start. On a programme line the arrival word
    before it is the previous line's label ("08:30 Registration" / "09:00 Opening")."""
    if _opens_line(text, t) and _AGENDA_LINE.match(_lines_around(text, t.span[0])[0]):
        return False
    return bool(_NOT_START.search(text[max(0, t.span[0] - 60) : t.span[0]]))


def _in_reply(block: Block, t: TimeMention) -> bool:
    return block.start + t.span[0] < block.new_len


def original_range(block: Block, start: time) -> TimeMention | None:
    """In a reply that restates only the start, the quoted original's range when its end still
    closes the corrected session (later than the new start)."""
    quoted = [t for t in _event_times(block) if not _in_reply(block, t) and t.end is not None]
    if not quoted or quoted[0].end is None or quoted[0].end <= start:
        return None
    return quoted[0]


def pick_time(block: Block, near: int) -> TimeMention | None:
    """The programme time: not arrival/lunch/corrected-away times; closest after the date."""
    times = _event_times(block)
    if not times:
        return None
    newest = [t for t in times if _in_reply(block, t)]
    times = newest or times
    opening = [t for t in times if t.cue == "vernissage"]
    if opening and any(t.cue == "hours" for t in times):
        return opening[0]  # the announced opening, not the exhibition's daily hours
    if _OPENING_EVENT.search(block.text[:6000]):
        times = [t for t in times if t.cue != "hours"] or times
    after = [t for t in times if t.span[0] >= near]
    ranged = [
        t for t in (after or times) if t.end is not None and not _programme_item(block.text, t)
    ]
    return (ranged or after or times)[0]


def _programme_item(text: str, t: TimeMention) -> bool:
    """A time opening a line of a programme (a line next to it opens with a time too): the hours
    of one session ("15:00 – 16:00  Closing"), not the event's."""
    prev, _, nxt = _lines_around(text, t.span[0])
    return _opens_line(text, t) and bool(_AGENDA_LINE.match(prev) or _AGENDA_LINE.match(nxt))


def _opens_line(text: str, t: TimeMention) -> bool:
    return not text[text.rfind("\n", 0, t.span[0]) + 1 : t.span[0]].strip(" \t*•-")


_NOT_START_AFTER = re.compile(
    r"[\s:.–—-]{0,6}(?:registration|arrival|welcome coffee|coffee|breakfast|doors open|accueil"
    r"|inscription|café|petit-déjeuner|acreditación|registro|llegada|recepción de participantes"
    r"|credenciamento|chegada|boas-vindas|anmeldung|ankunft|empfang|registrazione|accoglienza"
    r"|arrivo|التسجيل|الاستقبال)",
    re.IGNORECASE,
)


def _programme_label_skips(text: str, t: TimeMention) -> bool:
    """A programme line "8h30  Accueil et inscription": the label after the time is arrival."""
    line_start = text.rfind("\n", 0, t.span[0]) + 1
    if text[line_start : t.span[0]].strip():
        return False
    return bool(_NOT_START_AFTER.match(text, t.span[1]))


_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("monday", "lundi", "lunes", "segunda", "montag", "lunedì", "الاثنين"),
    1: ("tuesday", "mardi", "martes", "terça", "dienstag", "martedì", "الثلاثاء"),
    2: ("wednesday", "mercredi", "miércoles", "quarta", "mittwoch", "mercoledì", "الأربعاء"),
    3: ("thursday", "jeudi", "jueves", "quinta", "donnerstag", "giovedì", "الخميس"),
    4: ("friday", "vendredi", "viernes", "sexta", "freitag", "venerdì", "الجمعة"),
    5: ("saturday", "samedi", "sábado", "sabado", "samstag", "sabato", "السبت"),
    6: ("sunday", "dimanche", "domingo", "sonntag", "domenica", "الأحد"),
}


_DAY_HEADING = re.compile(
    r"(?<!\w)(?:day|jour(?:née)?|d[ií]a|tag|giorno|jornada|siku|gün)\s*(\d{1,2})"
    r"(?=\s*[:.)–—-](?!\d)|\s*\n)",
    re.IGNORECASE,
)
_ORDINAL_DAY = re.compile(
    r"(?<!\w)(?:(second|third|fourth|fifth|last|final) day|(deuxième|troisième|quatrième"
    r"|cinquième|dernier) jour|(segund[oa]|tercer|tercero|terceiro|cuart[oa]|quarto|últim[oa])"
    r" d[ií]a|اليوم (الثاني|الثالث|الرابع|الأخير))(?!\w)",
    re.IGNORECASE,
)
_ORDINALS = {
    **dict.fromkeys(("second", "deuxième", "segundo", "segunda", "الثاني"), 2),
    **dict.fromkeys(("third", "troisième", "tercer", "tercero", "terceiro", "الثالث"), 3),
    **dict.fromkeys(("fourth", "quatrième", "cuarto", "cuarta", "quarto", "الرابع"), 4),
    "fifth": 5,
    "cinquième": 5,
}
_LAST_WORDS = frozenset(("last", "final", "dernier", "último", "última", "الأخير"))


def _day_headings(text: str) -> list[tuple[int, int]]:
    """ "Day 2:", "Jour 3 :", "Día 2", "second day", "dernier jour": (position, day number;
    0 for "last day")."""
    found = [(m.start(), int(m.group(1))) for m in _DAY_HEADING.finditer(text)]
    for m in _ORDINAL_DAY.finditer(text):
        word = next(g for g in m.groups() if g).lower()
        found.append((m.start(), 0 if word in _LAST_WORDS else _ORDINALS.get(word, -1)))
    return sorted(found)


def _last_day_anchors(block: Block, first: date, last: date) -> list[int]:
    """Where the text names the last day on its own: "Mercredi 17 décembre", "lunes de ...",
    "Day 2:" of a two-day event, "último día"."""
    anchors = [m.span[0] for m in block.dates if m.start == m.end == last]
    low = block.text.lower()
    for name in _WEEKDAYS[last.weekday()]:
        anchors += [m.start() for m in re.finditer(rf"(?<!\w){name}(?!\w)", low)]
    count = (last - first).days + 1
    anchors += [pos for pos, n in _day_headings(block.text) if n in (0, count)]
    return sorted(anchors)


_ANY_DAY = re.compile(
    r"(?<!\w)(?:" + "|".join(n for names in _WEEKDAYS.values() for n in names) + r")(?!\w)"
)


def _day_segment_start(block: Block, anchor: int) -> int:
    """The line start, or the clause start when another day is named earlier on the line
    ("domingo de 10:00 a 18:00; lunes de 9:30 a 14:00", "..., ending at 13:00 on 26 May")."""
    line_start = block.text.rfind("\n", 0, anchor) + 1
    before = block.text[line_start:anchor].lower()
    other_date = any(line_start <= m.span[0] < anchor for m in block.dates)
    if not (other_date or _ANY_DAY.search(before)):
        return line_start
    clause = max(block.text.rfind(c, line_start, anchor) for c in ",;.")
    return max(clause + 1, line_start)


def last_day_close(block: Block, first: date, last: date) -> time | None:
    """The close on the last day of a multi-day event: the latest time on the last day's line or
    in its programme (until the next day heading or a blank line)."""
    if last <= first:
        return None
    times = [t for t in find_times(block.text) if not _corrected_away(block.text, t.span)]
    best: time | None = None
    headings = [pos for pos, _ in _day_headings(block.text)]
    for anchor in _last_day_anchors(block, first, last):
        line_start = _day_segment_start(block, anchor)
        stop = block.text.find("\n\n", anchor)
        stop = len(block.text) if stop == -1 else stop
        later = [m.span[0] for m in block.dates] + headings
        stop = min([stop, *(p for p in later if anchor < p < stop)])
        for t in times:
            if line_start <= t.span[0] < stop and t.cue not in ("deadline", "past", "hours"):
                close = t.end or t.start
                best = close if best is None or close > best else best
    return best


def _hhmm(value: time | None) -> str | None:
    return None if value is None else f"{value.hour:02d}:{value.minute:02d}"


# ------------------------------------------------------------------------------------ blocks

_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[•▪●■◆*-]|[A-Z][.)])[ \t]+\S", re.MULTILINE)


def _items(text: str) -> list[tuple[int, int]]:
    starts = [m.start() for m in _ITEM.finditer(text)]
    spans = []
    for i, s in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        para_end = text.find("\n\n", s)
        if (
            para_end != -1
            and para_end < end
            and not text[para_end + 2 : end].startswith((" ", "\t"))
        ):
            end = para_end
        spans.append((s, end))
    return spans


_QUOTED_NAME = re.compile(r"^([^«“\"]{0,40}?)\s*[«“\"]\s*([^»”\"]{3,200}?)\s*[»”\"]")


def _item_title(text: str) -> str:
    """An item's first line; just the quoted name when a short kind label precedes it."""
    first = text.strip().split("\n", 1)[0]
    first = re.sub(r"^[ \t]*(?:\d{1,2}[.)]|[•▪●■◆*-]|[A-Z][.)])[ \t]+", "", first)
    quoted = _QUOTED_NAME.match(first)
    if quoted and len(quoted.group(1).split()) <= 3:
        return quoted.group(2)
    return strip_subject(first)


def event_blocks(sources: Sources, language: str) -> tuple[Block, ...]:
    """Calendar events, else numbered items with their own dates (2+), else the announcement."""
    body = sources.body
    if sources.calendars:
        return tuple(_calendar_blocks(sources))
    items = []
    for s, e in _items(body[: sources.new_len] if not sources.is_reply else body):
        dates = event_dates(body[s:e], sources.reference, language)
        if dates and _item_title(body[s:e]):
            items.append(Block(s, e, body[s:e], dates, item_title=_item_title(body[s:e])))
    items = _quoted_events(sources, items)
    if len({(b.dates[0].start, b.item_title) for b in items}) >= 2:
        return tuple(items)
    sections = _section_blocks(sources, language) or _dated_paragraph_blocks(sources, language)
    if sections:
        return sections
    dates = event_dates(body, sources.reference, language)
    new_len = sources.new_len if sources.is_reply else 0
    return (Block(0, len(body), body, dates, new_len=new_len),) if dates else ()


def _calendar_blocks(sources: Sources) -> Iterator[Block]:
    """One block per dated calendar event: the whole body, or, for several events whose
    descriptions were read into the body, each event's own description."""
    body = sources.body
    spans = sources.described if len(sources.calendars) > 1 else ()
    for i, cal in enumerate(sources.calendars):
        if not cal.start_date:
            continue
        start, end = spans[i] if i < len(spans) and spans[i][1] else (0, len(body))
        yield Block(start, end, body[start:end], (), calendar=cal)


_CORRECTION = re.compile(
    r"\b(?:correction|corrigendum|erratum|errata|rectificatif|rectification|correcci[oó]n"
    r"|fe de erratas|corre[cç][aã]o|correzione|korrektur|new date|nueva fecha|nouvelle date"
    r"|nova data|nuova data|neuer termin|change of date|date change|changement de date"
    r"|cambio de fecha|mudança de data|please note the change|la date a chang[ée]e?"
    r"|instead of|au lieu d[eu]|en lugar de|en vez de|em vez de|anziché|invece d\w*|statt"
    r"|anstatt|by mistake|par erreur|por error|por engano)\b|بدلا من|بدلاً من|تصحيح|موعد جديد",
    re.IGNORECASE,
)
_CALL_OR_DIGEST = re.compile(
    r"\b(?:call for (?:[\w-]+ ){0,4}(?:events?|submissions?|contributions?|proposals?"
    r"|activities)|newsletter|digest|bulletin|upcoming events|events? calendar"
    r"|submit (?:(?:your|their) )?(?:[\w-]+ )?(?:events?|activit\w+)|send us (?:your|details of"
    r" your) (?:events?|activit\w+)"
    r"|appel (?:à|aux|a) (?:événements|manifestations|contributions|propositions|activités)"
    r"|lettre d['’]information|infolettre|prochains événements|agenda des événements"
    r"|(?:envoyer|soumettre|partager) vos (?:événements|activités)"
    r"|convocatoria|llamad[oa] a (?:eventos|propuestas|actividades)|bolet[ií]n|boletim"
    r"|pr[óo]ximos eventos|agenda de eventos|(?:env[ií]en|compartan|enviar) sus (?:eventos"
    r"|actividades)|chamad[ao] (?:de|para) (?:eventos|propostas|atividades)"
    r"|(?:enviem|partilhem|compartilhem) (?:os )?seus eventos)\b"
    r"|نشرة|دعوة لتقديم|الفعاليات القادمة",
    re.IGNORECASE,
)


def reply_owns_event(sources: Sources, language: str) -> bool:
    """A reply whose own text announces the sender's own event above the quoted history: it has
    its own dates, is no correction ("new date", "instead of", "rectificatif", "بدلا من"), and
    names an event that is not the quoted one, or answers a call for events, a digest or a
    newsletter. Then the quoted events (other people's) are not the mail's."""
    if not sources.is_reply or not 0 < sources.new_len < len(sources.body):
        return False
    reply = sources.body[: sources.new_len]
    if _CORRECTION.search(reply) or not event_dates(reply, sources.reference, language):
        return False
    quoted = sources.body[sources.new_len : sources.quoted_end]
    name = event_name(reply)
    if _CALL_OR_DIGEST.search(sources.subject) or _CALL_OR_DIGEST.search(quoted[:3000]):
        return name is None or not _same_as_quoted(name.text, sources.subject, quoted)
    return name is not None and not _same_as_quoted(name.text, sources.subject, quoted)


def _same_as_quoted(name: str, subject: str, quoted: str) -> bool:
    """The reply names the quoted event (a reminder, a question about it)."""
    return same_event_name(name, strip_subject(subject) + "\n" + quoted[:6000])


def _quoted_events(sources: Sources, blocks: list[Block]) -> list[Block]:
    """In a reply, dated text above the quoted history speaks of the quoted event(s) (a corrected
    date, a reminder): the quoted events are the mail's events; a single one is the whole mail's
    event, read with the reply's corrections."""
    if not sources.is_reply:
        return blocks
    quoted = [b for b in blocks if b.start >= sources.new_len]
    return quoted if quoted and len(quoted) < len(blocks) else blocks


def _section_blocks(sources: Sources, language: str) -> tuple[Block, ...]:
    """Events under their own headings ("Event 2:", an HTML heading, a bold line), each with its
    own date; a dateless section (practical information) belongs to the one above it."""
    body = sources.body
    scope = body if sources.is_reply else body[: sources.new_len]
    found = heading_sections(scope, sources.headings)
    blocks: list[Block] = []
    for sec in found:
        dates = event_dates(body[sec.start : sec.end], sources.reference, language)
        if dates:
            blocks.append(
                Block(sec.start, sec.end, body[sec.start : sec.end], dates, None, sec.title)
            )
        elif blocks:
            last = blocks[-1]
            blocks[-1] = replace(last, end=sec.end, text=body[last.start : sec.end])
    blocks = _quoted_events(sources, blocks)
    if len(blocks) < 2 or _one_programme(sources, language, found, blocks):
        return ()
    return tuple(blocks)


_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _dated_paragraph_blocks(sources: Sources, language: str) -> tuple[Block, ...]:
    """A programme of separate events as paragraphs that each open with their own date
    ("Wednesday 19 November 2025 — Dialogue with ..., 10:00, Hotel X"); following undated
    paragraphs belong to the event above them."""
    body = sources.body
    scope = body if sources.is_reply else body[: sources.new_len]
    blocks: list[Block] = []
    for a, b in _paragraphs(scope):
        para = body[a:b]
        dates = event_dates(para, sources.reference, language)
        times = find_times(para) if dates else []
        title = (
            dated_title(para, dates[0].span, times[0].span[0] if times else None) if dates else ""
        )
        if title:
            blocks.append(Block(a, b, para, dates, None, title))
        elif blocks and not dates:
            last = blocks[-1]
            blocks[-1] = replace(last, end=b, text=body[last.start : b])
    blocks = _quoted_events(sources, blocks)
    if len(blocks) < 2:
        return ()
    found = [Section(b.start, b.end, b.item_title, False) for b in blocks]
    if _one_programme(sources, language, found, blocks) or _day_by_day(blocks):
        return ()
    return tuple(blocks)


def _day_by_day(blocks: list[Block]) -> bool:
    """Consecutive days where only the first names a place: one event's day-by-day programme."""
    days = sorted({b.dates[0].start for b in blocks})
    consecutive = (days[-1] - days[0]).days < len(days)
    return consecutive and not any(_usable_places(b.text) for b in blocks[1:])


def _one_programme(
    sources: Sources, language: str, found: list[Section], blocks: list[Block]
) -> bool:
    """Sections that are one event's programme: headings (not event labels) sharing a date, or
    consecutive days that a date range before the first heading already covers."""
    days = sorted({b.dates[0].start for b in blocks})
    if not all(s.labelled for s in found) and len(days) < len(blocks):
        return True
    consecutive = (days[-1] - days[0]).days < len(days)
    lead = event_dates(sources.body[: blocks[0].start], sources.reference, language)
    covered = any(m.start <= days[0] and m.end >= days[-1] and m.end > m.start for m in lead)
    return consecutive and covered


# ------------------------------------------------------------------------------------ fields


def _fv(
    value: Any,
    conf: float,
    part: str = "",
    span: tuple[int, int] | None = None,
    method: str = "",
    offset: int = 0,
    within: str = "",
) -> FieldValue:
    """A field value; ``within`` is the text ``span`` indexes (before ``offset``), whose
    characters there the evidence keeps so that ``parsers.evidence`` can find them again."""
    evidence = None
    if part and span is not None:
        quote = within[span[0] : span[1]] if within else ""
        evidence = Evidence(part, span[0] + offset, span[1] + offset, method, text=quote)
    return FieldValue(value, conf, evidence)


field_value = _fv  # the public name, for the candidate finders


@dataclass(frozen=True, slots=True)
class _Where:
    venue: FieldValue
    place: Place | None
    place_fv: FieldValue
    country: FieldValue
    mode: FieldValue
    places: tuple[Place, ...] = ()  # every usable city mention of the text read (alternatives)
    offset: int = 0  # where that text begins in ``part``
    part: str = "body"


_VENUE_LABEL = re.compile(
    r"^[ \t*•-]*(?:venue|location|where|place|address|lieu|adresse|lugar|sede|dirección|local"
    r"|endereço|ort|veranstaltungsort|luogo|sala|salle|où|d[óo]nde|onde|wo|dove|المكان|العنوان"
    r"|أين)\s*[:|]",
    re.IGNORECASE | re.MULTILINE,
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_EMAIL = re.compile(r"\S+@\S+")


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def _usable_places(text: str) -> list[Place]:
    bad = [m.span() for m in _URL.finditer(text)] + [m.span() for m in _EMAIL.finditer(text)]
    return [
        p
        for p in find_places(text)
        if not any(s <= p.span[0] < e for s, e in bad) and not _corrected_away(text, p.span)
    ]


def _choose_place(
    text: str, places: list[Place], venue_span: tuple[int, int] | None
) -> Place | None:
    if not places:
        return None
    lines = [_line_of(text, venue_span[0])] if venue_span is not None else []
    lines += [_line_of(text, m.start()) for m in _VENUE_LABEL.finditer(text)]
    for start, end in lines:
        on_line = [p for p in places if start <= p.span[0] <= end]
        if on_line:
            return on_line[-1]  # addresses end with the city: "Hotel X, Room 3, Vienna"
    if "\n" not in text.strip():
        return places[-1]  # a one-line location (calendar LOCATION)
    best = max(place_rank(text, p) for p in places)
    return next(p for p in places if place_rank(text, p) == best)


_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|à|en|em|no|na|a|in|nach|im|a|dans|desde|de)|[,(–—-]|في|ب)\s*$", re.IGNORECASE
)


def _in_a_name(text: str, place: Place) -> bool:
    """ "Riverside Conference Centre": the city word starts a longer capitalised name."""
    after = text[place.span[1] : place.span[1] + 2]
    return after[:1] == " " and after[1:2].isupper()


def place_rank(text: str, place: Place) -> int:
    """Address-like mentions ("..., Bogotá" at a line end, "in Bogotá") outrank a city word
    inside a longer name ("Centro Cultural Gabriel García Márquez")."""
    before = text[max(0, place.span[0] - 12) : place.span[0]]
    after = text[place.span[1] : place.span[1] + 3]
    rank = 0
    if _LOCATIVE.search(before):
        rank += 1
    if not after.strip(" ") or after.lstrip(" ")[:1] in ",.;)\n–-":
        rank += 1
    inside_name = before.rstrip(" ")[-1:].isalpha() and after[:1] == " " and after[1:2].isupper()
    return rank - 2 * inside_name


def where(sources: Sources, block: Block) -> _Where:
    """Venue, city, country and mode of a block; a mode the calendar states (schema.org
    eventAttendanceMode) wins over the one read from the text."""
    found = _in_metro(sources, _where_read(sources, block))
    stated = block.calendar.attendance if block.calendar is not None else ""
    if not stated or stated == found.mode.value or stated == "online":
        return found
    return replace(found, mode=_fv(stated, 0.95, "calendar", (0, 0), "schema.org"))


_SUBURB_MAX_POP = 500_000


def _in_metro(sources: Sources, found: _Where) -> _Where:
    """A suburb named alone ("Papatoetoe") is in the larger city the mail names elsewhere
    (subject, body, signature) when that city lies close by (``gazetteer.metro_city``)."""
    place = found.place
    if place is None or place.population >= _SUBURB_MAX_POP:
        return found
    texts = (
        sources.subject,
        sources.body[: sources.new_len or len(sources.body)],
        sources.signature,
    )
    big = metro_city(place, [p for t in texts if t for p in _usable_places(t)])
    if big is None:
        return found
    moved = Place(big.city, big.country, big.timezone, place.span, place.text, big.population)
    city = replace(found.place_fv, value=big.city, confidence=0.7)
    return replace(found, place=moved, place_fv=city)


_PLATFORM = re.compile(
    r"^\W*(?:(?:microsoft |ms )?teams|zoom|webex|google meet|skype|gotomeeting|whereby|online"
    r"|virtual|virtuel(?:le)?|en ligne|en l[ií]nea|remote|https?://\S+)"
    r"(?: (?:meeting|webinar|call|room|meeting room))?\W*$"
    r"|^\W*(?:r[ée]union|reuni[oó]n|reunião|riunione|besprechung|اجتماع)(?: de| do| di| von)?"
    r" (?:microsoft )?teams\W*$",
    re.IGNORECASE,
)
_LOCATION_SEGMENT = re.compile(r"\s*[;|/]\s*|\s+[–—-]\s+")


def _platform_only(location: str) -> bool:
    """A calendar LOCATION that names only the meeting tool ("Microsoft Teams Meeting",
    "Réunion Microsoft Teams", "Zoom", a join link)."""
    segments = [s for s in _LOCATION_SEGMENT.split(location) if s.strip()]
    return bool(segments) and all(_PLATFORM.match(s) for s in segments)


def _online(mode: FieldValue) -> _Where:
    none = _fv(None, 0.8)
    return _Where(none, None, none, none, mode)


def _with_join_link(found: _Where, cal: CalendarEvent) -> _Where:
    """An invitation carrying a join link (Teams/Zoom/Webex/Meet): held in a room too it is
    hybrid; with no room and no word of attending in person it is online."""
    if not cal.join_url or found.mode.value != "in_person":
        return found
    room = bool(cal.location) and not _platform_only(cal.location)
    if room or found.venue.value is not None:
        return replace(found, mode=_fv("hybrid", 0.8, "calendar", (0, 0), "ics"))
    if float(found.mode.confidence) < 0.8:  # no room, and the text says nothing of presence
        return _online(_fv("online", 0.8, "calendar", (0, 0), "ics"))
    return found


def _where_read(sources: Sources, block: Block) -> _Where:
    """Venue, city, country and mode of a block (calendar LOCATION first when there is one)."""
    cal = block.calendar
    if cal is not None:
        return _with_join_link(_where_calendar(sources, block, cal), cal)
    return _where_text(block)


def _where_calendar(sources: Sources, block: Block, cal: CalendarEvent) -> _Where:
    if cal.location and _platform_only(cal.location):
        at = location_offset(cal)
        return _online(_fv("online", 0.9, "calendar", (at, at + len(cal.location)), "ics"))
    if cal.location:
        found = _where_in(cal.location, "calendar", location_offset(cal), block.text)
        if found.place is not None or found.mode.value == "online":
            return found
    return _where_text(block)


def _where_text(block: Block) -> _Where:
    whole = _where_in(block.text, "body", block.start, block.text)
    if block.new_len:
        newest = _where_in(block.text[: block.new_len], "body", block.start, block.text)
        named = newest.place is not None and _in_a_name(block.text, newest.place)
        keeps_place = newest.place is not None and not (named and whole.place is not None)
        if newest.venue.value is not None and (keeps_place or whole.place is None):
            return newest
        if newest.venue.value is not None and whole.mode.value != "online":
            # a corrected room or hall: the place stays the one first announced
            return _Where(newest.venue, whole.place, whole.place_fv, whole.country, newest.mode)
    return whole


def _where_in(text: str, part: str, offset: int, context: str) -> _Where:
    places = _usable_places(text)
    venue = find_venue(text, city=_choose_place(text, places, None))
    venue_span = venue[1] if venue else None
    place = _choose_place(text, places, venue_span)
    mode_sig = detect_mode(
        context if part == "calendar" else text, has_physical_venue=venue is not None
    )
    mode = mode_sig.mode
    if mode == "online":
        return _Where(
            _fv(None, 0.8),
            None,
            _fv(None, 0.8),
            _fv(None, 0.8),
            _mode_fv(mode_sig, context if part == "calendar" else text),
        )
    venue_fv = (
        _fv(venue[0], 0.7, part, venue[1], "location", offset, text) if venue else _fv(None, 0.3)
    )
    if place is None:
        place = _namesake_on_venue_line(text, venue_span)
    if place is None:
        return _Where(
            venue_fv,
            None,
            _fv(None, 0.3),
            _country_only(text, part, offset),
            _mode_fv(mode_sig, context if part == "calendar" else text),
        )
    return _Where(
        venue_fv,
        place,
        _fv(place.city, 0.8, part, place.span, "gazetteer", offset, text),
        _fv(place.country, 0.85, part, place.span, "gazetteer", offset, text),
        _mode_fv(mode_sig, context if part == "calendar" else text),
        tuple(places),
        offset,
        part,
    )


def _namesake_on_venue_line(text: str, venue_span: tuple[int, int] | None) -> Place | None:
    """A country name on the venue line that also names its capital ("تونس", "Guatemala")."""
    lines = [_line_of(text, venue_span[0])] if venue_span is not None else []
    lines += [_line_of(text, m.start()) for m in _VENUE_LABEL.finditer(text)]
    for start, end in lines:
        for code, span in find_countries(text[start:end]):
            found = capital_namesake(text[start + span[0] : start + span[1]], code)
            if found is not None:
                at = (start + span[0], start + span[1])
                return Place(found.city, found.country, found.timezone, at, found.text, 0)
    return None


def _mode_fv(sig: Any, within: str) -> FieldValue:
    """The mode with the words that decided it (``sig.span`` indexes ``within``)."""
    span = getattr(sig, "span", None)
    return _fv(sig.mode, float(sig.confidence), "body" if span else "", span, "lexicon", 0, within)


def _country_only(text: str, part: str, offset: int) -> FieldValue:
    countries = find_countries(text)
    if not countries:
        return _fv(None, 0.3)
    code, span = countries[0]
    return _fv(code, 0.5, part, span, "gazetteer", offset, text)


# ------------------------------------------------------------------------------------ zone


def _zone_near_time(text: str, t: TimeMention | None) -> str | None:
    if t is None:
        return None
    after = text[t.span[1] : t.span[1] + 40]
    m = re.search(r"\(?\s*([A-Z][\w\- ]{2,30}?)\s+(?:time|hora|heure)\b", after)
    if m:
        place = city_by_name(m.group(1).strip())
        if place is not None:
            return place.timezone
    return None


def _zone_fv(zone: str | None, conf: float, rule: str) -> FieldValue:
    """A zone value: its evidence (the city, the calendar line, the written zone) is anchored
    by ``parsers.evidence``, which records ``rule``."""
    return FieldValue(zone, conf, Evidence("", 0, 0, rule) if zone else None)


def timezone(
    block: Block,
    place: Place | None,
    t: TimeMention | None,
    country_hint: str | None,
    organiser: Place | None = None,
    day: date | None = None,
) -> FieldValue:
    """IANA zone: the city decides; else the calendar TZID or the zone written by the time."""
    if place is not None and place.timezone:
        return _zone_fv(canonical_zone(place.timezone), 0.85, "gazetteer")
    cal = block.calendar
    if cal is not None and cal.tzid:
        zone = cal.tzid if "/" in cal.tzid else windows_zone_to_iana(cal.tzid, country=country_hint)
        return _zone_fv(canonical_zone(zone), 0.8, "ics")
    near = _zone_near_time(block.text, t)
    if near:
        return _zone_fv(canonical_zone(near), 0.75, "gazetteer")
    if t is not None and t.zone:
        written = zone_from_text(t.zone, country=country_hint)
        abbreviated = _ABBREVIATED.match(t.zone.strip("() ")) is not None
        if (
            written
            and abbreviated
            and organiser is not None
            and _same_offset(written, organiser.timezone, day, t)
        ):
            return _zone_fv(canonical_zone(organiser.timezone), 0.7, "gazetteer")
        return _zone_fv(
            canonical_zone(written), ABBREVIATION_ZONE_CONF if abbreviated else 0.7, "grammar"
        )
    return _fv(None, 0.4)


# a zone written as an abbreviation or offset ("EAT", "CET/CEST", "GMT+3"), not a named city
_ABBREVIATED = re.compile(
    r"^(?:[A-Z]{1,5}(?:/[A-Z]{1,5})?|(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d\d)?)$"
)


def _same_offset(written: str, local: str | None, day: date | None, t: TimeMention) -> bool:
    """Whether an abbreviation's zone ("EAT", "GMT") keeps the clock of the organiser's city on
    the event day: then the city names the zone (Kampala for EAT, Dakar for GMT)."""
    if not local or "/" not in written or day is None:
        return False
    moment = datetime.combine(day, t.start)
    try:
        here, there = ZoneInfo(written), ZoneInfo(local)
    except (KeyError, ValueError):
        return False
    return moment.replace(tzinfo=here).utcoffset() == moment.replace(tzinfo=there).utcoffset()


_OFFICE_BEFORE = re.compile(
    r"(?:office|bureau|oficina|escrit[óo]rio|b[üu]ro|ufficio|sede|secretariat|secrétariat"
    r"|secretaría|based|basée?s?|basad[oa]s?|sediad[oa]|مكتب)\s+(?:in|at|en|em|de|du|di|à|a|da"
    r"|do|in der|ب|في)?\s*(?:the\s+|l[ae]\s+)?$",
    re.IGNORECASE,
)
_OFFICE_AFTER = re.compile(r"\s*(?:office|bureau|team|hub|b[üu]ro)\b", re.IGNORECASE)


def _signature_place(signature: str) -> Place | None:
    """A signature's city: one in a country the signature names ("Kampala, Uganda") first."""
    places = _usable_places(signature)
    named = {code for code, _ in find_countries(signature)}
    in_named = [p for p in places if p.country in named]
    return in_named[0] if in_named else _choose_place(signature, places, None)


def organiser_place(sources: Sources) -> Place | None:
    """The organiser's city, for the zone of online events only: a place in the signature, else
    one the newest text names as the organiser's office ("our office in Dakar", "Lima office")."""
    if sources.signature:
        found = _signature_place(sources.signature)
        if found is not None:
            return found
    text = sources.body[: sources.new_len or len(sources.body)][:6000]
    for place in _usable_places(text):
        before = text[max(0, place.span[0] - 40) : place.span[0]]
        if _OFFICE_BEFORE.search(before) or _OFFICE_AFTER.match(text, place.span[1]):
            return place
    return None


def organiser_country(sources: Sources) -> str | None:
    """The country of the sender's organisation: a place in the signature, if any."""
    places = _usable_places(sources.signature) if sources.signature else []
    return places[0].country if places else None


# ------------------------------------------------------------------------------------ links

_REGISTER = re.compile(
    r"regist|inscri|signup|sign-up|forms?\.|/form|survey|eventbrite|rsvp|typeform|kobo|jotform"
    r"|cvent|/apply|formulario|formulaire",
    re.IGNORECASE,
)
_JOIN = re.compile(r"zoom\.us|teams\.microsoft|teams\.live|meet\.google|webex|gotomeeting|whereby")
_REG_CONTEXT = re.compile(
    r"regist|inscri|sign up|enrol|formulario|formulaire|formulário|register|rsvp|ticket"
    r"|book (?:your|a) (?:seat|place)|reserve|réserv|reserv|prenot|anmeld|iscri|أسجل|تسجيل",
    re.IGNORECASE,
)


def registration_url(text: str, offset: int) -> FieldValue:
    """Registration form > join link > a link on a registration line > null."""
    urls = [(m.group(0).rstrip(".,;:!?»"), m.span()) for m in _URL.finditer(text)]
    for url, span in urls:
        if _REGISTER.search(url) and not _JOIN.search(url):
            return _fv(url, 0.85, "body", span, "grammar", offset)
    for url, span in urls:
        if _REGISTER.search(url) or _JOIN.search(url):
            return _fv(url, 0.75, "body", span, "grammar", offset)
    for url, span in urls:
        if _REG_CONTEXT.search(_sentence_before(text, span[0])):
            return _fv(url, 0.6, "body", span, "grammar", offset)
    return _fv(None, 0.5)


def _sentence_before(text: str, pos: int) -> str:
    """The sentence leading up to ``pos``: its line; earlier lines too when the line goes on a
    sentence wrapped over them ("Neue Anmeldungen sind weiterhin / möglich unter: <url>") or the
    link stands alone under its lead ("Register here:" / <url>); never past a blank line or a
    sentence end, nor from a labelled line of its own ("Map: <url>")."""
    line = text[_line_of(text, pos)[0] : pos]
    if line.strip() and not line.lstrip()[:1].islower():
        return line
    lead = text[max(0, pos - 160) : pos]
    lead = lead[lead.rfind("\n\n") + 1 :]
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", lead)]
    return lead[ends[-1] :] if ends else lead


def ner_sentence(sources: Sources, block: Block) -> str:
    """The organiser sentence when only NER can read it (no rule found a name), else ""."""
    return needs_ner(block, sources, block.language)


def _link(sources: Sources, block: Block) -> FieldValue:
    """Links in the block; else join links in the signature/footer or the calendar text."""
    found = registration_url(block.text, block.start)
    if found.value is not None:
        return found
    extra = sources.signature
    if block.calendar is not None:
        extra += "\n" + block.calendar.description + "\n" + block.calendar.url
    fallback = registration_url(extra, 0)
    return FieldValue(fallback.value, fallback.confidence * 0.9, None)


# ------------------------------------------------------------------------------------ assembly


def _title_fv(sources: Sources, block: Block) -> FieldValue:
    if block.calendar is not None and block.calendar.summary:
        title = strip_subject(block.calendar.summary)
        return _fv(title, 0.85, "calendar", (0, len(block.calendar.summary)), "ics")
    if block.item_title and not is_sentence(block.item_title):
        return _fv(block.item_title, 0.7, "body", (block.start, block.end), "grammar")
    cand: TitleCandidate | None = choose_title(
        sources.subject, sources.body, sources.headings, sources.senders
    )
    if cand is None:
        return _fv(None, 0.1)
    part = "subject" if cand.source == "subject" else "body"
    return _fv(cand.text, cand.confidence, part, (cand.start, cand.end), "grammar")


def _status_fv(sources: Sources, block: Block) -> FieldValue:
    if block.calendar is not None and is_cancellation(block.calendar):
        return _fv("cancelled", 0.95, "calendar", (0, 0), "ics")
    text = block.text[: sources.new_len or None]
    sig = detect_status(sources.subject, text)
    span = getattr(sig, "span", None)
    if span is None:
        return _fv(sig.status, float(sig.confidence))
    if sig.source == "subject":
        return _fv(
            sig.status, float(sig.confidence), "subject", span, "lexicon", 0, sources.subject
        )
    return _fv(sig.status, float(sig.confidence), "body", span, "lexicon", block.start, text)


def _dates_fv(block: Block, status: str) -> tuple[FieldValue, FieldValue, int]:
    cal = block.calendar
    if cal is not None:
        return (
            _fv(cal.start_date, 0.95, "calendar", (0, 0), "ics"),
            _fv(cal.end_date, 0.95, "calendar", (0, 0), "ics"),
            0,
        )
    m = pick_date(block, status)
    if m is None:
        return _fv(None, 0.1), _fv(None, 0.1), 0
    conf = 0.85 if m.explicit_year else 0.7
    return (
        _fv(m.start, conf, "body", m.span, "grammar", block.start, block.text),
        _fv(m.end, conf, "body", m.span, "grammar", block.start, block.text),
        m.span[1],
    )


_END_VERB = re.compile(
    r"(?:\b(?:end|ends|ending|finish\w*|close|closes|conclud\w*|wrap up|terminer\w*|termine\w*"
    r"|se termin\w*|finira|s'achève\w*|s'achever\w*|clôtur\w*|terminará|terminar\w*|finaliza\w*"
    r"|concluirá|cierre|encerra\w*|encerrament\w*|endet|enden|schließt|terminerà|si conclude\w*"
    r"|chiusura|prend\w* fin|t[ée]rmino|fim)|ينتهي|تختتم)(?:[^\n.\d]|\n(?!\n)){0,25}$"
    r"|\b(?:until|till|hasta|jusqu['’]?\s?(?:à|a|au)|até|bis|fino a(?:lle)?)\s*$",
    re.IGNORECASE,
)
_SIDE_CUES = frozenset(("registration", "coffee", "lunch", "arrival", "reception", "hours"))


def _stated_end(text: str, t: TimeMention) -> TimeMention | None:
    """An end time said in words soon after the start ("... à 15 h, et se terminera à 18 h",
    "runs until 1 p.m.", "hasta las 13:00", "prendront fin à 13 h"), not a side item's
    ("lunch is served until 14:00")."""
    window = text[t.span[1] : t.span[1] + 250]
    for later in find_times(window):
        lead = window[max(0, later.span[0] - 40) : later.span[0]]
        if (
            later.end is None
            and later.start > t.start
            and later.cue not in _SIDE_CUES
            and _END_VERB.search(lead)
        ):
            return replace(later, span=(later.span[0] + t.span[1], later.span[1] + t.span[1]))
    return None


_AGENDA_LINE = re.compile(r"^[ \t*•-]*(?:\d{1,2}[:.h]\d\d|\d{1,2}\s?(?:h|am|pm)\b)", re.IGNORECASE)
_CLOSING_ITEM = re.compile(
    r"clos\w*|end of|wrap|clôture|fin de|cierre|clausura|encerramento|chiusura|abschluss|ختام",
    re.IGNORECASE,
)


def _programme_close(text: str, t: TimeMention) -> time | None:
    """A one-day programme (3+ lines that open with a time) starting at ``t``: its close is the
    last item's end, or the start of a last item that is the closing."""
    line_start = text.rfind("\n", 0, t.span[0]) + 1
    if not _AGENDA_LINE.match(text[line_start : t.span[0] + 6]):
        return None
    lines = []
    for line in text[line_start:].split("\n"):
        if not line.strip():
            continue
        if not _AGENDA_LINE.match(line):
            break
        lines.append(line)
    if len(lines) < 3:
        return None
    last = find_times(lines[-1])
    if not last:
        return None
    if last[0].end is not None:
        return last[0].end
    return last[0].start if _CLOSING_ITEM.search(lines[-1]) else None


def _end_in_words_or_quoted(block: Block, t: TimeMention) -> FieldValue | None:
    """The end of a start given alone: said in words after it, or, for a start restated in a
    reply, the end of the quoted original's range."""
    closing = _stated_end(block.text, t)
    if closing is not None:
        return _fv(_hhmm(closing.start), 0.65, "body", closing.span, "grammar", block.start)
    original = original_range(block, t.start) if _in_reply(block, t) else None
    if original is not None:
        return _fv(_hhmm(original.end), 0.6, "body", original.span, "grammar", block.start)
    return None


def _times_fv(
    block: Block, near: int, first: date | None = None, last: date | None = None
) -> tuple[FieldValue, FieldValue, TimeMention | None]:
    cal = block.calendar
    if cal is not None:
        return (
            _fv(_hhmm(cal.start_time), 0.95, "calendar", (0, 0), "ics"),
            _fv(_hhmm(cal.end_time), 0.95, "calendar", (0, 0), "ics"),
            None,
        )
    t = pick_time(block, near)
    if t is None:
        return _fv(None, 0.5), _fv(None, 0.5), None
    end = _fv(_hhmm(t.end), 0.75, "body", t.span, "grammar", block.start)
    programme = _programme_close(block.text, t)
    if programme is not None and (first is None or first == last):
        end = _fv(_hhmm(programme), 0.6, "", None, "grammar")
    elif t.end is None:
        end = _end_in_words_or_quoted(block, t) or end
    if first is not None and last is not None:
        close = last_day_close(block, first, last)
        if close is not None:
            end = _fv(_hhmm(close), 0.7, "", None, "grammar")
    return _fv(_hhmm(t.start), 0.8, "body", t.span, "grammar", block.start), end, t


_UTC_IDS = frozenset(
    ("UTC", "Z", "ETC/UTC", "GMT", "ETC/GMT", "UTC+00:00", "COORDINATED UNIVERSAL TIME")
)
_GOOGLE_ZONE = re.compile(r"\((?:[A-Z][\w .-]{2,40}?) Time - ([^\W\d][\w .'-]{1,40})\)")


def _written_zone(text: str, country: str | None) -> str | None:
    """The zone the mail writes beside its times: Google's "(Central European Time - Brussels)",
    else the first zone after a clock time ("15:00 CET")."""
    m = _GOOGLE_ZONE.search(text[:6000])
    if m:
        place = city_by_name(m.group(1).strip())
        if place is not None and place.timezone:
            return place.timezone
    for t in find_times(text[:6000]):
        if t.zone:
            zone = zone_from_text(t.zone, country=country)
            if zone and "/" in zone:
                return zone
    return None


def _local_calendar(
    cal: CalendarEvent, sources: Sources, block: Block, country: str | None
) -> CalendarEvent:
    """A calendar stored in UTC (Google) shown in the zone the mail writes: times converted."""
    if (cal.tzid or "").upper() not in _UTC_IDS or cal.start_time is None or not cal.start_date:
        return cal
    zone = _written_zone(sources.subject + "\n" + block.text, country)
    if zone is None:
        return cal
    tz = ZoneInfo(zone)
    start = datetime.combine(cal.start_date, cal.start_time, UTC).astimezone(tz)
    end = None
    if cal.end_time is not None and cal.end_date is not None:
        end = datetime.combine(cal.end_date, cal.end_time, UTC).astimezone(tz)
    return replace(
        cal,
        start_date=start.date(),
        start_time=start.time(),
        end_date=end.date() if end else cal.end_date,
        end_time=end.time() if end else None,
        tzid=zone,
    )


@dataclass(frozen=True, slots=True)
class EventReading:
    """One block's fields as the rules choose them, and what the candidate finders need to
    list the other readings (``parsers.field_candidates``) without reading the block again."""

    fields: dict[str, FieldValue]
    block: Block
    where: _Where
    type_signal: TypeSignal
    organisers: Iterator[FieldValue]  # the organiser readings after the chosen one (lazy)


def event_fields(
    sources: Sources, block: Block, language: str, ner_orgs: tuple[str, ...]
) -> dict[str, FieldValue]:
    """Every EVENT_FIELDS value of one block."""
    return read_event(sources, block, language, ner_orgs).fields


def read_event(
    sources: Sources, block: Block, language: str, ner_orgs: tuple[str, ...]
) -> EventReading:
    """Every EVENT_FIELDS value of one block, with what its alternatives are read from."""
    if block.calendar is not None:
        local = _local_calendar(block.calendar, sources, block, organiser_country(sources))
        block = replace(block, calendar=local)
    title = _title_fv(sources, block)
    status = _status_fv(sources, block)
    start, end, near = _dates_fv(block, str(status.value))
    start_t, end_t, tmention = _times_fv(block, near, start.value, end.value)
    loc = where(sources, block)
    host = organiser_place(sources) if loc.place is None else None
    zone = timezone(
        block,
        loc.place,
        tmention,
        host.country if host is not None else organiser_country(sources),
        host,
        start.value if isinstance(start.value, date) else None,
    )
    kind, signal = _event_type_fv(title, block, language)
    organisers = organizer_readings(block, ner_orgs, sources, language)
    fields = {
        "title": title,
        "status": status,
        "start_date": start,
        "end_date": end,
        "start_time": start_t,
        "end_time": end_t,
        "timezone": zone,
        "mode": loc.mode,
        "venue": loc.venue,
        "city": loc.place_fv,
        "country": loc.country,
        "event_type": kind,
        "organizer": next(organisers, _fv(None, 0.3)),
        "registration_url": _link(sources, block),
    }
    return EventReading(fields, block, loc, signal, organisers)


def _event_type_fv(title: FieldValue, block: Block, language: str) -> tuple[FieldValue, TypeSignal]:
    """The event type with the words that decided it, in the title or in the block."""
    name = str(title.value or "")
    sig = classify_event_type_signal(name, block.text[:4000], language=language)
    return type_fv(sig.event_type, sig.confidence, sig.span, sig.source, title, block), sig


def type_fv(
    kind: str,
    conf: float,
    span: tuple[int, int] | None,
    source: str | None,
    title: FieldValue,
    block: Block,
) -> FieldValue:
    """An event type with its deciding phrase (``span`` in the title or in the block)."""
    if span is None:
        return _fv(kind, conf)
    if source == "title":
        part = title.evidence.part if title.evidence is not None else "subject"
        return _fv(kind, conf, part, span, "lexicon", 0, str(title.value or ""))
    return _fv(kind, conf, "body", span, "lexicon", block.start, block.text)


_PLACE_FIELDS = ("city", "country", "timezone")


def share_place(
    events: list[dict[str, FieldValue]], intro: dict[str, FieldValue] | None = None
) -> list[dict[str, FieldValue]]:
    """Events of one mail that name no city, held in person, take the city that all the mail's
    other events share ("two activities in Kampala", each item naming only its hall), else the
    city the introduction names for all of them ("will hold three dialogues in Dhaka")."""
    cities = {(str(e["city"].value), str(e["country"].value)) for e in events if e["city"].value}
    if len(events) < 2 or len(cities) > 1:
        return events
    if cities:
        source = next(e for e in events if e["city"].value)
        shared = {
            k: replace(source[k], confidence=source[k].confidence * 0.8) for k in _PLACE_FIELDS
        }
    elif intro is not None:
        shared = intro
    else:
        return events
    return [_with_shared(e, shared) for e in events]


def intro_place(sources: Sources, blocks: tuple[Block, ...]) -> dict[str, FieldValue] | None:
    """The city the text before a multi-event mail's first event names for all its events
    ("tendrá dos actividades en la Ciudad de Guatemala"), not an office's or a signature's."""
    if len(blocks) < 2 or any(b.calendar is not None for b in blocks):
        return None
    first = min(b.start for b in blocks)
    text = sources.body[:first]
    places = [
        p
        for p in _usable_places(text)
        if not _OFFICE_BEFORE.search(text[max(0, p.span[0] - 40) : p.span[0]])
        and not _OFFICE_AFTER.match(text, p.span[1])
        and not _umbrella(text, p.span)
    ]
    place = _choose_place(text, places, None)
    if place is None:
        return None
    zone = canonical_zone(place.timezone) if place.timezone else None
    return {
        "city": _fv(place.city, 0.6, "body", place.span, "gazetteer"),
        "country": _fv(place.country, 0.65, "body", place.span, "gazetteer"),
        "timezone": _fv(zone, 0.6, "", None, "gazetteer"),
    }


def _with_shared(
    event: dict[str, FieldValue], shared: dict[str, FieldValue]
) -> dict[str, FieldValue]:
    """In person without a city: the shared place. Online with a zone written as an abbreviation
    on the shared city's clock ("EAT" beside Kampala events): that city's zone (the organiser's)."""
    if event["city"].value is not None:
        return event
    if event["mode"].value != "online":
        return {**event, **shared}
    zone, local = event["timezone"], shared["timezone"]
    if (
        zone.value
        and local.value
        and zone.confidence <= ABBREVIATION_ZONE_CONF  # not a named city, calendar or place
        and _same_clock(zone.value, local.value)
    ):
        return {**event, "timezone": local}
    return event


def _same_clock(a: str, b: str) -> bool:
    """Two zones with the same UTC offsets in January and July."""
    try:
        za, zb = ZoneInfo(a), ZoneInfo(b)
    except (KeyError, ValueError):
        return False
    moments = (datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12))
    return all(
        m.replace(tzinfo=za).utcoffset() == m.replace(tzinfo=zb).utcoffset() for m in moments
    )
