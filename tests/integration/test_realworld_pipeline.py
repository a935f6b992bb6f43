"""Robustness: every real-world message from public projects' test data goes through the pipeline.

The corpus (../shared/corpus/realworld, outside the project) holds broken MIME, odd charsets,
TNEF, S/MIME, bounces and invitations. Each message must end stored and either extracted (DONE) or
marked FAILED with a reason; none may crash the pipeline or stay claimed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_support import REALWORLD, realworld_corpus
from sqlalchemy import func, select

from ingest.localdir import LocalMailbox
from ingest.poll import poll_folder
from models.message import DONE, FAILED, RawMessage
from parsers.extract import Extractor
from unmignet.app import App
from unmignet.processing import process_pending

CORPUS = REALWORLD


@pytest.mark.slow
def test_every_realworld_message_is_stored_and_processed_or_marked(
    sqlite_app: App, tmp_path: Path, extractor: Extractor
) -> None:
    """All corpus .eml files are stored exactly once and each is DONE or FAILED with a reason."""
    realworld_corpus()  # skips off CI when the corpus is missing; fails in CI
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sources = sorted(CORPUS.rglob("*.eml"))
    for i, path in enumerate(sources):
        (inbox / f"{i:05d}.eml").symlink_to(path)
    report = poll_folder(sqlite_app.sessions, LocalMailbox(inbox, name="corpus"), "local")
    unique = len({p.read_bytes() for p in sources})
    assert report.stored == unique
    processing = process_pending(sqlite_app.sessions, extractor, batch_size=100)
    assert processing.processed + processing.failed == unique
    with sqlite_app.sessions() as session:
        states = dict(
            session.execute(select(RawMessage.state, func.count()).group_by(RawMessage.state)).all()
        )
        reasons = session.scalars(select(RawMessage.error).where(RawMessage.state == FAILED)).all()
    assert set(states) <= {DONE, FAILED}, states
    assert all(reasons), "every failed message carries its reason"
    print(
        f"realworld: {unique} messages, {states.get(DONE, 0)} done, {states.get(FAILED, 0)} failed"
    )
