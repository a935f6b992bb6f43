"""Acknowledgements end to end: the development mails polled from a folder, extracted, answered
through the real aiosmtpd SMTP server, on SQLite and PostgreSQL.

The dev set is read where it lives (``../shared/eval/dev``, or ``$UNMIGNET_DEV_SET``) and copied
into the test's temporary folder only; it is never copied into the repository.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from digest_support import Received, SmtpServer, make_config
from sqlalchemy import select

from digest.ack_policy import read_headers, reply_address
from models.acknowledgement import Acknowledgement
from models.event import APPROVED, Event, EventRevision
from models.message import RawMessage
from parsers.extract import Extractor
from unmignet import jobs
from unmignet.app import App
from unmignet.config import AcknowledgeConfig, Config, InboxConfig

ROOT = Path(__file__).resolve().parents[2]
DEV = Path(os.environ.get("UNMIGNET_DEV_SET", ROOT.parent / "shared" / "eval" / "dev"))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The real extractor, built once for this module (loading spaCy is the slow part)."""
    return Extractor()


def dev_mails() -> list[Path]:
    if not DEV.is_dir():
        pytest.skip(f"the development set is not at {DEV} (set UNMIGNET_DEV_SET)")
    return sorted(DEV.glob("*.eml"))


def gold_is_event(mail: Path) -> bool:
    gold = json.loads(mail.with_suffix(".json").read_text(encoding="utf-8"))
    return bool(gold["is_event_notification"]) and bool(gold["events"])


def ack_config(db_url: str, server: SmtpServer, inbox: Path, **ack: object) -> Config:
    base = make_config(db_url, server, sender="UN Network on Migration <unmignet@example.org>")
    settings = AcknowledgeConfig(enabled=True, max_age_days=0)  # the dev mails date from 2024
    return replace(
        base,
        inbox=InboxConfig(path=str(inbox), name="partners"),
        acknowledge=replace(settings, **ack),  # type: ignore[arg-type]
    )


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def ack_app(
    db_url: str, smtp_server: SmtpServer, inbox: Path, extractor: Extractor
) -> Iterator[App]:
    """An App polling ``inbox``, acknowledging through ``smtp_server``, the shared extractor."""
    application = App(ack_config(db_url, smtp_server, inbox))
    application.extractor = extractor  # type: ignore[misc]
    yield application
    application.engine.dispose()


def acks(server: SmtpServer) -> list[Received]:
    return [r for r in server.handler.received if r.message["Auto-Submitted"] == "auto-replied"]


def recipient(mail: Path) -> str:
    found = reply_address(read_headers(mail.read_bytes()))
    assert found is not None
    return found


def message_id(mail: Path) -> str:
    return str(read_headers(mail.read_bytes())["Message-ID"]).strip()


def test_dev_mails_get_one_acknowledgement_per_event_mail_and_a_second_poll_sends_none(
    ack_app: App, smtp_server: SmtpServer, inbox: Path
) -> None:
    """Polling the 40 dev mails answers each of the 33 event mails once, to its Reply-To else From,
    as an RFC 3834 auto-reply to that mail; the out-of-office, newsletter, thank-you, question,
    report, spam and bounce get nothing; a second poll sends nothing."""
    mails = dev_mails()
    for mail in mails:
        shutil.copy(mail, inbox / mail.name)
    jobs.poll_once(ack_app)
    events = [m for m in mails if gold_is_event(m)]
    quiet = [m for m in mails if not gold_is_event(m)]
    got = acks(smtp_server)
    assert len(events) == 33 and len(got) == len(events)
    by_reply = {str(r.message["In-Reply-To"]): r for r in got}
    for mail in events:
        received = by_reply[message_id(mail)]
        assert received.rcpt_tos == [recipient(mail)]
        assert message_id(mail) in str(received.message["References"])
        assert received.message.get_content_type() == "multipart/alternative"
    assert by_reply[message_id(DEV / "d16_es_cl_google_invite_hybrid.eml")].rcpt_tos == [
        "javiera.munoz@cepal.org"  # Reply-To, not the calendar-notification return path
    ]
    silent = {recipient(m).casefold() for m in quiet} - {recipient(m).casefold() for m in events}
    assert not {a.casefold() for r in got for a in r.rcpt_tos} & silent
    jobs.poll_once(ack_app)
    assert len(acks(smtp_server)) == len(events)


