"""Store raw messages first, exactly once.

Dedupe keys: (account, folder, UIDVALIDITY, UID) and the sha256 of the bytes, both unique
constraints of ``raw_message``. No ORM object is built for a new row, so a large batch does not
stay in the session. The caller commits (``ingest.poll`` commits a batch with its checkpoint).

* PostgreSQL: one statement per batch, ``INSERT ... SELECT FROM unnest(<one array per column>)
  ON CONFLICT DO NOTHING RETURNING sha256, id``: the constraints decide what is new, and only the
  rows it skipped (already stored) are looked up afterwards, so a backfill makes one round trip
  per batch. It runs on psycopg's cursor of the session's connection (same transaction) with
  ``%b`` (binary) parameters: psycopg dumps a ``bytea`` array as text in Python, which cost as
  much as the rest of the store;
* SQLite (in-process, round trips are free) and any other driver: two lookups (a UID range,
  then the sha256s), one Core executemany for the new rows, their ids read back by sha256.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from ingest.envelope import Envelope, read_envelope
from models.base import utcnow
from models.message import PENDING, STUB, RawMessage

__all__ = ["Envelope", "Incoming", "read_envelope", "store_many", "store_raw"]

_TABLE = cast(Table, RawMessage.__table__)
# the columns ``_row_values`` fills, with their PostgreSQL types (for the unnest arrays)
_PG_COLUMNS = (
    ("account", "text"),
    ("folder", "text"),
    ("uidvalidity", "bigint"),
    ("uid", "bigint"),
    ("message_id", "text"),
    ("sha256", "text"),
    ("raw", "bytea"),
    ("size", "bigint"),
    ("subject", "text"),
    ("sender", "text"),
    ("date_header", "timestamptz"),
    ("received_at", "timestamptz"),
    ("state", "text"),
    ("error", "text"),
    ("attempts", "integer"),
    ("after_action_done", "boolean"),
)
_PG_INSERT = (
    f"INSERT INTO {_TABLE.name} ({', '.join(_TABLE.c[name].name for name, _ in _PG_COLUMNS)}) "
    f"SELECT * FROM unnest({', '.join(f'%b::{kind}[]' for _, kind in _PG_COLUMNS)})"
    " ON CONFLICT DO NOTHING RETURNING sha256, id"
)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One fetched message to store; ``too_large_reason`` makes it a stub."""

    uid: int | None
    raw: bytes
    size: int
    too_large_reason: str | None = None


def _sha(account: str, folder: str, uidvalidity: int | None, item: Incoming) -> str:
    if item.too_large_reason:
        return hashlib.sha256(f"{account}/{folder}/{uidvalidity}/{item.uid}".encode()).hexdigest()
    return hashlib.sha256(item.raw).hexdigest()


def _existing(
    session: Session,
    account: str,
    folder: str,
    uidvalidity: int | None,
    uids: list[int],
    shas: list[str],
) -> tuple[dict[int, int], dict[str, int]]:
    """(uid -> id, sha256 -> id) of what is already stored, in two queries."""
    by_uid: dict[int, int] = {}
    if uids:
        # a UID range (the batch is a run of ascending UIDs) is an index range scan on the
        # (account, folder, uidvalidity, uid) key; ``uid IN (...)`` let PostgreSQL filter the
        # whole folder's rows instead, a cost growing with the folder
        wanted = set(uids)
        rows = session.execute(
            select(RawMessage.uid, RawMessage.id).where(
                RawMessage.account == account,
                RawMessage.folder == folder,
                RawMessage.uidvalidity == uidvalidity,
                RawMessage.uid.between(min(uids), max(uids)),
            )
        )
        by_uid = {int(uid): int(row_id) for uid, row_id in rows if uid in wanted}
    by_sha = {
        str(sha): int(row_id)
        for sha, row_id in session.execute(
            select(RawMessage.sha256, RawMessage.id).where(RawMessage.sha256.in_(shas))
        )
    }
    return by_uid, by_sha


