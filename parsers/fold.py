"""Length-preserving text folding for the date/time grammars.

``fold(text)`` returns a string of exactly the same length as ``text`` in which Arabic-Indic and
Persian digits become ASCII digits, accented Latin letters lose their accents, Arabic letter
variants are unified (alef forms, teh marbuta, alef maqsura) and no-break spaces become spaces.
Because every character maps to one character, match offsets in the folded text are offsets in
the original: the grammars match on folded text and report spans and texts of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any


def _latin_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFD", chr(code))
        base = decomposed[0]
        if len(decomposed) > 1 and base.isascii() and base.isalpha():
            table[code] = base
    return table


def _build_table() -> dict[int, str]:
    table = _latin_table()
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Extended Arabic-Indic (Persian, Urdu) digits
    for alef in "أإآٱ":
        table[ord(alef)] = "ا"
    table[ord("ة")] = "ه"
    table[ord("ى")] = "ي"
    table[ord("ی")] = "ي"  # Persian yeh
    table[ord("ک")] = "ك"  # Persian keheh
    for space in "\u00a0\u2007\u202f\u2009\u200a\u3000":
        table[ord(space)] = " "
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[ord(dash)] = "-"
    table[ord("\u2019")] = "'"
    table[ord("ß")] = "s"  # one char for one: folding is for matching only
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Fold ``text`` for matching; the result has the same length as ``text``."""
    return text.translate(_TABLE)


def fold_lower(text: str) -> str:
    """Fold and lowercase, for dictionary look-ups of matched words (length may change)."""
    return fold(text).lower()


def trie_alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie ("jan(?:uary)?|..."), longest match first.

    Python's regex engine tries alternatives one by one at every position; a trie lets it reject
    a position after one or two characters, which makes big word lists (months, weekdays, zone
    abbreviations) about four times faster. A space in a word matches any run of whitespace.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    parts = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not parts:
        return ""
    if "" in node:
        return "(?:" + "|".join(parts) + ")?"
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def horizontal(pattern: str) -> str:
    """``pattern`` with every ``\\s`` made horizontal (no newline), so that a date or a time never
    spans two lines ("Objective 6" on one line, "May we..." on the next). ``\\s`` must not be used
    inside a character class in ``pattern``."""
    return pattern.replace(r"\s", r"[^\S\n]")


_DIGITS = re.compile(r"\d+")


def digit_regions(folded: str, left: int, right: int) -> list[tuple[int, int]]:
    """Merged windows around every run of digits (``left``/``right`` characters of margin).

    Dates and times always contain a digit, so their grammars only need to run in these windows;
    a mail's prose between them is skipped. Run a regex in them with ``finditer_in``.
    """
    regions: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(folded):
        lo, hi = max(0, match.start() - left), min(len(folded), match.end() + right)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], hi)
        else:
            regions.append((lo, hi))
    return regions


def finditer_in(
    regex: re.Pattern[str], text: str, regions: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """``regex.finditer`` restricted to ``regions`` (lookbehinds still see the text before)."""
    for lo, hi in regions:
        yield from regex.finditer(text, lo, hi)


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses (their digits are never dates, times or phones)."""
    spans = [m.span() for m in _URL.finditer(text)] if ("http" in text or "www" in text) else []
    at = text.find("@")
    while at != -1:
        lo, hi = at, at + 1
        while lo > 0 and not text[lo - 1].isspace() and text[lo - 1] not in "<(\"'[,;":
            lo -= 1
        while hi < len(text) and not text[hi].isspace() and text[hi] not in ">)\"']:,;":
            hi += 1
        spans.append((lo, hi))
        at = text.find("@", hi)
    return spans
