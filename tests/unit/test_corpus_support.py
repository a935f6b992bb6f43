"""The real-world corpus tests run in CI: a missing corpus fails there, and skips elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_support import REALWORLD, realworld_corpus


def test_a_missing_corpus_fails_in_ci(tmp_path: Path) -> None:
    """With CI=true the corpus tests cannot skip quietly: the helper fails, naming the path."""
    missing = tmp_path / "realworld"
    with pytest.raises(pytest.fail.Exception, match=f"not at {missing}: CI must run"):
        realworld_corpus(missing, in_ci=True)


def test_a_missing_corpus_skips_off_ci(tmp_path: Path) -> None:
    """On a machine without the corpus the tests skip, saying where it was looked for."""
    missing = tmp_path / "realworld"
    with pytest.raises(pytest.skip.Exception, match=f"not at {missing}"):
        realworld_corpus(missing, in_ci=False)


def test_the_corpus_is_found_beside_the_project(tmp_path: Path) -> None:
    """A present corpus is returned; the default path is ../shared/corpus/realworld."""
    assert realworld_corpus(tmp_path, in_ci=True) == tmp_path
    assert REALWORLD.parts[-3:] == ("shared", "corpus", "realworld")
    assert REALWORLD.parents[2] == Path(__file__).resolve().parents[3]