def store_many(
    session: Session,
    *,
    account: str,
    folder: str,
    uidvalidity: int | None,
    items: list[Incoming],
) -> list[tuple[int, bool]]:
    """Store each item unless it is already stored; return (id, created) per item, in order.

    Identical bytes twice in one batch are stored once (the second is reported as a duplicate).
    Caller commits.
    """
    if not items:
        return []
    shas = [_sha(account, folder, uidvalidity, item) for item in items]
    dialect = session.get_bind().dialect
    if (dialect.name, dialect.driver) == ("postgresql", "psycopg"):
        return _store_pg(session, account, folder, uidvalidity, items, shas)
    uids = [item.uid for item in items if item.uid is not None]
    by_uid, by_sha = _existing(session, account, folder, uidvalidity, uids, shas)
    refs: list[tuple[int, bool, bool]] = []  # (known id or index into values, is_new, created)
    values: list[dict[str, Any]] = []
    new_at: dict[str, int] = {}
    for item, sha in zip(items, shas, strict=True):
        known = by_uid.get(item.uid) if item.uid is not None else None
        known = known if known is not None else by_sha.get(sha)
        if known is not None:
            refs.append((known, False, False))
        elif sha in new_at:  # the same bytes twice in one batch
            refs.append((new_at[sha], True, False))
        else:
            new_at[sha] = len(values)
            values.append(_row_values(account, folder, uidvalidity, item, sha))
            refs.append((new_at[sha], True, True))
    new_ids = _insert(session, values)
    return [(new_ids[ref] if is_new else ref, created) for ref, is_new, created in refs]


def _store_pg(
    session: Session,
    account: str,
    folder: str,
    uidvalidity: int | None,
    items: list[Incoming],
    shas: list[str],
) -> list[tuple[int, bool]]:
    """Insert first, one statement; the unique constraints skip what is stored already."""
    first: dict[str, Incoming] = {}
    for item, sha in zip(items, shas, strict=True):
        first.setdefault(sha, item)  # the same bytes twice in one batch: the first UID counts
    values = [_row_values(account, folder, uidvalidity, item, sha) for sha, item in first.items()]
    params = [[row[name] for row in values] for name, _ in _PG_COLUMNS]
    driver = session.connection().connection.driver_connection  # psycopg, in this transaction
    assert driver is not None
    with driver.cursor() as cursor:
        created = {str(sha): int(row_id) for sha, row_id in cursor.execute(_PG_INSERT, params)}
    skipped = [(item, sha) for item, sha in zip(items, shas, strict=True) if sha not in created]
    by_uid, by_sha = _existing_of(session, account, folder, uidvalidity, skipped)
    results: list[tuple[int, bool]] = []
    for item, sha in zip(items, shas, strict=True):
        if sha in created:
            results.append((created[sha], first[sha] is item))
            continue
        known = by_uid.get(item.uid) if item.uid is not None else None
        results.append((known if known is not None else by_sha[sha], False))
    return results


def _existing_of(
    session: Session,
    account: str,
    folder: str,
    uidvalidity: int | None,
    skipped: list[tuple[Incoming, str]],
) -> tuple[dict[int, int], dict[str, int]]:
    if not skipped:
        return {}, {}
    uids = [item.uid for item, _ in skipped if item.uid is not None]
    return _existing(session, account, folder, uidvalidity, uids, [sha for _, sha in skipped])


def _insert(session: Session, values: list[dict[str, Any]]) -> list[int]:
    """Insert the rows in one executemany; their ids, in order (read back by sha256, which
    is unique)."""
    if not values:
        return []
    session.execute(insert(_TABLE), values)
    shas = [row["sha256"] for row in values]
    query = select(RawMessage.sha256, RawMessage.id).where(RawMessage.sha256.in_(shas))
    ids = {str(sha): int(row_id) for sha, row_id in session.execute(query)}
    return [ids[sha] for sha in shas]


def _row_values(
    account: str, folder: str, uidvalidity: int | None, item: Incoming, sha: str
) -> dict[str, Any]:
    envelope = read_envelope(item.raw)
    return {
        "account": account,
        "folder": folder,
        "uidvalidity": uidvalidity,
        "uid": item.uid,
        "message_id": envelope.message_id,
        "sha256": sha,
        "raw": item.raw,
        "size": item.size,
        "subject": envelope.subject,
        "sender": envelope.sender,
        "date_header": envelope.date,
        "received_at": utcnow(),
        "state": STUB if item.too_large_reason else PENDING,
        "error": item.too_large_reason,
        "attempts": 0,
        "after_action_done": False,
    }


def store_raw(
    session: Session,
    *,
    account: str,
    folder: str,
    uidvalidity: int | None,
    uid: int | None,
    raw: bytes,
    size: int | None = None,
    too_large_reason: str | None = None,
) -> tuple[RawMessage, bool]:
    """Add one message unless it is already stored; return (row, created). Caller commits.

    An over-size message is stored as a stub (its headers only, state ``stub``) with the reason,
    so it is visible to the secretariat rather than silently skipped.
    """
    item = Incoming(uid, raw, size if size is not None else len(raw), too_large_reason)
    [(row_id, created)] = store_many(
        session, account=account, folder=folder, uidvalidity=uidvalidity, items=[item]
    )
    row = session.get(RawMessage, row_id)
    assert row is not None
    return row, created
