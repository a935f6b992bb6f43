"""Bulk actions from the queue: tick rows (or take every row matching the filter), choose
approve, reject with a reason, or "not an event", confirm on a page that names the count, and
undo the last one. The work is in ``review.bulk``."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from models.event import NEEDS_REVIEW, Event
from review import bulk, security, services
from review.auth import safe_next
from review.views import QueueFilters, filtered, queue_args, queue_order
from unmignet.errors import ReviewError

bp = Blueprint("bulk", __name__)
SHOWN = 30  # titles listed on the confirmation page


def _matching_ids(queue: dict[str, str]) -> list[int]:
    """Every event needing review that matches the queue's filter, in the queue's order."""
    f = QueueFilters.from_args(queue)
    query = filtered(select(Event.id), f).where(Event.review_state == NEEDS_REVIEW)
    return list(g.db.scalars(query.order_by(*queue_order(f)).limit(bulk.LIMIT)))


def _chosen(form: Any, queue: dict[str, str]) -> list[int]:
    if form.get("all") == "1":
        return _matching_ids(queue)
    ids = (security.parse_id(raw) for raw in form.getlist("ids"))
    return [i for i in ids if i is not None][: bulk.LIMIT]


def _queue_url(queue: dict[str, str]) -> str:
    values: dict[str, Any] = dict(queue)
    return url_for("views.queue", **values)


def _confirm(action: str, ids: list[int], reason: str, queue: dict[str, str]) -> str:
    events = list(
        g.db.scalars(select(Event).where(Event.id.in_(ids[:SHOWN])).order_by(Event.start_date))
    )
    return render_template(
        "views/bulk_confirm.html",
        action=action,
        ids=ids,
        events=events,
        more=max(len(ids) - SHOWN, 0),
        reason=reason,
        queue_qs=urlencode(queue),
        back=_queue_url(queue),
        verb=bulk.ASK[action],
    )


def _report(result: bulk.BulkResult, undo: bool) -> None:
    verb = bulk.VERBS[result.action] if not undo else "Undone for"
    flash(f"{verb} {len(result.done)} event(s).", "ok")
    for problem in result.problems[:10]:
        flash(problem, "error")
    if len(result.problems) > 10:
        flash(f"... and {len(result.problems) - 10} more left as they were.", "error")


@bp.route("/events/bulk", methods=["POST"])
def bulk_action() -> ResponseReturnValue:
    """First a confirmation page naming the count; the confirmed form does the work."""
    queue = queue_args(dict(parse_qsl(request.form.get("queue", ""))))
    action = request.form.get("action", "")
    reason = services.reject_reason(request.form.get("preset"), request.form.get("reason"))
    ids = _chosen(request.form, queue)
    if action not in bulk.ACTIONS or not ids:
        flash("Tick at least one event needing review, then choose an action.", "error")
        return redirect(_queue_url(queue), code=303)
    if action == "reject" and not reason:
        flash("Choose or type a reason to reject the ticked events.", "error")
        return redirect(_queue_url(queue), code=303)
    if request.form.get("confirmed") != "1":
        return _confirm(action, ids, reason, queue)
    result = bulk.apply(g.db, action, ids, g.user.email, reason=reason)
    _report(result, undo=False)
    return redirect(_queue_url(queue), code=303)


@bp.route("/events/bulk/undo", methods=["POST"])
def bulk_undo() -> ResponseReturnValue:
    try:
        _report(bulk.undo_last(g.db, g.user.email), undo=True)
    except ReviewError as err:
        flash(str(err), "error")
    return redirect(safe_next(request.form.get("back")), code=303)
