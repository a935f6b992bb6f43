"""Shared fixtures: real databases (SQLite files and PostgreSQL), the App, test mail folders.

PostgreSQL: 127.0.0.1:5432, trust auth (override with UNMIGNET_TEST_PG_URL, a server URL whose
database part is ignored). Each test session creates its own database and drops it at the end, so
parallel runs never share state. In CI (CI=true) an unreachable server fails the run; elsewhere the
PostgreSQL tests skip with a message saying how to enable them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

import models
from models.base import make_engine
from models.schema import upgrade
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig

PG_SERVER_URL = os.environ.get(
    "UNMIGNET_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_HELP = (
    "PostgreSQL is not reachable at 127.0.0.1:5432; start it with "
    "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` "
    "or set UNMIGNET_TEST_PG_URL"
)


def _admin_engine() -> Engine:
    return create_engine(PG_SERVER_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated to head, dropped afterwards."""
    admin = _admin_engine()
    name = f"unmignet_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as err:  # noqa: BLE001 - any connection failure means: no server
        if IN_CI:
            pytest.fail(f"{PG_HELP}: {err}")
        pytest.skip(PG_HELP)
    url = make_url(PG_SERVER_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_all(engine: Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in models.Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL: a SQLite file, then the session's PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
        return
    url = request.getfixturevalue("pg_database_url")
    engine = make_engine(url)
    _truncate_all(engine)
    engine.dispose()
    yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A migrated SQLite database only (for tests that need no backend matrix)."""
    url = f"sqlite:///{tmp_path / 'test.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def app(db_url: str) -> Iterator[App]:
    """An App on the parametrised database with otherwise default configuration."""
    application = App(Config(database=DatabaseConfig(url=db_url)))
    yield application
    application.engine.dispose()


@pytest.fixture
def sqlite_app(sqlite_url: str) -> Iterator[App]:
    application = App(Config(database=DatabaseConfig(url=sqlite_url)))
    yield application
    application.engine.dispose()


FIXTURES = Path(__file__).parent / "fixtures"
