"""Main language of a text: script counts first, then weighted function-word hits (no model).

Arabic, Cyrillic, Han and kana scripts decide on their own when they hold a fair share of the
letters (Cyrillic is Ukrainian when its letters і ї є ґ outnumber Russian ы э ъ ё); Latin-script
text is scored against the function-word lists in ``data/stopwords.json`` (a word shared by k
languages adds 1/k to each). English wins ties and empty texts; other ties go to the language
listed first (Indonesian before Malay, which share most function words).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

DEFAULT = "en"
_SCRIPT_SHARE = 0.3
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
_LETTER = re.compile(r"[^\W\d_]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


@cache
def _order() -> dict[str, int]:
    """Tie priority: the order of the lists in ``data/stopwords.json``."""
    return {lang: i for i, lang in enumerate(_lists())}


@cache
def _lists() -> dict[str, list[str]]:
    raw = resources.files("parsers").joinpath("data/stopwords.json").read_text("utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


@cache
def _weights() -> dict[str, dict[str, float]]:
    """word -> {language: weight}."""
    owners: dict[str, list[str]] = {}
    for lang, words in _lists().items():
        for word in words:
            owners.setdefault(word, []).append(lang)
    return {w: {lang: 1.0 / len(langs) for lang in langs} for w, langs in owners.items()}


def _script_language(text: str) -> str | None:
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    for lang, pattern in _SCRIPTS:
        if len(pattern.findall(text)) / letters >= _SCRIPT_SHARE:
            return _cyrillic(text) if lang == "ru" else lang
    return None


def _cyrillic(text: str) -> str:
    """Ukrainian or Russian, by the letters only one of them writes."""
    return "uk" if len(_UKRAINIAN_ONLY.findall(text)) > len(_RUSSIAN_ONLY.findall(text)) else "ru"


def language_scores(text: str) -> dict[str, float]:
    """Function-word score per language for Latin-script text (for callers that want margins)."""
    weights = _weights()
    scores: dict[str, float] = {}
    for match in _WORD.finditer(text.replace("’", "'")):
        word = match.group().casefold()
        for key in (word, word.split("'")[0] + "'" if "'" in word else ""):
            for lang, weight in weights.get(key, {}).items():
                scores[lang] = scores.get(lang, 0.0) + weight
    return scores


def detect_language(text: str) -> str:
    """ISO 639-1 code of the main language of ``text`` (en fr es pt ar de it sw tr id ms ru uk
    zh ja)."""
    by_script = _script_language(text)
    if by_script:
        return by_script
    scores = language_scores(text)
    if not scores:
        return DEFAULT
    best = max(scores.values())
    if scores.get(DEFAULT, 0.0) >= best:
        return DEFAULT
    order = _order()
    return max(scores, key=lambda lang: (scores[lang], -order.get(lang, len(order))))


BLOCK_MIN_LETTERS = 200  # a block shorter than this keeps the message's language


def block_languages(texts: Sequence[str], message: str) -> tuple[str, ...]:
    """One language per event block of a mail whose message language is ``message``: a mail of
    several blocks may mix languages (an English call listing a French and a Spanish event), so
    a block long enough to judge (``BLOCK_MIN_LETTERS``) gets its own; a lone block, or a short
    one, keeps the message's."""
    if len(texts) < 2:
        return tuple(message for _ in texts)
    return tuple(
        detect_language(t) if len(_LETTER.findall(t)) >= BLOCK_MIN_LETTERS else message
        for t in texts
    )
