"""Operations commands: ``backup`` and ``restore`` (see unmignet.backup)."""

from __future__ import annotations

from pathlib import Path

import click

from unmignet.cli import get_app, main


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def backup(ctx: click.Context, file: Path) -> None:
    """Write a consistent copy of every table (mails, events, reviews, users, ledgers) to FILE.

    Works on SQLite and PostgreSQL alike; the file is gzipped JSON lines and restores into
    either kind of database.

    \b
    Example:
      unmignet --config /etc/unmignet/config.toml backup /var/backups/unmignet/$(date +%F).jsonl.gz
    """
    from unmignet.backup import backup as run_backup

    report = run_backup(get_app(ctx).engine, file)
    click.echo(f"backed up {report} to {file}")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.pass_context
def restore(ctx: click.Context, file: Path) -> None:
    """Load a backup FILE into the configured database, which must be empty.

    Creates the schema first; refuses a database that holds any row. Restoring a SQLite backup
    into PostgreSQL moves a deployment from one to the other.

    \b
    Example:
      unmignet --config /etc/unmignet/config.toml restore /var/backups/unmignet/2026-12-07.jsonl.gz
    """
    from unmignet.backup import restore as run_restore

    app = get_app(ctx)
    report = run_restore(app.engine, file)
    url = app.engine.url.render_as_string(hide_password=True)
    click.echo(f"restored {report} into {url}")
