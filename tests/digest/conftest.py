"""Fixtures for the digest tests; they live in digest_support.py (importable by test modules)."""

from __future__ import annotations

from digest_support import digest_app, digest_secret, smtp_server, tls_files
from oauth_support import token_endpoint

__all__ = ["digest_app", "digest_secret", "smtp_server", "tls_files", "token_endpoint"]
