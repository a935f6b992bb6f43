"""What ingest.poll records in the checkpoint, pinned on both databases (mutation-testing pins).

Written for mutants of ``ingest/poll.py`` that survived the older tests (docs/testing.md): the
checkpoint rows of two accounts polling a folder of the same name stay apart; ``stored_count``
counts each stored message once; a rescan recovers a message below the checkpoint without moving
the checkpoint back; a UIDVALIDITY change to an empty folder leaves the checkpoint at 0, so the
first new mail (UID 1) is stored; the poll time and the progress callback are right.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from dovecot import make_message
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from ingest.localdir import LocalMailbox
from ingest.mailbox import FetchedMessage, FolderState
from ingest.poll import count_unseen, poll_folder
from models.base import make_engine, make_sessionmaker, utcnow
from models.message import MailboxCheckpoint, RawMessage


class Reset(LocalMailbox):
    """A local-folder mailbox whose UIDVALIDITY the test changes (a recreated folder)."""

    uidvalidity = 1

    def folder_state(self, folder: str) -> FolderState:
        state = super().folder_state(folder)
        return FolderState(self.uidvalidity, state.uidnext, state.exists)


def write(folder: Path, numbers: range) -> None:
    folder.mkdir(exist_ok=True)
    for n in numbers:
        (folder / f"{n:05d}.eml").write_bytes(make_message(n))


def checkpoints(sessions: sessionmaker[Session]) -> dict[str, tuple[int | None, int, int]]:
    """account (or account/folder for another folder than "local") -> (uidvalidity, last_uid,
    stored_count)."""
    with sessions() as session:
        rows = session.scalars(select(MailboxCheckpoint))
        return {
            r.account if r.folder in ("local", "F") else f"{r.account}/{r.folder}": (
                r.uidvalidity,
                r.last_uid,
                r.stored_count,
            )
            for r in rows
        }


def test_two_accounts_with_the_same_folder_name_keep_their_own_checkpoint(
    tmp_path: Path, db_url: str
) -> None:
    """Account a (3 mails) and account b (5 mails), both folder "local", polled in batches of 2:
    each checkpoint holds its own last UID and counts each stored message once (b's first poll
    does not skip UIDs that a stored); a's second folder has its own checkpoint too."""
    write(tmp_path / "a", range(1, 4))
    write(tmp_path / "b", range(11, 16))
    sessions = make_sessionmaker(make_engine(db_url))
    first = poll_folder(sessions, LocalMailbox(tmp_path / "a", name="a"), "local", batch_size=2)
    second = poll_folder(sessions, LocalMailbox(tmp_path / "b", name="b"), "local", batch_size=2)
    again = poll_folder(sessions, LocalMailbox(tmp_path / "a", name="a"), "local", batch_size=2)
    other = poll_folder(sessions, LocalMailbox(tmp_path / "a", name="a"), "archive")
    assert (first.account, first.folder, first.stored) == ("a", "local", 3)
    assert (second.account, second.folder, second.stored) == ("b", "local", 5)
    assert (again.stored, other.stored, other.duplicates) == (0, 0, 3)
    assert checkpoints(sessions) == {"a": (1, 3, 3), "b": (1, 5, 5), "a/archive": (1, 3, 0)}


def test_a_rescan_recovers_a_message_below_the_checkpoint_without_moving_it_back(
    tmp_path: Path, db_url: str
) -> None:
    """A stored message lost below the checkpoint (UID 2 of 4) is found by a rescan and stored
    again; the checkpoint stays at 4 and counts the one new row; a plain poll does not look
    below the checkpoint."""
    write(tmp_path / "in", range(1, 5))
    sessions = make_sessionmaker(make_engine(db_url))
    mailbox = LocalMailbox(tmp_path / "in")
    poll_folder(sessions, mailbox, "local")
    with sessions.begin() as session:
        session.execute(delete(RawMessage).where(RawMessage.uid == 2))
    plain = poll_folder(sessions, mailbox, "local")
    counted = count_unseen(sessions, mailbox, "local")
    assert (counted.account, counted.folder, counted.seen) == ("local", "local", 0)
    assert count_unseen(sessions, mailbox, "local", rescan=True).seen == 1
    rescan = poll_folder(sessions, mailbox, "local", rescan=True)
    assert (plain.seen, rescan.seen, rescan.stored, rescan.stored_uids) == (0, 1, 1, [2])
    assert checkpoints(sessions) == {"local": (1, 4, 5)}


