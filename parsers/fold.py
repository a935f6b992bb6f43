"""Length-preserving text folding for the date/time grammars.

``fold(text)`` returns a string of exactly the same length as ``text`` in which Arabic-Indic and
Persian digits become ASCII digits, accented Latin letters lose their accents, Arabic letter
variants are unified (alef forms, teh marbuta, alef maqsura), no-break spaces, zero-width
characters, bidi marks and emoji variation selectors become spaces.
Because every character maps to one character, match offsets in the folded text are offsets in
the original: the grammars match on folded text and report spans and texts of the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
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
    # zero-width characters, bidi marks and emoji variation selectors between a day and its
    # month ("21\u200dNovember", "📅\ufe0f21/11") would glue or split the words: a space each
    for invisible in "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\ufe0e\ufe0f":
        table[ord(invisible)] = " "
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[ord(dash)] = "-"
    table[ord("\u2019")] = "'"
    table[ord("\u02bc")] = "'"  # modifier apostrophe (Ukrainian пʼятниця)
    table[ord("ß")] = "s"  # one char for one: folding is for matching only
    return table


_TABLE = _build_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _translate(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


@lru_cache(maxsize=32)
def fold(text: str) -> str:
    """Fold ``text`` for matching; the result has the same length as ``text``.

    Cached: the date and the time grammars fold the same block of text one after the other.
    """
    return text if text.isascii() else _NON_ASCII.sub(_translate, text)


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


def digit_runs(folded: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of runs of digits outside ``blocked`` spans (URLs, e-mail addresses)."""
    runs = [match.span() for match in _DIGITS.finditer(folded)]
    if not blocked:
        return runs
    spans, kept, i = sorted(blocked), [], 0
    for run in runs:
        while i < len(spans) and spans[i][1] <= run[0]:
            i += 1
        if i == len(spans) or run[0] < spans[i][0]:
            kept.append(run)
    return kept


_SEPARATORS = " \t,،"


def words_before(folded: str, pos: int, allowed: frozenset[str], limit: int = 4) -> list[int]:
    """Starts of the words right before ``pos`` on its line that are in ``allowed``, farthest
    first. The walk stops at the first word not allowed; ``allowed`` holds lowercase words, a
    word's trailing dots do not count ("Tue." is "tue").

    The grammars anchor their regexes on digits and on these words instead of scanning every
    position of the text, which is several times faster in Python's regex engine.
    """
    floor = max(folded.rfind("\n", 0, pos) + 1, pos - 64)
    starts: list[int] = []
    end = pos
    while len(starts) < limit:
        stop = end
        while stop > floor and folded[stop - 1] in _SEPARATORS:
            stop -= 1
        if stop == end and end != pos:
            break
        begin = max(folded.rfind(" ", floor, stop), folded.rfind("\t", floor, stop)) + 1
        begin = max(begin, floor)
        if begin >= stop or folded[begin:stop].lower().rstrip(".") not in allowed:
            break
        starts.append(begin)
        end = begin
    starts.reverse()
    return starts
