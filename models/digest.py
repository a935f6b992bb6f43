"""Digests, subscribers and the delivery ledger that makes sending exactly-once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow

ACTIVE = "active"
UNSUBSCRIBED = "unsubscribed"
BOUNCED = "bounced"


class Subscriber(Base):
    __tablename__ = "subscriber"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))  # None: the digest.language
    regions: Mapped[list[Any]] = mapped_column(default=list)  # ISO countries or region names
    event_types: Mapped[list[Any]] = mapped_column(default=list)
    # languages of the events wanted (the mail that announced them); empty: all
    event_languages: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    state: Mapped[str] = mapped_column(String(20), default=ACTIVE)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    unsubscribed_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class Digest(Base):
    """One weekly digest (``week`` is ISO, e.g. ``2026-W49``), rendered once and frozen."""

    __tablename__ = "digest"

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[str] = mapped_column(String(10), unique=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    event_ids: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]


class DigestDelivery(Base):
    """The ledger row for one (digest, recipient): created before sending, closed after."""

    __tablename__ = "digest_delivery"
    __table_args__ = (UniqueConstraint("digest_id", "subscriber_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digest.id", ondelete="CASCADE"))
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscriber.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending|sending|sent|failed
    attempts: Mapped[int] = mapped_column(default=0)
    message_id: Mapped[str | None] = mapped_column(String(998))
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # "host:pid" of the sender
