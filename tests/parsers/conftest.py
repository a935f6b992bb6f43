"""Fixtures for the parser tests; mail-building helpers live in mailkit.py."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.settings import ExtractSettings


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One rule-only extractor (no NLP model) shared by every parser test that takes it."""
    return Extractor(ExtractSettings(use_nlp=False))
