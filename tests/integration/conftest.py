"""Fixtures for pipeline tests: one real Extractor per session, demo mails as input."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from parsers.extract import Extractor
from unmignet.demo_mail import write_demo_inbox

TODAY = date(2026, 3, 2)  # a fixed "today" so the rendered demo mails are the same every run


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real extractor, built once (spaCy load is the expensive part)."""
    return Extractor()


@pytest.fixture
def mail_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder of .eml files: the bundled demo inbox rendered for a fixed day."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_demo_inbox(TODAY, folder)
    yield folder
