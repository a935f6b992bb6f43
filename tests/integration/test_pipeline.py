"""Store-then-process on real SQLite and PostgreSQL: exactly once, failures kept, edits survive."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from ingest.localdir import LocalMailbox
from ingest.poll import poll_folder
from models.base import utcnow
from models.event import APPROVED, Event, EventRevision
from models.message import DONE, FAILED, PENDING, PROCESSING, RawMessage
from parsers.extract import Extractor
from parsers.types import ExtractionResult
from unmignet.app import App
from unmignet.processing import claim_batch, mark_for_reprocessing, process_pending


def count(app: App, model: type, *where: object) -> int:
    with app.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_poll_stores_every_mail_once(app: App, mail_folder: Path) -> None:
    """Two polls of the same folder store each message exactly once; the checkpoint advances."""
    files = sorted(mail_folder.glob("*.eml"))
    box = LocalMailbox(mail_folder, name="local")
    first = poll_folder(app.sessions, box, "local", batch_size=7)
    second = poll_folder(app.sessions, box, "local", batch_size=7)
    assert first.stored == len(files) and second.stored == 0
    assert count(app, RawMessage) == len(files)
    with app.sessions() as session:
        raw = session.scalars(select(RawMessage.raw).order_by(RawMessage.uid)).all()
    assert list(raw) == [f.read_bytes() for f in files]


def test_same_bytes_under_a_new_uid_are_a_duplicate(app: App, mail_folder: Path) -> None:
    """A copy of a stored mail under another name (a new UID) is recognised by its sha256."""
    box = LocalMailbox(mail_folder, name="local")
    poll_folder(app.sessions, box, "local")
    first = sorted(mail_folder.glob("*.eml"))[0]
    (mail_folder / "zz-copy.eml").write_bytes(first.read_bytes())
    again = poll_folder(app.sessions, box, "local")
    assert (again.stored, again.duplicates) == (0, 1)
    rescan = poll_folder(app.sessions, box, "local", rescan=True)
    assert rescan.stored == 0
    assert count(app, RawMessage) == len(list(mail_folder.glob("*.eml"))) - 1


def test_oversize_message_is_a_visible_stub(app: App, tmp_path: Path) -> None:
    """A message over the size limit is stored as a stub with the reason, never skipped."""
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "big.eml").write_bytes(b"Subject: big\r\n\r\n" + b"x" * 5000)
    report = poll_folder(app.sessions, LocalMailbox(folder), "local", max_bytes=1000)
    assert report.stubs == 1
    with app.sessions() as session:
        row = session.scalars(select(RawMessage)).one()
    assert row.state == "stub" and row.size > 1000 and "exceeds the limit" in (row.error or "")


def test_process_extracts_events(app: App, mail_folder: Path, extractor: Extractor) -> None:
    """Processing turns stored event mails into events and leaves non-event mails event-less."""
    poll_folder(app.sessions, LocalMailbox(mail_folder), "local")
    report = process_pending(app.sessions, extractor, batch_size=10)
    total = len(list(mail_folder.glob("*.eml")))
    assert report.processed + report.failed == total
    assert count(app, RawMessage, RawMessage.state == DONE) == report.processed
    assert report.events >= 15
    with app.sessions() as session:
        not_events = session.scalars(
            select(RawMessage).where(RawMessage.is_event_notification.is_(False))
        ).all()
        assert not_events, "the demo inbox holds non-event mail"
        assert all(not m.events for m in not_events)
        event = session.scalars(select(Event).where(Event.start_date.is_not(None))).first()
        assert event is not None and event.confidence and event.evidence


class ExplodingExtractor:
    """Fault injection: a stand-in that fails on one message, to prove the others go on.

    The real extractor is built never to raise on bad mail, so a failure has to be injected.
    """

    def __init__(self, real: Extractor, poison: bytes) -> None:
        self.real, self.poison = real, poison

    def extract(self, raw: bytes) -> ExtractionResult:
        if raw == self.poison:
            raise ValueError("injected failure")
        return self.real.extract(raw)


def test_a_failing_message_is_marked_and_the_rest_go_on(
    app: App, mail_folder: Path, extractor: Extractor
) -> None:
    """One message whose extraction raises is FAILED with its reason; every other one is DONE."""
    poll_folder(app.sessions, LocalMailbox(mail_folder), "local")
    poison = sorted(mail_folder.glob("*.eml"))[2].read_bytes()
    report = process_pending(app.sessions, ExplodingExtractor(extractor, poison))
    assert report.failed == 1
    with app.sessions() as session:
        failed = session.scalars(select(RawMessage).where(RawMessage.state == FAILED)).one()
    assert failed.raw == poison and "injected failure" in (failed.error or "")
    assert (
        count(app, RawMessage, RawMessage.state == DONE) == len(list(mail_folder.glob("*.eml"))) - 1
    )


def test_reprocess_keeps_human_edits_and_approvals(
    app: App, mail_folder: Path, extractor: Extractor
) -> None:
    """After reprocess, an edited field keeps the human value and an approved event is unchanged;
    a differing re-extraction of an approved event becomes a pending revision."""
    poll_folder(app.sessions, LocalMailbox(mail_folder), "local")
    process_pending(app.sessions, extractor)
    with app.sessions.begin() as session:
        first, second = session.scalars(select(Event).order_by(Event.id).limit(2)).all()
        first.title, first.edited_fields = "Title fixed by a reviewer", ["title"]
        second.review_state, second.city = APPROVED, "Somewhere Else"
        first_id, second_id = first.id, second.id
    mark_for_reprocessing(app.sessions)
    process_pending(app.sessions, extractor)
    with app.sessions() as session:
        assert session.get_one(Event, first_id).title == "Title fixed by a reviewer"
        approved = session.get_one(Event, second_id)
        assert approved.city == "Somewhere Else" and approved.review_state == APPROVED
        revision = session.scalars(
            select(EventRevision).where(EventRevision.event_id == second_id)
        ).one()
        assert revision.changes["city"][0] == "Somewhere Else"
    mark_for_reprocessing(app.sessions)
    process_pending(app.sessions, extractor)
    assert count(app, EventRevision, EventRevision.event_id == second_id) == 1, (
        "the same pending change is not proposed twice"
    )


def test_stale_claims_are_taken_over(app: App, mail_folder: Path) -> None:
    """A batch claimed by a worker that died is claimed again once the claim is stale."""
    poll_folder(app.sessions, LocalMailbox(mail_folder), "local")
    dead = claim_batch(app.sessions, worker="dead", limit=5)
    assert len(dead) == 5
    assert set(claim_batch(app.sessions, worker="live", limit=100)).isdisjoint(dead)
    with app.sessions.begin() as session:
        session.execute(
            update(RawMessage)
            .where(RawMessage.id.in_(dead))
            .values(claimed_at=utcnow() - timedelta(hours=1))
        )
    assert sorted(claim_batch(app.sessions, worker="live", limit=100)) == sorted(dead)


@pytest.mark.postgres
def test_concurrent_workers_never_claim_the_same_message(
    pg_database_url: str, mail_folder: Path
) -> None:
    """Four workers claiming at once on PostgreSQL (SKIP LOCKED) get disjoint batches."""
    from unmignet.config import Config, DatabaseConfig

    app = App(Config(database=DatabaseConfig(url=pg_database_url)))
    with app.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE raw_message, mailbox_checkpoint RESTART IDENTITY CASCADE")
    poll_folder(app.sessions, LocalMailbox(mail_folder), "local")
    claims: dict[str, list[int]] = {}

    def work(name: str) -> None:
        mine: list[int] = []
        while batch := claim_batch(app.sessions, worker=name, limit=2):
            mine.extend(batch)
        claims[name] = mine

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [i for ids in claims.values() for i in ids]
    assert len(claimed) == len(set(claimed)) == count(app, RawMessage)
    assert count(app, RawMessage, RawMessage.state == PENDING) == 0
    assert count(app, RawMessage, RawMessage.state == PROCESSING) == len(claimed)
    app.engine.dispose()
