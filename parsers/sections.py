"""Sections of a multi-event mail laid out under headings (pure).

A mail announcing several events often gives each its own heading instead of a numbered list:
an explicit event label ("Event 1:", "Activity 2 –", "Première activité", "Segunda actividad",
"Veranstaltung 2", "Attività 3", "الفعالية الثانية"), an HTML heading or whole-line bold text
(``Sources.headings``), or a Markdown-style bold line (``**...**``). ``heading_sections`` finds
those lines and cuts the text between them. Whether the sections are separate events (each with
its own date) or one event's agenda is decided by the caller; this module only excludes heading
lines that cannot name an event: programme parts ("Day 1", "Session 2", "Panel", "Agenda"),
practical-information labels and lines that are only a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Section", "dated_title", "heading_sections", "is_event_label"]

_ORD_EN = r"first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th"
_NUM = r"(?:\d{1,2}|[IVX]{1,4}|one|two|three|four|five)"
_LABEL = re.compile(
    r"^[ \t>*#_•▪●■◆-]*(?:"
    # en
    rf"(?:event|activity|initiative)\s*(?:n[o°º]\.?\s*)?{_NUM}\b"
    rf"|(?:{_ORD_EN})\s+(?:event|activity|initiative)\b"
    # fr
    r"|(?:activit[ée]|[ée]v[éè]nement|manifestation|rencontre)\s*(?:n[o°º]\.?\s*)?\d{1,2}\b"
    r"|(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|quatri[èe]me)\s+"
    r"(?:activit[ée]|manifestation|rencontre)\b"
    r"|(?:premier|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me)\s+[ée]v[éè]nement\b"
    # es / pt / it
    r"|(?:actividad|atividade|actividade|evento|attivit[àa]|iniziativa)\s*(?:n[o°º]\.?\s*)?"
    r"\d{1,2}\b"
    r"|(?:primera|segunda|tercera|cuarta|primeira|terceira|quarta|prima|seconda|terza)\s+"
    r"(?:actividad|atividade|actividade|attivit[àa]|iniziativa|jornada)\b"
    r"|(?:primer|segundo|tercer|cuarto|primeiro|terceiro|primo|secondo|terzo|quarto)\s+"
    r"(?:evento|encuentro|encontro)\b"
    # de
    r"|(?:veranstaltung|termin|aktivit[äa]t)\s*(?:nr\.?\s*)?\d{1,2}\b"
    r"|(?:erste|zweite|dritte|vierte)\s+(?:veranstaltung|aktivit[äa]t)\b"
    # ar
    r"|(?:الفعالية|النشاط|الحدث|الفعاليّة)\s+(?:\d{1,2}|[٠-٩]{1,2}|الأولى|الأول|الثانية|الثاني"
    r"|الثالثة|الثالث|الرابعة|الرابع)"
    r")",
    re.IGNORECASE,
)
_SEP = re.compile(r"^[\s:：.)–—\-|*_]*")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*?|__)(?P<t>[^*_\n]{4,160}?)\1[ \t]*:?[ \t]*$")
# heading words that name a part of one event or practical information, not an event
_NOT_EVENT = re.compile(
    r"^\W*(?:day|jour|journ[ée]e|d[íi]a|tag|giorno|session|séance|sesi[óo]n|sess[ãa]o|sessione"
    r"|sitzung|panel|module|agenda|programme|program|programa|programm|programma|ordre du jour"
    r"|orden del d[íi]a|tagesordnung|registration|inscription|inscripci[óo]n|inscri[çc][ãa]o"
    r"|anmeldung|iscrizione|contact|contacto|contatto|kontakt|background|contexte|contexto"
    r"|hintergrund|objectives?|objectifs?|objetivos?|obiettivi|ziele|practical|informations?"
    r"|informaci[óo]n|informa[çc][ãa]o|informazioni|details?|détails|detalles|venue|lieu|lugar"
    r"|local|luogo|ort|date|fecha|data|datum|speakers?|intervenants?|ponentes|oradores|relatori"
    r"|referenten|about|à propos|acerca|sobre|note|notes|remarque|nota|hinweis|morning|afternoon"
    r"|evening|matin|après-midi|soir|mañana|tarde|noche|manhã|vormittag|nachmittag|pomeriggio"
    r"|break|pause|lunch|déjeuner|almuerzo|almoço|pranzo|mittagessen|opening|ouverture"
    r"|apertura|abertura|er[öo]ffnung|closing|clôture|cierre|encerramento|chiusura|abschluss"
    r"|welcome|accueil|bienvenida|boas-vindas|benvenuto|begr[üu][ßs]ung|keynote|q&a|faq"
    r"|برنامج|جدول|اليوم|الجلسة|التسجيل)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_NUMBERED_PART = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[A-C])?\s*[:.)–—-]|^\s*\d{1,2}\b")
_WORD = re.compile(r"[^\W\d_]{2,}")
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|fév|fev|mar|apr|avr|abr|may|mai|mayo|maio|mag|jun|juin|giu|jul|juil|lug"
    r"|aug|août|ago|sep|set|oct|okt|ott|out|nov|dec|déc|dic|dez)\w*\.?"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom"
    r"|seg|ter|qua|qui|sex|mo|di|mi|do|fr|sa|so|gio)\w*\b|\b(?:de|del|du|au|al|to|from|at"
    r"|à|a|h|heures?|uhr|ore|horas?|am|pm)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Section:
    """Text from one heading line to the next: ``start``/``end`` index the searched text."""

    start: int
    end: int
    title: str
    labelled: bool  # an explicit event label ("Event 2", "Segunda actividad"), not a heading


def is_event_label(line: str) -> bool:
    """True for a line that opens with an explicit event label in a supported language."""
    return _LABEL.match(line) is not None


def _title_like(text: str) -> bool:
    """A heading that can name an event: words left once dates and day names are removed, and
    not a programme part or a practical-information label."""
    if "@" in text or "http" in text:
        return False
    part = _NOT_EVENT.match(text)
    if part is not None and (
        len(_WORD.findall(text)) <= 3 or _NUMBERED_PART.match(part.group("rest"))
    ):
        return False
    rest = _DATE_WORDS.sub(" ", text)
    return len(_WORD.findall(rest)) >= 2


def _label_title(text: str, line_end: int, label_end: int) -> str:
    """The text after the label on its line, else the next non-empty line."""
    rest = _SEP.sub("", text[label_end:line_end]).strip(" *_")
    if rest:
        return rest
    for line in text[line_end:].split("\n", 4)[1:4]:
        if line.strip():
            return line.strip(" \t*_#")
    return ""


def _heading_at(text: str, start: int, end: int, headings: frozenset[str]) -> tuple[str, bool]:
    line = text[start:end]
    label = _LABEL.match(line)
    if label is not None:
        return _label_title(text, end, start + label.end()), True
    bold = _BOLD_LINE.match(line)
    stripped = line.strip(" \t#:")
    if bold is not None:
        stripped = bold.group("t").strip()
    elif stripped not in headings:
        return "", False
    return (stripped, False) if _title_like(stripped) else ("", False)


def heading_sections(text: str, headings: tuple[str, ...] = ()) -> list[Section]:
    """Sections under event labels, or else under heading/bold lines (never both kinds mixed)."""
    wanted = frozenset(h.strip() for h in headings if h.strip())
    found: list[tuple[int, str, bool]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and len(line) <= 200:
            title, labelled = _heading_at(text, pos, end, wanted)
            if title:
                found.append((pos, title, labelled))
        pos = end + 1
    if any(labelled for _, _, labelled in found):
        found = [f for f in found if f[2]]
    if not found:
        found = _field_block_heads(text)
    return [
        Section(s, found[i + 1][0] if i + 1 < len(found) else len(text), title, labelled)
        for i, (s, title, labelled) in enumerate(found)
    ]


_LEAD_SEP = re.compile(r"^[\s,:;|–—-]*")
_TAIL_SEP = re.compile(
    r"[\s,:;|–—(-]*(?:\b(?:from|at|de|dès|à|a las|a la|das|às|ab|um|von|dalle|alle|ore|من)\s*)?$"
)
_WEEKDAY_LEAD = re.compile(r"^[\s*•▪-]*(?:[^\W\d_]{2,12}\.?,?\s*)?$")


def dated_title(paragraph: str, date_span: tuple[int, int], first_time: int | None) -> str:
    """The event name of a paragraph that opens with its date ("Monday 17 November 2025 —
    Photo exhibition 'X', 18:00, City Hall"): the text after the date (on its line, else the
    next line) up to the first clock time; "" when the paragraph does not open with the date
    or names no event (a programme line "09:00 Opening", a date alone)."""
    if not _WEEKDAY_LEAD.match(paragraph[: date_span[0]]):
        return _title_line_above(paragraph, date_span)
    line_end = paragraph.find("\n", date_span[1])
    line_end = len(paragraph) if line_end == -1 else line_end
    start = date_span[1]
    rest = _LEAD_SEP.sub("", paragraph[start:line_end])
    if len(_WORD.findall(_DATE_WORDS.sub(" ", rest))) < 2 and line_end < len(paragraph):
        start = line_end + 1
        line_end = paragraph.find("\n", start)
        line_end = len(paragraph) if line_end == -1 else line_end
    stop = line_end if first_time is None or not start <= first_time < line_end else first_time
    title = _TAIL_SEP.sub("", _LEAD_SEP.sub("", paragraph[start:stop])).strip(" *_")
    return title if _title_like(title) else ""


_DANGLING = re.compile(
    r"\b(?:than|by|on|at|from|until|before|after|of|the|to|for|and|or|will|be|is|are|le|la|les"
    r"|du|des|au|avant|jusqu'au|et|ou|el|los|las|del|al|hasta|antes|y|o|em|no|na|do|da|até|e|ou"
    r"|am|bis|vor|zum|zur|der|die|das|und|oder|il|lo|gli|entro|dal|ed)\s*$",
    re.IGNORECASE,
)


def _title_line_above(paragraph: str, date_span: tuple[int, int]) -> str:
    """A paragraph whose first line names the event and whose second line opens with its date
    ("Exhibition 'Roots'\n20 November 2025, 18:00, ...")."""
    lines = paragraph.lstrip("\n").split("\n", 2)
    if len(lines) < 2:
        return ""
    first = lines[0].strip(" \t*_#•-")
    second_start = paragraph.find(lines[1], len(lines[0]))
    lead = paragraph[second_start : date_span[0]] if second_start <= date_span[0] else "x" * 40
    if not _WEEKDAY_LEAD.match(lead) or len(first) > 160 or first.endswith((".", ":", ",")):
        return ""
    if _DANGLING.search(first):
        return ""  # a wrapped sentence ("... must register no later than"), not a name
    return first if _title_like(first) and len(first.split()) <= 20 else ""


# "Date :", "Fecha:", "Venue:", "Lieu :", "Heure :", ...: a labelled field line of a plain mail
_FIELD = re.compile(
    r"^[ \t*•▪-]*(?P<label>date|dates|fecha|fechas|data|datas|datum|when|quand|cu[áa]ndo|quando"
    r"|wann|التاريخ|дата|tarih|tarehe|tanggal|time|heure|horaire|hora|horario|hor[áa]rio|ora"
    r"|orario|uhrzeit|zeit|الوقت|الساعة|время|saat|saa|waktu|pukul|venue|place|location|where"
    r"|lieu|où|lugar|d[óo]nde|local|onde|luogo|dove|ort|المكان|место|yer|mahali|tempat"
    r"|mode|modalit[ée]|modalidad|modalidade|format|organi[sz]er|organisateur|organizador"
    r"|registration|inscription|inscripci[óo]n|inscri[çc][ãa]o|link|lien|enlace)[ \t]*[:：]",
    re.IGNORECASE,
)
_DATE_LABELS = frozenset(
    [
        "date",
        "dates",
        "fecha",
        "fechas",
        "data",
        "datas",
        "datum",
        "when",
        "quand",
        "cuándo",
        "cuando",
        "quando",
        "wann",
        "التاريخ",
        "дата",
        "tarih",
        "tarehe",
        "tanggal",
    ]
)
_FIELD_RUN = 2


def _field_block_heads(text: str) -> list[tuple[int, str, bool]]:
    """Plain mails listing events as a name line followed by labelled lines ("Atelier X" /
    "Date : ..." / "Lieu : ..."): each name line heading a run of two or more field lines, one
    of them a date, opens a section."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    heads: list[tuple[int, str, bool]] = []
    for i, line in enumerate(lines[:-1]):
        name = line.strip(" \t*_#•-")
        if not name or len(name) > 120 or _FIELD.match(line) or name.endswith((".", ",", ":")):
            continue
        labels = []
        for nxt in lines[i + 1 : i + 8]:
            field = _FIELD.match(nxt)
            if field is None:
                break
            labels.append(field.group("label").lower())
        if len(labels) >= _FIELD_RUN and _DATE_LABELS & set(labels) and _title_like(name):
            heads.append((starts[i], name, False))
    return heads
