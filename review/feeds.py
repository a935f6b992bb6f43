"""Export routes: CSV (session), JSON API and iCalendar feed of approved events.

Calendar clients (Outlook, Google Calendar) cannot log in, so the JSON API and the ICS feed also
answer to a secret feed token in the URL (an HMAC of the app's secret key, shown to signed-in
users on the exports page); changing the secret key revokes every token.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import date
from typing import Any

from flask import Blueprint, Response, abort, current_app, g, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from digest.service import pending_changes
from models.base import utcnow
from models.event import APPROVED, REVIEW_STATES, Event, EventRevision
from models.message import RawMessage
from review.app import current_user, public
from review.exports import events_csv, events_ics, events_json

bp = Blueprint("feeds", __name__)


def feed_token() -> str:
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, b"unmignet-feed-v1", hashlib.sha256).hexdigest()[:40]


def _authorised(token: str | None) -> bool:
    if current_user() is not None:  # the app's one session check
        return True
    return bool(token) and hmac.compare_digest(str(token), feed_token())


def _date_arg(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, ""))
    except ValueError:
        return None


def _approved() -> list[Event]:
    query = select(Event).where(Event.review_state == APPROVED)
    return list(g.db.scalars(query.order_by(Event.start_date, Event.id)))


def _pending(events: list[Event]) -> dict[int, dict[str, Any]]:
    """Undecided later changes of ``events`` (marked in every export as the digest marks them)."""
    return pending_changes(g.db, [e.id for e in events if e.review_state == APPROVED])


@bp.route("/exports")
def exports() -> ResponseReturnValue:
    return render_template("feeds/exports.html", token=feed_token(), states=REVIEW_STATES)


@bp.route("/exports/events.csv")
def csv_export() -> ResponseReturnValue:
    query = (
        select(Event)
        .options(selectinload(Event.message).load_only(RawMessage.subject))
        .order_by(Event.start_date, Event.id)
    )
    state = request.args.get("state", "")
    if state in REVIEW_STATES:
        query = query.where(Event.review_state == state)
    events = list(g.db.scalars(query))
    body = events_csv(events, _pending(events))
    response = Response(body, mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers.set("Content-Disposition", "attachment", filename="unmignet-events.csv")
    return response


@public
@bp.route("/api/events.json")
def api_events() -> ResponseReturnValue:
    if not _authorised(request.args.get("token")):
        abort(401)
    events = _approved()
    since, until = _date_arg("from"), _date_arg("to")
    if since is not None:
        events = [e for e in events if (e.end_date or e.start_date or since) >= since]
    if until is not None:
        events = [e for e in events if e.start_date is not None and e.start_date <= until]
    payload: dict[str, Any] = {"generated_at": utcnow().isoformat(), "events": []}
    payload["events"] = events_json(events, _pending(events))
    return Response(json.dumps(payload, ensure_ascii=False), mimetype="application/json")


def _feed_version() -> str:
    """Changes whenever an approved event is added, changed, or leaves the approved state, and
    whenever a later mail's change to one of them arrives or is decided."""
    row = g.db.execute(
        select(func.count(Event.id), func.max(Event.updated_at), func.sum(Event.id)).where(
            Event.review_state == APPROVED
        )
    ).one()
    changes = g.db.execute(
        select(func.count(EventRevision.id), func.sum(EventRevision.id))
        .join(Event, Event.id == EventRevision.event_id)
        .where(Event.review_state == APPROVED, EventRevision.state == "pending")
    ).one()
    return hashlib.sha256(repr((*row, *changes)).encode()).hexdigest()[:32]


def _ics() -> ResponseReturnValue:
    """The feed, rebuilt only when approved events changed; ETag for conditional requests."""
    app = g.app
    version = _feed_version()
    cache: dict[str, bytes] = current_app.extensions.setdefault("ics_cache", {})
    body = cache.get(version)
    if body is None:
        events = _approved()
        body = events_ics(
            events,
            base_url=app.config.web.base_url,
            name=app.config.digest.title,
            stamp=utcnow(),
            pending=_pending(events),
        )
        cache.clear()
        cache[version] = body
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers.set("Content-Disposition", "inline", filename="unmignet-events.ics")
    response.headers["Cache-Control"] = "private, max-age=300"
    response.set_etag(version)
    return response.make_conditional(request)


@public
@bp.route("/feed/<token>/events.ics")
def ics_feed(token: str) -> ResponseReturnValue:
    if not hmac.compare_digest(token, feed_token()):
        abort(404)
    return _ics()


@bp.route("/exports/events.ics")
def ics_export() -> ResponseReturnValue:
    return _ics()
