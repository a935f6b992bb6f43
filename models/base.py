"""Declarative base, shared column types and the engine/session factory."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, TypeDecorator, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

log = logging.getLogger(__name__)

# A statement that waits longer than this is logged (a lock held elsewhere, a slow server).
SLOW_WAIT_SECONDS = 5.0
# PostgreSQL gives up instead of waiting for ever: a transient error the caller retries.
PG_LOCK_TIMEOUT_MS = 60_000
PG_STATEMENT_TIMEOUT_MS = 300_000

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout; PostgreSQL a
    lock and a statement timeout. On both, a statement that waits more than
    ``SLOW_WAIT_SECONDS`` is logged with a warning."""
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        options = (
            f"-c lock_timeout={PG_LOCK_TIMEOUT_MS} -c statement_timeout={PG_STATEMENT_TIMEOUT_MS}"
        )
        engine = create_engine(
            url, echo=echo, pool_pre_ping=True, connect_args={"options": options}
        )
    event.listen(engine, "before_cursor_execute", _started)
    event.listen(engine, "after_cursor_execute", _finished)
    return engine


def _started(conn: Any, _cursor: Any, _statement: str, *_args: Any) -> None:
    conn.info.setdefault("unmignet_started", []).append(time.monotonic())


def _finished(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    started = conn.info.get("unmignet_started")
    if not started:
        return
    waited = time.monotonic() - started.pop()
    if waited > SLOW_WAIT_SECONDS:
        words = " ".join(statement.split()[:6])
        log.warning("database: a statement waited %.1f s (%s ...)", waited, words)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Any]:
    return sessionmaker(engine, expire_on_commit=False)
