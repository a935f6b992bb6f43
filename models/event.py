"""Extracted events, their field provenance, review state and later revisions."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.message import RawMessage

# Review states.
NEEDS_REVIEW = "needs_review"
APPROVED = "approved"
REJECTED = "rejected"
MERGED = "merged"  # folded into another event (``merged_into_id``)
REVIEW_STATES = (NEEDS_REVIEW, APPROVED, REJECTED, MERGED)


def evidence_span(item: object) -> tuple[str, int, int] | None:
    """(part, start, end) of one stored evidence item: the extractor's mapping
    ``{"part", "start", "end", "text", "source", "rule"}`` or the older ``[part, start, end, ...]``
    list kept on records extracted before it; None when the item names no span."""
    if isinstance(item, dict):
        item = [item.get("part"), item.get("start"), item.get("end")]
    if not isinstance(item, list | tuple) or len(item) < 3:
        return None
    part, start, end = item[0], item[1], item[2]
    if isinstance(part, str) and isinstance(start, int) and isinstance(end, int):
        return part, start, end
    return None


class Event(Base):
    """One event with every SCHEMA.md field, its confidence and evidence, and its review state.

    ``confidence`` maps a field name to a float in [0, 1]; ``evidence`` maps a field name to
    ``[part, start, end, method]`` (a span in one of the message's cleaned texts);
    ``edited_fields`` lists the fields a human changed: reprocessing never overwrites them;
    ``alternatives`` keeps extraction's ranked choices per field and ``ready`` the probability
    that every straight-through field is right (``models.event_store.event_ready``).
    """

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_review_state_start", "review_state", "start_date"),
        Index("ix_event_message_position", "message_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("raw_message.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(default=0)  # index of the event within its message

    title: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    timezone: Mapped[str | None] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(20), default="in_person")
    venue: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    event_type: Mapped[str] = mapped_column(String(40), default="other")
    organizer: Mapped[str | None] = mapped_column(Text)
    registration_url: Mapped[str | None] = mapped_column(Text)

    confidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    edited_fields: Mapped[list[Any]] = mapped_column(default=list)
    # field -> up to three ranked choices ``{"value", "confidence", "evidence"}``, chosen first
    alternatives: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # P(every straight-through field is right); None when unknown (added by hand, older rows)
    ready: Mapped[float | None] = mapped_column(Float, index=True)

    review_state: Mapped[str] = mapped_column(String(20), default=NEEDS_REVIEW)
    reject_reason: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(320))
    reviewed_at: Mapped[datetime | None]
    added_by_hand: Mapped[bool] = mapped_column(default=False)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    message: Mapped[RawMessage | None] = relationship(back_populates="events")
    revisions: Mapped[list[EventRevision]] = relationship(
        back_populates="event", order_by="EventRevision.id"
    )


class EventRevision(Base):
    """A change proposed by a later mail (correction, reminder, cancellation) or a re-extraction.

    ``changes`` maps field name to ``[old, new]``; the reviewer accepts or rejects it.
    """

    __tablename__ = "event_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("raw_message.id", ondelete="SET NULL")
    )
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending|accepted|rejected
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(320))
    decided_at: Mapped[datetime | None]

    event: Mapped[Event] = relationship(back_populates="revisions")
