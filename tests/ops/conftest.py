"""Fixtures for the operations tests: the digest tests' real SMTP server (aiosmtpd) is reused,
and a Flask test client over the review app."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from review.app import create_app
from unmignet.app import App

sys.path.insert(0, str(Path(__file__).parents[1] / "digest"))

from digest_support import SmtpServer, smtp_server

__all__ = ["SmtpServer", "client", "smtp_server"]


@pytest.fixture
def client(app: App) -> Iterator[FlaskClient]:
    """A test client of the review app on the parametrised database (no one signed in)."""
    yield create_app(app, testing=True).test_client()
