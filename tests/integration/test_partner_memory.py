"""Partner memory (issue 10 item 4): what the secretariat approved before is evidence.

Two mails from one partner, neither naming its organiser: after the first event's organiser is
corrected and the event approved, processing the second gives the organiser from partner
memory, while a mail from another partner's domain gets none. Real SQLite and PostgreSQL, the
real extractor; the mails are written for this test.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from ingest.localdir import LocalMailbox
from ingest.poll import poll_folder
from models.event import Event
from models.message import RawMessage
from parsers.extract import Extractor
from review.services import approve, edit_field
from unmignet.app import App
from unmignet.processing import process_pending

ORGANISER = "Lakeside Migrant Workers Forum"
_PARTNER = "Brian Okello <brian.okello@lakeside-forum.example.org>"
_OTHER = "Amina Yusuf <amina@coastal-network.example.net>"


def _mail(folder: Path, name: str, sender: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "network@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = f"<{name}@partner-memory.example.org>"
    msg.set_content(body)
    (folder / f"{name}.eml").write_bytes(bytes(msg))


def _invitation(what: str, when: str) -> str:
    return (
        f"Dear colleagues,\n\nWe are pleased to invite you to our {what} on {when}, "
        "at the Imperial Royale Hotel in Kampala, Uganda.\n\nBest wishes,\nBrian\n"
    )


def _organiser_of(app: App, name: str) -> str | None:
    mid = f"<{name}@partner-memory.example.org>"
    with app.sessions() as session:
        event = session.scalars(
            select(Event).join(RawMessage).where(RawMessage.message_id == mid)
        ).one()
        return event.organizer


def test_an_approved_organiser_is_remembered_for_the_partners_next_mail(
    app: App, tmp_path: Path, extractor: Extractor
) -> None:
    """The first mail has no organiser; the officer sets it and approves. The partner's second
    mail gets that organiser; another domain's mail does not."""
    box = LocalMailbox(tmp_path, name="local")
    _mail(
        tmp_path,
        "first",
        _PARTNER,
        "Workshop on safe labour migration",
        _invitation("workshop on safe labour migration", "25 November 2026, 09:30-12:30"),
    )
    poll_folder(app.sessions, box, "local")
    process_pending(app.sessions, extractor)
    assert _organiser_of(app, "first") is None
    with app.sessions.begin() as session:
        event = session.scalars(select(Event)).one()
        edit_field(session, event.id, "organizer", ORGANISER, "officer@example.org")
        approve(session, event.id, "officer@example.org")

    _mail(
        tmp_path,
        "second",
        _PARTNER,
        "Round table on remittances",
        _invitation("round table on remittances", "9 December 2026, 10:00-12:30"),
    )
    _mail(
        tmp_path,
        "other",
        _OTHER,
        "Seminar on diaspora bonds",
        _invitation("seminar on diaspora bonds", "10 December 2026, 14:00-16:00"),
    )
    poll_folder(app.sessions, box, "local")
    process_pending(app.sessions, extractor)
    assert _organiser_of(app, "second") == ORGANISER
    assert _organiser_of(app, "other") is None
