"""`unmignet backup` / `unmignet restore`: every table, SQLite to PostgreSQL and back, on real
databases; a restored database reprocesses without a change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

import models
from models.acknowledgement import Acknowledgement
from models.base import make_engine, utcnow
from models.digest import Digest, DigestDelivery, Subscriber
from models.event import APPROVED, Event, EventRevision
from models.ops import OpsState
from models.review import AuditEntry, User
from models.schema import upgrade
from unmignet import jobs
from unmignet.app import App
from unmignet.backup import backup, restore, tables
from unmignet.cli import main
from unmignet.config import Config, DatabaseConfig, ExtractConfig, InboxConfig
from unmignet.demo_mail import write_demo_inbox
from unmignet.errors import StoreError

TODAY = date(2026, 3, 2)
VOLATILE = frozenset({"updated_at", "processed_at", "attempts", "claimed_by", "claimed_at"})


def _empty_pg(url: str) -> str:
    engine = make_engine(url)
    names = ", ".join(f'"{t.name}"' for t in models.Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


def _url(kind: str, tmp_path: Path, name: str, request: pytest.FixtureRequest) -> str:
    if kind == "postgres":
        return _empty_pg(request.getfixturevalue("pg_database_url"))
    return f"sqlite:///{tmp_path / name}"


def _filled(url: str, tmp_path: Path) -> App:
    """A database with the demo inbox polled and extracted, and a row in every other table."""
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    write_demo_inbox(TODAY, inbox)
    config = Config(
        database=DatabaseConfig(url=url),
        inbox=InboxConfig(path=str(inbox), name="partners"),
        extract=ExtractConfig(use_ner=False),
    )
    app = App(config)
    app.init_schema()
    jobs.poll_once(app)
    with app.sessions.begin() as session:
        first, second = session.scalars(select(Event).order_by(Event.id).limit(2)).all()
        first.review_state, first.reviewed_by, first.reviewed_at = APPROVED, "a@x.org", utcnow()
        first.edited_fields = ["title"]
        first.title = "Edited by a human"
        second.review_state, second.merged_into_id = "merged", first.id
        session.add(EventRevision(event_id=first.id, changes={"city": ["A", "B"]}))
        session.add(User(email="a@x.org", password_hash="x", role="admin"))
        session.add(AuditEntry(actor="a@x.org", action="approve", event_id=first.id, after={}))
        subscriber = Subscriber(email="s@x.org", regions=["KE"])
        digest = Digest(week="2026-W10", event_ids=[first.id])
        session.add_all([subscriber, digest])
        session.flush()
        session.add(DigestDelivery(digest_id=digest.id, subscriber_id=subscriber.id, state="sent"))
        session.add(OpsState(key="alert:poll:partners", value={"open": True}))
        session.add(
            Acknowledgement(
                key=f"received:{first.message_id}",
                kind="received",
                message_id=first.message_id,
                recipient="partner@x.org",
                day=TODAY,
                event_ids=[first.id],
                rfc_message_id="<ack-1@x.org>",
            )
        )
    return app


def _dump(engine: Engine, skip: frozenset[str] = frozenset()) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in tables():
            columns = [c for c in table.columns if c.name not in skip]
            order = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(*columns).order_by(*order))]
    return out


@pytest.fixture
def cleanup() -> Iterator[list[Engine]]:
    engines: list[Engine] = []
    yield engines
    for engine in engines:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize(("source", "target"), [("sqlite", "postgres"), ("postgres", "sqlite")])
def test_backup_restores_every_row_into_the_other_database_kind(
    source: str,
    target: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    cleanup: list[Engine],
) -> None:
    """A backup of a filled database restores into an empty database of the other kind with
    every row of every table equal (bytes, dates, JSON, self-references); new rows then get fresh
    ids (PostgreSQL's sequences were reset); and `unmignet reprocess` on the restored database
    changes no event."""
    app = _filled(_url(source, tmp_path, "source.db", request), tmp_path)
    cleanup.append(app.engine)
    file = tmp_path / "backup.jsonl.gz"
    report = backup(app.engine, file)
    assert report.rows["raw_message"] > 5 and report.rows["event"] > 2
    assert all(report.rows[t.name] > 0 for t in tables())

    target_engine = make_engine(_url(target, tmp_path, "target.db", request))
    cleanup.append(target_engine)
    restored = restore(target_engine, file)
    assert restored.rows == report.rows
    assert _dump(target_engine) == _dump(app.engine)

    with target_engine.begin() as conn:
        new_id = conn.execute(
            models.User.__table__.insert().values(email="new@x.org", password_hash="x")
        ).inserted_primary_key
    assert new_id is not None and new_id[0] == max(r[0] for r in _dump(app.engine)["app_user"]) + 1

    before = _dump(target_engine, VOLATILE)
    url = target_engine.url.render_as_string(hide_password=False)
    config = tmp_path / "restored.toml"
    config.write_text(f'[database]\nurl = "{url}"\n[extract]\nuse_ner = false\n', "utf-8")
    result = CliRunner().invoke(main, ["--config", str(config), "reprocess"])
    assert result.exit_code == 0, result.output
    assert f"reprocessed {report.rows['raw_message']} messages" in result.output
    assert _dump(target_engine, VOLATILE) == before


def test_restore_refuses_a_database_that_holds_rows(tmp_path: Path, cleanup: list[Engine]) -> None:
    """`unmignet backup` writes a file; restoring it over existing data would mix two
    deployments: it is refused, nothing is written."""
    source = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    target = make_engine(f"sqlite:///{tmp_path / 'b.db'}")
    cleanup.extend([source, target])
    upgrade(source)
    upgrade(target)
    with target.begin() as conn:
        conn.execute(models.User.__table__.insert().values(email="x@x.org", password_hash="x"))
    file = tmp_path / "b.jsonl.gz"
    config = tmp_path / "a.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "a.db"}"\n', "utf-8")
    made = CliRunner().invoke(main, ["--config", str(config), "backup", str(file)])
    assert made.exit_code == 0 and "backed up 0 rows" in made.output, made.output
    with pytest.raises(StoreError, match="not empty"):
        restore(target, file)
    assert len(_dump(target)["app_user"]) == 1


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path, cleanup: list[Engine]) -> None:
    """A wrong file gives one clear error through the CLI, exit status 1, no traceback."""
    import gzip
    import subprocess
    import sys

    bogus = tmp_path / "notes.gz"
    bogus.write_bytes(gzip.compress(b'{"hello": 1}\n'))
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "c.db"}"\n', "utf-8")
    run = [sys.executable, "-c", "from unmignet.cli import run; run()"]
    result = subprocess.run(
        [*run, "--config", str(config), "restore", str(bogus)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: not an unmignet backup")
