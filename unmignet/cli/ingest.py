"""Ingestion commands: ``poll`` (incremental, backfill, dry run) and ``status``."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime

import click

from ingest.status import FolderStatus
from models.base import utcnow
from unmignet import jobs
from unmignet.app import App
from unmignet.cli import get_app, main
from unmignet.cli.core import progress_bar


@main.command()
@click.option("--once", is_flag=True, help="Poll every mailbox once and exit.")
@click.option(
    "--all", "rescan", is_flag=True, help="Rescan whole folders (what is stored is skipped)."
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Only messages the server received on or after this date (IMAP SINCE).",
)
@click.option("--dry-run", is_flag=True, help="Count what a poll would fetch; store nothing.")
@click.pass_context
def poll(
    ctx: click.Context, once: bool, rescan: bool, since: datetime | None, dry_run: bool
) -> None:
    """Store new mail from every configured mailbox, then extract events from it.

    Without --once, keeps polling every poll.interval_minutes and holds IMAP IDLE where the
    server offers it (as `unmignet run` does). A backfill is resumable: kill it and run it again.

    \b
    Examples:
      unmignet poll --once
      unmignet poll --once --since 2024-01-01
      unmignet poll --once --all --dry-run
    """
    app = get_app(ctx)
    app.init_schema()
    day = since.date() if since is not None else None
    if dry_run:
        _dry_run(app, rescan, day)
        return
    if not once:
        from unmignet.scheduler import run_scheduler

        run_scheduler(app, with_digest=False)
        return
    with progress_bar("storing") as bar:
        task = bar.add_task("poll", total=None)
        summary = jobs.poll_once(
            app,
            rescan=rescan,
            since=day,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    for report in summary.polls:
        if report.skipped:
            click.echo(f"{report.account}/{report.folder}: skipped, another poller holds it")
            continue
        click.echo(
            f"{report.account}/{report.folder}: {report.stored} stored, "
            f"{report.duplicates} duplicates, {report.stubs} over-size stubs"
        )
    p = summary.processing
    click.echo(f"extracted {p.processed} messages: {p.events} events, {p.failed} failed")
    _report_errors(summary.errors)


def _dry_run(app: App, rescan: bool, since: date | None) -> None:
    summary = jobs.count_new(app, rescan=rescan, since=since)
    for report in summary.polls:
        click.echo(f"{report.account}/{report.folder}: {report.seen} to fetch")
    _report_errors(summary.errors)


def _report_errors(errors: list[str]) -> None:
    for message in errors:
        click.echo(f"error: {message}", err=True)
    if errors:
        raise click.exceptions.Exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per folder.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show, per account and folder, the last poll, checkpoint, counts and token expiry.

    \b
    Example:
      unmignet --config config.toml status
    """
    from ingest.status import folder_statuses

    app = get_app(ctx)
    app.init_schema()
    with app.sessions() as session:
        rows = folder_statuses(session)
    now = utcnow()
    for row in rows:
        if as_json:
            click.echo(json.dumps(asdict(row), default=str))
            continue
        click.echo(_status_line(row, now))
    if not rows and not as_json:
        click.echo("no mailbox polled yet")


def _status_line(row: FolderStatus, now: datetime) -> str:
    left = row.token_seconds_left(now)
    token = "" if left is None else f", token expires in {_duration(left)}"
    error = f"\n    last error: {row.last_error}" if row.last_error else ""
    return (
        f"{row.account}/{row.folder}: last success {_when(row.last_success_at)}, "
        f"checkpoint {row.uidvalidity}:{row.last_uid}, {row.stored} stored, "
        f"{row.failed} failed, {row.stubs} over-size{token}{error}"
    )


def _when(moment: datetime | None) -> str:
    return "never" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _duration(seconds: float) -> str:
    if seconds <= 0:
        return "0 s (expired)"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"
