"""Subscriber language: NULL (none given) follows the configured digest.language; an explicit
language wins; the 0004 migration makes the column nullable without touching stored values."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import sqlalchemy as sa
from click.testing import CliRunner
from digest_support import SECRET, SECRET_ENV, WEEK, SmtpServer, add_event, write_config

from models.base import make_engine
from models.schema import alembic_config, current_revision, upgrade
from unmignet.app import App
from unmignet.cli import main


def body(message: EmailMessage, kind: str) -> str:
    part = message.get_body((kind,))
    assert part is not None
    return str(part.get_content())


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args], env={SECRET_ENV: SECRET})
    return result.exit_code, result.output


def french_config(path: Path, db_url: str, server: SmtpServer) -> Path:
    write_config(path, db_url, server)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('\n[digest]\nlanguage = "fr"\n')
    return path


def test_a_french_digest_reaches_subscribers_without_a_language_in_french(
    digest_app: App, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """With digest.language = "fr": an address added without --language and one imported with
    an empty language cell are stored with none and get the French digest; --language en gets
    English; --language default puts an explicit subscriber back on the configured language."""
    add_event(digest_app.sessions)
    config = french_config(tmp_path / "c.toml", digest_app.config.database.url, smtp_server)
    assert run(config, "subscribers", "add", "plain@example.org")[0] == 0
    assert run(config, "subscribers", "add", "english@example.org", "--language", "en")[0] == 0
    assert run(config, "subscribers", "add", "back@example.org", "--language", "es")[0] == 0
    assert run(config, "subscribers", "add", "back@example.org", "--language", "default")[0] == 0
    csv_file = tmp_path / "list.csv"
    csv_file.write_text("email,language\nimported@example.org,\n", encoding="utf-8")
    assert run(config, "subscribers", "import", str(csv_file))[0] == 0
    code, out = run(config, "subscribers", "list", "--json")
    stored = {r["email"]: r["language"] for r in json.loads(out)}
    assert stored == {
        "back@example.org": None,
        "english@example.org": "en",
        "imported@example.org": None,
        "plain@example.org": None,
    }
    code, out = run(config, "digest", "send", "--week", WEEK)
    assert code == 0 and "4 sent" in out
    for address in ("plain@example.org", "imported@example.org", "back@example.org"):
        [got] = smtp_server.handler.to(address)
        text = body(got.message, "plain")
        assert "déc." in got.message["Subject"], address
        assert "Ajouter au calendrier" in text and "mercredi 9 décembre 2026" in text
        assert body(got.message, "html").count('lang="fr"') == 1
    [english] = smtp_server.handler.to("english@example.org")
    assert "Dec" in english.message["Subject"] and "event" in english.message["Subject"]
    assert "Add to calendar" in body(english.message, "plain")


def test_the_migration_keeps_stored_languages_and_allows_none(tmp_path: Path) -> None:
    """At 0003 the column is NOT NULL; after 0004 stored values are unchanged and NULL is
    accepted; a downgrade turns NULL back into "en" and restores NOT NULL."""
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine, "0003_after_action_done")
    insert = sa.text(
        "INSERT INTO subscriber (email, language, regions, event_types, state, created_at) "
        "VALUES (:email, :language, '[]', '[]', 'active', '2026-11-01 00:00:00')"
    )
    select = sa.text("SELECT email, language FROM subscriber ORDER BY email")
    with engine.begin() as conn:
        conn.execute(insert, {"email": "es@example.org", "language": "es"})
    upgrade(engine, "0004_subscriber_language")
    assert current_revision(engine) == "0004_subscriber_language"
    with engine.begin() as conn:
        conn.execute(insert, {"email": "none@example.org", "language": None})
        assert conn.execute(select).all() == [("es@example.org", "es"), ("none@example.org", None)]
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003_after_action_done")
    with engine.begin() as conn:
        assert conn.execute(select).all() == [("es@example.org", "es"), ("none@example.org", "en")]
    columns = {c["name"]: c for c in sa.inspect(engine).get_columns("subscriber")}
    assert columns["language"]["nullable"] is False
    engine.dispose()
