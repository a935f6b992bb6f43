"""Bulk actions from the queue (issue 11, item 6): reject with a reason, "not an event",
approve, on ticked rows or on every row matching the filter; a confirmation page names the
count before anything changes; the last bulk action can be undone, and both are audited."""

from __future__ import annotations

from datetime import date

from flask.testing import FlaskClient
from sqlalchemy import select

from models.event import Event
from models.message import RawMessage
from models.review import AuditEntry
from review import services
from tests.review.conftest import REVIEWER, build_mail, login, store_event, store_mail
from unmignet.app import App


def _states(app: App, ids: list[int]) -> list[tuple[str, str | None]]:
    with app.sessions() as session:
        return [
            (session.get_one(Event, i).review_state, session.get_one(Event, i).reject_reason)
            for i in ids
        ]


def _actions(app: App) -> list[str]:
    with app.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_bulk_reject_asks_first_then_rejects_and_undo_restores(
    client: FlaskClient, review_app: App
) -> None:
    """Two ticked events, preset "duplicate" plus words: the first answer is a page naming the
    count and changing nothing; confirming rejects both with the combined reason and writes a
    bulk_reject entry; the queue then offers Undo, which puts both back in the queue (undo
    entries, bulk_undo) and is offered no more."""
    ids = [store_event(review_app, None, title=f"Forum {n}") for n in range(3)]
    token = login(client)
    form = {"csrf_token": token, "ids": ids[:2], "action": "reject", "preset": "duplicate"}
    page = client.post("/events/bulk", data=form | {"reason": "of #9"}).get_data(as_text=True)
    assert "Reject 2 event(s)?" in page
    assert 'id="confirm-bulk"' in page and "duplicate: of #9" in page
    assert _states(review_app, ids[:2]) == [("needs_review", None)] * 2
    confirm = {"csrf_token": token, "ids": ids[:2], "action": "reject", "confirmed": "1"}
    done = client.post("/events/bulk", data=confirm | {"reason": "duplicate: of #9"})
    assert done.status_code == 303
    assert _states(review_app, ids) == [("rejected", "duplicate: of #9")] * 2 + [
        ("needs_review", None)
    ]
    queue = client.get("/").get_data(as_text=True)
    assert "Rejected 2 event(s)." in queue and 'id="undo-bulk"' in queue
    assert "Rejected 2 event(s): duplicate: of #9" in queue
    client.post("/events/bulk/undo", data={"csrf_token": token, "back": "/"})
    assert _states(review_app, ids) == [("needs_review", None)] * 3
    actions = _actions(review_app)
    assert actions.count("bulk_reject") == 1 and actions.count("undo") == 2
    assert actions[-1] == "bulk_undo"
    assert 'id="undo-bulk"' not in client.get("/").get_data(as_text=True)


def test_all_matching_the_filter_marked_not_an_event_and_undone(
    client: FlaskClient, review_app: App
) -> None:
    """ "All matching the filter" takes every event needing review that the filter selects, on
    every page (not the other country's); "not an event" marks their mails; undo restores the
    mails' flags and the events."""
    senegal = []
    for n in range(3):
        mid = store_mail(review_app, build_mail(f"Newsletter {n}", "Our news."))
        senegal.append(store_event(review_app, mid, title=f"News {n}", country="SN"))
    other = store_event(review_app, None, title="Forum in Rabat", country="MA")
    token = login(client)
    form = {"csrf_token": token, "all": "1", "queue": "country=SN", "action": "not_event"}
    page = client.post("/events/bulk", data=form).get_data(as_text=True)
    assert "Mark as not an event 3 event(s)?" in page
    assert all(f"#{i} " in page for i in senegal) and f"#{other} " not in page
    confirm = {"csrf_token": token, "ids": senegal, "action": "not_event", "confirmed": "1"}
    client.post("/events/bulk", data=confirm | {"queue": "country=SN"})
    assert _states(review_app, senegal) == [("rejected", "not an event")] * 3
    assert _states(review_app, [other]) == [("needs_review", None)]
    with review_app.sessions() as session:
        marked = session.scalars(select(RawMessage.marked_not_event_by)).all()
        assert marked == [REVIEWER] * 3
    client.post("/events/bulk/undo", data={"csrf_token": token, "back": "/"})
    assert _states(review_app, senegal) == [("needs_review", None)] * 3
    with review_app.sessions() as session:
        assert session.scalars(select(RawMessage.marked_not_event_by)).all() == [None] * 3


def test_undo_leaves_an_event_decided_since(client: FlaskClient, review_app: App) -> None:
    """Bulk approve, then someone reopens and rejects one of the events: undo puts back only the
    other and says which one it left."""
    ids = [store_event(review_app, None, title=f"Course {n}", start_date=date(2026, 5, n + 1))
           for n in range(2)]  # fmt: skip
    token = login(client)
    confirm = {"csrf_token": token, "ids": ids, "action": "approve", "confirmed": "1"}
    client.post("/events/bulk", data=confirm)
    assert [s for s, _ in _states(review_app, ids)] == ["approved", "approved"]
    with review_app.sessions.begin() as session:
        services.reject(session, ids[1], "spam", "other@example.org")
    client.post("/events/bulk/undo", data={"csrf_token": token, "back": "/"})
    assert _states(review_app, ids) == [("needs_review", None), ("rejected", "spam")]
    page = client.get("/").get_data(as_text=True)
    assert f"event {ids[1]} was changed since" in page


def test_bulk_reject_without_a_reason_changes_nothing(client: FlaskClient, review_app: App) -> None:
    """Reject with neither a preset nor words: sent back with a message, nothing rejected."""
    event = store_event(review_app, None)
    token = login(client)
    form = {"csrf_token": token, "ids": [event], "action": "reject", "confirmed": "1"}
    response = client.post("/events/bulk", data=form)
    assert response.status_code == 303
    assert _states(review_app, [event]) == [("needs_review", None)]
    assert "Choose or type a reason" in client.get("/").get_data(as_text=True)


def test_bulk_reasons_are_the_single_reject_presets(client: FlaskClient, review_app: App) -> None:
    """The queue's bulk reason list offers exactly the record page's preset reject reasons."""
    event = store_event(review_app, None)
    login(client)
    queue = client.get("/").get_data(as_text=True)
    bar = queue[
        queue.index('id="bulk-preset"') : queue.index("</select>", queue.index('id="bulk-preset"'))
    ]
    record = client.get(f"/events/{event}").get_data(as_text=True)
    for reason in services.REJECT_REASONS:
        assert f'<option value="{reason}">' in bar
        assert f'name="preset" value="{reason}"' in record
    assert bar.count("<option") == len(services.REJECT_REASONS) + 1  # and "(none)"
