"""Review operations on real SQLite and PostgreSQL databases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.event import Event, EventRevision
from models.event_store import apply_extraction
from models.message import RawMessage
from models.review import AuditEntry
from review import services
from tests.review.conftest import build_mail, store_event, store_mail
from unmignet.app import App
from unmignet.errors import ReviewError

ME = "ana@example.org"


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("start_date", "2026-07-01", date(2026, 7, 1)),
        ("start_date", "", None),
        ("start_time", "18:30", "18:30"),
        ("timezone", "America/Sao_Paulo", "America/Sao_Paulo"),
        ("country", "br", "BR"),
        ("mode", "hybrid", "hybrid"),
        ("title", "  Forum   on  remittances ", "Forum on remittances"),
        ("registration_url", "https://example.org/r", "https://example.org/r"),
    ],
)
def test_parse_field_accepts_valid_values(name: str, raw: str, expected: object) -> None:
    """Valid strings become typed values (dates, HH:MM, IANA zones, ISO codes, enums)."""
    assert services.parse_field(name, raw) == expected


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("start_date", "31/02/2026"),
        ("start_time", "25:00"),
        ("start_time", "9h"),
        ("timezone", "Europe/Geneva"),
        ("country", "XX"),
        ("mode", "virtual"),
        ("event_type", "party"),
        ("title", "   "),
        ("registration_url", "javascript:alert(1)"),
        ("review_state", "approved"),
    ],
)
def test_parse_field_refuses_invalid_values(name: str, raw: str) -> None:
    """Invalid values raise ReviewError naming the field; non-fields are refused too."""
    with pytest.raises(ReviewError, match=name):
        services.parse_field(name, raw)


def test_edit_marks_field_human_and_audits(app: App) -> None:
    """An edit sets the value, marks the field human-edited (confidence 1) and is audited."""
    event_id = store_event(app, None)
    with app.sessions.begin() as session:
        changed = services.edit_fields(
            session, event_id, {"city": "Thiès", "start_time": "10:00"}, ME
        )
        assert sorted(changed) == ["city", "start_time"]
    with app.sessions() as session:
        event = session.get_one(Event, event_id)
        assert event.city == "Thiès" and event.start_time == "10:00"
        assert set(event.edited_fields) == {"city", "start_time"}
        assert event.confidence["city"] == 1.0
        trail = services.audit_trail(session, event_id)
        assert {(a.field, a.before, a.after, a.actor) for a in trail} == {
            ("city", "Dakar", "Thiès", ME),
            ("start_time", None, "10:00", ME),
        }


def test_edit_is_all_or_nothing(app: App) -> None:
    """When the values together are inconsistent (end before start), nothing is changed."""
    event_id = store_event(app, None)
    with app.sessions.begin() as session, pytest.raises(ReviewError, match="end_date"):
        services.edit_fields(session, event_id, {"venue": "Hall", "end_date": "2026-01-01"}, ME)
    with app.sessions() as session:
        event = session.get_one(Event, event_id)
        assert event.venue is None and event.end_date == date(2026, 4, 15)


def test_moving_both_dates_later_is_allowed(app: App) -> None:
    """Start and end moved together past the old end validate as a whole, not one by one."""
    event_id = store_event(app, None)
    with app.sessions.begin() as session:
        services.edit_fields(
            session, event_id, {"start_date": "2026-06-01", "end_date": "2026-06-02"}, ME
        )
    with app.sessions() as session:
        assert session.get_one(Event, event_id).start_date == date(2026, 6, 1)


def test_approve_reject_reopen(app: App) -> None:
    """Approve, reject (a reason is required) and reopen change the state and are audited."""
    event_id = store_event(app, None)
    with app.sessions.begin() as session:
        services.approve(session, event_id, ME)
        with pytest.raises(ReviewError, match="reason"):
            services.reject(session, event_id, "  ", ME)
        services.reject(session, event_id, "internal meeting", ME)
        services.reopen(session, event_id, ME)
    with app.sessions() as session:
        event = session.get_one(Event, event_id)
        assert event.review_state == "needs_review"
        actions = [a.action for a in services.audit_trail(session, event_id)]
        assert actions == ["approve", "reject", "reopen"]


def test_reprocessing_keeps_human_edits_and_approval(app: App) -> None:
    """A re-extraction never overwrites an edited field or an approval: it proposes a revision."""
    message_id = store_mail(app, build_mail("Forum", "A forum on 14 April."))
    with app.sessions.begin() as session:
        message = session.get_one(RawMessage, message_id)
        schema = {"title": "Forum", "start_date": "2026-04-14", "city": "Dakar", "country": "SN"}
        [event] = apply_extraction(session, message, [schema], [{}], [{}])
        event_id = event.id
    with app.sessions.begin() as session:
        services.edit_fields(session, event_id, {"title": "Migration forum"}, ME)
    with app.sessions.begin() as session:
        message = session.get_one(RawMessage, message_id)
        new = {"title": "Forum 2026", "start_date": "2026-04-14", "city": "Saint-Louis"}
        apply_extraction(session, message, [new], [{}], [{}])
    with app.sessions() as session:
        event = session.get_one(Event, event_id)
        assert event.title == "Migration forum"  # human edit kept
        assert event.city == "Saint-Louis"  # machine field refreshed while in review
    with app.sessions.begin() as session:
        services.approve(session, event_id, ME)
    with app.sessions.begin() as session:
        message = session.get_one(RawMessage, message_id)
        again = {"title": "Forum 2026", "start_date": "2026-04-15", "city": "Saint-Louis"}
        apply_extraction(session, message, [again], [{}], [{}])
    with app.sessions() as session:
        event = session.get_one(Event, event_id)
        assert event.start_date == date(2026, 4, 14) and event.review_state == "approved"
        [revision] = event.revisions
        assert revision.changes == {"start_date": ["2026-04-14", "2026-04-15"]}


def test_accept_and_reject_revision(app: App) -> None:
    """Accepting a revision applies it (audited, version up); rejecting leaves the event."""
    event_id = store_event(app, None)
    with app.sessions.begin() as session:
        first = EventRevision(event_id=event_id, changes={"status": ["scheduled", "cancelled"]})
        second = EventRevision(event_id=event_id, changes={"city": ["Dakar", "Touba"]})
        session.add_all([first, second])
        session.flush()
        ids = first.id, second.id
    with app.sessions.begin() as session:
        services.accept_revision(session, ids[0], ME)
        services.reject_revision(session, ids[1], ME)
        with pytest.raises(ReviewError, match="already"):
            services.accept_revision(session, ids[1], ME)
    with app.sessions() as session:
        event = session.get_one(Event, event_id)
        assert (event.status, event.city, event.version) == ("cancelled", "Dakar", 2)
        assert "status" in event.edited_fields
        actions = [a.action for a in services.audit_trail(session, event_id)]
        assert actions == ["accept_change", "revision_accepted", "revision_rejected"]


def test_merge_fills_gaps_and_hides_duplicate(app: App) -> None:
    """Merging keeps one event, fills its empty fields from the other and marks the other merged."""
    keep = store_event(app, None, venue=None)
    drop = store_event(app, None, venue="UCAD campus")
    with app.sessions.begin() as session:
        services.merge(session, keep, drop, ME)
        with pytest.raises(ReviewError):
            services.merge(session, keep, drop, ME)
    with app.sessions() as session:
        kept, dropped = session.get_one(Event, keep), session.get_one(Event, drop)
        assert kept.venue == "UCAD campus"
        assert dropped.review_state == "merged" and dropped.merged_into_id == keep


def test_mark_not_event_rejects_and_survives_reprocessing(app: App) -> None:
    """A mail marked 'not an event' has its events rejected; re-extraction adds none."""
    message_id = store_mail(app, build_mail("Newsletter", "Our news of the month."))
    event_id = store_event(app, message_id)
    with app.sessions.begin() as session:
        assert services.mark_not_event(session, message_id, ME) == 1
    with app.sessions() as session:
        assert session.get_one(Event, event_id).reject_reason == "not an event"
        message = session.get_one(RawMessage, message_id)
        assert message.marked_not_event_by == ME
        audit = session.scalars(select(AuditEntry).where(AuditEntry.message_id == message_id))
        assert "mark_not_event" in {a.action for a in audit}


def test_add_event_by_hand(app: App) -> None:
    """A missed event is added with validated fields, all marked human, and audited."""
    message_id = store_mail(app, build_mail("Two events", "Workshop and concert."))
    store_event(app, message_id)
    form = {"title": "Solidarity concert", "start_date": "2026-06-20", "country": "ma"}
    with app.sessions.begin() as session:
        event = services.add_event(session, form, ME, message_id=message_id)
        event_id = event.id
        with pytest.raises(ReviewError, match="title"):
            services.add_event(session, {"start_date": "2026-06-20"}, ME)
    with app.sessions() as session:
        event = session.get_one(Event, event_id)
        assert event.added_by_hand and event.country == "MA" and event.position == 1
        assert set(event.edited_fields) == {"title", "start_date", "country"}
        assert services.audit_trail(session, event_id)[0].action == "add"


def test_state_counts(app: App) -> None:
    """Counts per review state reflect the stored events."""
    first = store_event(app, None)
    store_event(app, None)
    with app.sessions.begin() as session:
        services.approve(session, first, ME)
    with app.sessions() as session:
        counts = services.state_counts(session)
    assert (counts.needs_review, counts.approved, counts.rejected) == (1, 1, 0)


def test_resubmitting_shown_values_is_not_an_edit(app: App) -> None:
    """Saving a form with untouched fields marks nothing as edited, even a long or odd title."""
    title = "Forum\non  migration " + "x" * 600
    event_id = store_event(app, None, title=title, country="XX")
    shown = {"title": title, "country": "XX", "city": "Dakar", "start_time": ""}
    with app.sessions.begin() as session:
        assert services.edit_fields(session, event_id, shown, ME) == []
        assert services.edit_fields(session, event_id, shown | {"city": "Kaolack"}, ME) == ["city"]
    with app.sessions() as session:
        assert session.get_one(Event, event_id).edited_fields == ["city"]


def test_separate_revision_makes_a_new_event(app: App) -> None:
    """A wrongly linked mail becomes its own event (pending review); the original is unchanged."""
    message_id = store_mail(app, build_mail("Another", "Another event on 2 May."))
    event_id = store_event(app, None)
    with app.sessions.begin() as session:
        revision = EventRevision(
            event_id=event_id,
            message_id=message_id,
            changes={
                "title": ["Regional dialogue", "Youth forum"],
                "start_date": ["2026-04-14", "2026-05-02"],
            },
        )
        session.add(revision)
        session.flush()
        new = services.separate_revision(session, revision.id, ME)
        new_id = new.id
    with app.sessions() as session:
        new_event = session.get_one(Event, new_id)
        assert (new_event.title, new_event.start_date) == ("Youth forum", date(2026, 5, 2))
        assert new_event.message_id == message_id and new_event.review_state == "needs_review"
        assert session.get_one(Event, event_id).title.startswith("Regional dialogue")
        assert session.get_one(EventRevision, revision.id).state == "separated"
