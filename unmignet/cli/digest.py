"""``unmignet digest preview|send`` and ``unmignet subscribers add|remove|list|import``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from digest import subscribers as subs
from unmignet.cli import get_app, main


@main.group()
def digest() -> None:
    """Preview and send the weekly digest.

    \b
    Example:
      unmignet digest preview --out digest-preview
    """


@digest.command()
@click.option("--week", help="ISO week, e.g. 2026-W49 (default: the current week).")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder for the HTML and text files (default: digest.preview_dir).",
)
@click.pass_context
def preview(ctx: click.Context, week: str | None, out_dir: str | None) -> None:
    """Write the digest as HTML and plain text without sending or recording anything.

    \b
    Example:
      unmignet digest preview --week 2026-W49 --out /tmp/digest
    """
    from digest.service import (
        content_for_week,
        current_week,
        normalise_week,
        pending_lines,
        write_preview,
    )

    app = get_app(ctx)
    app.init_schema()
    folder = Path(out_dir or app.config.digest.preview_dir)
    chosen = normalise_week(week) if week else current_week(app.config)
    html_path, text_path = write_preview(app.sessions, app.config, folder, week=chosen)
    click.echo(f"{html_path}\n{text_path}")
    _echo_pending(pending_lines(content_for_week(app.sessions, app.config, chosen)))


def _echo_pending(lines: tuple[str, ...]) -> None:
    """Name the approved events printed with a change no reviewer has decided yet."""
    if lines:
        click.echo(f"{len(lines)} event(s) with a change no reviewer has decided:")
        for line in lines:
            click.echo(f"  {line}")


@digest.command()
@click.option("--week", help="ISO week, e.g. 2026-W49 (default: the current week).")
@click.pass_context
def send(ctx: click.Context, week: str | None) -> None:
    """Send the digest to every active subscriber, once each (safe to run again).

    A re-run after a crash or a temporary failure sends only what is still owed.

    \b
    Example:
      unmignet digest send --week 2026-W49
    """
    from digest.service import send_week

    app = get_app(ctx)
    app.init_schema()
    report = send_week(app.sessions, app.config, week=week)
    click.echo(str(report))
    for line in report.errors:
        click.echo(f"  {line}", err=True)
    if not report.completed:
        ctx.exit(2)


@main.group()
def subscribers() -> None:
    """Manage who receives the digest.

    \b
    Example:
      unmignet subscribers add ana@example.org --language es --region Americas
    """


@subscribers.command("add")
@click.argument("email")
@click.option("--name", help="Display name.")
@click.option(
    "--language",
    type=click.Choice(["en", "fr", "es", subs.FOLLOW_CONFIG]),
    default=None,
    help=f"Digest language (default: digest.language; '{subs.FOLLOW_CONFIG}' resets to it).",
)
@click.option("--region", "regions", multiple=True, help="ISO country or region (repeatable).")
@click.option("--type", "types", multiple=True, help="Event type to keep (repeatable).")
@click.option("--resubscribe", is_flag=True, help="Reactivate an address that unsubscribed.")
@click.pass_context
def add_command(
    ctx: click.Context,
    email: str,
    name: str | None,
    language: str | None,
    regions: tuple[str, ...],
    types: tuple[str, ...],
    resubscribe: bool,
) -> None:
    """Add a subscriber (or update one); an unsubscribed address stays out without --resubscribe.

    \b
    Example:
      unmignet subscribers add ana@example.org --name "Ana" --region Africa --type side_event
    """
    app = get_app(ctx)
    app.init_schema()
    entry = subs.SubscriberInput(email, name, language, regions, types)
    outcome = subs.add(app.sessions, entry, resubscribe=resubscribe)
    click.echo(f"{outcome.email}: {outcome.action}")


@subscribers.command("remove")
@click.argument("emails", nargs=-1, required=True)
@click.pass_context
def remove_command(ctx: click.Context, emails: tuple[str, ...]) -> None:
    """Unsubscribe addresses: they are never mailed again (the row is kept as a record).

    \b
    Example:
      unmignet subscribers remove ana@example.org
    """
    app = get_app(ctx)
    app.init_schema()
    for email in emails:
        click.echo(f"{email}: {subs.remove(app.sessions, email)}")


@subscribers.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array instead of a table.")
@click.option("--all", "show_all", is_flag=True, help="Include unsubscribed and bounced.")
@click.pass_context
def list_command(ctx: click.Context, as_json: bool, show_all: bool) -> None:
    """List subscribers (active ones unless --all).

    \b
    Example:
      unmignet subscribers list --json
    """
    app = get_app(ctx)
    app.init_schema()
    rows = subs.listing(app.sessions, include_inactive=show_all)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        filters = ",".join([*row["regions"], *row["event_types"]]) or "-"
        language = row["language"] or f"({subs.FOLLOW_CONFIG})"
        click.echo(f"{row['email']}\t{row['state']}\t{language}\t{filters}")


@subscribers.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def import_command(ctx: click.Context, csv_file: str) -> None:
    """Add subscribers from a CSV file with a header row.

    Columns: email (required), name, language (en, fr, es; empty: digest.language), regions and
    event_types (separated by ";").
    Unsubscribed addresses in the file are left unsubscribed.

    \b
    Example:
      unmignet subscribers import partners.csv
    """
    app = get_app(ctx)
    app.init_schema()
    report = subs.import_csv(app.sessions, Path(csv_file))
    click.echo(
        f"{report.added} added, {report.updated} updated, {report.kept_out} left unsubscribed, "
        f"{len(report.invalid)} invalid"
    )
    for line in report.invalid:
        click.echo(f"  {line}", err=True)
