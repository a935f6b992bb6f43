"""One poll of one mailbox folder: new UIDs since the checkpoint, fetched in batches, stored raw.

Each batch is committed together with the checkpoint, so a kill at any point loses nothing and
re-running stores nothing twice (the checkpoint skips what was committed; the dedupe keys catch a
batch that was stored but whose commit was lost). A UIDVALIDITY change resets the checkpoint and
rescans the folder; Message-ID plus sha256 stop duplicates.

The next batch is fetched (``ingest.prefetch``, one thread) while the current one is stored; the
database is only touched from the calling thread, and the checkpoint only moves in the
transaction that stored its batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session, sessionmaker

from ingest.mailbox import Mailbox
from ingest.prefetch import Prefetcher
from ingest.store import Incoming, store_many
from models.base import utcnow
from models.message import MailboxCheckpoint, RawMessage
from unmignet.logsetup import message_context

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PollReport:
    account: str
    folder: str
    seen: int = 0
    stored: int = 0
    duplicates: int = 0
    stubs: int = 0
    uidvalidity: int | None = None
    skipped: bool = False  # another process held the folder's poll lock
    stored_ids: list[int] = field(default_factory=list)
    stored_uids: list[int] = field(default_factory=list)


def checkpoint_for(session: Session, account: str, folder: str) -> MailboxCheckpoint:
    row = session.scalar(
        select(MailboxCheckpoint).where(
            MailboxCheckpoint.account == account, MailboxCheckpoint.folder == folder
        )
    )
    if row is None:
        row = MailboxCheckpoint(account=account, folder=folder, last_uid=0)
        session.add(row)
        session.flush()
    return row


def stored_uids(session: Session, account: str, folder: str, uidvalidity: int) -> set[int]:
    rows = session.scalars(
        select(RawMessage.uid).where(
            RawMessage.account == account,
            RawMessage.folder == folder,
            RawMessage.uidvalidity == uidvalidity,
            RawMessage.uid.is_not(None),
        )
    )
    return {int(uid) for uid in rows if uid is not None}


def count_unseen(
    sessions: sessionmaker[Session], mailbox: Mailbox, folder: str, *, rescan: bool = False
) -> PollReport:
    """What ``poll_folder`` would fetch (``seen``), without fetching or storing anything."""
    report = PollReport(mailbox.name, folder)
    state = mailbox.folder_state(folder)
    with sessions.begin() as session:
        cp = checkpoint_for(session, mailbox.name, folder)
        same = cp.uidvalidity == state.uidvalidity and not rescan
        last_uid = cp.last_uid if same else 0
        done = set() if same else stored_uids(session, mailbox.name, folder, state.uidvalidity)
    uids = [u for u in mailbox.uids_after(folder, last_uid) if u > last_uid and u not in done]
    report.seen = len(uids)
    return report


def poll_folder(
    sessions: sessionmaker[Session],
    mailbox: Mailbox,
    folder: str,
    *,
    batch_size: int = 200,
    max_bytes: int = 25 * 1024 * 1024,
    rescan: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> PollReport:
    """Store every message of ``folder`` newer than the checkpoint; return what happened."""
    report = PollReport(mailbox.name, folder)
    state = mailbox.folder_state(folder)
    report.uidvalidity = state.uidvalidity
    with sessions.begin() as session:
        cp = checkpoint_for(session, mailbox.name, folder)
        if cp.uidvalidity != state.uidvalidity:
            if cp.uidvalidity is not None:
                log.warning("%s/%s: UIDVALIDITY changed, rescanning", mailbox.name, folder)
            cp.uidvalidity, cp.last_uid = state.uidvalidity, 0
            rescan = True
        # a rescan searches from UID 1 but keeps the checkpoint, so a killed rescan loses nothing
        last_uid = 0 if rescan else cp.last_uid
        cp.last_poll_at = utcnow()
    uids = [u for u in mailbox.uids_after(folder, last_uid) if u > last_uid]
    if rescan:  # resumable: what this UIDVALIDITY already stored is not fetched again
        with sessions.begin() as session:
            done = stored_uids(session, mailbox.name, folder, state.uidvalidity)
        uids = [u for u in uids if u not in done]
    batches = [uids[start : start + batch_size] for start in range(0, len(uids), batch_size)]
    finished = 0
    with Prefetcher(
        lambda batch: _fetch_groups(mailbox, folder, batch, max_bytes), batches
    ) as ahead:
        for batch in batches:
            _store_batch(sessions, mailbox.name, folder, state.uidvalidity, batch, ahead, report)
            finished += len(batch)
            if progress is not None:
                progress(finished, len(uids))
    with sessions.begin() as session:
        cp = checkpoint_for(session, mailbox.name, folder)
        cp.last_success_at, cp.last_error = utcnow(), None
    return report


STORE_GROUP_BYTES = 32 * 1024 * 1024


def _fetch_groups(
    mailbox: Mailbox, folder: str, uids: list[int], max_bytes: int
) -> Iterator[list[Incoming]]:
    """The batch's messages in groups of ~32 MB of bodies (runs in the prefetch thread)."""
    group: list[Incoming] = []
    size = 0
    for fetched in mailbox.fetch(folder, uids, max_bytes=max_bytes):
        reason = None
        if fetched.too_large:
            reason = f"message of {fetched.size} bytes exceeds the limit of {max_bytes} bytes"
        group.append(Incoming(fetched.uid, fetched.raw, fetched.size, reason))
        size += len(fetched.raw)
        if size >= STORE_GROUP_BYTES:
            yield group
            group, size = [], 0
    if group:
        yield group


def _store_batch(
    sessions: sessionmaker[Session],
    account: str,
    folder: str,
    uidvalidity: int,
    uids: list[int],
    ahead: Prefetcher[list[int], list[Incoming]],
    report: PollReport,
) -> None:
    """Store one fetched batch and move the checkpoint past it, in one transaction."""
    stored_before = report.stored
    with sessions.begin() as session:
        for group in ahead.next_batch():
            _store_group(session, account, folder, uidvalidity, group, report)
        _advance(session, account, folder, max(uids), report.stored - stored_before)


def _advance(session: Session, account: str, folder: str, last_uid: int, stored: int) -> None:
    """Checkpoint to ``last_uid`` (never backwards), in one UPDATE."""
    cp = MailboxCheckpoint
    moved = session.execute(
        update(cp)
        .where(cp.account == account, cp.folder == folder)
        .values(
            last_uid=case((cp.last_uid < last_uid, last_uid), else_=cp.last_uid),
            stored_count=cp.stored_count + stored,
        )
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount == 0:  # type: ignore[attr-defined]  # the row went away meanwhile
        row = checkpoint_for(session, account, folder)
        row.last_uid, row.stored_count = max(row.last_uid, last_uid), row.stored_count + stored


def _store_group(
    session: Session,
    account: str,
    folder: str,
    uidvalidity: int,
    group: list[Incoming],
    report: PollReport,
) -> None:
    if not group:
        return
    results = store_many(
        session, account=account, folder=folder, uidvalidity=uidvalidity, items=group
    )
    for item, (row_id, created) in zip(group, results, strict=True):
        report.seen += 1
        if not created:
            report.duplicates += 1
            continue
        report.stored += 1
        with message_context(row_id):
            log.debug("stored %s/%s uid %s, %d bytes", account, folder, item.uid, item.size)
        report.stubs += item.too_large_reason is not None
        report.stored_ids.append(row_id)
        if item.uid is not None:
            report.stored_uids.append(item.uid)
