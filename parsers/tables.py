"""HTML tables read as tables: rows of cells, and the header row that names the columns.

A mail announcing several events in a table ("Date | Time | Room | Side event | Organisers")
gives each event one row; the cleaned text (``clean.html_to_text``) has lost which cell belongs
to which row when cells hold paragraphs. ``html_tables`` keeps the structure: per table, its
rows as tuples of cell texts (whitespace collapsed). ``event_column`` finds the column whose
header names the event ("Side event", "Actividad", "Intitulé"), with the language packs' label
words (``labels.event``); ``row_span`` finds where a row's cells stand in the cleaned text.
Pure: text in, values out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import lxml.html
from lxml import etree

from parsers.langpacks import label_words

__all__ = ["HtmlTable", "cell_lines", "event_column", "html_tables", "row_span"]

_MAX_HTML = 2_000_000
_MAX_HEADER_WORDS = 4


@dataclass(frozen=True, slots=True)
class HtmlTable:
    """One table's rows in document order: a row is its cells, a cell its lines."""

    cells: tuple[tuple[tuple[str, ...], ...], ...]

    @property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        """Each row's cells as one line of text each."""
        return tuple(tuple(" ".join(cell) for cell in row) for row in self.cells)


_BREAKS = frozenset(("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


def _walk(el: etree._Element, out: list[str]) -> None:
    if not isinstance(el.tag, str):
        out.append(el.tail or "")
        return
    breaks = el.tag.lower() in _BREAKS
    out.append("\n" if breaks else "")
    out.append(el.text or "")
    for child in el:
        _walk(child, out)
    out.append("\n" if breaks else "")
    out.append(el.tail or "")


def cell_lines(cell: etree._Element) -> tuple[str, ...]:
    """A cell's lines: its paragraphs and line breaks end lines; spaces collapsed."""
    out: list[str] = [cell.text or ""]
    for child in cell:
        _walk(child, out)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return tuple(line for line in lines if line)


def _own_rows(table: etree._Element) -> list[etree._Element]:
    """The table's rows, not those of a table nested in one of its cells."""
    return [tr for tr in table.iter("tr") if _nearest_table(tr) is table]


def _nearest_table(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def html_tables(html: str) -> tuple[HtmlTable, ...]:
    """Every table of an HTML body that has at least two rows of two cells; never raises."""
    if "<t" not in html.lower():
        return ()
    try:
        root = lxml.html.document_fromstring(html[:_MAX_HTML])
    except (etree.ParserError, ValueError):
        return ()
    found = []
    for table in root.iter("table"):
        rows = []
        for tr in _own_rows(table):
            cells = tuple(cell_lines(c) for c in tr if c.tag in ("td", "th"))
            if len([c for c in cells if c]) >= 2:
                rows.append(cells)
        if len(rows) >= 2:
            found.append(HtmlTable(tuple(rows)))
    return tuple(found)


@cache
def _label(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{label_words(kind)})s?(?!\w)", re.IGNORECASE)


def _names_event(cell: str) -> bool:
    """A header cell naming the event column: a short cell with an event word, not a date or a
    venue label ("Date of the event" is the date column)."""
    short = len(cell.split()) <= _MAX_HEADER_WORDS
    return (
        short
        and bool(_label("event").search(cell))
        and not _label("date").search(cell)
        and not _label("venue").search(cell)
    )


def event_column(header: tuple[str, ...]) -> int | None:
    """The index of the header cell that names the event (its title), if exactly one does."""
    found = [i for i, cell in enumerate(header) if _names_event(cell)]
    return found[0] if len(found) == 1 else None


def _cell_pattern(cell: str) -> re.Pattern[str]:
    words = cell.split()[:60]
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def row_span(text: str, row: tuple[str, ...], pos: int) -> tuple[int, int] | None:
    """Where the row's non-empty cells stand in ``text``, in order, from ``pos``: the span from
    the first cell's start to the last cell's end, or None when a cell is not found there."""
    start = end = -1
    for cell in row:
        if not cell:
            continue
        m = _cell_pattern(cell).search(text, end if end >= 0 else pos)
        if m is None:
            return None
        if start < 0:
            start = m.start()
        end = m.end()
    return (start, end) if start >= 0 else None
