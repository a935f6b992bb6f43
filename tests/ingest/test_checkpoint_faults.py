"""Deterministic faults between batches: the checkpoint sits at the last committed batch.

``poll_folder`` stores a batch and moves the checkpoint past it in one transaction. These tests
break a poll at a chosen point, the same way on every run, instead of relying on a SIGKILL
landing at the right moment:

* a fetch failure in the middle of the third batch, from a mailbox wrapper (a real local-folder
  mailbox whose ``fetch`` raises at a chosen UID, as a dropped IMAP connection does);
* a failed commit of the third batch, from a ``before_commit`` hook on the sessionmaker (a real
  SQLAlchemy session event; the database is real, only the commit is refused, as a lost
  connection or a serialisation failure at COMMIT would).

After the fault, the checkpoint is at the last UID of the second batch, the first two batches
are stored and nothing of the third; the next poll stores the rest, nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from dovecot import make_message
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from ingest.localdir import LocalMailbox
from ingest.mailbox import FetchedMessage
from ingest.poll import checkpoint_for, poll_folder
from models.base import make_engine, make_sessionmaker
from models.message import RawMessage
from unmignet.errors import MailboxError

MAILS = 10
BATCH = 3  # batches: 1-3, 4-6, 7-9, 10; the fault hits the third


class FailingFetch(LocalMailbox):
    """A local-folder mailbox whose fetch raises once it reaches ``fail_at``."""

    def __init__(self, root: Path, fail_at: int) -> None:
        super().__init__(root)
        self.fail_at = fail_at

    def fetch(
        self, folder: str, uids: Sequence[int], *, max_bytes: int
    ) -> Iterator[FetchedMessage]:
        for message in super().fetch(folder, uids, max_bytes=max_bytes):
            if message.uid == self.fail_at:
                raise MailboxError(f"injected fetch failure at UID {message.uid}")
            yield message


class FailingCommit:
    """Refuse, once, the commit of the first transaction that holds a row with UID >= ``at``."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.fired = False

    def __call__(self, session: Session) -> None:
        if self.fired:
            return
        highest = session.scalar(select(func.max(RawMessage.uid)))
        if highest is not None and highest >= self.at:
            self.fired = True
            raise RuntimeError(f"injected commit failure (UID {highest} in the transaction)")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for n in range(1, MAILS + 1):
        (root / f"{n:05d}.eml").write_bytes(make_message(n))
    return root


def state(sessions: sessionmaker[Session]) -> tuple[int, list[int]]:
    """(checkpoint last_uid, the stored UIDs in order)."""
    with sessions.begin() as session:
        last_uid = checkpoint_for(session, "local", "local").last_uid
        uids = list(session.scalars(select(RawMessage.uid).order_by(RawMessage.uid)))
    return last_uid, [int(uid) for uid in uids if uid is not None]


def test_fetch_failure_mid_batch_leaves_the_checkpoint_at_the_last_committed_batch(
    folder: Path, db_url: str
) -> None:
    """A fetch that fails at UID 8 (third batch) ends the poll with the error; UIDs 1-6 are
    stored and the checkpoint is 6; the next poll stores 7-10 and nothing twice."""
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    with pytest.raises(MailboxError, match="injected fetch failure at UID 8"):
        poll_folder(sessions, FailingFetch(folder, fail_at=8), "local", batch_size=BATCH)
    assert state(sessions) == (6, [1, 2, 3, 4, 5, 6])
    report = poll_folder(sessions, LocalMailbox(folder), "local", batch_size=BATCH)
    assert (report.stored, report.duplicates) == (4, 0)
    assert state(sessions) == (10, list(range(1, MAILS + 1)))
    engine.dispose()


def test_commit_failure_of_a_batch_leaves_the_checkpoint_at_the_last_committed_batch(
    folder: Path, db_url: str
) -> None:
    """The commit of the third batch is refused: its rows and its checkpoint move are rolled
    back together (checkpoint 6, UIDs 1-6); the next poll stores 7-10 and nothing twice."""
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    hook = FailingCommit(at=7)
    event.listen(sessions, "before_commit", hook)
    try:
        with pytest.raises(RuntimeError, match="injected commit failure"):
            poll_folder(sessions, LocalMailbox(folder), "local", batch_size=BATCH)
    finally:
        event.remove(sessions, "before_commit", hook)
    assert hook.fired
    assert state(sessions) == (6, [1, 2, 3, 4, 5, 6])
    report = poll_folder(sessions, LocalMailbox(folder), "local", batch_size=BATCH)
    assert (report.stored, report.duplicates) == (4, 0)
    assert state(sessions) == (10, list(range(1, MAILS + 1)))
    engine.dispose()
