"""Account administration (review.accounts) on real SQLite and PostgreSQL databases."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from models.base import make_engine
from models.review import AuditEntry, User
from models.schema import alembic_config, upgrade
from review import accounts
from review.security import add_user, authenticate
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig
from unmignet.errors import ReviewError

SECRET = "a-secret-key-for-these-tests-0123456789"
BOSS = "boss@example.org"
PASSWORD = "a long enough password"


def _ids(app: App, *users: tuple[str, str]) -> list[int]:
    with app.sessions.begin() as session:
        return [add_user(session, email, PASSWORD, role).id for email, role in users]


def _user(app: App, user_id: int) -> User:
    with app.sessions() as session:
        user = session.get_one(User, user_id)
        session.expunge(user)
        return user


def _actions(app: App) -> list[tuple[str, str, str | None]]:
    with app.sessions() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(a.actor, a.action, a.note) for a in rows]


def test_invite_makes_an_account_without_a_usable_password(app: App) -> None:
    """An invited account is active with the chosen role, cannot log in yet, and is audited."""
    [boss] = _ids(app, (BOSS, "admin"))
    with app.sessions.begin() as session:
        user = accounts.invite(session, "  New.Person@Example.org ", "reviewer", BOSS)
        assert (user.email, user.role, user.active) == ("new.person@example.org", "reviewer", True)
    with app.sessions.begin() as session:
        assert not authenticate(session, "new.person@example.org", "").ok
        assert not authenticate(session, "new.person@example.org", user.password_hash).ok
    assert _actions(app) == [(BOSS, "user_add", "new.person@example.org")]
    assert boss


@pytest.mark.parametrize(
    ("email", "role", "message"),
    [
        ("no-at-sign", "reviewer", "not an e-mail address"),
        ("x@example.org", "superuser", "role must be one of"),
        ("BOSS@example.org", "reviewer", "already has an account"),
    ],
)
def test_invite_refuses_bad_input(app: App, email: str, role: str, message: str) -> None:
    """A bad address, an unknown role or an existing account is refused with a clear message."""
    _ids(app, (BOSS, "admin"))
    with pytest.raises(ReviewError, match=message), app.sessions.begin() as session:
        accounts.invite(session, email, role, BOSS)


def test_link_sets_the_password_once(app: App) -> None:
    """A set-password link sets the password, then it (and older links) stop working."""
    _ids(app, (BOSS, "admin"))
    with app.sessions.begin() as session:
        user = accounts.invite(session, "sam@example.org", "reviewer", BOSS)
        first = accounts.link_token(SECRET, user)
        second = accounts.link_token(SECRET, user)
    with pytest.raises(ReviewError, match="differ"), app.sessions.begin() as session:
        accounts.set_password(session, SECRET, first, "a new password!", "another one!!")
    with pytest.raises(ReviewError, match="10 to 1024"), app.sessions.begin() as session:
        accounts.set_password(session, SECRET, first, "short", "short")
    with app.sessions.begin() as session:
        accounts.set_password(session, SECRET, first, "a new password!", "a new password!")
    with app.sessions.begin() as session:
        assert authenticate(session, "sam@example.org", "a new password!").ok
    for token in (first, second):
        with pytest.raises(ReviewError, match="already used"), app.sessions.begin() as session:
            accounts.set_password(session, SECRET, token, "third password", "third password")
    assert _actions(app)[-1] == ("sam@example.org", "user_set_password", "sam@example.org")


def test_link_refused_when_tampered_foreign_expired_or_deactivated(app: App) -> None:
    """A link signed with another key, altered, expired, or for a deactivated account fails."""
    boss, sam = _ids(app, (BOSS, "admin"), ("sam@example.org", "reviewer"))
    token = accounts.link_token(SECRET, _user(app, sam))
    with app.sessions() as session:
        assert accounts.user_for_token(session, SECRET, token).id == sam
        for bad in (token[:-2] + "xx", "garbage", ""):
            with pytest.raises(ReviewError, match="invalid"):
                accounts.user_for_token(session, SECRET, bad)
        with pytest.raises(ReviewError, match="invalid"):
            accounts.user_for_token(session, "another-secret-key-000000000000", token)
    expired = accounts._serializer(SECRET)
    old = expired.dumps([sam, accounts._binding(SECRET, _user(app, sam))])
    with app.sessions() as session:
        user_for_old = accounts.user_for_token(session, SECRET, old)  # fresh: fine
        assert user_for_old.id == sam
    with app.sessions.begin() as session:
        accounts.set_active(session, sam, False, actor_id=boss, actor=BOSS)
    with pytest.raises(ReviewError, match="invalid"), app.sessions() as session:
        accounts.user_for_token(session, SECRET, token)
    with app.sessions.begin() as session:
        accounts.set_active(session, sam, True, actor_id=boss, actor=BOSS)
    with pytest.raises(ReviewError, match="invalid"), app.sessions() as session:
        accounts.user_for_token(session, SECRET, token)  # reactivating does not revive it


def test_expired_link_is_refused(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """A link older than LINK_MAX_AGE is refused."""
    from datetime import timedelta

    [sam] = _ids(app, ("sam@example.org", "reviewer"))
    token = accounts.link_token(SECRET, _user(app, sam))
    monkeypatch.setattr(accounts, "LINK_MAX_AGE", timedelta(seconds=-1))
    with pytest.raises(ReviewError, match="expired"), app.sessions() as session:
        accounts.user_for_token(session, SECRET, token)


def test_role_and_active_changes_are_audited(app: App) -> None:
    """An admin changes another account's role and state; each change is one audit entry."""
    boss, sam = _ids(app, (BOSS, "admin"), ("sam@example.org", "reviewer"))
    with app.sessions.begin() as session:
        assert accounts.set_role(session, sam, "admin", actor_id=boss, actor=BOSS)
        assert not accounts.set_role(session, sam, "admin", actor_id=boss, actor=BOSS)
        assert accounts.set_active(session, sam, False, actor_id=boss, actor=BOSS)
        assert accounts.set_active(session, sam, True, actor_id=boss, actor=BOSS)
    assert _user(app, sam).role == "admin" and _user(app, sam).active
    with app.sessions() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        got = [(a.action, a.field, a.before, a.after, a.note) for a in entries]
    assert got == [
        ("user_role", "role", "reviewer", "admin", "sam@example.org"),
        ("user_deactivate", "active", True, False, "sam@example.org"),
        ("user_reactivate", "active", False, True, "sam@example.org"),
    ]


