"""Retrying a failed mail queues it for the processing worker; the web request extracts nothing."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from models.event import Event
from models.message import DONE, FAILED, PENDING, RawMessage
from models.review import AuditEntry
from parsers.extract import Extractor
from review import services
from tests.review.conftest import ADMIN, build_mail, login, store_mail
from unmignet.app import App
from unmignet.errors import ReviewError
from unmignet.processing import process_pending

ME = "ana@example.org"
BODY = (
    "Dear partners,\n\nYou are invited to the Workshop on safe labour mobility corridors, "
    "on 21 May 2026 from 10:00 to 13:00 at the Kenyatta International Convention Centre, "
    "Nairobi, Kenya.\n\nBest regards,\nPartner Office\n"
)


def _failed_mail(app: App, **extra: object) -> int:
    raw = build_mail("Workshop on safe labour mobility corridors", BODY)
    values: dict[str, object] = {"state": FAILED, "error": "ParseError: boom", "attempts": 1}
    return store_mail(app, raw, **(values | extra))


def test_queue_retry_marks_pending_and_audits(app: App) -> None:
    """A retry only marks the mail pending (claim cleared, error kept in the audit entry)."""
    message_id = _failed_mail(app, claimed_by="old-worker")
    with app.sessions.begin() as session:
        services.queue_retry(session, message_id, ME)
    with app.sessions() as session:
        message = session.get_one(RawMessage, message_id)
        assert (message.state, message.error, message.claimed_by) == (PENDING, None, None)
        assert message.attempts == 1  # nothing ran
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.message_id == message_id))
        assert (entry.actor, entry.action) == (ME, "retry")
        assert (entry.before, entry.after) == ("ParseError: boom", PENDING)


@pytest.mark.parametrize("state", [DONE, PENDING, "stub"])
def test_queue_retry_refuses_mails_that_did_not_fail(app: App, state: str) -> None:
    """Only a failed mail can be retried; anything else is a clear error and changes nothing."""
    message_id = _failed_mail(app, state=state)
    with app.sessions.begin() as session, pytest.raises(ReviewError, match="not failed"):
        services.queue_retry(session, message_id, ME)
    with pytest.raises(ReviewError, match="does not exist"), app.sessions.begin() as session:
        services.queue_retry(session, 999_999, ME)


def test_worker_claims_the_retried_mail(app: App, extractor: Extractor) -> None:
    """The processing worker (process_pending, SKIP LOCKED claim) extracts the retried mail."""
    message_id = _failed_mail(app)
    assert process_pending(app.sessions, extractor).processed == 0  # failed mails are not claimed
    with app.sessions.begin() as session:
        services.queue_retry(session, message_id, ME)
    report = process_pending(app.sessions, extractor)
    assert report.message_ids == [message_id] and report.failed == 0
    with app.sessions() as session:
        message = session.get_one(RawMessage, message_id)
        assert message.state == DONE and message.attempts == 2
        titles = list(session.scalars(select(Event.title).where(Event.message_id == message_id)))
        assert titles and "labour mobility" in titles[0]


def test_retry_view_queues_without_extracting(
    client: FlaskClient, review_app: App, extractor: Extractor
) -> None:
    """POST retry answers at once with "queued for retry"; the mail is listed as queued."""
    message_id = _failed_mail(review_app)
    token = login(client, ADMIN)
    response = client.post(
        f"/failures/{message_id}/retry", data={"csrf_token": token}, follow_redirects=True
    )
    page = response.get_data(as_text=True)
    assert f"Message {message_id} queued for retry" in page
    assert "<h2>Queued for retry</h2>" in page
    with review_app.sessions() as session:
        assert session.get_one(RawMessage, message_id).state == PENDING
        assert not list(session.scalars(select(Event).where(Event.message_id == message_id)))
    again = client.post(
        f"/failures/{message_id}/retry", data={"csrf_token": token}, follow_redirects=True
    )
    assert "is pending, not failed" in again.get_data(as_text=True)
    process_pending(review_app.sessions, extractor)
    page = client.get("/failures").get_data(as_text=True)
    assert "Queued for retry" not in page
