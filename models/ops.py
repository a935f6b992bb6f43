"""Operational state the daemon keeps across restarts: open alert incidents and poll figures.

One row per key (``alert:poll:ACCOUNT``, ``poll:ACCOUNT``), its value JSON: small, written by the
daemon after each poll, read by ``/healthz``, ``/metrics`` and the alerting step.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class OpsState(Base):
    __tablename__ = "ops_state"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