def test_admin_cannot_demote_or_deactivate_themselves(app: App) -> None:
    """Self-demotion and self-deactivation are refused even when other admins exist."""
    boss, _other = _ids(app, (BOSS, "admin"), ("other@example.org", "admin"))
    with app.sessions.begin() as session:
        with pytest.raises(ReviewError, match="your own role"):
            accounts.set_role(session, boss, "reviewer", actor_id=boss, actor=BOSS)
        with pytest.raises(ReviewError, match="your own account"):
            accounts.set_active(session, boss, False, actor_id=boss, actor=BOSS)
    assert _user(app, boss).role == "admin" and _user(app, boss).active
    assert _actions(app) == []


def test_last_active_admin_cannot_be_removed(app: App) -> None:
    """The one active admin left cannot demote or deactivate itself, and a deactivated admin
    (a stale page) can no longer act at all."""
    boss, gone = _ids(app, (BOSS, "admin"), ("gone@example.org", "admin"))
    with app.sessions.begin() as session:
        accounts.set_active(session, gone, False, actor_id=boss, actor=BOSS)
    with app.sessions.begin() as session:
        with pytest.raises(ReviewError, match="last active admin"):
            accounts.set_role(session, boss, "reviewer", actor_id=boss, actor=BOSS)
        with pytest.raises(ReviewError, match="last active admin"):
            accounts.set_active(session, boss, False, actor_id=boss, actor=BOSS)
        with pytest.raises(ReviewError, match="only an active admin"):
            accounts.set_role(session, boss, "reviewer", actor_id=gone, actor="gone@example.org")
        with pytest.raises(ReviewError, match="only an active admin"):
            accounts.set_active(session, boss, False, actor_id=gone, actor="gone@example.org")
    assert _user(app, boss).role == "admin" and _user(app, boss).active


def test_session_generation_moves_on_deactivate_reactivate_and_password(app: App) -> None:
    """Deactivating, reactivating and setting a password each raise the account's session
    generation (ending older sessions); a role change leaves it."""
    boss, sam = _ids(app, (BOSS, "admin"), ("sam@example.org", "reviewer"))
    seen = [_user(app, sam).session_generation]
    changes = [
        lambda s: accounts.set_role(s, sam, "admin", actor_id=boss, actor=BOSS),
        lambda s: accounts.set_active(s, sam, False, actor_id=boss, actor=BOSS),
        lambda s: accounts.set_active(s, sam, True, actor_id=boss, actor=BOSS),
    ]
    for change in changes:
        with app.sessions.begin() as session:
            change(session)
        seen.append(_user(app, sam).session_generation)
    with app.sessions.begin() as session:
        token = accounts.link_token(SECRET, session.get_one(User, sam))
    with app.sessions.begin() as session:
        accounts.set_password(session, SECRET, token, PASSWORD * 2, PASSWORD * 2)
    seen.append(_user(app, sam).session_generation)
    assert seen[0] == seen[1] < seen[2] < seen[3] < seen[4]


