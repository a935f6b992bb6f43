"""`unmignet subscribers ...` and `unmignet digest ...` from the shell (click's runner)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from digest_support import SECRET, SECRET_ENV, WEEK, SmtpServer, add_event, write_config

from unmignet.app import App
from unmignet.cli import main


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args], env={SECRET_ENV: SECRET})
    return result.exit_code, result.output


def test_subscribers_add_list_remove_and_import_keep_unsubscribed_out(
    digest_app: App, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """add with filters, list as JSON, remove (unsubscribe), then an import that lists the
    removed address again leaves it unsubscribed and reports invalid lines."""
    config = write_config(tmp_path / "c.toml", digest_app.config.database.url, smtp_server)
    code, out = run(
        config, "subscribers", "add", "Ana@Example.org", "--language", "es", "--region", "Americas"
    )
    assert code == 0 and "added" in out
    code, out = run(config, "subscribers", "list", "--json")
    [row] = json.loads(out)
    assert (row["email"], row["language"], row["regions"]) == (
        "ana@example.org",
        "es",
        ["Americas"],
    )
    assert (
        run(config, "subscribers", "remove", "ana@example.org")[1].strip().endswith("unsubscribed")
    )
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "\ufeffemail,name,language,regions,event_types\n"
        "ana@example.org,Ana,es,,\n"
        "bo@example.org,Bo,fr,Africa;Europe,side_event\n"
        "not-an-address,X,,,\n",
        encoding="utf-8",
    )
    code, out = run(config, "subscribers", "import", str(csv_file))
    assert code == 0 and "1 added, 0 updated, 1 left unsubscribed, 1 invalid" in out
    code, out = run(config, "subscribers", "list", "--json")
    assert [r["email"] for r in json.loads(out)] == ["bo@example.org"]
    code, out = run(config, "subscribers", "add", "ana@example.org", "--resubscribe")
    assert "reactivated" in out


def test_digest_preview_writes_html_and_text_and_send_reports(
    digest_app: App, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """`digest preview --week --out` writes both files without sending; `digest send` reports."""
    add_event(digest_app.sessions)
    config = write_config(tmp_path / "c.toml", digest_app.config.database.url, smtp_server)
    code, out = run(config, "digest", "preview", "--week", WEEK, "--out", str(tmp_path / "out"))
    assert code == 0
    html, text = (Path(line) for line in out.split())
    assert "<table" in html.read_text() and "Dialogue on labour mobility" in text.read_text()
    assert smtp_server.handler.received == []
    run(config, "subscribers", "add", "reader@example.org")
    code, out = run(config, "digest", "send", "--week", WEEK)
    assert code == 0 and "1 sent" in out and len(smtp_server.handler.received) == 1
    code, out = run(config, "digest", "send", "--week", "2026-53")
    assert code != 0