def test_languages_follow_the_partner_mail(
    ack_app: App, smtp_server: SmtpServer, inbox: Path
) -> None:
    """The French, Spanish, Portuguese and Arabic dev mails are answered in their language (the
    Arabic one right to left); the HTML and text parts both list what we read."""
    chosen = {
        "d06_fr_sn_atelier_latin1.eml": ("fr", "Bien reçu"),
        "d07_es_mx_foro_cp1252.eml": ("es", "Recibido"),
        "d20_pt_lisbon_seminar.eml": ("pt", "Recebido"),
        "d21_ar_amman_dialogue.eml": ("ar", "تم الاستلام"),
        "d01_ke_labour_mobility_dialogue_plain.eml": ("en", "Received"),
    }
    dev_mails()
    for name in chosen:
        shutil.copy(DEV / name, inbox / name)
    jobs.poll_once(ack_app)
    by_reply = {str(r.message["In-Reply-To"]): r.message for r in acks(smtp_server)}
    for name, (lang, subject) in chosen.items():
        mail = by_reply[message_id(DEV / name)]
        assert mail["Content-Language"] == lang and str(mail["Subject"]).startswith(subject)
        html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
        text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert f'lang="{lang}"' in html and ("UTC" in text or lang == "pt")
        assert ('dir="rtl"' in html) == (lang == "ar")
    assert len(html) < 20_000


PARTNER = "Ama Mensah <ama.mensah@partners.example.org>"


