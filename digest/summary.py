"""A one-line summary of an event from the partner's own mail, with its evidence (pure).

The first sentence of the mail's cleaned body that describes the event: a whole sentence (it
ends in . ! ? or …) of six words or more; greetings ("Dear colleagues,"), label lines ("Date:
...", "Venue: ..."), bare links, headings in capitals, calendar boilerplate ("You have been
invited to the following event.") and the title repeated (half the words or more are the
title's) are passed over. The sentence is cleaned (bullets
and runs of spaces go) and cut at a word to at most ``MAX_CHARS`` characters. Evidence is the
character span of the chosen sentence in that text, so a reviewer can see where it came from.

For a mail that announces several events, the search runs from the event's own title (its
evidence span) to the next event's title, so each event gets a sentence of its own part or none.

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
_BOILERPLATE = re.compile(
    r"(you have been invited|you are invited to the following|vous avez été invité|"
    r"ha sido invitad|please find (attached|below)|veuillez trouver|forwarded message|"
    r"message transféré|mensaje reenviado)",
    re.IGNORECASE,
)
_REQUEST = re.compile(r"^(please|kindly|merci de|veuillez|por favor|favor de)\b", re.IGNORECASE)
_ENDS = re.compile(r"[.!?…][\"'”’»)]*$")
_WORD = re.compile(r"\w{3,}")
_LABEL = re.compile(r"^[\w ()/'’-]{2,30}\s?:\s")
_URL_ONLY = re.compile(r"^\W*(https?://|www\.)\S+\W*$", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+[\"'”’»)]*(?=\s|$)|$)")
_LINE = re.compile(r"[^\n]+")
WRAPPED = 50  # a line at least this long, followed by more text, is prose wrapped by the mailer
_BULLET = re.compile(r"^[\s>*•·\-–—]+")


@dataclass(frozen=True, slots=True)
class Summary:
    """The line and where it is in the text it was taken from (``text[start:end]``)."""

    text: str
    start: int
    end: int


def _title_like(sentence: str, title: str) -> bool:
    """Half or more of the sentence's words are the title's: the title again (with its date)."""
    words = {w.casefold() for w in _WORD.findall(sentence)}
    named = {w.casefold() for w in _WORD.findall(title)}
    return bool(words) and len(words & named) >= 0.5 * len(words)


def _describes(sentence: str, title: str) -> bool:
    """A whole sentence (ending in . ! ? or …) of prose that is neither a greeting, a label
    line, a link, a heading in capitals, mail boilerplate nor the title repeated."""
    plain = sentence.strip()
    if len(plain.split()) < MIN_WORDS or not _ENDS.search(plain):
        return False
    if _GREETING.match(plain) or _URL_ONLY.match(plain) or _LABEL.match(plain):
        return False
    if _BOILERPLATE.search(plain) or _REQUEST.match(plain) or plain[0].islower():
        return False
    letters = [c for c in plain if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    return not _title_like(plain, title)


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


def _first(text: str, title: str, offset: int, stop: int | None) -> Summary | None:
    for begin, end in blocks(text[:stop] if stop is not None else text, offset):
        for found in _SENTENCE.finditer(text, begin, end):
            sentence = found.group(0)
            if _describes(" ".join(sentence.split()), title):
                lead = len(sentence) - len(sentence.lstrip())
                tail = len(sentence) - len(sentence.rstrip())
                return Summary(shorten(sentence), found.start() + lead, found.end() - tail)
    return None


def summarise(
    text: str, *, title: str = "", start_at: int = 0, stop_at: int | None = None
) -> Summary | None:
    """The first describing sentence of ``text`` in ``[start_at, stop_at)``, or None.

    A mail with one event searches from ``start_at`` (its title), then from the beginning; a
    mail with several passes ``stop_at`` (the next event's title) and never looks outside its
    own event's part, so no event gets another's sentence."""
    if stop_at is not None:
        return _first(text, title, max(0, start_at), stop_at)
    for offset in dict.fromkeys((max(0, start_at), 0)):
        found = _first(text, title, offset, None)
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
