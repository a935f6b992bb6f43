"""Issue 11 items 3 and 4 below the browser: extraction's alternatives and `ready` are kept on
the event, the provisional `ready`, the opt-in auto-approval and the ready lane's query."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from models.event import APPROVED, NEEDS_REVIEW, Event, EventRevision
from models.event_store import apply_extraction, event_ready
from models.message import PENDING, RawMessage
from models.review import AuditEntry
from parsers.extract import Extractor
from review import triage
from tests.review.conftest import build_mail, login, store_event, store_mail
from unmignet import jobs
from unmignet.app import App
from unmignet.config import ReviewConfig, config_from_mapping
from unmignet.errors import ConfigError

INVITATION = (
    "Dear colleagues,\n\nWe are pleased to invite you to the Regional Dialogue on Labour "
    "Migration, on 14 April 2027 from 09:00 to 17:00, at the Hotel Terrou-Bi in Dakar, Senegal."
    "\n\nRegister at https://partner.example/register\n\nIOM Senegal\n"
)


def test_ready_is_the_extractions_value_else_a_provisional_product() -> None:
    """A "ready" key in the confidences wins (clamped to [0, 1]); without it, `ready` is the
    product of the straight-through fields' confidences (other fields ignored); no confidence
    at all gives None."""
    assert event_ready({"ready": 0.93, "title": 0.1}) == 0.93
    assert event_ready({"ready": 1.4}) == 1.0
    assert event_ready({"title": 0.5, "start_date": 0.5, "organizer": 0.01}) == 0.25
    assert event_ready({}) is None and event_ready(None) is None


def _extract_into(app: App, message_id: int, schema: dict[str, object], alts: object) -> Event:
    with app.sessions.begin() as session:
        message = session.get_one(RawMessage, message_id)
        conf = {"title": 0.9, "start_date": 0.8}
        [event] = apply_extraction(session, message, [schema], [conf], [{}], alternatives=[alts])
        session.expunge(event)
        return event


def test_alternatives_and_ready_are_kept_and_refreshed_without_touching_human_edits(
    review_app: App,
) -> None:
    """Applying an extraction stores each event's alternatives and `ready`; a re-extraction of
    an event still needing review refreshes them, while a field the reviewer edited keeps the
    reviewer's value (and counts as right in `ready`)."""
    message_id = store_mail(review_app, build_mail("Invitation", INVITATION))
    schema = {"title": "Regional Dialogue", "start_date": "2027-04-14"}
    alts = {"title": [{"value": "Regional Dialogue", "confidence": 0.9, "evidence": None}]}
    event = _extract_into(review_app, message_id, schema, alts)
    assert event.alternatives == alts and event.ready == 0.72
    with review_app.sessions.begin() as session:
        stored = session.get_one(Event, event.id)
        stored.title, stored.edited_fields = "Dialogue on labour migration", ["title"]
    newer = {"start_date": [{"value": "2027-04-15", "confidence": 0.7, "evidence": None}]}
    again = _extract_into(review_app, message_id, schema | {"start_date": "2027-04-15"}, newer)
    assert again.id == event.id and again.title == "Dialogue on labour migration"
    assert again.alternatives == newer and again.ready == 0.8  # title 1.0 (edited) x 0.8


def _app_with(app: App, extractor: Extractor, threshold: float | None) -> App:
    config = dataclasses.replace(app.config, review=ReviewConfig(auto_approve_ready=threshold))
    made = App(config)
    made.extractor = extractor  # type: ignore[misc]  # the session's real extractor, built once
    return made


def _process_invitation(app: App) -> list[Event]:
    store_mail(app, build_mail("Invitation: Regional Dialogue", INVITATION), state=PENDING)
    jobs.process(app, acknowledge=False)
    with app.sessions() as session:
        return list(session.scalars(select(Event)))


