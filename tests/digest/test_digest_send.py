"""Sending through a real SMTP server (aiosmtpd) and asserting on what it received."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from digest_support import (
    MONDAY,
    WEEK,
    Authenticator,
    Recorder,
    SmtpServer,
    add_event,
    add_subscribers,
    make_config,
    server_tls_context,
    start_server,
)
from sqlalchemy import select

from digest import ledger
from digest.service import send_test_copy, send_week
from digest.smtp import SmtpSender, TransportError
from models.digest import BOUNCED, Digest, DigestDelivery, Subscriber
from unmignet.app import App


def test_each_subscriber_gets_one_multipart_mail_with_the_required_headers(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """One message per recipient: multipart/alternative (text then HTML), Date, Message-ID,
    From, Reply-To, RFC 8058 headers with a signed HTTPS link; HTML under 100 KB."""
    add_event(digest_app.sessions)
    emails = add_subscribers(digest_app.sessions, 3)
    report = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert (report.sent, report.completed) == (3, True)
    assert sorted(r.rcpt_tos[0] for r in smtp_server.handler.received) == emails
    msg = smtp_server.handler.to(emails[0])[0].message
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    for header in ("Date", "Message-ID", "From", "Reply-To", "Subject"):
        assert msg[header], header
    assert msg["Reply-To"] == "secretariat@unmignet.example.org"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    pattern = r"<(https://events\.example\.org/digest/unsubscribe/\S+)>"
    link = re.fullmatch(pattern, msg["List-Unsubscribe"].strip())
    assert link is not None
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    assert len(html.encode()) < 100_000
    assert link.group(1) in html and link.group(1) in text
    assert "Dialogue on labour mobility" in html and "Dialogue on labour mobility" in text
    assert "https://forum.example.org/register" in html
    assert "https://events.example.org/digest/event/" in html
    # each recipient gets their own link
    other = smtp_server.handler.to(emails[1])[0].message["List-Unsubscribe"]
    assert other != msg["List-Unsubscribe"]


def test_a_rerun_sends_nothing_twice(digest_app: App, smtp_server: SmtpServer) -> None:
    """Running `digest send` again for the same week mails nobody a second time."""
    add_event(digest_app.sessions)
    add_subscribers(digest_app.sessions, 4)
    first = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    second = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert (first.sent, second.sent) == (4, 0)
    assert len(smtp_server.handler.received) == 4


def test_unsubscribed_and_filtered_out_subscribers_are_not_mailed(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """An unsubscribed address is never mailed; a region filter that matches nothing skips one."""
    add_event(digest_app.sessions, country="CH")
    add_subscribers(digest_app.sessions, 1, state="unsubscribed")
    with digest_app.sessions.begin() as session:
        session.add(Subscriber(email="asia@example.org", regions=["Asia"], event_types=[]))
        session.add(Subscriber(email="europe@example.org", regions=["Europe"], event_types=[]))
    report = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert [r.rcpt_tos for r in smtp_server.handler.received] == [["europe@example.org"]]
    assert (report.sent, report.skipped) == (1, 1)


def test_a_permanent_refusal_marks_the_subscriber_bounced(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """A 550 on RCPT fails that delivery for good and records the error on the subscriber."""
    add_event(digest_app.sessions)
    emails = add_subscribers(digest_app.sessions, 2)
    smtp_server.handler.refuse[emails[0]] = "550 5.1.1 no such user"
    report = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert (report.sent, report.failed, report.completed) == (1, 1, True)
    with digest_app.sessions() as session:
        bounced = session.scalars(select(Subscriber).where(Subscriber.email == emails[0])).one()
        assert bounced.state == BOUNCED and "550" in (bounced.last_error or "")
    again = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert again.sent == 0 and len(smtp_server.handler.received) == 1


def test_temporary_failures_are_retried_with_backoff(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """Two 451 answers, then success: delivered on the third attempt, after two waits."""
    add_event(digest_app.sessions)
    [email] = add_subscribers(digest_app.sessions, 1)
    smtp_server.handler.temp_failures[email] = 2
    waits: list[float] = []
    sender = SmtpSender(digest_app.config.smtp, sleep=waits.append)
    with sender:
        report = send_week(digest_app.sessions, digest_app.config, week=WEEK, sender=sender)
    assert report.sent == 1 and len(smtp_server.handler.to(email)) == 1
    assert waits == [2.0, 4.0]


def test_temporary_failures_past_the_limit_leave_the_delivery_for_the_next_run(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """When every attempt fails, nothing is marked sent or bounced; the next run delivers."""
    add_event(digest_app.sessions)
    [email] = add_subscribers(digest_app.sessions, 1)
    smtp_server.handler.temp_failures[email] = 3
    with SmtpSender(digest_app.config.smtp, sleep=lambda _s: None) as sender:
        first = send_week(digest_app.sessions, digest_app.config, week=WEEK, sender=sender)
    assert (first.deferred, first.completed) == (1, False)
    second = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert (second.sent, second.completed) == (1, True)
    assert len(smtp_server.handler.to(email)) == 1


def test_an_empty_week_sends_nothing(digest_app: App, smtp_server: SmtpServer) -> None:
    """No approved event in the window: no mail, the digest is complete."""
    add_event(digest_app.sessions, start_date=MONDAY + timedelta(days=60))
    add_event(digest_app.sessions, review_state="needs_review")
    add_subscribers(digest_app.sessions, 2)
    report = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert report.empty and report.completed and smtp_server.handler.received == []


def test_an_empty_week_sends_the_short_note_when_configured(
    db_url: str, smtp_server: SmtpServer
) -> None:
    """With digest.empty_week_note, subscribers get the short "nothing planned" mail."""
    from dataclasses import replace

    config = make_config(db_url, smtp_server)
    config = replace(config, digest=replace(config.digest, empty_week_note=True))
    app = App(config)
    add_subscribers(app.sessions, 1)
    report = send_week(app.sessions, config, week=WEEK)
    app.engine.dispose()
    assert report.sent == 1
    text = smtp_server.handler.received[0].message.get_body(("plain",)).get_content()
    assert "No events are planned" in text


def test_two_senders_at_once_never_send_twice(digest_app: App, smtp_server: SmtpServer) -> None:
    """Two schedulers sending the same week concurrently: every subscriber exactly once."""
    add_event(digest_app.sessions)
    emails = add_subscribers(digest_app.sessions, 30)
    reports = []

    def run() -> None:
        reports.append(send_week(digest_app.sessions, digest_app.config, week=WEEK))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    got = sorted(r.rcpt_tos[0] for r in smtp_server.handler.received)
    assert got == emails
    assert sum(r.sent for r in reports) == 30
    with digest_app.sessions() as session:
        assert len(session.scalars(select(Digest)).all()) == 1
        states = ledger.counts(session, session.scalars(select(Digest.id)).one())
    assert states == {"sent": 30}


def test_a_rerun_after_completion_does_not_mail_new_subscribers_an_old_digest(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """A subscriber added after the week's digest was completed does not get that old digest."""
    add_event(digest_app.sessions)
    add_subscribers(digest_app.sessions, 1)
    send_week(digest_app.sessions, digest_app.config, week=WEEK)
    with digest_app.sessions.begin() as session:
        session.add(Subscriber(email="late@example.org", regions=[], event_types=[]))
    report = send_week(digest_app.sessions, digest_app.config, week=WEEK)
    assert report.sent == 0 and len(smtp_server.handler.received) == 1
    with digest_app.sessions() as session:
        assert len(session.scalars(select(DigestDelivery)).all()) == 1


