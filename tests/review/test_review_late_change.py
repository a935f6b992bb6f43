"""An approved event that a later mail contradicts: first in the queue with its own count, Approve
held until the change is decided, and named on the digest preview page."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient

from models.event import APPROVED, Event, EventRevision
from review import services
from tests.review.conftest import REVIEWER, Seeded, login, store_event
from unmignet.app import App
from unmignet.errors import ReviewError

CANCEL = {"status": ["scheduled", "cancelled"]}


def _approve(app: App, event_id: int) -> None:
    with app.sessions.begin() as session:
        services.approve(session, event_id, REVIEWER)


def _propose(app: App, event_id: int, changes: dict[str, list[str]]) -> int:
    with app.sessions.begin() as session:
        revision = EventRevision(event_id=event_id, changes=changes, state="pending")
        session.add(revision)
        session.flush()
        return revision.id


def test_approve_waits_until_the_later_change_is_decided(review_app: App, seeded: Seeded) -> None:
    """A pending change blocks approving (service and CLI alike); keeping the current values
    lifts the block."""
    revision = _propose(review_app, seeded.event_id, CANCEL)
    with review_app.sessions.begin() as session, pytest.raises(ReviewError, match="cancelled"):
        services.approve(session, seeded.event_id, REVIEWER)
    with review_app.sessions.begin() as session:
        services.reject_revision(session, revision, REVIEWER)
    _approve(review_app, seeded.event_id)
    with review_app.sessions() as session:
        assert session.get_one(Event, seeded.event_id).review_state == APPROVED


def test_changed_after_approval_comes_first_with_its_own_count(
    client: FlaskClient, review_app: App, seeded: Seeded
) -> None:
    """The queue lists an approved event with an undecided cancellation before every event that
    needs review, counts it apart and filters it with change=pending; its record says so and
    disables Approve."""
    late = store_event(review_app, None, title="Late cancelled forum", start_date=date(2026, 9, 1))
    _approve(review_app, late)
    _propose(review_app, late, CANCEL)
    login(client)
    page = client.get("/").get_data(as_text=True)
    assert 'id="changed-count"' in page and "Changed after approval <b>1</b>" in page
    rows = page.split('<tr class="row ')[1:]
    assert rows[0].startswith("approved late-change") and f"/events/{late}" in rows[0]
    assert "changed after approval: decide" in rows[0]
    only = client.get("/?change=pending").get_data(as_text=True)
    assert only.count('<tr class="row ') == 1 and "Late cancelled forum" in only
    record = client.get(f"/events/{late}").get_data(as_text=True)
    assert 'id="late-change"' in record and "(cancelled)" in record
    assert 'id="approve" disabled' in record


def test_digest_preview_names_the_events_with_an_undecided_change(
    client: FlaskClient, review_app: App, seeded: Seeded
) -> None:
    """The preview page lists the approved event whose cancellation waits, with a link to its
    record, and its plain text prints the cancellation beside the title."""
    _approve(review_app, seeded.event_id)
    _propose(review_app, seeded.event_id, CANCEL)
    login(client)
    page = client.get("/digest/preview?week=2026-W16").get_data(as_text=True)
    assert 'id="pending-changes"' in page
    assert f'href="/events/{seeded.event_id}#revisions"' in page
    assert "Regional dialogue on labour migration — Cancelled, per the organiser&#39;s mail" in page
