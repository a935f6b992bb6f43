"""Later mails about a known event become revisions; likely duplicates are suggested."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from models.event import Event
from models.event_store import apply_extraction
from models.message import RawMessage
from review import linking
from tests.review.conftest import build_mail, store_event, store_mail
from unmignet.app import App


def _extract(app: App, message_id: int, schemas: list[dict[str, Any]]) -> list[int]:
    with app.sessions.begin() as session:
        message = session.get_one(RawMessage, message_id)
        made = apply_extraction(
            session,
            message,
            schemas,
            [{}] * len(schemas),
            [{}] * len(schemas),
            link=linking.link_to_existing,
        )
        return [e.id for e in made]


def _events(app: App) -> list[Event]:
    with app.sessions() as session:
        events = list(session.query(Event).order_by(Event.id))
        for e in events:
            _ = e.revisions
        return events


FORUM = {
    "title": "Regional Forum on Migrant Workers' Rights",
    "start_date": "2026-05-12",
    "end_date": "2026-05-13",
    "city": "Nairobi",
    "country": "KE",
}


@pytest.mark.parametrize(
    ("a", "b", "low"),
    [
        (
            "Regional Forum on Migrant Workers' Rights",
            "REMINDER: Regional forum on migrant workers rights",
            0.9,
        ),
        (
            "Atelier sur la migration climatique",
            "Atelier sur la migration climatique (rectificatif)",
            0.7,
        ),
        ("Photo exhibition: journeys", "Budget committee meeting", 0.0),
    ],
)
def test_title_similarity(a: str, b: str, low: float) -> None:
    """Titles that differ only by case, accents, prefixes or filler words score high."""
    score = linking.title_similarity(a, b)
    assert score >= low
    if low == 0.0:
        assert score < 0.5


def test_reminder_from_another_partner_becomes_a_revision(app: App) -> None:
    """The same event announced again (same dates, similar title, same city) is not duplicated."""
    first = store_mail(app, build_mail("Forum", "first announcement"))
    second = store_mail(app, build_mail("Reminder", "second announcement"))
    _extract(app, first, [FORUM])
    reminder = FORUM | {"title": "Reminder: Regional forum on migrant workers rights"}
    reminder |= {"venue": "UN Gigiri"}
    assert _extract(app, second, [reminder]) == []
    [event] = _events(app)
    [revision] = event.revisions
    assert revision.state == "pending" and revision.message_id == second
    assert set(revision.changes) == {"venue"}  # "Reminder: <same title>" is no title change
    _extract(app, second, [reminder])  # reprocessing: still one revision
    assert len(_events(app)[0].revisions) == 1


def test_reply_with_new_date_links_by_thread(app: App) -> None:
    """A corrective reply (In-Reply-To the announcement) proposes the new date on the event."""
    original = build_mail("Forum", "announcement")
    first = store_mail(app, original)
    with app.sessions() as session:
        parent_id = session.get_one(RawMessage, first).message_id or ""
    reply = build_mail("Re: Forum - correction", "New dates", headers={"In-Reply-To": parent_id})
    second = store_mail(app, reply)
    _extract(app, first, [FORUM])
    corrected = FORUM | {"start_date": "2026-05-19", "end_date": "2026-05-20", "title": "Forum"}
    _extract(app, second, [corrected])
    [event] = _events(app)
    assert event.revisions[0].changes["start_date"] == ["2026-05-12", "2026-05-19"]


def test_cancellation_is_proposed(app: App) -> None:
    """A cancellation mail proposes status 'cancelled' rather than a new event."""
    first = store_mail(app, build_mail("Forum", "announcement"))
    second = store_mail(app, build_mail("Cancelled: Forum", "cancelled"))
    _extract(app, first, [FORUM])
    _extract(app, second, [FORUM | {"status": "cancelled"}])
    [event] = _events(app)
    assert event.revisions[0].changes == {"status": ["scheduled", "cancelled"]}


def test_different_city_or_title_is_a_new_event(app: App) -> None:
    """Same dates but another city, or another title, make a separate event."""
    first = store_mail(app, build_mail("Forum", "a"))
    second = store_mail(app, build_mail("Forum Lima", "b"))
    third = store_mail(app, build_mail("Other", "c"))
    _extract(app, first, [FORUM])
    _extract(app, second, [FORUM | {"city": "Lima", "country": "PE"}])
    _extract(app, third, [FORUM | {"title": "Youth film screening"}])
    assert len(_events(app)) == 3


def test_duplicate_suggestions(app: App) -> None:
    """Events with the same dates and similar titles are suggested as duplicates, best first."""
    a = store_event(app, None, title="Dialogue on labour migration governance")
    b = store_event(app, None, title="Dialogue on Labour Migration Governance 2026")
    store_event(app, None, title="Film night", start_date=date(2026, 4, 14))
    store_event(app, None, title="Dialogue on labour migration governance", city="Lagos")
    with app.sessions() as session:
        found = linking.duplicate_suggestions(session, session.get_one(Event, a))
    assert [s.event_id for s in found] == [b]
    assert "same dates" in found[0].reasons


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("Training of trainers", "Training of trainers - CORRECTED DATES", True),
        ("Atelier régional", "RAPPEL : atelier regional", True),
        ("Atelier régional", "Atelier national sur la traite", False),
        ("Forum", "Forum on youth migration and climate", False),
    ],
)
def test_same_title_ignores_added_markers(old: str, new: str, same: bool) -> None:
    """A title that only gains a few marker words is not proposed as a title change."""
    assert linking.same_title(old, new) is same


def test_reply_announcing_another_event_is_not_linked(app: App) -> None:
    """A reply in the thread that announces a different event on another day is a new event."""
    first = store_mail(app, build_mail("Forum", "announcement"))
    with app.sessions() as session:
        parent_id = session.get_one(RawMessage, first).message_id or ""
    reply = build_mail("Re: Forum", "and our film night", headers={"In-Reply-To": parent_id})
    second = store_mail(app, reply)
    _extract(app, first, [FORUM])
    other = {
        "title": "Film night: stories of return",
        "start_date": "2026-06-20",
        "city": "Mombasa",
    }
    _extract(app, second, [other])
    assert len(_events(app)) == 2
