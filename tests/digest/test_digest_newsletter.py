"""The digest as a newsletter (issue 12, part 2): a short subject in the reader's language, what
changed first with old -> new, this week as cards, later weeks as compact lines, the card's
type, summary, language, Register button and calendar links; the preferences page and the
filters it sets, through the web app and a real send."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from digest_support import MONDAY, WEEK, SmtpServer, add_event, add_subscribers
from flask import Flask
from sqlalchemy import select
from test_digest_render import WINDOW, event

from digest.calendar_links import google_url, outlook_url
from digest.content import DigestContent, assign_sections, window_for
from digest.render import MAX_HTML_BYTES, SUBJECT_MAX, Options, Renderer
from digest.service import send_week
from models.digest import Subscriber
from models.message import RawMessage
from review.app import create_app
from unmignet.app import App


def test_subjects_are_short_specific_and_translated() -> None:
    """One event or two hundred, a window inside a month or across the new year: every subject
    is at most 60 characters, names the count and the dates in the reader's language, and says
    nothing of "this month"; the heading is translated while digest.title is the default."""
    one = DigestContent(window=WINDOW, events=(event(1),))
    expected = {
        "en": "1 event, 7 Dec–3 Jan – UN Network on Migration",
        "fr": "1 événement, 7 déc.–3 janv. – Réseau de l'ONU sur les migrations",
        "es": "1 evento, 7 dic.–3 ene. – Red de la ONU sobre la Migración",
    }
    for lang, subject in expected.items():
        got = Renderer().render(one, Options(language=lang)).subject
        assert got == subject if len(subject) <= SUBJECT_MAX else got.startswith(subject[:27])
        assert len(got) <= SUBJECT_MAX
    many = DigestContent(
        window=window_for("2026-W51", 7), events=tuple(event(i) for i in range(200))
    )
    for lang, start in (("en", "200 events, 14–20 Dec"), ("fr", "200 événements, 14–20 déc.")):
        out = Renderer().render(many, Options(language=lang, max_bytes=None))
        assert out.subject.startswith(start) and len(out.subject) <= SUBJECT_MAX
        assert "month" not in out.subject and "mois" not in out.subject
    fr = Renderer().render(one, Options(language="fr", title="UN Network on Migration: events"))
    assert "<h1" in fr.html and "Réseau des Nations Unies sur les migrations" in fr.html
    assert "Bulletin hebdomadaire" in fr.text
    custom = Renderer().render(one, Options(language="fr", title="Migration Week"))
    assert custom.subject == "1 événement, 7 déc.–3 janv. – Migration Week"


def _issue() -> DigestContent:
    """Three events in the previous digest; now one moved to another day and city, one cancelled,
    one unchanged, one new this week and one new in a later week."""
    moved = event(1, start_date="2026-12-10", city="Nairobi")
    cancelled = event(2, title="Training on welcome centres")
    same = event(3, title="Unchanged dialogue")
    previous = assign_sections([moved, cancelled, same], None)
    now = [
        replace(moved, start_date="2026-12-11", city="Mombasa"),
        replace(cancelled, status="cancelled"),
        same,
        event(4, title="A new forum this week", start_date="2026-12-12", language="fr"),
        event(5, title="A seminar in January", start_date="2026-12-28", event_type="other"),
    ]
    return DigestContent(window=WINDOW, events=tuple(assign_sections(now, previous)))


def test_changes_come_first_with_what_the_reader_saw_and_what_holds_now() -> None:
    """ "Changes and cancellations" is the first section; the moved event says its old and new
    date and place; then "This week" as cards, then "Later weeks" as one line per event."""
    out = Renderer().render(_issue(), Options())
    headings = re.findall(r"^== (.+) ==$", out.text, re.MULTILINE)
    assert headings == ["Changes and cancellations", "This week", "Later weeks"]
    changes = out.text.split("== This week ==")[0]
    assert "When: Thursday 10 December 2026, 14:00–16:30" in changes
    assert "→ Friday 11 December 2026, 14:00–16:30" in changes
    assert "Where: Nairobi, Kenya → Mombasa, Kenya" in changes
    assert "[Cancelled] Training on welcome centres" in changes
    off = changes.split("[Cancelled] Training on welcome centres")[1].split("\n* ")[0]
    assert "Register" not in off and "Google" not in off and "/digest/event/2.ics" in off
    assert "Unchanged dialogue" not in changes
    later = out.text.split("== Later weeks ==")[1]
    assert "- Mon 28 Dec · A seminar in January · Nairobi, Kenya" in later
    html = out.html
    assert html.index("Changes and cancellations") < html.index("This week")
    assert html.index("This week") < html.index("Later weeks")
    assert "Nairobi, Kenya → Mombasa, Kenya" in html


def test_cards_carry_type_summary_language_button_and_calendar_links() -> None:
    """A card names its type, its one-line summary and "In French" for a French event read in
    English (not in a French digest); Register is a table button with a background colour that
    Outlook paints; .ics, Google Calendar and Outlook on the web are all linked."""
    card = event(
        7, summary="Ministries and unions compare notes on recruitment fees.", language="fr"
    )
    content = DigestContent(window=WINDOW, events=tuple(assign_sections([card], None)))
    en = Renderer().render(content, Options(base_url="https://events.example.org"))
    assert "STAKEHOLDER CONSULTATION" in en.html.upper()
    assert "Ministries and unions compare notes on recruitment fees." in en.html
    assert "In French" in en.html and "In French" in en.text
    assert "En français" not in Renderer().render(content, Options(language="fr")).html
    button = re.search(r'<td[^>]*bgcolor="#0b4f8a"[^>]*>\s*<a [^>]*href="([^"]+)"', en.html)
    assert button is not None and button.group(1) == "https://coalition.example.org/events/7"
    for link in (
        "https://events.example.org/digest/event/7.ics",
        "https://calendar.google.com/calendar/render?",
        "https://outlook.office.com/calendar/deeplink/compose?",
    ):
        assert link in en.html and link in en.text
    assert "<img" not in en.html and "url(" not in en.html


def test_calendar_links_carry_the_time_in_utc_or_the_whole_days() -> None:
    """14:00-16:30 in Nairobi (UTC+3) is 11:00-13:30 UTC in both links; an event without a time
    is all-day, the end the day after the last."""
    timed = event(1)
    google = parse_qs(urlsplit(google_url(timed)).query)
    assert google["dates"] == ["20261209T110000Z/20261209T133000Z"]
    assert google["text"] == [timed.title] and google["location"] == ["Nairobi, Kenya"]
    outlook = parse_qs(urlsplit(outlook_url(timed)).query)
    assert outlook["startdt"] == ["2026-12-09T11:00:00Z"] and outlook["allday"] == ["false"]
    whole = replace(timed, start_time=None, end_time=None, end_date="2026-12-10")
    assert parse_qs(urlsplit(google_url(whole)).query)["dates"] == ["20261209/20261211"]
    assert parse_qs(urlsplit(outlook_url(whole)).query)["allday"] == ["true"]


def test_a_long_issue_stays_under_the_size_limit_with_a_complete_text_part() -> None:
    """Two hundred events with summaries: the HTML is under 100 KB, every event it shows is in
    the text part too, and the footer links to both the preferences and leaving."""
    events = [
        event(i, start_date=f"2026-12-{7 + i % 25:02d}", summary="A sentence of the partner. " * 5)
        for i in range(200)
    ]
    content = DigestContent(window=WINDOW, events=tuple(assign_sections(events, None)))
    out = (
        Renderer()
        .render(content, Options())
        .with_unsubscribe("https://events.example.org/digest/unsubscribe/7.abc")
    )
    assert len(out.html.encode()) < MAX_HTML_BYTES and out.more > 0
    for shown in re.findall(r"pathways number (\d+)<", out.html):
        assert f"pathways number {shown}\n" in out.text or f"pathways number {shown} ·" in out.text
    assert "https://events.example.org/digest/preferences/7.abc" in out.html
    assert "Preferences: https://events.example.org/digest/preferences/7.abc" in out.text
    assert "Unsubscribe: https://events.example.org/digest/unsubscribe/7.abc" in out.text


# --- the preferences page, through the web app and a send ---------------------------------------


@pytest.fixture
def web(digest_app: App) -> Iterator[Flask]:
    yield create_app(digest_app, testing=True)


def _link(server: SmtpServer, to: str, kind: str) -> str:
    [got] = server.handler.to(to)
    html = got.message.get_body(("html",))
    assert html is not None
    match = re.search(
        rf'href="https://events\.example\.org(/digest/{kind}/[^"]+)"', html.get_content()
    )
    assert match is not None
    return match.group(1)


def _events(digest_app: App) -> None:
    with digest_app.sessions.begin() as session:
        mail = RawMessage(
            account="partners", folder="INBOX", sha256="f" * 64, raw=b"", size=0, language="fr"
        )
        session.add(mail)
        session.flush()
        mail_id = mail.id
    day = MONDAY + timedelta(days=2)
    add_event(digest_app.sessions, title="Geneva dialogue", start_date=day)
    add_event(digest_app.sessions, title="Nairobi forum", city="Nairobi", country="KE")
    add_event(
        digest_app.sessions, title="Dakar atelier", city="Dakar", country="SN", message_id=mail_id
    )
    add_event(digest_app.sessions, title="Nairobi hearing", city="Nairobi", country="KE",
              event_type="stakeholder_consultation")  # fmt: skip


def test_the_preferences_page_speaks_the_readers_language_and_its_choices_filter_the_digest(
    digest_app: App, smtp_server: SmtpServer, web: Flask
) -> None:
    """A French subscriber's footer links to "Préférences" and "Se désabonner"; both pages are
    in French and offer regions, types and languages as well as leaving. Saving Africa, policy
    dialogues and events announced in English means the next digest holds only the Nairobi
    forum (not Geneva: Europe; not the hearing: another type; not Dakar: announced in French);
    a value the page does not offer is refused with 400 and nothing changes."""
    _events(digest_app)
    [reader] = add_subscribers(digest_app.sessions, 1, language="fr")
    send_week(digest_app.sessions, digest_app.config, week="2026-W49")  # its window holds them
    client = web.test_client()
    prefs, leave = (
        _link(smtp_server, reader, "preferences"),
        _link(smtp_server, reader, "unsubscribe"),
    )
    page = unescape(client.get(leave).get_data(as_text=True))
    assert '<html lang="fr">' in page and "Se désabonner" in page and "Régions" in page
    assert page.index('id="leave"') < page.index('id="preferences"')
    page = unescape(client.get(prefs).get_data(as_text=True))
    assert "Types d'événements" in page and "Événements annoncés en" in page
    assert page.index('id="preferences"') < page.index('id="leave"')
    assert client.post(prefs, data={"region": "atlantis"}).status_code == 400
    saved = client.post(
        prefs,
        data={"region": "africa", "type": "policy_dialogue", "event_language": "en",
              "language": "fr"},
    )  # fmt: skip
    assert saved.status_code == 200 and "Vos préférences sont enregistrées" in unescape(
        saved.get_data(as_text=True)
    )
    with digest_app.sessions() as session:
        row = session.scalars(select(Subscriber)).one()
        assert (row.regions, row.event_types, row.event_languages) == (
            ["Africa"],
            ["policy_dialogue"],
            ["en"],
        )
    send_week(digest_app.sessions, digest_app.config, week=WEEK)
    first, latest = (r.message for r in smtp_server.handler.to(reader))
    assert str(first["Subject"]).startswith("4 événements, 30 nov.–27 déc.")
    text = latest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Nairobi forum" in text and str(latest["Subject"]).startswith("1 événement")
    for absent in ("Geneva dialogue", "Dakar atelier", "Nairobi hearing"):
        assert absent not in text