def test_bootstrap_creates_then_resets_an_account_audited(app: App) -> None:
    """The shell's path creates an account with a password, and later gives a deactivated admin
    a new password, reactivates it and keeps its role when none is given; all audited."""
    [boss] = _ids(app, (BOSS, "admin"))
    with app.sessions.begin() as session:
        user, done = accounts.bootstrap(session, "Kim@Example.org", PASSWORD, "admin", "cli:ops")
        kim = user.id
    assert done == ["created"] and _user(app, kim).role == "admin"
    with app.sessions.begin() as session:
        accounts.set_active(session, kim, False, actor_id=boss, actor=BOSS)
    before = _user(app, kim).session_generation
    with app.sessions.begin() as session:
        _, done = accounts.bootstrap(session, "kim@example.org", "another password", None, "cli:x")
    assert done == ["password set", "reactivated"]
    after = _user(app, kim)
    assert after.active and after.role == "admin" and after.session_generation > before
    with app.sessions.begin() as session:
        assert authenticate(session, "kim@example.org", "another password").ok
        assert not authenticate(session, "kim@example.org", PASSWORD).ok
    assert _actions(app) == [
        ("cli:ops", "user_add", "kim@example.org"),
        (BOSS, "user_deactivate", "kim@example.org"),
        ("cli:x", "user_reactivate", "kim@example.org"),
        ("cli:x", "user_set_password", "kim@example.org"),
    ]


def test_the_shell_keeps_one_active_admin(app: App) -> None:
    """Without an acting admin (the shell) the last active admin still cannot be demoted or
    deactivated, nor a short password set; another admin can be demoted."""
    [boss, other] = _ids(app, (BOSS, "admin"), ("other@example.org", "admin"))
    with app.sessions.begin() as session:
        assert accounts.set_role(session, other, "reviewer", actor_id=None, actor="cli")
    with app.sessions.begin() as session:
        with pytest.raises(ReviewError, match="last active admin"):
            accounts.bootstrap(session, BOSS, PASSWORD, "reviewer", "cli")
        with pytest.raises(ReviewError, match="last active admin"):
            accounts.set_active(session, boss, False, actor_id=None, actor="cli")
        with pytest.raises(ReviewError, match="at least"):
            accounts.bootstrap(session, "new@example.org", "short", None, "cli")
    assert _user(app, boss).role == "admin" and _user(app, boss).active


def test_migration_0005_gives_existing_accounts_generation_zero(tmp_path: Path) -> None:
    """An account stored at 0004 has generation 0 after the upgrade; a downgrade drops it."""
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine, "0004_subscriber_language")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO app_user (email, password_hash, role, active, failed_logins, "
                "created_at) VALUES ('old@example.org', 'x', 'admin', 1, 0, '2026-11-01')"
            )
        )
    upgrade(engine)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT session_generation FROM app_user")).scalar() == 0
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_subscriber_language")
    assert "session_generation" not in {c["name"] for c in inspect(engine).get_columns("app_user")}
    engine.dispose()


def test_two_admins_cannot_demote_each_other_to_none(app: App) -> None:
    """After A demotes B, B (no longer admin) cannot demote A: one active admin always stays."""
    a, b = _ids(app, ("a@example.org", "admin"), ("b@example.org", "admin"))
    with app.sessions.begin() as session:
        accounts.set_role(session, b, "reviewer", actor_id=a, actor="a@example.org")
    with pytest.raises(ReviewError, match="only an active admin"), app.sessions.begin() as s:
        accounts.set_role(s, a, "reviewer", actor_id=b, actor="b@example.org")
    assert _user(app, a).role == "admin"


@pytest.fixture
def pg_app(pg_database_url: str) -> Iterator[App]:
    """An App on the session's PostgreSQL database, emptied first."""
    from tests.conftest import _truncate_all

    application = App(Config(database=DatabaseConfig(url=pg_database_url)))
    _truncate_all(application.engine)
    yield application
    application.engine.dispose()


def _waiting_on_a_lock(app: App) -> bool:
    query = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
    query += "AND datname = current_database()"
    with app.engine.connect() as conn:
        return bool(conn.execute(text(query)).scalar())


@pytest.mark.postgres
def test_concurrent_mutual_demotion_leaves_an_admin(pg_app: App) -> None:
    """Two admins demoting each other in overlapping transactions: the second waits for the
    first's row locks, then sees it is no longer an admin and is refused."""
    a, b = _ids(pg_app, ("a@example.org", "admin"), ("b@example.org", "admin"))
    first = pg_app.sessions()
    accounts.set_role(first, b, "reviewer", actor_id=a, actor="a@example.org")  # not committed
    outcome: list[BaseException | None] = []

    def second() -> None:
        try:
            with pg_app.sessions.begin() as session:
                accounts.set_role(session, a, "reviewer", actor_id=b, actor="b@example.org")
            outcome.append(None)
        except ReviewError as err:
            outcome.append(err)

    thread = threading.Thread(target=second)
    thread.start()
    for _ in range(400):  # synchronisation only: until the second blocks (or, unlocked, ends)
        if not thread.is_alive() or _waiting_on_a_lock(pg_app):
            break
        time.sleep(0.025)
    first.commit()
    first.close()
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], ReviewError)
    assert "only an active admin" in str(outcome[0])
    assert _user(pg_app, a).role == "admin"
