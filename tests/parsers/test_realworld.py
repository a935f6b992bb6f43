"""Robustness: every real-world mail and calendar goes through the Extractor without a crash."""

from __future__ import annotations

from collections import Counter

import pytest
from corpus_support import REALWORLD, realworld_corpus

from parsers.extract import Extractor
from parsers.settings import ExtractSettings
from unmignet.errors import ParseError

CORPUS = REALWORLD


@pytest.mark.slow
def test_realworld_corpus_never_raises_unexpectedly() -> None:
    """Each .eml/.ics gives a result or a ParseError with a reason; nothing else escapes."""
    realworld_corpus()  # skips off CI when the corpus is missing; fails in CI
    files = sorted([*CORPUS.rglob("*.eml"), *CORPUS.rglob("*.ics")])
    extractor = Extractor(ExtractSettings(use_nlp=False))
    counts: Counter[str] = Counter()
    for path in files:
        try:
            result = extractor.extract(path.read_bytes())
        except ParseError as err:
            assert str(err), path
            counts["parse_error"] += 1
            continue
        counts["event" if result.is_event_notification else "not_event"] += 1
    print(f"realworld: {len(files)} files, {dict(counts)}")
    assert sum(counts.values()) == len(files) > 1000
