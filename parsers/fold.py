"""Length-preserving text folding for the date/time grammars.

``fold(text)`` returns a string of exactly the same length as ``text`` in which Arabic-Indic and
Persian digits become ASCII digits, accented Latin letters lose their accents, Arabic letter
variants are unified (alef forms, teh marbuta, alef maqsura) and no-break spaces become spaces.
Because every character maps to one character, match offsets in the folded text are offsets in
the original: the grammars match on folded text and report spans and texts of the original.
"""

from __future__ import annotations

import unicodedata


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
