"""Fixtures for the operations tests. They reuse the other areas' helpers: the digest tests' real
SMTP server (aiosmtpd) and the ingestion tests' real Dovecot; plus a Flask test client."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from review.app import create_app
from unmignet.app import App

sys.path.insert(0, str(Path(__file__).parents[1] / "digest"))
sys.path.insert(0, str(Path(__file__).parents[1] / "ingest"))

from digest_support import SmtpServer, smtp_server, tls_files
from dovecot import Dovecot

__all__ = ["SmtpServer", "client", "dovecot", "smtp_server", "tls_files"]


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    """A running Dovecot (plaintext+STARTTLS and TLS listeners) for the module's tests."""
    server = Dovecot.create()
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def client(app: App) -> Iterator[FlaskClient]:
    """A test client of the review app on the parametrised database (no one signed in)."""
    yield create_app(app, testing=True).test_client()
