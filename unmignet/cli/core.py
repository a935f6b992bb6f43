"""Core commands: init, extract, reprocess, run, demo (poll and status: cli/ingest.py)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from unmignet import jobs
from unmignet.cli import get_app, main
from unmignet.errors import UnmignetError

err_console = Console(stderr=True)


@contextmanager
def progress_bar(label: str) -> Iterator[Progress]:
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        yield bar


@main.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create the database schema, or upgrade it to the newest version.

    \b
    Example:
      unmignet --config config.toml init
    """
    app = get_app(ctx)
    app.init_schema()
    click.echo(f"schema ready at {app.engine.url.render_as_string(hide_password=True)}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line (the only format).")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.pass_context
def extract(ctx: click.Context, as_json: bool, files: tuple[str, ...]) -> None:
    """Extract events from message files; touches no database.

    Prints one JSON object a line, in input order, with file, is_event_notification, language,
    events (SCHEMA.md fields), confidence and evidence; or file and error for unreadable input.

    \b
    Example:
      unmignet extract --json mail1.eml mail2.eml
    """
    extractor = get_app(ctx).extractor
    out = sys.stdout
    for name in files:
        try:
            raw = Path(name).read_bytes()
            record = {"file": name, **extractor.extract(raw).as_json()}
        except (OSError, UnmignetError) as err:
            record = {"file": name, "error": f"{type(err).__name__}: {err}"}
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    out.flush()


@main.command()
@click.option("--failed-only", is_flag=True, help="Only retry messages that failed.")
@click.pass_context
def reprocess(ctx: click.Context, failed_only: bool) -> None:
    """Run extraction again over stored messages (after the extractor improved).

    Fields a human edited and review decisions are never overwritten.

    \b
    Example:
      unmignet reprocess
    """
    from unmignet.processing import mark_for_reprocessing, retry_failed

    app = get_app(ctx)
    app.init_schema()
    count = retry_failed(app.sessions) if failed_only else mark_for_reprocessing(app.sessions)
    with progress_bar("extracting") as bar:
        task = bar.add_task("reprocess", total=count)
        report = jobs.process(app, progress=lambda n: bar.advance(task, n))
    click.echo(
        f"reprocessed {report.processed} messages: {report.events} events, {report.failed} failed"
    )


@main.command()
@click.option("--with-web", is_flag=True, help="Also serve the review app (see `serve`).")
@click.pass_context
def run(ctx: click.Context, with_web: bool) -> None:
    """Run the scheduler: poll every poll.interval_minutes, send the weekly digest on its cron.

    SIGTERM finishes the message in hand and exits cleanly.

    \b
    Example:
      unmignet --config config.toml run
    """
    from unmignet.scheduler import run_scheduler

    app = get_app(ctx)
    app.init_schema()
    run_scheduler(app, with_digest=True, with_web=with_web or app.config.web.start_with_scheduler)


@main.command()
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Date the demo mails relative to this day (YYYY-MM-DD) instead of today.",
)
@click.pass_context
def demo(ctx: click.Context, today: datetime | None) -> None:
    """Run the whole job on the bundled demo inbox with the embedded defaults.

    Writes the demo mails (dated relative to today, or to --today), stores and extracts them,
    prints the extracted records, and writes a digest preview. Running it twice for the same day
    adds nothing; a run for another day replaces the demo mails of the earlier day.

    \b
    Examples:
      unmignet demo
      unmignet demo --today 2026-05-18
    """
    from unmignet.demo import run_demo

    run_demo(get_app(ctx), console=Console(), today=today.date() if today else None)
