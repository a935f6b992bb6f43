"""Record edits that take few keys: time zones as mails write them, every validation error at
once beside its field, preset reject reasons that open the next record, and the keyboard (in a
real Chromium: `?`, `s`, `A`, ISO dates and 24-hour times whatever the browser's locale)."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient
from playwright.sync_api import Browser, Page

from models.event import Event
from review import services
from tests.review.conftest import REVIEWER, Seeded, login
from tests.review.test_review_browser import browser, sign_in
from unmignet.app import App

__all__ = ["browser"]


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("CET", "Europe/Paris"),
        ("EAT", "Africa/Nairobi"),
        ("GMT+3", "Etc/GMT-3"),
        ("UTC-5", "Etc/GMT+5"),
        ("Berlin", "Europe/Berlin"),
        ("Geneva time", "Europe/Zurich"),
        ("Africa/Dakar", "Africa/Dakar"),
    ],
)
def test_time_zone_as_mails_write_it_is_stored_as_iana(written: str, stored: str) -> None:
    """Abbreviations, offsets, cities and "<city> time" become the IANA name."""
    assert services.parse_field("timezone", written) == stored


def test_zone_note_gives_the_utc_offset_and_geneva_time() -> None:
    """Beside the zone: its UTC offset on the event's day, and the start time in Geneva."""
    note = services.zone_note("Etc/GMT-3", date(2026, 12, 10), "10:00")
    assert note == "UTC+03:00 · 10:00 is 08:00 in Geneva"
    assert services.zone_note("America/New_York", date(2026, 7, 1), None) == "UTC-04:00"
    assert services.zone_note("Mars/Olympus", date(2026, 7, 1), "10:00") == ""


def test_every_invalid_field_is_reported_at_once_beside_it(
    client: FlaskClient, review_app: App, seeded: Seeded
) -> None:
    """Three invalid fields and a valid one: 400, each message beside its own field and in the
    summary, and nothing saved (not even the valid field)."""
    token = login(client)
    response = client.post(
        f"/events/{seeded.event_id}/edit",
        data={
            "csrf_token": token,
            "start_date": "14/04/2026",
            "country": "XX",
            "timezone": "Mars/Olympus",
            "city": "Thiès",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "3 field(s) need a correction" in page
    for name, words in (
        ("start_date", "not a date"),
        ("country", "ISO 3166-1"),
        ("timezone", "not an IANA"),
    ):
        beside = page.split(f'id="err-{name}"', 1)[1].split("</p>", 1)[0]
        assert words in beside, name
    with review_app.sessions() as session:
        assert session.get_one(Event, seeded.event_id).city == "Dakar"


def test_preset_reject_reason_rejects_and_opens_the_next_record(
    client: FlaskClient, review_app: App, seeded: Seeded
) -> None:
    """A preset button rejects with that reason (plus any text typed) and, like `a`, opens the
    queue's next record, keeping the queue's filters."""
    token = login(client)
    response = client.post(
        f"/events/{seeded.event_id}/reject",
        data={
            "csrf_token": token,
            "preset": "duplicate",
            "reason": "of the May call",
            "next_after": "1",
            "queue": "sort=date",
        },
    )
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/events/{seeded.other_event_id}?sort=date")
    with review_app.sessions() as session:
        event = session.get_one(Event, seeded.event_id)
        assert (event.review_state, event.reject_reason) == (
            "rejected",
            "duplicate: of the May call",
        )
    assert services.reject_reason("spam", "") == "spam"
    assert services.reject_reason("made up", "text") == "text"


@pytest.mark.browser
def test_keys_help_save_and_save_approve_next_in_chromium(
    browser: Browser, live_server: str, review_app: App, seeded: Seeded
) -> None:
    """In a US-English Chromium: dates and times show as ISO and 24-hour text; `?` shows the
    keys and Esc hides them; `s` saves an edit; `A` saves, approves and opens the next record."""
    context = browser.new_context(locale="en-US", viewport={"width": 1366, "height": 900})
    page: Page = context.new_page()
    try:
        sign_in(page, live_server)
        page.goto(f"{live_server}/events/{seeded.event_id}")
        assert page.input_value("#f-start_date") == "2026-04-14"
        assert page.get_attribute("#f-start_date", "type") is None
        assert page.get_attribute("#f-start_time", "type") is None
        page.keyboard.press("?")
        assert page.locator("#keys-help").is_visible()
        page.keyboard.press("Escape")
        assert page.locator("#keys-help").is_hidden()
        page.fill("#f-start_time", "14:30")
        page.fill("#f-timezone", "GMT")
        page.locator("#f-timezone").blur()
        page.keyboard.press("s")
        page.wait_for_selector(".flash.ok")
        assert "Saved" in page.locator(".flash.ok").inner_text()
        assert "UTC+00:00 · 14:30 is 16:30 in Geneva" in page.locator("#note-timezone").inner_text()
        page.fill("#f-venue", "Hotel Terrou-Bi")
        page.locator("#f-venue").blur()
        page.keyboard.press("Shift+A")
        page.wait_for_url(lambda url: f"/events/{seeded.other_event_id}" in url)
    finally:
        context.close()
    with review_app.sessions() as session:
        event = session.get_one(Event, seeded.event_id)
        assert (event.review_state, event.venue, event.timezone) == (
            "approved",
            "Hotel Terrou-Bi",
            "Etc/GMT",
        )
        assert event.reviewed_by == REVIEWER
