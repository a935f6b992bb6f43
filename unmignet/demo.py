"""``unmignet demo``: the whole job on the bundled demo inbox, with nothing to configure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.console import Console
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ingest.localdir import LocalMailbox
from ingest.poll import poll_folder
from models.base import utcnow
from models.event import APPROVED, NEEDS_REVIEW, Event
from models.event_store import event_as_schema
from models.message import MailboxCheckpoint, RawMessage
from models.review import AuditEntry
from unmignet import jobs
from unmignet.app import App

DEMO_ACCOUNT = "demo"
DEMO_ACTOR = "demo@unmignet.local"


def run_demo(app: App, console: Console, today: date | None = None) -> None:
    today = today or date.today()
    app.init_schema()
    dropped = drop_stale_demo(app, today)
    folder = jobs.demo_inbox(today)
    report = poll_folder(app.sessions, LocalMailbox(folder, name=DEMO_ACCOUNT), today.isoformat())
    processing = jobs.process(app, acknowledge=False)  # demo partners are invented
    if dropped:
        console.print(f"Replaced {dropped} demo messages dated for an earlier day.")
    console.print(
        f"[bold]Demo inbox[/bold] {folder}: {report.stored} new messages stored "
        f"({report.duplicates} already stored); {processing.processed} extracted, "
        f"{processing.failed} failed."
    )
    approved = approve_demo_events(app)
    records = demo_records(app)
    from unmignet.cli.events import print_table

    print_table(records, console)
    console.print(
        f"{len(records)} events extracted from the demo inbox; {approved} newly approved "
        "(the demo approves them itself; in production a reviewer does)."
    )
    from digest.service import write_preview

    html_path, text_path = write_preview(
        app.sessions, app.config, Path(app.config.digest.preview_dir), today=today
    )
    console.print(f"Digest preview: {html_path.resolve()}\n                {text_path.resolve()}")
    show_acknowledgements(app, console)
    console.print(
        "Review app: [bold].venv/bin/unmignet users add you@example.org --role admin[/bold] "
        "then [bold].venv/bin/unmignet serve[/bold] and open "
        f"{app.config.web.base_url}/"
    )


def show_acknowledgements(app: App, console: Console) -> None:
    """Write, beside the digest preview, the acknowledgement each demo partner would get
    (``[acknowledge]``, on in the demo: written to the folder, never sent)."""
    from digest.acknowledge import write_previews

    folder = Path(app.config.digest.preview_dir) / "acknowledgements"
    written = write_previews(app.sessions, app.config, folder, DEMO_ACCOUNT)
    if written:
        console.print(
            f"Acknowledgements to partners: {len(written)} in {folder.resolve()}\n"
            f"                e.g. {written[0].resolve()} (and .txt, .eml)"
        )


def drop_stale_demo(app: App, today: date) -> int:
    """Remove demo messages rendered for another day, with their events and checkpoint.

    The demo mails are dated relative to the day they are rendered, so each day's demo inbox is a
    new folder (named by the date). Only the demo's own account is touched.
    """
    with app.sessions.begin() as session:
        stale = list(
            session.scalars(
                select(RawMessage).where(
                    RawMessage.account == DEMO_ACCOUNT, RawMessage.folder != today.isoformat()
                )
            )
        )
        ids = [m.id for m in stale]
        if ids:
            session.execute(
                delete(AuditEntry).where(AuditEntry.event_id.in_(_event_ids(session, ids)))
            )
            session.execute(delete(Event).where(Event.message_id.in_(ids)))
            session.execute(delete(RawMessage).where(RawMessage.id.in_(ids)))
        session.execute(
            delete(MailboxCheckpoint).where(
                MailboxCheckpoint.account == DEMO_ACCOUNT,
                MailboxCheckpoint.folder != today.isoformat(),
            )
        )
    return len(ids)


def _event_ids(session: Session, message_ids: list[int]) -> list[int]:
    return list(session.scalars(select(Event.id).where(Event.message_id.in_(message_ids))))


def approve_demo_events(app: App) -> int:
    """Approve the demo's unreviewed events, with an audit entry each (actor: the demo)."""
    with app.sessions.begin() as session:
        query = (
            select(Event)
            .join(RawMessage, Event.message_id == RawMessage.id)
            .where(RawMessage.account == DEMO_ACCOUNT, Event.review_state == NEEDS_REVIEW)
        )
        events = list(session.scalars(query))
        for event in events:
            event.review_state, event.reviewed_by, event.reviewed_at = (
                APPROVED,
                DEMO_ACTOR,
                utcnow(),
            )
            session.add(
                AuditEntry(
                    actor=DEMO_ACTOR,
                    action="approve",
                    event_id=event.id,
                    before=NEEDS_REVIEW,
                    after=APPROVED,
                    note="approved by `unmignet demo`",
                )
            )
    return len(events)


def demo_records(app: App) -> list[dict[str, object]]:
    with app.sessions() as session:
        query = (
            select(Event)
            .join(RawMessage, Event.message_id == RawMessage.id)
            .where(RawMessage.account == DEMO_ACCOUNT)
            .order_by(Event.start_date, Event.id)
        )
        return [event_as_schema(e) for e in session.scalars(query)]
