"""The acknowledgement ledger: one row per reply unmignet owes a partner, created with the
extraction that calls for it and closed once the SMTP server accepted it (see digest.acknowledge).

``key`` makes a row unique per cause: ``received:<raw message id>`` (we read your mail) or
``listed:<event id>`` (your event is approved); re-running anything never creates a second row.
``rfc_message_id`` is the Message-ID the reply carries, fixed when the row is created, so a resend
after a crash carries the same one and a partner's answer to it can be traced back to the events.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow

RECEIVED = "received"
LISTED = "listed"


class Acknowledgement(Base):
    """One acknowledgement (``kind`` received or listed) to one partner address."""

    __tablename__ = "acknowledgement"
    __table_args__ = (
        Index("ix_acknowledgement_recipient_day", "recipient", "day"),
        Index("ix_acknowledgement_state_id", "state", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("raw_message.id", ondelete="SET NULL")
    )
    recipient: Mapped[str] = mapped_column(String(320))
    day: Mapped[date] = mapped_column(Date)  # UTC day it was queued: one a day per event
    event_ids: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str] = mapped_column(String(8), default="en")
    rfc_message_id: Mapped[str] = mapped_column(String(998), index=True)
    state: Mapped[str] = mapped_column(String(20), default="pending")  # as digest_delivery
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # "host:pid" of the sender