def test_starttls_with_password_from_the_environment(
    db_url: str, tls_files: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    """STARTTLS on a server that requires it, certificate checked against smtp.ca_file, and
    a login whose password comes from smtp.password_env."""
    monkeypatch.setenv("UNMIGNET_TEST_SMTP_PASSWORD", "s3cret-pw")
    server = start_server(
        Recorder(),
        tls_context=server_tls_context(tls_files),
        require_starttls=True,
        authenticator=Authenticator("digest", "s3cret-pw"),
        auth_required=True,
    )
    try:
        config = make_config(
            db_url,
            server,
            security="starttls",
            auth="password",
            username="digest",
            password_env="UNMIGNET_TEST_SMTP_PASSWORD",
            ca_file=str(tls_files[0]),
        )
        app = App(config)
        add_event(app.sessions)
        add_subscribers(app.sessions, 2)
        report = send_week(app.sessions, config, week=WEEK)
        app.engine.dispose()
    finally:
        server.controller.stop()
    assert report.sent == 2 and len(server.handler.received) == 2


def test_a_wrong_password_stops_the_run_without_blaming_recipients(
    db_url: str, tls_files: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused login is the sender's problem: nobody is marked bounced, all stay pending."""
    monkeypatch.setenv("UNMIGNET_TEST_SMTP_PASSWORD", "wrong")
    server = start_server(
        Recorder(),
        tls_context=server_tls_context(tls_files),
        require_starttls=True,
        authenticator=Authenticator("digest", "s3cret-pw"),
        auth_required=True,
    )
    try:
        config = make_config(
            db_url,
            server,
            security="starttls",
            auth="password",
            username="digest",
            password_env="UNMIGNET_TEST_SMTP_PASSWORD",
            ca_file=str(tls_files[0]),
        )
        app = App(config)
        add_event(app.sessions)
        add_subscribers(app.sessions, 2)
        with pytest.raises(TransportError):
            send_week(app.sessions, config, week=WEEK)
        with app.sessions() as session:
            states = {s.state for s in session.scalars(select(Subscriber))}
            rows = {d.state for d in session.scalars(select(DigestDelivery))}
        app.engine.dispose()
    finally:
        server.controller.stop()
    assert states == {"active"} and rows == {"pending"}


def test_implicit_tls(db_url: str, tls_files: tuple) -> None:
    """security = "tls": the connection is TLS from the first byte (port 465 style)."""
    server = start_server(Recorder(), ssl_context=server_tls_context(tls_files))
    try:
        config = make_config(db_url, server, security="tls", ca_file=str(tls_files[0]))
        app = App(config)
        add_event(app.sessions)
        add_subscribers(app.sessions, 1)
        report = send_week(app.sessions, config, week=WEEK)
        app.engine.dispose()
    finally:
        server.controller.stop()
    assert report.sent == 1 and len(server.handler.received) == 1


def test_starttls_is_required_not_optional(db_url: str, smtp_server: SmtpServer) -> None:
    """A server that offers no STARTTLS gets no mail in clear text when starttls is configured."""
    config = make_config(db_url, smtp_server, security="starttls")
    app = App(config)
    add_event(app.sessions)
    add_subscribers(app.sessions, 1)
    with pytest.raises(TransportError, match="STARTTLS"):
        send_week(app.sessions, config, week=WEEK)
    app.engine.dispose()
    assert smtp_server.handler.received == []


def test_a_test_copy_goes_to_one_address_outside_the_ledger(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """The reviewer's test copy is marked [Test], has no unsubscribe link and records nothing."""
    add_event(digest_app.sessions)
    send_test_copy(digest_app.sessions, digest_app.config, "reviewer@example.org", week=WEEK)
    [got] = smtp_server.handler.received
    assert got.rcpt_tos == ["reviewer@example.org"]
    assert got.message["Subject"].startswith("[Test] ")
    assert got.message["List-Unsubscribe"] is None
    with digest_app.sessions() as session:
        assert session.scalars(select(Digest)).all() == []


def test_a_digest_missed_while_down_is_sent_once_when_back(
    digest_app: App, smtp_server: SmtpServer
) -> None:
    """Before Monday 08:00 (Zurich) nothing is due; after it the week is due and catch_up sends
    it; a second catch_up finds it complete and sends nothing."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from digest.service import catch_up, due_week

    add_event(digest_app.sessions)
    add_subscribers(digest_app.sessions, 2)
    zone = ZoneInfo("Europe/Zurich")
    early = datetime(2026, 12, 7, 7, 59, tzinfo=zone)
    late = datetime(2026, 12, 9, 15, 0, tzinfo=zone)
    assert due_week(digest_app.sessions, digest_app.config, early) is None
    assert due_week(digest_app.sessions, digest_app.config, late) == WEEK
    report = catch_up(digest_app.sessions, digest_app.config, late)
    assert report is not None and report.sent == 2
    assert catch_up(digest_app.sessions, digest_app.config, late) is None
    assert len(smtp_server.handler.received) == 2
