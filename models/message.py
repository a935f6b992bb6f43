"""Raw messages exactly as received, and mailbox checkpoints."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Index, LargeBinary, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.event import Event

# Processing states of a stored message.
PENDING = "pending"  # stored, not yet extracted
PROCESSING = "processing"  # claimed by a worker
DONE = "done"  # extracted (events may be zero: not an event notification)
FAILED = "failed"  # parsing or extraction failed; ``error`` says why
STUB = "stub"  # too large: stored without its body; ``error`` says why


class RawMessage(Base):
    """One message as received: the exact bytes first, everything else derived from them."""

    __tablename__ = "raw_message"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid"),
        Index("ix_raw_message_state_id", "state", "id"),
        Index("ix_raw_message_message_id", "message_id"),
        Index("ix_raw_message_after_pending", "account", "folder", "after_action_done"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(998))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(BigInteger)
    subject: Mapped[str] = mapped_column(Text, default="")
    sender: Mapped[str] = mapped_column(Text, default="")
    date_header: Mapped[datetime | None]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(20), default=PENDING)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None]
    processed_at: Mapped[datetime | None]
    is_event_notification: Mapped[bool | None]
    not_event_reason: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    marked_not_event_by: Mapped[str | None] = mapped_column(String(320))
    # the account's after-action (seen, keyword, move) has been applied on the server; kept so a
    # kill between storing and the action cannot lose it (ingest.after applies what is pending)
    after_action_done: Mapped[bool] = mapped_column(default=False, server_default=false())

    events: Mapped[list[Event]] = relationship(back_populates="message")


class MailboxCheckpoint(Base):
    """Per (account, folder): the UIDVALIDITY seen and the highest UID stored under it."""

    __tablename__ = "mailbox_checkpoint"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_poll_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    stored_count: Mapped[int] = mapped_column(default=0)
    failed_count: Mapped[int] = mapped_column(default=0)
    token_expires_at: Mapped[datetime | None]
