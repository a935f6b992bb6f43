"""digest.ledger under the conditions the other ledger tests do not reach: a claimer owned by
another user, and two senders creating the same week's digest at once (docs/testing.md lists the
mutants these tests were written for)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from digest import ledger
from models.base import make_engine, make_sessionmaker
from models.digest import Digest

NOBODY = 65534


def _in_child_as_nobody(claimer: str) -> str:
    """``claimer_is_dead(claimer)`` asked by a forked child that dropped to user nobody (the
    interpreter is already loaded, so nothing has to be readable by that user)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer through the pipe, never return into pytest
        try:
            os.close(read_end)
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write_end, str(ledger.claimer_is_dead(claimer)).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as answer:
        text = answer.read()
    os.waitpid(pid, 0)
    return text


def test_a_claimer_owned_by_another_user_is_alive() -> None:
    """A sender whose process exists but belongs to another user (``os.kill(pid, 0)`` raises
    PermissionError) is alive: its row is not taken over. Asked as an unprivileged user, since
    root may signal any process; pid 1 (owned by root) stands for the other user's sender."""
    claimer = f"{socket.gethostname()}:1"
    if os.geteuid() != 0:
        assert ledger.claimer_is_dead(claimer) is False
        return
    assert _in_child_as_nobody(claimer) == "False"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    made = make_engine(db_url)
    yield made
    made.dispose()


def _rival_after_first_lookup(engine: Engine, week: str) -> dict[str, Any]:
    """Once the sender has looked for ``week``'s digest (and found none), another sender
    commits it on its own connection: the race the fallback lookup exists for."""
    rival: dict[str, Any] = {}

    def after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if rival or not statement.lstrip().upper().startswith("SELECT"):
            return
        if "digest" not in statement:
            return
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as other:
            values = {"week": week, "subject": "The rival's", "event_ids": [{"id": 7}]}
            rival["id"] = other.execute(insert(Digest).values(**values).returning(Digest.id)).one()[
                0
            ]

    event.listen(engine, "after_cursor_execute", after)
    return rival


def test_two_senders_creating_one_week_get_the_same_digest(engine: Engine) -> None:
    """When another sender creates the week's digest between this sender's lookup and its
    insert, the insert fails on the unique week and this sender takes the rival's digest (its
    subject and snapshot), never a second one or another week's."""
    sessions: sessionmaker[Session] = make_sessionmaker(engine)
    ledger.get_or_create_digest(sessions, "2026-W49", "Earlier week", [{"id": 1}])
    rival = _rival_after_first_lookup(engine, "2026-W50")
    got = ledger.get_or_create_digest(sessions, "2026-W50", "Mine", [{"id": 2}])
    assert rival, "the race was not played: no lookup of the digest table was seen"
    assert (got.id, got.week, got.subject, got.event_ids) == (
        rival["id"],
        "2026-W50",
        "The rival's",
        [{"id": 7}],
    )
