"""One poller per (account, folder), across threads, processes and machines.

``folder_poll_lock`` first takes a lock inside the process (the IDLE watcher and the interval
poll wait for each other), then one that every process sharing the database sees, without
waiting: it yields False when another process holds it, and that caller skips the folder this
round (the holder is storing the same mail).

* PostgreSQL: a session-level advisory lock (``pg_try_advisory_lock``) on a connection held for
  the whole poll; PostgreSQL releases it if the process dies or its connection drops, and a
  try-lock never waits, so two pollers cannot deadlock. (A pooler in transaction mode, such as
  PgBouncer's, would break session locks: connect directly.)
* SQLite (one machine by nature): an ``flock`` on a file beside the database, released by the
  kernel when the process dies. An in-memory database is private to its process: the process
  lock suffices.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)

_LOCKS: dict[tuple[str, str], threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def process_lock(account: str, folder: str) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault((account, folder), threading.Lock())


def lock_key(account: str, folder: str) -> int:
    """A signed 64-bit key for (account, folder); a collision only makes a poll skip a round."""
    digest = hashlib.sha256(f"unmignet-poll\0{account}\0{folder}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def folder_poll_lock(engine: Engine, account: str, folder: str) -> Iterator[bool]:
    """Hold the poll lock of (account, folder); yields whether it was obtained."""
    with process_lock(account, folder), database_lock(engine, account, folder) as held:
        yield held


@contextmanager
def database_lock(engine: Engine, account: str, folder: str) -> Iterator[bool]:
    """The cross-process part of ``folder_poll_lock`` (see the module docstring)."""
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine, lock_key(account, folder)) as held:
            yield held
    elif engine.url.database and engine.url.database != ":memory:":
        with _file_lock(Path(engine.url.database), lock_key(account, folder)) as held:
            yield held
    else:
        yield True


@contextmanager
def _advisory_lock(engine: Engine, key: int) -> Iterator[bool]:
    conn = engine.connect()
    try:
        held = bool(conn.scalar(select(func.pg_try_advisory_lock(key))))
        conn.commit()  # end the implicit transaction: the lock belongs to the session
        try:
            yield held
        finally:
            if held:
                _advisory_unlock(conn, key)
    finally:
        conn.close()


def _advisory_unlock(conn: Connection, key: int) -> None:
    try:
        conn.scalar(select(func.pg_advisory_unlock(key)))
        conn.commit()
    except Exception:  # noqa: BLE001 - never return a connection that may still hold the lock
        log.warning("advisory unlock failed; dropping the connection (the server releases it)")
        conn.invalidate()


@contextmanager
def _file_lock(database: Path, key: int) -> Iterator[bool]:
    folder = database.with_name(database.name + ".poll-locks")
    folder.mkdir(exist_ok=True)
    with (folder / f"{key & 0xFFFFFFFFFFFFFFFF:016x}.lock").open("a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            held = True
        except BlockingIOError:
            held = False
        try:
            yield held
        finally:
            if held:
                fcntl.flock(handle, fcntl.LOCK_UN)
