"""Alembic migrations and the ORM models describe the same schema, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import models
from models.base import make_engine
from models.schema import current_revision, head_revision, upgrade


def test_migrations_match_models(db_url: str) -> None:
    """After `upgrade head` there is nothing left for autogenerate to add or change."""
    engine = make_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_is_idempotent(db_url: str) -> None:
    """Running `init` again on an up-to-date database changes nothing and stays at head."""
    engine = make_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()
