"""A one-line summary of an event from the partner's own mail, with its evidence (pure).

The first sentence of the mail's cleaned body that describes the event: greetings ("Dear
colleagues,"), label lines ("Date: ...", "Venue: ..."), bare links, headings in capitals, the
title repeated and fragments under six words are passed over. The sentence is cleaned (bullets
and runs of spaces go) and cut at a word to at most ``MAX_CHARS`` characters. Evidence is the
character span of the chosen sentence in that text, so a reviewer can see where it came from.

For a mail that announces several events, the search starts at the event's own title (its
evidence span), so each event gets the sentence under its own heading.

This lives in ``digest/`` for now; the follow-up is an extraction field ``summary`` in
``parsers/`` with the same rules, stored on the event like every other field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 160
MIN_WORDS = 6
_GREETING = re.compile(
    r"^(dear|hello|hi|greetings|good (morning|afternoon)|to whom|bonjour|bonsoir|cher|chère|"
    r"madame|monsieur|mesdames|hola|estimad|querid|buenos|buenas|saludos)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[\w ()/'’-]{2,30}\s?:\s")
_URL_ONLY = re.compile(r"^\W*(https?://|www\.)\S+\W*$", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+(?=\s|$)|$)")
_LINE = re.compile(r"[^\n]+")
WRAPPED = 50  # a line at least this long, followed by more text, is prose wrapped by the mailer
_BULLET = re.compile(r"^[\s>*•·\-–—]+")


@dataclass(frozen=True, slots=True)
class Summary:
    """The line and where it is in the text it was taken from (``text[start:end]``)."""

    text: str
    start: int
    end: int


def _describes(sentence: str, title: str) -> bool:
    plain = sentence.strip()
    if len(plain.split()) < MIN_WORDS or _GREETING.match(plain) or _URL_ONLY.match(plain):
        return False
    if _LABEL.match(plain) or plain.endswith(":"):
        return False
    letters = [c for c in plain if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    return not (title and plain.rstrip(".!").casefold() == title.strip().casefold())


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    """``text`` on one line, cut at a word with an ellipsis when longer than ``limit``."""
    line = " ".join(_BULLET.sub("", text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


def blocks(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of logical lines from ``offset``: a line joins the next one when it is long enough
    to be wrapped prose (plain-text mail is often wrapped at 72 characters)."""
    spans: list[tuple[int, int]] = []
    joining = False
    for line in _LINE.finditer(text, offset):
        begin, end = line.span()
        if not line.group(0).strip():
            joining = False
            continue
        if spans and text[spans[-1][1] : begin].count("\n") > 1:
            joining = False  # a blank line between: a new paragraph
        if joining and spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((begin, end))
        joining = len(line.group(0).strip()) >= WRAPPED
    return spans


def _first(text: str, title: str, offset: int) -> Summary | None:
    for begin, end in blocks(text, offset):
        for found in _SENTENCE.finditer(text, begin, end):
            sentence = found.group(0)
            if _describes(" ".join(sentence.split()), title):
                lead = len(sentence) - len(sentence.lstrip())
                tail = len(sentence) - len(sentence.rstrip())
                return Summary(shorten(sentence), found.start() + lead, found.end() - tail)
    return None


def summarise(text: str, *, title: str = "", start_at: int = 0) -> Summary | None:
    """The first describing sentence of ``text`` at or after ``start_at`` (else from the
    beginning), or None when the mail has none."""
    for offset in dict.fromkeys((max(0, start_at), 0)):
        found = _first(text, title, offset)
        if found is not None:
            return found
    return None


def mail_body(raw: bytes) -> str:
    """The cleaned body of a stored mail, as the extractor built it (the text evidence spans
    index into); the plain text part when the extractor cannot clean it."""
    from parsers.mime import parse_message

    try:
        msg = parse_message(raw, check_with_mailparser=False)
    except Exception:  # noqa: BLE001 - a mail that no longer parses has no summary
        return ""
    try:
        from parsers.extract import gather_sources
        from parsers.settings import ExtractSettings

        parts = gather_sources(msg, ExtractSettings(use_nlp=False)).parts()
    except Exception:  # noqa: BLE001 - the extraction core is being restructured: fall back
        return msg.text_plain
    return next((p.text for p in parts if p.name == "body"), msg.text_plain)
