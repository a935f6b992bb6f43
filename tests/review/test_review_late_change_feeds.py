"""The iCalendar feed, the JSON API and the CSV export never publish an approved event's old
details as fact while a later mail's cancellation or new date waits for a reviewer: they mark it
as the digest does (docs/review.md, "Late changes")."""

from __future__ import annotations

import csv
import io
from datetime import date

from flask import Flask
from flask.testing import FlaskClient
from icalendar import Calendar

from review import services
from tests.review.conftest import REVIEWER, login, store_event
from tests.review.test_review_late_change import _approve, _propose
from unmignet.app import App

CANCEL = {"status": ["scheduled", "cancelled"]}
MOVE = {"start_date": ["2026-10-05", "2026-10-19"], "end_date": ["2026-10-06", "2026-10-20"]}


def _seed(app: App) -> int:
    event = store_event(
        app,
        None,
        title="Forum on fair recruitment",
        start_date=date(2026, 10, 5),
        end_date=date(2026, 10, 6),
        registration_url="https://partner.example/register",
    )
    _approve(app, event)
    return event


def _feed(client: FlaskClient, anonymous: FlaskClient) -> tuple[str, str]:
    page = client.get("/exports").get_data(as_text=True)
    return page.split("/feed/")[1].split('"')[0], page.split("/feed/")[1].split("/")[0]


def _vevent(anonymous: FlaskClient, path: str) -> tuple[object, str]:
    response = anonymous.get("/feed/" + path)
    assert response.status_code == 200
    [vevent] = Calendar.from_ical(response.data).walk("VEVENT")
    return vevent, str(response.headers["ETag"])


def test_feed_and_api_mark_an_event_whose_cancellation_waits(
    client: FlaskClient, flask_app: Flask, review_app: App
) -> None:
    """Approved and confirmed first; a later cancelling mail makes the feed entry tentative
    ("To be confirmed: ...", the digest's note, no registration link; the cached feed's ETag
    changes), the JSON record carries to_be_confirmed and the note, the CSV a pending_change
    cell; keeping the current values restores the confirmed entry."""
    event = _seed(review_app)
    login(client)
    anonymous = flask_app.test_client()
    path, token = _feed(client, anonymous)
    before, etag = _vevent(anonymous, path)
    assert str(before["STATUS"]) == "CONFIRMED" and "URL" in before  # type: ignore[index,operator]
    revision = _propose(review_app, event, CANCEL)
    after, etag_after = _vevent(anonymous, path)
    assert etag_after != etag
    assert str(after["STATUS"]) == "TENTATIVE"  # type: ignore[index]
    assert str(after["SUMMARY"]) == "To be confirmed: Forum on fair recruitment"  # type: ignore[index]
    assert "Cancelled, per the organiser's mail of" in str(after["DESCRIPTION"])  # type: ignore[index]
    assert "URL" not in after  # type: ignore[operator]
    [record] = anonymous.get(f"/api/events.json?token={token}").get_json()["events"]
    assert record["to_be_confirmed"] is True and record["registration_url"] is None
    assert record["pending_change"]["changes"] == {"status": "cancelled"}
    assert record["pending_change"]["note"].startswith("Cancelled, per the organiser's mail")
    rows = list(
        csv.DictReader(io.StringIO(client.get("/exports/events.csv").data.decode("utf-8-sig")))
    )
    assert rows[0]["pending_change"].startswith("Cancelled, per the organiser's mail")
    with review_app.sessions.begin() as session:
        services.reject_revision(session, revision, REVIEWER)
    decided, _ = _vevent(anonymous, path)
    assert str(decided["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    assert str(decided["SUMMARY"]) == "Forum on fair recruitment"  # type: ignore[index]
    [record] = anonymous.get(f"/api/events.json?token={token}").get_json()["events"]
    assert record["to_be_confirmed"] is False and "pending_change" not in record


def test_feed_marks_a_proposed_new_date(
    client: FlaskClient, flask_app: Flask, review_app: App
) -> None:
    """A later mail moving the event: the feed entry is tentative and names the proposed new
    dates; the JSON record gives the proposed values beside the old ones."""
    event = _seed(review_app)
    login(client)
    anonymous = flask_app.test_client()
    path, token = _feed(client, anonymous)
    _propose(review_app, event, MOVE)
    vevent, _ = _vevent(anonymous, path)
    assert str(vevent["STATUS"]) == "TENTATIVE"  # type: ignore[index]
    description = str(vevent["DESCRIPTION"])  # type: ignore[index]
    assert "New date proposed" in description and "19" in description
    [record] = anonymous.get(f"/api/events.json?token={token}").get_json()["events"]
    assert record["pending_change"]["changes"]["start_date"] == "2026-10-19"
    assert record["start_date"] == "2026-10-05" and record["to_be_confirmed"] is True
