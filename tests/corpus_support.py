"""Where the shared real-world mail corpus is, and what a test does when it is missing.

The corpus (``../shared/corpus/realworld`` beside the project, not in it) is always there in CI,
so there a missing corpus fails the run loudly instead of skipping the tests that exist to use it;
on a developer's machine without it those tests skip, saying where it was looked for.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "realworld"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def realworld_corpus(path: Path = REALWORLD, *, in_ci: bool = IN_CI) -> Path:
    """``path`` if it is a folder; else fail (CI) or skip (elsewhere) naming it."""
    if path.is_dir():
        return path
    message = f"the real-world corpus is not at {path}"
    if in_ci:
        pytest.fail(f"{message}: CI must run the corpus tests (copy shared/ beside the clone)")
    pytest.skip(message)
