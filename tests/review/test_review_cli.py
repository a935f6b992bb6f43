"""The review commands from the shell share the web app's services and audit trail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from models.event import Event
from models.review import User
from review import security
from tests.review.conftest import store_event
from unmignet.app import App
from unmignet.cli import main
from unmignet.config import Config, DatabaseConfig


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
