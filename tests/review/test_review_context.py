"""Context for the reviewer (issue 11, item 7, and the zone hint of item 5): the mail beside
the add-missed-event form; merge asks first with both records side by side; a merged record is
read-only and links to the survivor; failures link to their mail, say why in plain words and can
be dismissed; past events are flagged and come after the coming ones; the zone hint for what is
typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from models.event import Event
from models.message import FAILED, STUB, RawMessage
from models.review import AuditEntry
from review.failures import UNKNOWN, plain_reason
from tests.review.conftest import ADMIN, Seeded, build_mail, login, store_event, store_mail
from unmignet.app import App


def test_add_missed_event_shows_the_mail_beside_the_form(
    client: FlaskClient, seeded: Seeded
) -> None:
    """Opened from a mail, the add form has the mail's text next to it (same layout as a
    record); opened without one, just the form."""
    login(client)
    page = client.get(f"/events/new?message={seeded.message_id}").get_data(as_text=True)
    assert '<div class="record">' in page and 'aria-label="Source mail"' in page
    assert "Hotel Terrou-Bi in Dakar" in page
    bare = client.get("/events/new").get_data(as_text=True)
    assert 'aria-label="Source mail"' not in bare


def test_merge_asks_first_then_leaves_a_read_only_record(
    client: FlaskClient, seeded: Seeded, review_app: App
) -> None:
    """Merge shows both records and the result side by side and changes nothing; the confirmed
    form merges; the merged record's fields are disabled, it links to the survivor, offers no
    Save, and an edit sent anyway is refused with nothing changed."""
    token = login(client)
    keep, drop = seeded.event_id, seeded.other_event_id
    form = {"csrf_token": token, "other": str(drop)}
    page = client.post(f"/events/{keep}/merge", data=form).get_data(as_text=True)
    assert f"Merge event {drop} into event {keep}?" in page and 'id="confirm-merge"' in page
    assert "Photo exhibition: journeys" in page and "Regional dialogue" in page
    with review_app.sessions() as session:
        assert session.get_one(Event, drop).review_state == "needs_review"
    client.post(f"/events/{keep}/merge", data=form | {"confirmed": "1"})
    with review_app.sessions() as session:
        assert session.get_one(Event, drop).merged_into_id == keep
    record = client.get(f"/events/{drop}").get_data(as_text=True)
    assert 'id="merged-note"' in record and f'href="/events/{keep}" id="survivor"' in record
    assert '<fieldset class="readonly" disabled>' in record and 'id="save"' not in record
    edit = client.post(f"/events/{drop}/edit", data={"csrf_token": token, "city": "Fes"})
    assert edit.status_code == 400 and "read-only" in edit.get_data(as_text=True)
    with review_app.sessions() as session:
        assert session.get_one(Event, drop).city == "Rabat"


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("message of 60000000 bytes exceeds the limit of 26214400 bytes", "size limit"),
        ("ParseError: empty message", "was empty"),
        ("ParseError: message structure too deeply nested", "parts within parts"),
        ("ParseError: unparseable message: HeaderParseError", "format could not be read"),
        ("OperationalError: (psycopg.OperationalError) server closed the connection", "busy"),
        ("UnicodeDecodeError: 'utf-8' codec can't decode byte", "character encoding"),
        ("ExtractionError: boom", "finding the event's details"),
        ("KeyError: 'x'", UNKNOWN),
    ],
)
def test_failure_reasons_in_plain_words(error: str, words: str) -> None:
    """Each stored error reads as a reason a person understands; unknown ones say so."""
    assert words in plain_reason(error)


def test_failures_link_to_the_mail_explain_and_can_be_dismissed(
    client: FlaskClient, review_app: App
) -> None:
    """A failure links to its mail, gives the plain reason (the technical text kept under
    "Technical details"); dismissing hides it from the list and the queue's count (audited), it
    can be brought back, and a mail that fails again after a dismissal comes back by itself."""
    mid = store_mail(review_app, build_mail("Broken", "x"), state=FAILED,
                     error="ParseError: empty message", attempts=1)  # fmt: skip
    stub = store_mail(review_app, build_mail("Huge", "y"), state=STUB,
                      error="message of 9 bytes exceeds the limit of 1 bytes")  # fmt: skip
    token = login(client)
    page = client.get("/failures").get_data(as_text=True)
    assert f'href="/messages/{mid}">#{mid}</a>' in page and "The mail was empty" in page
    assert "ParseError: empty message" in page and "size limit" in page
    assert "Failed mails <b>2</b>" in client.get("/").get_data(as_text=True)
    client.post(f"/failures/{mid}/dismiss", data={"csrf_token": token})
    page = client.get("/failures").get_data(as_text=True)
    assert f'data-id="{mid}"' not in page and f'data-id="{stub}"' in page
    assert "Show 1 dismissed" in page
    assert "Failed mails <b>1</b>" in client.get("/").get_data(as_text=True)
    shown = client.get("/failures?dismissed=1").get_data(as_text=True)
    assert f'data-id="{mid}"' in shown and "Bring back" in shown
    with review_app.sessions.begin() as session:
        session.get_one(RawMessage, mid).attempts = 2  # tried again, failed again
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "dismiss_failure" in actions
    assert f'data-id="{mid}"' in client.get("/failures").get_data(as_text=True)
    client.post(f"/failures/{stub}/dismiss", data={"csrf_token": token})
    client.post(f"/failures/{stub}/dismiss", data={"csrf_token": token, "undo": "1"})
    assert f'data-id="{stub}"' in client.get("/failures").get_data(as_text=True)


def test_failure_dismiss_refuses_a_mail_that_did_not_fail(
    client: FlaskClient, seeded: Seeded
) -> None:
    """Only a failed or stub mail can be dismissed; anything else is refused with a message."""
    token = login(client, ADMIN)
    client.post(f"/failures/{seeded.message_id}/dismiss", data={"csrf_token": token})
    assert "not a failure" in client.get("/failures").get_data(as_text=True)


def test_past_events_are_flagged_and_come_after_the_coming_ones(
    client: FlaskClient, review_app: App
) -> None:
    """With the default sort, an event already over comes after the coming ones (though its
    date is earlier) and carries a "past event" badge; its record says it is over."""
    today = date.today()
    past = store_event(review_app, None, title="Old forum", start_date=today - timedelta(30),
                       end_date=today - timedelta(29))  # fmt: skip
    soon = store_event(review_app, None, title="Coming forum", start_date=today + timedelta(9),
                       end_date=None)  # fmt: skip
    login(client)
    page = client.get("/").get_data(as_text=True)
    assert page.index("Coming forum") < page.index("Old forum")
    rows = page.split('<tr class="row ')[1:]
    assert "past event" in rows[1] and "past event" not in rows[0]
    by_date = client.get("/?sort=-date").get_data(as_text=True)
    assert by_date.index("Coming forum") < by_date.index("Old forum")
    assert 'id="past-note"' in client.get(f"/events/{past}").get_data(as_text=True)
    assert 'id="past-note"' not in client.get(f"/events/{soon}").get_data(as_text=True)


@pytest.mark.parametrize(
    ("typed", "zone", "hint"),
    [
        ("CET", "Europe/Paris", "UTC+01:00 · 10:00 is 10:00 in Geneva"),
        ("GMT+3", "Etc/GMT-3", "UTC+03:00 · 10:00 is 08:00 in Geneva"),
        ("EAT", "Africa/Nairobi", "10:00 is 08:00 in Geneva"),
        ("Geneva time", "Europe/Zurich", "10:00 is 10:00 in Geneva"),
        ("America/Bogota", "America/Bogota", "UTC-05:00 · 10:00 is 16:00 in Geneva"),
    ],
)
def test_zone_hint_for_what_is_typed(
    client: FlaskClient, review_app: App, typed: str, zone: str, hint: str
) -> None:
    """The hint endpoint resolves a zone as mails write it to its IANA name and gives the UTC
    offset on the day and the start time in Geneva."""
    login(client)
    data = client.get(
        "/zones/note", query_string={"zone": typed, "date": "2026-12-10", "time": "10:00"}
    ).get_json()
    assert data["zone"] == zone and hint in data["note"] and not data["error"]


def test_zone_hint_without_a_time_and_for_an_unknown_zone(
    client: FlaskClient, review_app: App
) -> None:
    """Without a start time the hint still relates the zone to Geneva (Geneva's own offset that
    day); an unknown zone gets the validation message."""
    login(client)
    data = client.get("/zones/note?zone=UTC-5&date=2026-07-01").get_json()
    assert data["note"] == "UTC-05:00 · Geneva is UTC+02:00 that day"
    bad = client.get("/zones/note?zone=Atlantis").get_json()
    assert bad["zone"] is None and "not an IANA time zone" in bad["error"]
