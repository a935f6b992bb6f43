"""The review commands from the shell share the web app's services and audit trail."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from models.event import Event
from models.review import AuditEntry, User
from review import accounts, security
from tests.review.conftest import store_event
from unmignet.app import App
from unmignet.cli import main
from unmignet.config import Config, DatabaseConfig
from unmignet.errors import ReviewError

SECRET = "a-secret-key-for-the-cli-tests-0123456789"


@pytest.fixture
def cli_app(sqlite_url: str, tmp_path: Path) -> tuple[App, Path]:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{sqlite_url}"\n', encoding="utf-8")
    return App(Config(database=DatabaseConfig(url=sqlite_url))), config


def test_users_add_reads_password_from_environment(
    cli_app: tuple[App, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`users add` creates an argon2-hashed account with the password from the environment."""
    app, config = cli_app
    monkeypatch.setenv("UNMIGNET_NEW_PASSWORD", "a long enough password")
    args = ["--config", str(config), "users", "add", "Lea@Example.org", "--role", "admin"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    with app.sessions() as session:
        user = session.query(User).one()
        assert user.email == "lea@example.org" and user.role == "admin"
        assert user.password_hash.startswith("$argon2id$")
        assert security.authenticate(session, "lea@example.org", "a long enough password").ok


def test_users_add_prompts_and_refuses_short_passwords(
    cli_app: tuple[App, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the variable the password is prompted (twice); a short one is refused."""
    _, config = cli_app
    monkeypatch.delenv("UNMIGNET_NEW_PASSWORD", raising=False)
    args = ["--config", str(config), "users", "add", "sam@example.org"]
    result = CliRunner().invoke(main, args, input="short\nshort\n")
    assert result.exit_code != 0
    assert "at least" in str(result.exception)


def test_events_approve_reject_show_with_audit(
    cli_app: tuple[App, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """approve/reject/show work from the shell and write the same audit trail as the web."""
    app, config = cli_app
    first, second = store_event(app, None), store_event(app, None, title="Second")
    runner = CliRunner()
    base = ["--config", str(config), "events"]
    result = runner.invoke(main, [*base, "approve", str(first), "--as", "ops@example.org"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, [*base, "reject", str(second), "--reason", "duplicate"])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(main, [*base, "show", str(first)])
    record = json.loads(shown.output)
    assert record["review_state"] == "approved"
    assert record["audit"][0]["actor"] == "ops@example.org"
    with app.sessions() as session:
        assert session.get_one(Event, second).reject_reason == "duplicate"


def test_events_approve_is_all_or_nothing(cli_app: tuple[App, Path]) -> None:
    """An unknown ID among several approves none of them."""
    app, config = cli_app
    first = store_event(app, None)
    result = CliRunner().invoke(
        main, ["--config", str(config), "events", "approve", str(first), "999"]
    )
    assert result.exit_code != 0
    with app.sessions() as session:
        assert session.get_one(Event, first).review_state == "needs_review"


def _run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(config), "users", *args])


def _audit(app: App) -> list[tuple[str, str, str | None]]:
    with app.sessions() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(a.actor, a.action, a.note) for a in rows]


def test_users_add_resets_an_admin_through_the_audited_path(
    cli_app: tuple[App, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`users add` on an existing deactivated admin without --role sets the password, reactivates
    it, keeps it admin, ends its older sessions and writes audit entries with the cli actor."""
    app, config = cli_app
    monkeypatch.setenv("UNMIGNET_NEW_PASSWORD", "the first password")
    monkeypatch.setenv("UNMIGNET_ACTOR", "cli:ops")
    assert _run(config, "add", "ana@example.org", "--role", "admin").exit_code == 0
    with app.sessions.begin() as session:
        user = session.scalars(select(User)).one()
        user.active, generation = False, user.session_generation
    monkeypatch.setenv("UNMIGNET_NEW_PASSWORD", "the second password")
    result = _run(config, "add", "ana@example.org")
    assert result.exit_code == 0, result.output
    assert "ana@example.org: admin (password set, reactivated)" in result.output
    with app.sessions.begin() as session:
        user = session.scalars(select(User)).one()
        assert user.active and user.role == "admin" and user.session_generation > generation
        assert security.authenticate(session, "ana@example.org", "the second password").ok
    assert _audit(app) == [
        ("cli:ops", "user_add", "ana@example.org"),
        ("cli:ops", "user_reactivate", "ana@example.org"),
        ("cli:ops", "user_set_password", "ana@example.org"),
    ]


def test_users_list_set_role_deactivate_reactivate(
    cli_app: tuple[App, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The account commands change the account, are audited, and keep one active admin: the
    last admin's deactivation or demotion fails with a clear message and changes nothing."""
    app, config = cli_app
    monkeypatch.setenv("UNMIGNET_NEW_PASSWORD", "a long enough password")
    _run(config, "add", "ana@example.org", "--role", "admin")
    _run(config, "add", "sam@example.org")
    steps = [
        (("set-role", "sam@example.org", "admin"), "sam@example.org is now admin"),
        (("deactivate", "sam@example.org", "--as", "ops@example.org"), "deactivated"),
        (("reactivate", "SAM@example.org"), "sam@example.org reactivated"),
        (("reactivate", "sam@example.org"), "sam@example.org is already active"),
        (("set-role", "sam@example.org", "reviewer"), "sam@example.org is now reviewer"),
    ]
    for args, said in steps:
        result = _run(config, *args)
        assert result.exit_code == 0 and said in result.output, result.output
    for args in (("deactivate", "ana@example.org"), ("set-role", "ana@example.org", "reviewer")):
        refused = _run(config, *args)
        assert refused.exit_code != 0 and "last active admin" in str(refused.exception)
    missing = _run(config, "deactivate", "nobody@example.org")
    assert "has no account" in str(missing.exception)
    listed = json.loads(_run(config, "list", "--json").output)
    assert [(u["email"], u["role"], u["active"]) for u in listed] == [
        ("ana@example.org", "admin", True),
        ("sam@example.org", "reviewer", True),
    ]
    assert [action for _, action, _ in _audit(app)][2:] == [
        "user_role",
        "user_deactivate",
        "user_reactivate",
        "user_role",
    ]
    assert _audit(app)[3][0] == "ops@example.org"


def test_users_reset_password_prints_a_working_link_never_logged(
    cli_app: tuple[App, Path], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """`users reset-password` prints a /set-password#TOKEN link on web.base_url that sets the
    password once; the token is in no log record; without the secret key it refuses."""
    app, config = cli_app
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("UNMIGNET_NEW_PASSWORD", "a long enough password")
    _run(config, "add", "ana@example.org", "--role", "admin")
    monkeypatch.delenv("UNMIGNET_SECRET_KEY", raising=False)
    assert "UNMIGNET_SECRET_KEY" in str(_run(config, "reset-password", "ana@example.org").exception)
    monkeypatch.setenv("UNMIGNET_SECRET_KEY", SECRET)
    result = _run(config, "reset-password", "ana@example.org")
    assert result.exit_code == 0, result.output
    link = result.output.strip()
    assert link.startswith("http://127.0.0.1:8080/set-password#")
    token = link.split("#", 1)[1]
    assert token not in caplog.text
    with app.sessions.begin() as session:
        accounts.set_password(session, SECRET, token, "a new passphrase", "a new passphrase")
    with app.sessions.begin() as session:
        assert security.authenticate(session, "ana@example.org", "a new passphrase").ok
        with pytest.raises(ReviewError, match="already used"):
            accounts.user_for_token(session, SECRET, token)
    assert [action for _, action, _ in _audit(app)][-2:] == ["user_link", "user_set_password"]
