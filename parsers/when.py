"""When an event is: the block's dates and times as the rules rank them.

Labelled dates beat free mentions; deadline, past and umbrella dates are skipped, and a date the
sender says was a mistake gives way to the corrected one (``event_dates``, ``ranked_dates``).
Arrival, lunch and programme-item times are not the event's hours; an end time said in words
or a programme's close ends the event (``pick_time``, ``times_fv``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time, timedelta

from parsers.langpacks import label_words
from parsers.temporal import DateMention, TimeMention, find_dates, find_times
from parsers.types import Block, FieldValue
from parsers.values import field_value as _fv

MAX_AHEAD_DAYS = 900


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
_DATE_LABEL = re.compile(  # the label words come from the language packs
    rf"(?:^|\n)[ \t*•-]*(?:{label_words('date')})\s*[:|]", re.IGNORECASE
)


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    left = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start), text.rfind("\n-", 0, start))
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : start], text[end:right]


def corrected_away(text: str, span: tuple[int, int]) -> bool:
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


def umbrella(text: str, span: tuple[int, int]) -> bool:
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
        if corrected_away(text, m.span) or umbrella(text, m.span):
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
        and not corrected_away(block.text, t.span)
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
    times = [t for t in find_times(block.text) if not corrected_away(block.text, t.span)]
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


def dates_fv(block: Block, status: str) -> tuple[FieldValue, FieldValue, int]:
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


def times_fv(
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
