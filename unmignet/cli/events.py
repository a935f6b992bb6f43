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
    """A compact table of event records (one line each; long titles are cut with an ellipsis)."""
    if not console.is_terminal:
        console.width = max(console.width, 190)
    table = Table(show_lines=False, pad_edge=False)
    table.add_column("id", justify="right", no_wrap=True, min_width=3)
    table.add_column("dates", no_wrap=True, min_width=16)
    table.add_column("time", no_wrap=True)
    table.add_column("title", overflow="ellipsis", no_wrap=True, max_width=52)
    table.add_column("place", overflow="ellipsis", no_wrap=True, max_width=28)
    table.add_column("type", no_wrap=True, min_width=24)
    table.add_column("status", no_wrap=True, min_width=9)
    for r in records:
        table.add_row(
            str(r["id"]),
            _dates(r),
            _times(r),
            str(r["title"]),
            _place(r),
            str(r["event_type"]),
            str(r["status"]),
        )
    console.print(table)


def _dates(r: dict[str, object]) -> str:
    start, end = r["start_date"], r["end_date"]
    if start is None:
        return "?"
    return f"{start}" if end in (None, start) else f"{start} → {str(end)[5:]}"


def _times(r: dict[str, object]) -> str:
    span = "-".join(str(t) for t in (r["start_time"], r["end_time"]) if t)
    zone = str(r["timezone"] or "")
    return f"{span} {zone}".strip()


def _place(r: dict[str, object]) -> str:
    if r["mode"] == "online":
        return "online"
    place = ", ".join(str(x) for x in (r["city"], r["country"]) if x) or "?"
    return place + (" + online" if r["mode"] == "hybrid" else "")
