"""`unmignet demo` writes the acknowledgements partners would get beside the digest preview."""

from __future__ import annotations

import io
import socket
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import select

from models.acknowledgement import Acknowledgement
from parsers.extract import Extractor
from unmignet.app import App
from unmignet.config import AcknowledgeConfig, Config, DatabaseConfig, DigestConfig, SmtpConfig
from unmignet.demo import run_demo


def free_port() -> int:
    """A loopback port nothing listens on: a send attempt would fail and stay queued."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_demo_writes_acknowledgements_beside_the_digest_preview(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extractor: Extractor
) -> None:
    """Each demo event mail gets an acknowledgement as .html, .txt and .eml in
    `<preview_dir>/acknowledgements/`, in the mail's language; nothing is queued to be sent,
    even with `[acknowledge] enabled` (the demo's partners are invented)."""
    monkeypatch.chdir(tmp_path)
    preview = tmp_path / "preview"
    config = Config(
        database=DatabaseConfig(url=f"sqlite:///{tmp_path / 'demo.db'}"),
        digest=DigestConfig(preview_dir=str(preview)),
        smtp=SmtpConfig(host="127.0.0.1", port=free_port(), security="plain", auth="none"),
        acknowledge=AcknowledgeConfig(enabled=True),
    )
    app = App(config)
    app.extractor = extractor  # type: ignore[misc]
    out = io.StringIO()
    run_demo(app, Console(file=out, width=200), date(2026, 12, 7))
    folder = preview / "acknowledgements"
    pages = sorted(folder.glob("*.html"))
    assert "Acknowledgements to partners" in out.getvalue()
    assert len(pages) >= 20 and any(preview.glob("digest-*.html"))
    assert {p.stem.rsplit("-", 1)[1] for p in pages} >= {"en", "fr", "es"}
    mail = message_from_bytes(pages[0].with_suffix(".eml").read_bytes(), policy=policy.default)
    assert mail["Auto-Submitted"] == "auto-replied" and mail["In-Reply-To"]
    assert pages[0].with_suffix(".txt").read_text(encoding="utf-8").strip()
    with app.sessions() as session:
        assert session.scalars(select(Acknowledgement)).all() == []
    app.engine.dispose()
