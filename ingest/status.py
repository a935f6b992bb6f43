"""The operator's view of ingestion: per account and folder, where polling stands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models.message import FAILED, STUB, MailboxCheckpoint, RawMessage


@dataclass(frozen=True, slots=True)
class FolderStatus:
    account: str
    folder: str
    uidvalidity: int | None
    last_uid: int
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    stored: int
    failed: int
    stubs: int
    token_expires_at: datetime | None

    def token_seconds_left(self, now: datetime) -> float | None:
        if self.token_expires_at is None:
            return None
        return (self.token_expires_at - now).total_seconds()


def folder_statuses(session: Session) -> list[FolderStatus]:
    """One row per checkpoint, with message counts from the stored messages."""
    counts = {
        (account, folder): (int(total), int(failed or 0), int(stubs or 0))
        for account, folder, total, failed, stubs in session.execute(
            select(
                RawMessage.account,
                RawMessage.folder,
                func.count(),
                func.sum(case((RawMessage.state == FAILED, 1), else_=0)),
                func.sum(case((RawMessage.state == STUB, 1), else_=0)),
            ).group_by(RawMessage.account, RawMessage.folder)
        )
    }
    checkpoints = session.scalars(
        select(MailboxCheckpoint).order_by(MailboxCheckpoint.account, MailboxCheckpoint.folder)
    )
    return [_status(cp, counts.get((cp.account, cp.folder), (0, 0, 0))) for cp in checkpoints]


def _status(cp: MailboxCheckpoint, counts: tuple[int, int, int]) -> FolderStatus:
    return FolderStatus(
        account=cp.account,
        folder=cp.folder,
        uidvalidity=cp.uidvalidity,
        last_uid=cp.last_uid,
        last_poll_at=cp.last_poll_at,
        last_success_at=cp.last_success_at,
        last_error=cp.last_error,
        stored=counts[0],
        failed=counts[1],
        stubs=counts[2],
        token_expires_at=cp.token_expires_at,
    )
