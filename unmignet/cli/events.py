"""``unmignet events``: list extracted events from the shell."""

from __future__ import annotations

import csv
import json
import sys

import click
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from models.event import REVIEW_STATES, Event
from models.event_store import EVENT_COLUMNS, event_as_schema
from unmignet.cli import get_app, main


@main.group(invoke_without_command=True)
@click.option(
    "--status", type=click.Choice(REVIEW_STATES), help="Only events in this review state."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.pass_context
def events(ctx: click.Context, status: str | None, fmt: str) -> None:
    """List events (or act on them with a subcommand).

    \b
    Example:
      unmignet events --status needs_review --format json
    """
    if ctx.invoked_subcommand is not None:
        return
    app = get_app(ctx)
    app.init_schema()
    query = select(Event).order_by(Event.start_date, Event.id)
    if status:
        query = query.where(Event.review_state == status)
    with app.sessions() as session:
        rows = [(event_as_schema(e), e.review_state) for e in session.scalars(query)]
    if fmt == "json":
        click.echo(json.dumps([r for r, _ in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["id", *EVENT_COLUMNS, "review_state"])
        for record, state in rows:
            writer.writerow([record["id"], *(record[c] for c in EVENT_COLUMNS), state])
    else:
        print_table([r for r, _ in rows], Console())


def print_table(records: list[dict[str, object]], console: Console) -> None:
    table = Table(show_lines=False)
    for column in ("id", "date", "time", "title", "place", "type", "status"):
        table.add_column(column, overflow="fold")
    for r in records:
        when = f"{r['start_date']}" + (
            f" → {r['end_date']}" if r["end_date"] != r["start_date"] else ""
        )
        time = f"{r['start_time'] or ''}-{r['end_time'] or ''} {r['timezone'] or ''}".strip(" -")
        place = ", ".join(str(x) for x in (r["city"], r["country"]) if x) or "online"
        if r["mode"] == "hybrid":
            place += " + online"
        table.add_row(
            str(r["id"]),
            when,
            time,
            str(r["title"])[:70],
            place,
            str(r["event_type"]),
            str(r["status"]),
        )
    console.print(table)