def test_a_new_uidvalidity_on_an_empty_folder_stores_its_first_mail(
    tmp_path: Path, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The folder is recreated empty (new UIDVALIDITY): the poll warns, naming account and
    folder, and sets the checkpoint to (new UIDVALIDITY, 0); the first new mail, at UID 1, is
    then counted and stored."""
    write(tmp_path / "in", range(1, 3))
    sessions = make_sessionmaker(make_engine(db_url))
    mailbox = Reset(tmp_path / "in", name="acc")
    with caplog.at_level(logging.WARNING, logger="ingest.poll"):
        poll_folder(sessions, mailbox, "F")
    for path in (tmp_path / "in").iterdir():
        path.unlink()
    assert caplog.messages == []  # a first poll is no UIDVALIDITY change
    mailbox.uidvalidity = 9
    with caplog.at_level(logging.WARNING, logger="ingest.poll"):
        empty = poll_folder(sessions, mailbox, "F")
    assert caplog.messages == ["acc/F: UIDVALIDITY changed, rescanning"]
    assert (empty.seen, empty.uidvalidity, checkpoints(sessions)) == (0, 9, {"acc": (9, 0, 2)})
    write(tmp_path / "in", range(50, 51))
    assert count_unseen(sessions, mailbox, "F").seen == 1
    report = poll_folder(sessions, mailbox, "F")
    assert (report.stored, report.stored_uids) == (1, [1])
    assert checkpoints(sessions) == {"acc": (9, 1, 3)}


def test_a_poll_records_its_time_and_reports_progress_per_batch(
    tmp_path: Path, sqlite_url: str
) -> None:
    """last_poll_at is the time of the poll; the progress callback gets (done, total) after
    each batch."""
    write(tmp_path / "in", range(1, 6))
    sessions = make_sessionmaker(make_engine(sqlite_url))
    seen: list[tuple[int, int]] = []
    before = utcnow().replace(microsecond=0)
    poll_folder(
        sessions,
        LocalMailbox(tmp_path / "in"),
        "local",
        batch_size=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    with sessions() as session:
        cp = session.scalar(select(MailboxCheckpoint))
        assert cp is not None and cp.last_poll_at is not None and cp.last_success_at is not None
        assert cp.last_poll_at.replace(tzinfo=None) >= before.replace(tzinfo=None)
    assert seen == [(2, 5), (4, 5), (5, 5)]


class DropsCheckpoint(LocalMailbox):
    """A local-folder mailbox that deletes the poll's checkpoint row while its batch is fetched
    (from another session), as an operator resetting a folder during a poll would."""

    def __init__(self, root: Path, sessions: sessionmaker[Session]) -> None:
        super().__init__(root)
        self.sessions = sessions

    def fetch(
        self, folder: str, uids: Sequence[int], *, max_bytes: int
    ) -> Iterator[FetchedMessage]:
        with self.sessions.begin() as session:
            session.execute(delete(MailboxCheckpoint))
        yield from super().fetch(folder, uids, max_bytes=max_bytes)


def test_a_checkpoint_deleted_during_the_poll_is_written_again(tmp_path: Path, db_url: str) -> None:
    """The checkpoint row vanishes while the batch is fetched: the batch's transaction writes a
    new one at the batch's last UID counting its rows (UIDVALIDITY unknown, so the next poll
    rescans); nothing is stored twice afterwards."""
    write(tmp_path / "in", range(1, 4))
    sessions = make_sessionmaker(make_engine(db_url))
    report = poll_folder(sessions, DropsCheckpoint(tmp_path / "in", sessions), "local")
    assert (report.stored, checkpoints(sessions)) == (3, {"local": (None, 3, 3)})
    again = poll_folder(sessions, LocalMailbox(tmp_path / "in"), "local")
    third = poll_folder(sessions, LocalMailbox(tmp_path / "in"), "local")
    # the rescan finds everything stored, so no batch moves the checkpoint from 0: the next
    # poll fetches the folder once more and the dedupe keys stop every copy
    assert (again.stored, again.seen, third.stored, third.duplicates) == (0, 0, 0, 3)
    assert checkpoints(sessions) == {"local": (1, 3, 3)}
    with sessions() as session:
        assert len(list(session.scalars(select(RawMessage.id)))) == 3


def test_a_poll_report_counts_duplicates_stubs_and_new_rows(tmp_path: Path, db_url: str) -> None:
    """One batch of five: a mail, two copies of it, an over-size mail and another: three
    stored (UIDs 1, 4, 5, one a stub), two duplicates, their ids reported."""
    root = tmp_path / "in"
    root.mkdir()
    same = make_message(1)
    for n, raw in enumerate([same, same, same, make_message(2, body_size=5000), make_message(3)]):
        (root / f"{n:05d}.eml").write_bytes(raw)
    sessions = make_sessionmaker(make_engine(db_url))
    report = poll_folder(sessions, LocalMailbox(root), "local", max_bytes=3000)
    assert (report.seen, report.stored, report.duplicates, report.stubs) == (5, 3, 2, 1)
    assert report.stored_uids == [1, 4, 5]
    with sessions() as session:
        ids = list(session.scalars(select(RawMessage.id).order_by(RawMessage.uid)))
    assert report.stored_ids == ids
    assert checkpoints(sessions) == {"local": (1, 5, 3)}


class Folders(LocalMailbox):
    """A local mailbox with one sub-folder of .eml files per IMAP folder name."""

    def _in(self, folder: str) -> LocalMailbox:
        return LocalMailbox(self.root / folder, name=self.name)

    def folder_state(self, folder: str) -> FolderState:
        return self._in(folder).folder_state(folder)

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        return self._in(folder).uids_after(folder, last_uid)

    def fetch(
        self, folder: str, uids: Sequence[int], *, max_bytes: int
    ) -> Iterator[FetchedMessage]:
        return self._in(folder).fetch(folder, uids, max_bytes=max_bytes)


def test_each_folder_is_counted_fetched_and_stored_as_itself(tmp_path: Path, db_url: str) -> None:
    """Two folders of one account (2 and 3 mails, polled in batches of 2): each is counted,
    fetched and stored under its own name, with its own bytes and checkpoint."""
    (tmp_path / "box").mkdir()
    write(tmp_path / "box" / "INBOX", range(1, 3))
    write(tmp_path / "box" / "Partners", range(11, 14))
    sessions = make_sessionmaker(make_engine(db_url))
    mailbox = Folders(tmp_path / "box", name="acc")
    assert [count_unseen(sessions, mailbox, f).seen for f in ("INBOX", "Partners")] == [2, 3]
    reports = [poll_folder(sessions, mailbox, f, batch_size=2) for f in ("INBOX", "Partners")]
    assert [(r.folder, r.stored) for r in reports] == [("INBOX", 2), ("Partners", 3)]
    with sessions() as session:
        stored = session.execute(select(RawMessage.folder, RawMessage.uid, RawMessage.raw))
        found = sorted((folder, uid, bytes(raw)) for folder, uid, raw in stored)
    expected = [
        (folder, uid, path.read_bytes())
        for folder in ("INBOX", "Partners")
        for uid, path in enumerate(sorted((tmp_path / "box" / folder).iterdir()), start=1)
    ]
    assert found == expected
    assert checkpoints(sessions) == {"acc/INBOX": (1, 2, 2), "acc/Partners": (1, 3, 3)}


def test_a_rescan_after_a_uidvalidity_change_skips_only_what_this_uidvalidity_stored(
    tmp_path: Path, db_url: str
) -> None:
    """Two mails stored under UIDVALIDITY 1; the folder is recreated (UIDVALIDITY 9) holding
    a new mail at UID 1 and an old one at UID 2: the rescan does not take UIDs 1 and 2 as done
    (they were stored under the old UIDVALIDITY), stores the new mail and dedupes the old."""
    write(tmp_path / "in", range(1, 3))
    sessions = make_sessionmaker(make_engine(db_url))
    mailbox = Reset(tmp_path / "in", name="acc")
    poll_folder(sessions, mailbox, "F")
    old = (tmp_path / "in" / "00001.eml").read_bytes()
    (tmp_path / "in" / "00002.eml").unlink()
    (tmp_path / "in" / "00001.eml").write_bytes(make_message(50))
    (tmp_path / "in" / "00002.eml").write_bytes(old)
    mailbox.uidvalidity = 9
    report = poll_folder(sessions, mailbox, "F")
    assert (report.seen, report.stored, report.duplicates, report.stored_uids) == (2, 1, 1, [1])
    assert checkpoints(sessions) == {"acc": (9, 2, 3)}