def test_auto_approve_is_off_by_default(review_app: App, extractor: Extractor) -> None:
    """With the default configuration an extracted event waits for a reviewer, whatever its
    `ready`."""
    assert ReviewConfig().auto_approve_ready is None
    events = _process_invitation(_app_with(review_app, extractor, None))
    assert events and {e.review_state for e in events} == {NEEDS_REVIEW}
    assert all(e.ready is not None for e in events)


def test_auto_approve_approves_at_the_threshold_with_an_audit_entry_naming_it(
    review_app: App, extractor: Extractor
) -> None:
    """`[review] auto_approve_ready` set (low enough for this mail's provisional `ready`):
    extraction approves the event and writes an audit entry naming the threshold."""
    events = _process_invitation(_app_with(review_app, extractor, 0.01))
    assert [e.review_state for e in events] == [APPROVED]
    with review_app.sessions() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "auto_approve"))
        notes = [a.note for a in entries]
    assert len(notes) == 1 and "auto_approve_ready 0.01" in (notes[0] or "")


def test_auto_approve_skips_pending_changes_non_events_and_low_ready(review_app: App) -> None:
    """Only events at or above the threshold are approved: never one with a pending later
    change, never one of a mail that is not an event notification."""
    message_id = store_mail(review_app, build_mail("Invitation", INVITATION))
    base = {"start_date": date(2027, 4, 14), "end_date": None}
    high = store_event(review_app, message_id, ready=0.98, **base)
    low = store_event(review_app, message_id, ready=0.5, position=1, **base)
    changed = store_event(review_app, message_id, ready=0.99, position=2, **base)
    with review_app.sessions.begin() as session:
        session.add(EventRevision(event_id=changed, changes={"status": ["a", "b"]}))
        message = session.get_one(RawMessage, message_id)
        message.is_event_notification = False
        assert triage.auto_approve(session, message, 0.97) == []
        message.is_event_notification = True
        assert triage.auto_approve(session, message, 0.97) == [high]
    with review_app.sessions() as session:
        states = {i: session.get_one(Event, i).review_state for i in (high, low, changed)}
    assert states == {high: APPROVED, low: NEEDS_REVIEW, changed: NEEDS_REVIEW}


def test_ready_lane_lists_only_events_at_or_above_its_threshold(review_app: App) -> None:
    """The lane's query: events needing review with `ready` at or above the threshold, without
    a pending change, most ready first; unknown `ready` is left out."""
    day = {"start_date": date(2027, 4, 14), "end_date": None}
    ids = [store_event(review_app, None, ready=r, **day) for r in (0.95, 0.89, 0.9, None, 0.99)]
    with review_app.sessions() as session:
        found = list(session.scalars(triage.ready_lane(0.9)))
    assert [e.id for e in found] == [ids[4], ids[0], ids[2]]


def test_review_thresholds_outside_zero_to_one_are_refused() -> None:
    """`[review]` thresholds are probabilities: a value outside [0, 1] is a ConfigError naming
    the key; the defaults load."""
    assert config_from_mapping({"review": {}}).review == ReviewConfig()
    with pytest.raises(ConfigError, match=r"review\.auto_approve_ready"):
        config_from_mapping({"review": {"auto_approve_ready": 97}})


def test_queue_filters_and_sorts_by_ready_and_keeps_it_on_the_record(
    review_app: App, client: FlaskClient
) -> None:
    """`?ready=0.9&sort=ready` lists only events at or above 90%, most ready first, says so in
    the count line, and the record pages keep the filter (next follows it)."""
    day = {"start_date": date(2027, 4, 14), "end_date": None}
    ids = [store_event(review_app, None, ready=r, **day) for r in (0.91, 0.5, 0.99, None)]
    login(client)
    html = client.get("/?ready=0.9&sort=ready").get_data(as_text=True)
    rows = re.findall(r'<tr class="row [^"]*" data-href="/events/(\d+)', html)
    assert [int(i) for i in rows] == [ids[2], ids[0]]
    assert "at least 90% ready" in html
    record = client.get(f"/events/{ids[2]}?ready=0.9&sort=ready").get_data(as_text=True)
    assert f'id="next" href="/events/{ids[0]}?' in record and "ready=0.9" in record
