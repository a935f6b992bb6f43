"""Event blocks: the text each event of a mail is described in.

A calendar VEVENT (with the body as context), one dated row of an HTML table under a header naming
the event column, one numbered item or dated section of a multi-event mail, or the whole
announcement (``event_blocks``). A reply naming its own event above a quoted
call for events, digest or someone else's event gives its own event alone
(``reply_owns_event``); a programme of one event's sessions stays one block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from parsers.sections import Section, dated_title, heading_sections
from parsers.tables import HtmlTable, event_column, html_tables, row_span
from parsers.temporal import find_times
from parsers.title import (
    event_name,
    same_event_name,
    strip_subject,
)
from parsers.types import Block, Sources
from parsers.when import event_dates, umbrella
from parsers.where import usable_places

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
    """Calendar events, else the dated rows of an HTML table, else numbered items with their own
    dates (2+; not a programme over consecutive days that a range before them covers), else
    dated sections or paragraphs, else the announcement."""
    body = sources.body
    if sources.calendars:
        return tuple(_calendar_blocks(sources))
    rows = _table_blocks(sources, language)
    if rows:
        return rows
    items = []
    for s, e in _items(body[: sources.new_len] if not sources.is_reply else body):
        dates = event_dates(body[s:e], sources.reference, language)
        if dates and _item_title(body[s:e]):
            items.append(Block(s, e, body[s:e], dates, item_title=_item_title(body[s:e])))
    items = _quoted_events(sources, items)
    if len({(b.dates[0].start, b.item_title) for b in items}) >= 2 and not _lead_covers(
        sources, language, items
    ):
        return tuple(items)
    sections = _section_blocks(sources, language) or _dated_paragraph_blocks(sources, language)
    if sections:
        return sections
    dates = event_dates(body, sources.reference, language)
    new_len = sources.new_len if sources.is_reply else 0
    return (Block(0, len(body), body, dates, new_len=new_len),) if dates else ()


def _table_blocks(sources: Sources, language: str) -> tuple[Block, ...]:
    """Events as the rows of an HTML table: each row with its own date is one event's block,
    its title the cell under the header that names the event ("Side event", "Actividad")."""
    html = sources.msg.text_html
    if not html or sources.owns_event:
        return ()
    scope = sources.body if sources.is_reply else sources.body[: sources.new_len]
    for table in html_tables(html):
        blocks = _row_blocks(sources, language, scope, table)
        if blocks:
            return blocks
    return ()


def _row_blocks(sources: Sources, language: str, scope: str, table: HtmlTable) -> tuple[Block, ...]:
    """A table's dated rows as blocks, when two or more name different events. A header that
    names an event column ("Side event", "Activity", "Webinar") says each row is an event; without
    one, rows over consecutive days that a range before the table covers, or where only the
    first names a place, are one event's programme."""
    header = table.rows[0]
    if event_dates(" | ".join(header), sources.reference, language) or find_times(
        " | ".join(header)
    ):
        return ()  # no header row: a table of one event's details ("Dates | 4-6 August")
    column = event_column(header)
    blocks: list[Block] = []
    pos = 0
    for row, cells in zip(table.rows, table.cells, strict=True):
        span = row_span(scope, row, pos)
        if span is None:
            continue
        pos = span[1]
        text = scope[span[0] : span[1]]
        dates = event_dates(text, sources.reference, language)
        if dates:
            title = cells[column][0] if column is not None and column < len(cells) else ""
            blocks.append(Block(span[0], span[1], text, dates, item_title=title))
    blocks = _quoted_events(sources, blocks)
    if len({(b.dates[0].start, b.item_title) for b in blocks}) < 2:
        return ()
    if column is None and (_day_by_day(blocks) or _lead_covers(sources, language, blocks)):
        return ()
    return tuple(blocks)


def _lead_covers(sources: Sources, language: str, blocks: list[Block]) -> bool:
    """Consecutive days that a date range before the first one already covers (not a host
    event's range, "on the margins of the Forum (2-4 June)"): one event's programme."""
    days = sorted({b.dates[0].start for b in blocks})
    if (days[-1] - days[0]).days >= len(days):
        return False
    text = sources.body[: blocks[0].start]
    lead = event_dates(text, sources.reference, language)
    return any(
        m.start <= days[0] and m.end >= days[-1] and m.end > m.start and not umbrella(text, m.span)
        for m in lead
    )


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
    ("Wednesday 19 November 2025 — Dialogue with ..., 10:00, Hotel X"); undated paragraphs
    between two events belong to the one above them; those after the last event (a format and
    one registration for all, a report, a call) are the mail's shared text, no event's own."""
    body = sources.body
    scope = body if sources.is_reply else body[: sources.new_len]
    blocks: list[Block] = []
    pending = -1
    for a, b in _paragraphs(scope):
        para = body[a:b]
        dates = event_dates(para, sources.reference, language)
        times = find_times(para) if dates else []
        title = (
            dated_title(para, dates[0].span, times[0].span[0] if times else None) if dates else ""
        )
        if title:
            if blocks and pending > 0:
                last = blocks[-1]
                blocks[-1] = replace(last, end=pending, text=body[last.start : pending])
            pending = -1
            blocks.append(Block(a, b, para, dates, None, title))
        elif blocks and not dates:
            pending = b
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
    return consecutive and not any(usable_places(b.text) for b in blocks[1:])


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
