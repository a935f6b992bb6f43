"""Backup and restore: every table, from SQLite or PostgreSQL, into an empty database of any kind.

A backup is one gzip file of JSON lines: a header (format, schema revision, table names), then per
table a ``{"table": ..., "columns": [...]}`` line followed by one JSON array per row. Values are
encoded by column type (bytes as base64, dates and datetimes as ISO 8601), so a backup taken on
SQLite restores on PostgreSQL and back.

Consistency: PostgreSQL is read in one ``REPEATABLE READ`` read-only transaction (one snapshot);
SQLite is first copied with ``VACUUM INTO`` (an atomic snapshot) and read from the copy.
Restore creates the schema (Alembic head), refuses a database that holds any row, inserts tables
parent-first (self-references set in a second pass), then resets PostgreSQL's sequences.
"""

from __future__ import annotations

import base64
import gzip
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Column, Date, LargeBinary, Table, func, select, text, update
from sqlalchemy.engine import Connection, Engine

import models
from models.base import UTCDateTime, make_engine
from models.schema import head_revision, upgrade
from unmignet.errors import StoreError

FORMAT = "unmignet-backup/1"
BATCH = 500


@dataclass(slots=True)
class BackupReport:
    revision: str | None
    rows: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        total = sum(self.rows.values())
        return f"{total} rows in {len(self.rows)} tables (schema {self.revision})"


def tables() -> list[Table]:
    """Every table of the models, parents before children."""
    return list(models.Base.metadata.sorted_tables)


# --- value encoding -------------------------------------------------------------------------


def _encode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


# --- backup ---------------------------------------------------------------------------------


def backup(engine: Engine, path: Path) -> BackupReport:
    """Write a consistent copy of every table of ``engine``'s database to ``path``."""
    with _snapshot(engine) as conn:
        revision = current_revision_of(conn)
        report = BackupReport(revision)
        tmp = path.with_name(path.name + ".partial")
        with gzip.open(tmp, "wt", encoding="utf-8") as out:
            header = {"format": FORMAT, "revision": revision, "tables": [t.name for t in tables()]}
            _line(out, header)
            for table in tables():
                report.rows[table.name] = _dump_table(conn, table, out)
        tmp.replace(path)
    return report


def current_revision_of(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    if engine.dialect.name == "sqlite":
        with tempfile.TemporaryDirectory(prefix="unmignet-backup-") as folder:
            copy = Path(folder) / "snapshot.db"
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM INTO ?", (str(copy),))
            snap = make_engine(f"sqlite:///{copy}")
            try:
                with snap.connect() as conn:
                    yield conn
            finally:
                snap.dispose()
        return
    options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        yield conn


def _line(out: IO[str], record: Any) -> None:
    out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


def _dump_table(conn: Connection, table: Table, out: IO[str]) -> int:
    columns = list(table.columns)
    _line(out, {"table": table.name, "columns": [c.name for c in columns]})
    order = list(table.primary_key.columns)
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    count = 0
    for row in result:
        _line(out, [_encode(c, v) for c, v in zip(columns, row, strict=True)])
        count += 1
    return count


# --- restore --------------------------------------------------------------------------------


def restore(engine: Engine, path: Path) -> BackupReport:
    """Load the backup at ``path`` into ``engine``'s database, which must hold no rows."""
    upgrade(engine)
    with gzip.open(path, "rt", encoding="utf-8") as source:
        header = _header(source, engine)
        report = BackupReport(header["revision"])
        _refuse_non_empty(engine)
        with engine.begin() as conn:
            _load(conn, source, report)
            if engine.dialect.name == "postgresql":
                _reset_sequences(conn)
    return report


def _header(source: IO[str], engine: Engine) -> dict[str, Any]:
    try:
        header = json.loads(source.readline())
    except (json.JSONDecodeError, OSError, EOFError) as err:
        raise StoreError(f"not an unmignet backup: {err}") from err
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise StoreError(f"not an unmignet backup (expected format {FORMAT})")
    here = head_revision(engine)
    if header.get("revision") != here:
        raise StoreError(
            f"the backup has schema {header.get('revision')}, this unmignet has {here}: "
            "restore it with the unmignet version that wrote it, then upgrade"
        )
    return header


def _refuse_non_empty(engine: Engine) -> None:
    with engine.connect() as conn:
        for table in tables():
            count = conn.execute(select(func.count()).select_from(table)).scalar_one()
            if count:
                raise StoreError(
                    f"the target database is not empty ({table.name} has {count} rows); "
                    "restore only into an empty database"
                )


def _load(conn: Connection, source: IO[str], report: BackupReport) -> None:
    known = {t.name: t for t in tables()}
    loader: _TableLoader | None = None
    for line in source:
        record = json.loads(line)
        if isinstance(record, dict):
            if loader is not None:
                report.rows[loader.table.name] = loader.finish()
            if record["table"] not in known:
                raise StoreError(f"the backup holds an unknown table {record['table']!r}")
            loader = _TableLoader(conn, known[record["table"]], record["columns"])
        elif loader is not None:
            loader.add(record)
    if loader is not None:
        report.rows[loader.table.name] = loader.finish()


class _TableLoader:
    """Inserts one table's rows in batches; a column referring to its own table (``event``'s
    ``merged_into_id``) is set afterwards, so row order never breaks a foreign key."""

    def __init__(self, conn: Connection, table: Table, names: list[str]) -> None:
        self.conn, self.table = conn, table
        self.columns = [table.columns[name] for name in names]
        self.later = {
            c.name for c in self.columns if any(fk.column.table is table for fk in c.foreign_keys)
        }
        self.rows: list[dict[str, Any]] = []
        self.deferred: list[tuple[Any, dict[str, Any]]] = []
        self.count = 0

    def add(self, values: list[Any]) -> None:
        row = {c.name: _decode(c, v) for c, v in zip(self.columns, values, strict=True)}
        later = {name: row[name] for name in self.later if row[name] is not None}
        if later:  # keep the row's own updated_at: the second pass must not touch it
            kept = {c.name: row[c.name] for c in self.columns if c.onupdate is not None}
            self.deferred.append((row["id"], later | kept))
            row.update(dict.fromkeys(later))
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.conn.execute(self.table.insert(), self.rows)
            self.count += len(self.rows)
            self.rows = []

    def finish(self) -> int:
        self._flush()
        key = self.table.c.id if "id" in self.table.c else None
        for row_id, values in self.deferred:
            if key is not None:
                self.conn.execute(update(self.table).where(key == row_id).values(**values))
        return self.count


def _reset_sequences(conn: Connection) -> None:
    for table in tables():
        if "id" not in table.c or not table.c.id.autoincrement:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{table.name}"'
            )
        )


__all__ = ["BackupReport", "backup", "restore", "tables"]