def partner_mail(
    name: str, subject: str, body: str, *, extra: str = "", sender: str = PARTNER
) -> bytes:
    headers = (
        f"From: {sender}\r\nTo: unmignet@example.org\r\nSubject: {subject}\r\n"
        f"Date: Mon, 07 Dec 2026 09:00:00 +0000\r\nMessage-ID: <{name}@partners.example.org>\r\n"
        f"{extra}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (headers + body.replace("\n", "\r\n")).encode()


WORKSHOP = (
    "Dear colleagues,\n\nWe are pleased to invite you to the Regional Workshop on Labour Migration "
    "Statistics, which will take place on 20 January 2027 from 10:00 to 13:00 EAT at the Sarova "
    "Stanley Hotel, Nairobi, Kenya. It is organised by the IOM Kenya office.\n\n"
    "Register at https://partners.example.org/register\n\nBest regards,\nAma Mensah\n"
)


@pytest.mark.parametrize("thread", ["full", "ack-only"])
def test_a_reply_to_an_acknowledgement_becomes_a_revision_not_an_event(
    ack_app: App, smtp_server: SmtpServer, inbox: Path, thread: str
) -> None:
    """The partner answers the acknowledgement with a new time: the reply becomes a pending
    revision of the acknowledged event, no second event is made and no second acknowledgement
    goes out; also when the client quotes only the acknowledgement's Message-ID (no References
    to the first mail) and the new date no longer overlaps the old one."""
    (inbox / "01.eml").write_bytes(partner_mail("ws1", "Invitation: regional workshop", WORKSHOP))
    jobs.poll_once(ack_app)
    [ack] = acks(smtp_server)
    ack_id = str(ack.message["Message-ID"])
    day = "20 January 2027" if thread == "full" else "3 February 2027"
    correction = (
        "Thank you. One correction: the workshop starts at 14:00 and ends at 17:00 EAT, "
        f"on {day}, at the Sarova Stanley Hotel, Nairobi.\n\nAma\n"
    )
    extra = f"In-Reply-To: {ack_id}\r\n"
    if thread == "full":
        extra += f"References: <ws1@partners.example.org> {ack_id}\r\n"
    subject = f"Re: {ack.message['Subject']}"
    (inbox / "02.eml").write_bytes(partner_mail("ws2", subject, correction, extra=extra))
    jobs.poll_once(ack_app)
    with ack_app.sessions() as session:
        events = list(session.scalars(select(Event)))
        reply = session.scalars(select(RawMessage).where(RawMessage.uid == 2)).one()
        revisions = list(
            session.scalars(select(EventRevision).where(EventRevision.message_id == reply.id))
        )
    assert len(events) == 1
    assert [r.event_id for r in revisions] == [events[0].id]
    assert revisions[0].state == "pending"
    assert revisions[0].changes.get("start_time") == ["10:00", "14:00"]
    assert len(acks(smtp_server)) == 1


def test_a_reply_that_reads_as_no_event_still_reaches_the_reviewer(
    ack_app: App, smtp_server: SmtpServer, inbox: Path
) -> None:
    """A short answer to an acknowledgement with nothing extractable becomes an empty pending
    revision of the acknowledged event (the reviewer reads the mail); no event, no reply."""
    (inbox / "01.eml").write_bytes(partner_mail("ws1", "Invitation: regional workshop", WORKSHOP))
    jobs.poll_once(ack_app)
    [ack] = acks(smtp_server)
    extra = f"In-Reply-To: {ack.message['Message-ID']}\r\n"
    body = "The organiser's name is wrong: it is the Ministry of Labour, not IOM.\n"
    (inbox / "02.eml").write_bytes(partner_mail("ws2", "Re: your reply", body, extra=extra))
    jobs.poll_once(ack_app)
    with ack_app.sessions() as session:
        assert session.scalars(select(Event)).all().__len__() == 1
        revision = session.scalars(select(EventRevision)).one()
    assert revision.state == "pending"
    assert len(acks(smtp_server)) == 1


def test_an_automatic_answer_to_an_acknowledgement_is_ignored(
    ack_app: App, smtp_server: SmtpServer, inbox: Path
) -> None:
    """An out-of-office answering our acknowledgement is neither a correction nor answered."""
    (inbox / "01.eml").write_bytes(partner_mail("ws1", "Invitation: regional workshop", WORKSHOP))
    jobs.poll_once(ack_app)
    [ack] = acks(smtp_server)
    extra = f"In-Reply-To: {ack.message['Message-ID']}\r\nAuto-Submitted: auto-replied\r\n"
    body = "I am out of the office until 4 January 2027.\n"
    (inbox / "02.eml").write_bytes(partner_mail("ooo", "Automatic reply", body, extra=extra))
    jobs.poll_once(ack_app)
    with ack_app.sessions() as session:
        assert session.scalars(select(EventRevision)).all() == []
    assert len(acks(smtp_server)) == 1


def test_the_same_event_twice_in_a_day_is_acknowledged_once(
    ack_app: App, smtp_server: SmtpServer, inbox: Path
) -> None:
    """A partner who sends the same announcement twice the same day (the second time with the
    address in other letter case) gets one acknowledgement; the second mail's row is recorded as
    skipped, so a reprocess the next day stays quiet."""
    (inbox / "01.eml").write_bytes(partner_mail("a1", "Invitation: regional workshop", WORKSHOP))
    shouting = PARTNER.replace("ama.mensah@", "Ama.Mensah@")  # the same address, other case
    reminder = partner_mail("a2", "Reminder: regional workshop", WORKSHOP, sender=shouting)
    (inbox / "02.eml").write_bytes(reminder)
    jobs.poll_once(ack_app)
    assert len(acks(smtp_server)) == 1
    with ack_app.sessions() as session:
        states = sorted(r.state for r in session.scalars(select(Acknowledgement)))
    assert states == ["sent", "skipped"]


def test_opted_out_domains_and_automatic_senders_get_nothing(
    db_url: str, smtp_server: SmtpServer, inbox: Path, extractor: Extractor
) -> None:
    """An opted-out domain, a no-reply sender, a mailing list and a bulk mail announcing the same
    kind of event get no acknowledgement; an ordinary partner does."""
    config = ack_config(db_url, smtp_server, inbox, opt_out=("quiet.example.org",))
    app = App(config)
    app.extractor = extractor  # type: ignore[misc]
    cases = [
        ("o1", "Dr X <x@team.quiet.example.org>", ""),
        ("o2", "Events <no-reply@partners.example.org>", ""),
        ("o3", PARTNER, "List-Id: <events.partners.example.org>\r\n"),
        ("o4", PARTNER, "Precedence: bulk\r\n"),
        ("o5", "Kofi <kofi@ok.example.org>", ""),
    ]
    for i, (name, sender, extra) in enumerate(cases):
        subject = "Invitation: regional workshop"
        mail = partner_mail(name, subject, WORKSHOP.replace("20 January", f"{20 + i} January"),
                            extra=extra, sender=sender)  # fmt: skip
        (inbox / f"{i}.eml").write_bytes(mail)
    jobs.poll_once(app)
    assert [r.rcpt_tos for r in acks(smtp_server)] == [["kofi@ok.example.org"]]
    app.engine.dispose()


def test_a_temporary_refusal_is_sent_on_the_next_poll_and_reprocessing_sends_nothing(
    ack_app: App, smtp_server: SmtpServer, inbox: Path
) -> None:
    """A 4xx leaves the acknowledgement queued; the next poll sends it; reprocessing every mail
    afterwards queues and sends nothing more."""
    smtp_server.handler.temp_failures["ama.mensah@partners.example.org"] = 2  # both attempts
    (inbox / "01.eml").write_bytes(partner_mail("t1", "Invitation: regional workshop", WORKSHOP))
    jobs.poll_once(ack_app)
    assert acks(smtp_server) == []
    jobs.poll_once(ack_app)
    assert len(acks(smtp_server)) == 1
    from unmignet.processing import mark_for_reprocessing

    mark_for_reprocessing(ack_app.sessions)
    jobs.process(ack_app)
    assert len(acks(smtp_server)) == 1
    with ack_app.sessions() as session:
        assert session.scalars(select(Acknowledgement)).one().attempts == 2


def test_the_listed_notice_follows_approval_once(
    db_url: str, smtp_server: SmtpServer, inbox: Path, extractor: Extractor
) -> None:
    """With ``listed_notice``, approving an acknowledged event sends "your event is listed" with
    its public page and .ics links, once; nothing before approval."""
    config = ack_config(
        db_url, smtp_server, inbox, listed_notice=True, event_url="{base_url}/events/{id}"
    )
    app = App(config)
    app.extractor = extractor  # type: ignore[misc]
    (inbox / "01.eml").write_bytes(partner_mail("l1", "Invitation: regional workshop", WORKSHOP))
    jobs.poll_once(app)
    assert len(acks(smtp_server)) == 1
    jobs.poll_once(app)
    assert len(acks(smtp_server)) == 1
    with app.sessions.begin() as session:
        event = session.scalars(select(Event)).one()
        event.review_state = APPROVED
        event_id = event.id
    jobs.poll_once(app)
    jobs.poll_once(app)
    got = acks(smtp_server)
    assert len(got) == 2
    listed = got[1].message
    text = listed.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert str(listed["Subject"]).startswith("Listed: ")
    assert f"https://events.example.org/events/{event_id}" in text
    assert f"https://events.example.org/digest/event/{event_id}.ics" in text
    assert str(listed["In-Reply-To"]) == "<l1@partners.example.org>"
    app.engine.dispose()


def test_acknowledgements_are_off_by_default(
    db_url: str, smtp_server: SmtpServer, inbox: Path, extractor: Extractor
) -> None:
    """Without ``[acknowledge] enabled = true`` nothing is queued or sent."""
    config = replace(ack_config(db_url, smtp_server, inbox), acknowledge=AcknowledgeConfig())
    app = App(config)
    app.extractor = extractor  # type: ignore[misc]
    (inbox / "01.eml").write_bytes(partner_mail("n1", "Invitation: regional workshop", WORKSHOP))
    jobs.poll_once(app)
    with app.sessions() as session:
        assert session.scalars(select(Acknowledgement)).all() == []
    assert smtp_server.handler.received == []
    app.engine.dispose()
