"""Count the code lines of parsers/ that hold non-English words in string literals.

Usage: ``.venv/bin/python scripts/count_lang_lines.py [--list]`` from the repository root.
Reads every ``parsers/**/*.py`` outside ``parsers/lang`` and ``parsers/data`` with ``tokenize``,
skips comments and docstrings (a string that is a whole statement), and counts each source
line that a string literal covers when a word of that literal is non-English: it holds a
letter outside ASCII (Arabic, Cyrillic, accented Latin), or it is one of the words of another
language the project's own data knows (the non-English stopword lists of
``parsers/data/stopwords.json`` and the words of the non-English language packs) and not an
English word of the same data (the English stopwords and pack). ``--list`` prints
the lines. The issue 9 target is at most 40.
"""

from __future__ import annotations

import io
import json
import re
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSERS = ROOT / "parsers"
# words of other languages' data that are English words (or URL parts) too: never counted
ENGLISH_TOO = {"com", "per", "local", "out", "set", "non", "die", "her", "plus"}
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _strings(value: object, keys: bool = True) -> list[str]:
    """Every string inside a JSON value (with the keys of objects when ``keys``)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, keys)]
    if isinstance(value, dict):
        named = [k for k in value if keys]
        return named + [s for v in value.values() for s in _strings(v, keys)]
    return []


def _words(texts: list[str]) -> set[str]:
    return {w.lower() for t in texts for w in WORD.findall(t)}


def lexicon() -> set[str]:
    """ASCII words of other languages, per the project's data, minus English ones."""
    stop = json.loads((PARSERS / "data" / "stopwords.json").read_text("utf-8"))
    english = _words(_strings(stop["en"]))
    english |= _words(_strings(json.loads((PARSERS / "lang" / "en.json").read_text("utf-8"))))
    foreign = _words(_strings({k: v for k, v in stop.items() if k not in ("en", "_doc")}))
    for path in (PARSERS / "lang").glob("*.json"):
        if path.stem != "en":
            pack = json.loads(path.read_text("utf-8"))
            calendar = pack.pop("calendar")
            del pack["sources"], pack["name"], pack["language"]
            foreign |= _words(_strings(pack, keys=False))
            for part in ("months_cldr", "months_extra", "weekdays_cldr", "weekdays_extra"):
                foreign |= _words(list(calendar[part]))
    return {w for w in foreign - english - ENGLISH_TOO if w.isascii() and len(w) > 2}


def _foreign(literal: str, words: set[str]) -> bool:
    found = WORD.findall(literal)
    return any(not w.isascii() or w.lower() in words for w in found)


def lines(path: Path, words: set[str]) -> list[tuple[int, str]]:
    """(line number, line) of ``path`` whose string literals hold a non-English word."""
    source = path.read_text("utf-8")
    rows = source.splitlines()
    hits: set[int] = set()
    previous = tokenize.NEWLINE
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        is_doc = token.type == tokenize.STRING and previous in (
            tokenize.NEWLINE,
            tokenize.NL,
            tokenize.INDENT,
            tokenize.DEDENT,
        )
        if token.type == tokenize.STRING and not is_doc and _foreign(token.string, words):
            hits.update(range(token.start[0], token.end[0] + 1))
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            previous = token.type
    return [(n, rows[n - 1]) for n in sorted(hits)]


def main() -> None:
    """Print the count per file and the total (and the lines with ``--list``)."""
    words = lexicon()
    total = 0
    for path in sorted(PARSERS.rglob("*.py")):
        if path.parent.name in ("lang", "data"):
            continue
        found = lines(path, words)
        total += len(found)
        if found:
            print(f"{path.relative_to(ROOT)}: {len(found)}")
        if "--list" in sys.argv:
            for number, text in found:
                print(f"  {number}: {text.strip()[:100]}")
    print(f"total: {total}")


if __name__ == "__main__":
    main()
