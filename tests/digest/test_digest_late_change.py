"""A mail that cancels or moves an event after it was approved never reaches readers unannounced.

End to end, through the shell as an operator runs it: the demo inbox (rendered for the test week)
without its cancellation and its date correction is polled, every event is approved, the late
mail arrives in the inbox, `unmignet poll --once` links it to the approved event as an undecided
change, and `unmignet digest send` delivers through the real aiosmtpd server; the test reads what
the subscriber received.
"""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from pathlib import Path

from click.testing import CliRunner
from digest_support import MONDAY, SECRET, SECRET_ENV, WEEK, SmtpServer, add_subscribers
from digest_support import write_config as write_smtp_config
from sqlalchemy import select

from models.event import APPROVED, NEEDS_REVIEW, Event, EventRevision
from review import accounts, services
from unmignet.app import App
from unmignet.cli import main
from unmignet.demo_mail import write_demo_inbox

CANCEL = "07-en-undp-welcome-centres-training-cancel"
CORRECTION = "11-en-mekong-centre-course-date-correction"
LATE = (CANCEL, CORRECTION)
REVIEWER = "reviewer@network.example.org"


def run(config: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), *args], env={SECRET_ENV: SECRET})
    assert result.exit_code == 0, result.output
    return result.output


def _config(tmp_path: Path, app: App, server: SmtpServer, inbox: Path) -> Path:
    path = write_smtp_config(tmp_path / "unmignet.toml", app.config.database.url, server)
    with path.open("a", encoding="utf-8") as out:
        out.write(
            f'\n[inbox]\npath = "{inbox}"\nname = "partners"\n\n'
            "[digest]\nwindow_days = 28\nnotify_cancellations = true\n"
        )
    return path


def _inbox_without_late_mails(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    every = tmp_path / "demo"
    write_demo_inbox(MONDAY, every)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    late: dict[str, Path] = {}
    for path in sorted(every.glob("*.eml")):
        if path.stem in LATE:
            late[path.stem] = path
        else:
            shutil.copy(path, inbox / path.name)
    return inbox, late


def _approve_all(app: App) -> int:
    with app.sessions.begin() as session:
        accounts.invite(session, REVIEWER, "reviewer", "test")
        ids = list(session.scalars(select(Event.id).where(Event.review_state == NEEDS_REVIEW)))
        for event_id in ids:
            services.approve(session, event_id, REVIEWER)
    return len(ids)


def _entry(text: str, title: str) -> str:
    """The digest's plain-text block of the event whose line starts with ``title``."""
    blocks = text.split("\n* ")
    found = [b for b in blocks if title in b.split("\n", 1)[0]]
    assert len(found) == 1, text
    return found[0].split("\n\n", 1)[0]


def _plain(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def _delivered_text(server: SmtpServer, to: str) -> str:
    [received] = server.handler.to(to)
    return _plain(received.message)


def _late_flow(tmp_path: Path, app: App, server: SmtpServer, late_name: str) -> tuple[str, str]:
    inbox, late = _inbox_without_late_mails(tmp_path)
    config = _config(tmp_path, app, server, inbox)
    [reader] = add_subscribers(app.sessions, 1)
    run(config, "poll", "--once")
    assert _approve_all(app) > 20
    shutil.copy(late[late_name], inbox / f"99-{late_name}.eml")  # arrives after the others
    run(config, "poll", "--once")
    report = run(config, "digest", "send", "--week", WEEK)
    return _delivered_text(server, reader), report


def test_late_cancellation_is_printed_as_cancelled_and_reviewers_told_once(
    digest_app: App, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """The organiser cancels an approved training: the delivered digest prints it with
    "Cancelled, per the organiser's mail of ..." beside its title and without its registration
    or calendar link; `digest send` names it; the reviewers got exactly one notice, and a further
    poll sends no second one."""
    title = "Training: Setting up one-stop welcome centres for newcomers"
    text, report = _late_flow(tmp_path, digest_app, smtp_server, CANCEL)
    entry = _entry(text, title)
    assert "Cancelled, per the organiser's mail of 6 December 2026" in entry.split("\n")[0]
    assert entry.startswith("[To be confirmed] ")
    assert "Add to calendar" not in entry and "Register" not in entry
    assert "1 event(s) with a change no reviewer has decided" in report
    assert title in report and "status -> cancelled" in report
    with digest_app.sessions() as session:
        event = session.scalars(select(Event).where(Event.title == title)).one()
        assert event.review_state == APPROVED and event.status == "scheduled"
    notices = smtp_server.handler.to(REVIEWER)
    assert len(notices) == 1
    assert str(notices[0].message["Subject"]).startswith("Approved event cancelled")
    assert f"/events/{event.id}#revisions" in _plain(notices[0].message)
    run(tmp_path / "unmignet.toml", "poll", "--once")
    assert len(smtp_server.handler.to(REVIEWER)) == 1


def test_late_reschedule_prints_the_proposed_date_not_the_old_one(
    digest_app: App, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """The organiser corrects the dates of an approved course: the delivered digest names the
    proposed dates beside the title and says "When: to be confirmed" instead of the old dates;
    no cancellation notice goes to the reviewers (nothing was cancelled)."""
    title = "Refresher training on labour migration data for ASEAN ministries"
    text, report = _late_flow(tmp_path, digest_app, smtp_server, CORRECTION)
    entry = _entry(text, title)
    head, _, details = entry.partition("\n")
    assert "New date proposed in the organiser's mail of 6 December 2026: " in head
    assert "Monday 28 December 2026 – Wednesday 30 December 2026" in head
    assert "When: to be confirmed" in details
    assert "21 December" not in details and "23 December" not in details
    assert "start_date -> 2026-12-28" in report
    with digest_app.sessions() as session:
        [revision] = session.scalars(select(EventRevision)).all()
        assert revision.state == "pending" and revision.event.start_date.isoformat() == "2026-12-21"
    assert smtp_server.handler.to(REVIEWER) == []
