"""ingest.store and ingest.poll with the local-folder mailbox (no server needed)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from dovecot import make_message
from sqlalchemy import select

from ingest.localdir import LocalMailbox
from ingest.poll import count_unseen, poll_folder
from ingest.status import folder_statuses
from ingest.store import read_envelope, store_raw
from models.base import make_engine, make_sessionmaker
from models.message import PENDING, STUB, RawMessage
from unmignet.cli import main


def write_mails(folder: Path, start: int, count: int, *, size: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    for n in range(start, start + count):
        (folder / f"{n:05d}.eml").write_bytes(make_message(n, body_size=size))


def test_polls_are_incremental_and_never_duplicate(tmp_path: Path, db_url: str) -> None:
    """A second poll stores only the new files; a rescan stores nothing twice."""
    write_mails(tmp_path / "in", 0, 3)
    sessions = make_sessionmaker(make_engine(db_url))
    mailbox = LocalMailbox(tmp_path / "in", name="local")
    first = poll_folder(sessions, mailbox, "local", batch_size=2)
    write_mails(tmp_path / "in", 3, 2)
    second = poll_folder(sessions, mailbox, "local")
    rescan = poll_folder(sessions, mailbox, "local", rescan=True)
    assert (first.stored, second.stored, rescan.stored, rescan.seen) == (3, 2, 0, 0)
    with sessions() as session:
        assert len(list(session.scalars(select(RawMessage)))) == 5
        [status] = folder_statuses(session)
    assert (status.stored, status.failed, status.last_uid) == (5, 0, 5)


def test_oversize_message_is_a_stub_with_reason(tmp_path: Path, sqlite_url: str) -> None:
    """A message over max_bytes is stored as a stub saying why, never skipped."""
    write_mails(tmp_path / "in", 0, 1, size=5000)
    write_mails(tmp_path / "in", 1, 1)
    sessions = make_sessionmaker(make_engine(sqlite_url))
    report = poll_folder(sessions, LocalMailbox(tmp_path / "in"), "local", max_bytes=2000)
    assert (report.stored, report.stubs) == (2, 1)
    with sessions() as session:
        rows = list(session.scalars(select(RawMessage).order_by(RawMessage.uid)))
    assert rows[0].state == STUB and "exceeds the limit of 2000 bytes" in (rows[0].error or "")
    assert rows[1].state == PENDING


def test_same_bytes_in_another_folder_are_one_message(sqlite_url: str) -> None:
    """The sha256 stops a second copy of identical bytes (the UIDVALIDITY-reset case)."""
    sessions = make_sessionmaker(make_engine(sqlite_url))
    raw = make_message(7)
    with sessions.begin() as session:
        first, created = store_raw(
            session, account="a", folder="INBOX", uidvalidity=1, uid=1, raw=raw
        )
        again, created_again = store_raw(
            session, account="a", folder="INBOX", uidvalidity=2, uid=9, raw=raw
        )
        assert (created, created_again) == (True, False) and again.id == first.id


def test_envelope_of_hostile_headers_never_raises() -> None:
    """Broken encoded words and dates give empty values, not exceptions."""
    env = read_envelope(b"Subject: =?utf-8?B?####?=\r\nDate: yesterday-ish\r\n\r\nbody")
    assert env.date is None and isinstance(env.subject, str)


def test_dry_run_counts_without_storing(tmp_path: Path, sqlite_url: str) -> None:
    """count_unseen reports what a poll would fetch and stores nothing."""
    write_mails(tmp_path / "in", 0, 4)
    sessions = make_sessionmaker(make_engine(sqlite_url))
    report = count_unseen(sessions, LocalMailbox(tmp_path / "in"), "local")
    assert report.seen == 4
    with sessions() as session:
        assert session.scalars(select(RawMessage)).first() is None


def test_status_command_shows_the_checkpoint(tmp_path: Path, sqlite_url: str) -> None:
    """`unmignet status` prints each folder's checkpoint and counts (text and --json)."""
    write_mails(tmp_path / "in", 0, 2)
    poll_folder(make_sessionmaker(make_engine(sqlite_url)), LocalMailbox(tmp_path / "in"), "x")
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\nurl = "{sqlite_url}"\n')
    text = CliRunner().invoke(main, ["--config", str(config), "status"])
    assert text.exit_code == 0, text.output
    assert "local/x: last success" in text.output and "checkpoint 1:2, 2 stored" in text.output
    as_json = CliRunner().invoke(main, ["--config", str(config), "status", "--json"])
    row = json.loads(as_json.output.splitlines()[0])
    assert (row["account"], row["stored"], row["failed"]) == ("local", 2, 0)
