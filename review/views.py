"""Queue, record page and review actions. Every action goes through ``review.services``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, urlencode
from zoneinfo import available_timezones

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from sqlalchemy import Select, and_, case, func, or_, select
from werkzeug.wrappers import Response as WerkzeugResponse

from models.event import APPROVED, NEEDS_REVIEW, REVIEW_STATES, Event, EventRevision
from models.event_store import EVENT_COLUMNS
from models.message import PENDING, PROCESSING, RawMessage
from parsers.types import EVENT_MODES, EVENT_STATUSES, EVENT_TYPES
from review import bulk, linking, security, services, triage
from review import failures as failure_list
from review.auth import safe_next
from review.mailview import attachment_bytes, build_mail_view, frame_document
from unmignet.errors import ReviewError

bp = Blueprint("views", __name__)
PAGE = 100
SORTS: dict[str, Any] = {
    "date": Event.start_date.asc(),
    "-date": Event.start_date.desc(),
    "title": Event.title.asc(),
    "received": Event.created_at.desc(),
    "id": Event.id.asc(),
    "ready": Event.ready.desc().nulls_last(),  # most likely right first (review.triage)
}
FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
# the queue's query-string keys, carried through the record pages so next/previous, `a` and
# "<- Queue" keep the reviewer's filters and sort
QUEUE_KEYS: tuple[str, ...] = ("state", "status", "type", "country", "partner", "from", "to")
QUEUE_KEYS += ("q", "sort", "change", "page", "ready")
SIBLINGS_LIMIT = 5000  # rows of a filtered queue scanned for next/previous


@dataclass(frozen=True, slots=True)
class QueueFilters:
    """The queue's filter and sort parameters, parsed from the query string."""

    state: str = ""
    status: str = ""
    event_type: str = ""
    country: str = ""
    partner: str = ""
    date_from: date | None = None
    date_to: date | None = None
    q: str = ""
    sort: str = "date"
    page: int = 0
    change: bool = False  # only approved events that a later mail contradicts
    ready_min: float | None = None  # only events whose ``ready`` is at least this

    @classmethod
    def from_args(cls, args: Any) -> QueueFilters:
        def _date(name: str) -> date | None:
            try:
                return date.fromisoformat(args.get(name, ""))
            except ValueError:
                return None

        def _pick(name: str, allowed: tuple[str, ...]) -> str:
            value = str(args.get(name, ""))
            return value if value in allowed else ""

        return cls(
            state=_pick("state", REVIEW_STATES),
            status=_pick("status", EVENT_STATUSES),
            event_type=_pick("type", EVENT_TYPES),
            country=re.sub(r"[^A-Z]", "", str(args.get("country", "")).upper())[:2],
            partner=str(args.get("partner", "")).strip()[:100],
            date_from=_date("from"),
            date_to=_date("to"),
            q=str(args.get("q", "")).strip()[:100],
            sort=str(args.get("sort", "date")) if args.get("sort") in SORTS else "date",
            page=security.parse_id(args.get("page")) or 0,
            change=args.get("change") == "pending",
            ready_min=_fraction(args.get("ready")),
        )


def _fraction(raw: Any) -> float | None:
    """A probability from the query string ("0.9"), else None."""
    try:
        value = float(str(raw))
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def filtered(query: Select[Any], f: QueueFilters) -> Select[Any]:
    simple = {
        Event.review_state: f.state,
        Event.status: f.status,
        Event.event_type: f.event_type,
        Event.country: f.country,
    }
    for column, value in simple.items():
        if value:
            query = query.where(column == value)
    if f.date_from:
        query = query.where(Event.start_date >= f.date_from)
    if f.date_to:
        query = query.where(Event.start_date <= f.date_to)
    if f.partner:
        senders = select(RawMessage.id).where(RawMessage.sender.ilike(_like(f.partner), "\\"))
        query = query.where(
            or_(Event.organizer.ilike(_like(f.partner), "\\"), Event.message_id.in_(senders))
        )
    if f.q:
        query = query.where(Event.title.ilike(_like(f.q), "\\"))
    if f.change:
        query = query.where(Event.review_state == APPROVED, services.has_pending_change())
    if f.ready_min is not None:
        query = query.where(Event.ready >= f.ready_min)
    return query


def _changed_after_approval() -> Any:
    return and_(Event.review_state == APPROVED, services.has_pending_change())


def _past() -> Any:
    """SQL: the event is over (its last day before today); no date counts as not over."""
    return func.coalesce(Event.end_date, Event.start_date) < date.today()


def queue_order(f: QueueFilters) -> tuple[Any, ...]:
    """Approved events that a later mail contradicts first (they may already have reached
    readers), then events needing review, then the rest; within each, the chosen sort. With the
    default sort (event date, earliest first) events already over come after the coming ones:
    they are flagged, and rarely the reviewer's first concern."""
    first = case((_changed_after_approval(), 0), (Event.review_state == NEEDS_REVIEW, 1), else_=2)
    if f.sort == "date":
        return (first, case((_past(), 1), else_=0), SORTS[f.sort], Event.id)
    return (first, SORTS[f.sort], Event.id)


def queue_query(f: QueueFilters) -> Select[tuple[Event]]:
    """One page of the queue, in the queue's order."""
    query = filtered(select(Event), f)
    return query.order_by(*queue_order(f)).limit(PAGE).offset(f.page * PAGE)


def queue_args(source: Any) -> dict[str, str]:
    """The queue's filter and sort parameters found in ``source`` (args, or a parsed form)."""
    return {k: str(source[k]) for k in QUEUE_KEYS if source.get(k)}


def current_queue_args() -> dict[str, str]:
    """The queue parameters of this request: the query string, or a form's ``queue`` field."""
    if request.method == "POST":
        return queue_args(dict(parse_qsl(request.form.get("queue", ""))))
    return queue_args(request.args)


@bp.route("/")
def queue() -> ResponseReturnValue:
    filters = QueueFilters.from_args(request.args)
    events = list(g.db.scalars(queue_query(filters)))
    total = g.db.scalar(filtered(select(func.count(Event.id)), filters))
    countries = [c for c in g.db.scalars(select(Event.country).distinct()) if c]
    return render_template(
        "views/queue.html",
        events=events,
        filters=filters,
        total=total or 0,
        counts=services.state_counts(g.db),
        pending_revisions=_pending_revision_ids(),
        queue_args=queue_args(request.args),
        countries=sorted(countries),
        states=REVIEW_STATES,
        statuses=EVENT_STATUSES,
        types=EVENT_TYPES,
        page_size=PAGE,
        matching_todo=g.db.scalar(
            filtered(select(func.count(Event.id)), filters).where(
                Event.review_state == NEEDS_REVIEW
            )
        ),
        undo=bulk.last_undoable(g.db, g.user.email),
        undo_label=bulk.describe,
        reject_reasons=services.REJECT_REASONS,
        queue_qs=urlencode(queue_args(request.args)),
        failures=failure_list.open_count(g.db),
        ready_count=_ready_count(),
    )


def _ready_count() -> int:
    lane = triage.ready_lane(g.app.config.review.ready_lane).subquery()
    return int(g.db.scalar(select(func.count()).select_from(lane)) or 0)


@bp.route("/ready")
def ready() -> ResponseReturnValue:
    """The "Ready" lane: events needing review whose ``ready`` is at or above
    ``[review] ready_lane``, all ticked, to approve in bulk after a glance (review.bulk)."""
    threshold = g.app.config.review.ready_lane
    events = list(g.db.scalars(triage.ready_lane(threshold).limit(PAGE)))
    return render_template("views/ready.html", events=events, threshold=threshold)


def _pending_revision_ids() -> set[int]:
    query = select(EventRevision.event_id).where(EventRevision.state == "pending")
    return set(g.db.scalars(query))


def _event_or_404(event_id: int) -> Event:
    event: Event | None = g.db.get(Event, event_id)
    if event is None:
        abort(404)
    return event


def _record(
    event: Event,
    *,
    errors: str = "",
    form: dict[str, str] | None = None,
    field_errors: dict[str, str] | None = None,
) -> str:
    message = event.message
    args = current_queue_args()
    mail = build_mail_view(message.raw, event.evidence) if message is not None else None
    values = {n: services.as_form_value(getattr(event, n)) for n in EVENT_COLUMNS} | (form or {})
    below = g.app.config.review.uncertain_below
    return render_template(
        "views/record.html",
        event=event,
        message=message,
        mail=mail,
        values=values,
        errors=errors,
        trail=services.audit_trail(g.db, event.id),
        revisions=list(reversed(event.revisions)),
        duplicates=_duplicates(event),
        statuses=EVENT_STATUSES,
        modes=EVENT_MODES,
        types=EVENT_TYPES,
        zones=sorted(available_timezones()),
        fields=EVENT_COLUMNS,
        siblings=_siblings(event, args),
        queue_args=args,
        queue_qs=urlencode(args),
        pending=services.pending_revisions(event),
        field_errors=field_errors or {},
        zone_note=services.zone_hint(event.timezone, event.start_date, event.start_time),
        reject_reasons=services.REJECT_REASONS,
        uncertain=triage.uncertain_fields(event.confidence, below),
        uncertain_below=below,
        choices=triage.choices(event.alternatives, values),
    )


def _duplicates(event: Event) -> list[tuple[linking.Suggestion, Event]]:
    found = linking.duplicate_suggestions(g.db, event)
    return [(s, g.db.get_one(Event, s.event_id)) for s in found]


def _siblings(event: Event, args: dict[str, str]) -> tuple[int | None, int | None]:
    """Previous and next rows of the queue as the reviewer filtered and sorted it. Without a
    review-state filter only rows still to decide count (needing review, or approved with an
    undecided change); with one, every row of that state."""
    f = QueueFilters.from_args(args)
    todo = or_(Event.review_state == NEEDS_REVIEW, _changed_after_approval())
    query = filtered(select(Event), f).with_only_columns(Event.id, todo).order_by(*queue_order(f))
    rows = list(g.db.execute(query.limit(SIBLINGS_LIMIT)))
    ids = [row[0] for row in rows]
    counted = [row[0] for row in rows if f.state or row[1] or row[0] == event.id]
    if event.id not in ids:
        return None, counted[0] if counted else None
    at = counted.index(event.id)
    before = counted[at - 1] if at > 0 else None
    after = counted[at + 1] if at + 1 < len(counted) else None
    return before, after


@bp.route("/events/<int:event_id>")
def record(event_id: int) -> ResponseReturnValue:
    return _record(_event_or_404(event_id))


def _back(event_id: int) -> WerkzeugResponse:
    return redirect(record_url(event_id, current_queue_args()), code=303)


def record_url(event_id: int, args: dict[str, str]) -> str:
    """The record page of ``event_id``, keeping the queue's filters and sort."""
    values: dict[str, Any] = {"event_id": event_id, **args}
    return url_for("views.record", **values)


@bp.route("/events/<int:event_id>/edit", methods=["POST"])
def edit(event_id: int) -> ResponseReturnValue:
    event = _event_or_404(event_id)
    form = {n: request.form[n] for n in EVENT_COLUMNS if n in request.form}
    try:
        changed = services.edit_fields(g.db, event_id, form, g.user.email)
    except ReviewError as err:
        g.db.rollback()
        fields = err.errors if isinstance(err, services.FieldErrors) else {}
        page = _record(
            g.db.get_one(Event, event.id), errors=str(err), form=form, field_errors=fields
        )
        return page, 400
    flash(f"Saved: {', '.join(changed)}" if changed else "Nothing changed.", "ok")
    if request.form.get("then") == "approve":
        return approve(event_id)
    return _back(event_id)


def _act(event_id: int, action: Any, done: str) -> WerkzeugResponse:
    try:
        action()
        flash(done, "ok")
    except ReviewError as err:
        g.db.rollback()
        flash(str(err), "error")
    return _back(event_id)


@bp.route("/events/<int:event_id>/approve", methods=["POST"])
def approve(event_id: int) -> ResponseReturnValue:
    # the next row as the reviewer saw the queue, before approving moves this one
    args = current_queue_args()
    nxt = _siblings(_event_or_404(event_id), args)[1]
    try:
        services.approve(g.db, event_id, g.user.email)
    except ReviewError as err:
        g.db.rollback()
        flash(str(err), "error")
        return _back(event_id)
    flash("Event approved.", "ok")
    if request.form.get("next_after") == "1" and nxt is not None:
        return redirect(record_url(nxt, args), code=303)
    return _back(event_id)


@bp.route("/events/approve", methods=["POST"])
def approve_selected() -> ResponseReturnValue:
    """Approve the events ticked in the queue; each one that cannot be approved is reported.
    Like the queue's other bulk actions it can be undone (``review.bulk``)."""
    ids = [i for i in map(security.parse_id, request.form.getlist("ids")) if i][:PAGE]
    result = bulk.apply(g.db, "approve", ids, g.user.email)
    flash(f"Approved {len(result.done)} event(s).", "ok")
    for problem in result.problems:
        flash(problem, "error")
    return redirect(safe_next(request.form.get("back")), code=303)


@bp.route("/events/<int:event_id>/reject", methods=["POST"])
def reject(event_id: int) -> ResponseReturnValue:
    """Reject with a preset reason (a button) and/or free text; then, like `a`, open the
    queue's next row when the form asks for it."""
    args = current_queue_args()
    nxt = _siblings(_event_or_404(event_id), args)[1]
    reason = services.reject_reason(request.form.get("preset"), request.form.get("reason"))
    try:
        services.reject(g.db, event_id, reason, g.user.email)
    except ReviewError as err:
        g.db.rollback()
        flash(str(err), "error")
        return _back(event_id)
    flash(f"Event rejected ({reason}).", "ok")
    if request.form.get("next_after") == "1" and nxt is not None:
        return redirect(record_url(nxt, args), code=303)
    return _back(event_id)


@bp.route("/events/<int:event_id>/reopen", methods=["POST"])
def reopen(event_id: int) -> ResponseReturnValue:
    _event_or_404(event_id)
    return _act(
        event_id, lambda: services.reopen(g.db, event_id, g.user.email), "Back in the queue."
    )


@bp.route("/events/<int:event_id>/merge", methods=["POST"])
def merge(event_id: int) -> ResponseReturnValue:
    """First both records side by side with what the merge keeps; the confirmed form merges."""
    event = _event_or_404(event_id)
    other = security.parse_id(request.form.get("other"))
    found = g.db.get(Event, other) if other is not None else None
    if other is None or found is None:
        flash("Choose the event to merge.", "error")
        return _back(event_id)
    if request.form.get("confirmed") != "1":
        return _merge_page(event, found)
    return _act(
        event_id,
        lambda: services.merge(g.db, event_id, other, g.user.email),
        f"Event {other} merged into this one.",
    )


def _merge_page(keep: Event, drop: Event) -> str:
    rows = [
        (name, getattr(keep, name), getattr(drop, name), services.merged_value(keep, drop, name))
        for name in EVENT_COLUMNS
    ]
    args = current_queue_args()
    return render_template(
        "views/merge_confirm.html",
        keep=keep,
        drop=drop,
        rows=rows,
        queue_args=args,
        queue_qs=urlencode(args),
    )


@bp.route("/revisions/<int:revision_id>/<any(accept, reject):decision>", methods=["POST"])
def decide_revision(revision_id: int, decision: str) -> ResponseReturnValue:
    revision = g.db.get(EventRevision, revision_id)
    if revision is None:
        abort(404)
    action = services.accept_revision if decision == "accept" else services.reject_revision
    return _act(
        revision.event_id,
        lambda: action(g.db, revision_id, g.user.email),
        f"Change {decision}ed.",
    )


@bp.route("/revisions/<int:revision_id>/separate", methods=["POST"])
def separate_revision(revision_id: int) -> ResponseReturnValue:
    """A linked mail was about another event: make it a separate event and open it."""
    try:
        event = services.separate_revision(g.db, revision_id, g.user.email)
    except ReviewError as err:
        flash(str(err), "error")
        return redirect(url_for("views.queue"), code=303)
    flash("Made a separate event from that mail.", "ok")
    return _back(event.id)


@bp.route("/messages/<int:message_id>/not-event", methods=["POST"])
def not_event(message_id: int) -> ResponseReturnValue:
    back = security.parse_id(request.form.get("event_id"))
    try:
        count = services.mark_not_event(g.db, message_id, g.user.email)
        flash(f"Marked as not an event; {count} event(s) rejected.", "ok")
    except ReviewError as err:
        flash(str(err), "error")
    if back is not None:
        return _back(back)
    return redirect(url_for("views.message", message_id=message_id), code=303)


@bp.route("/events/new", methods=["GET", "POST"])
def add() -> ResponseReturnValue:
    mid = security.parse_id(request.values.get("message"))
    form = {n: request.form.get(n, "") for n in EVENT_COLUMNS}
    error = ""
    if request.method == "POST":
        try:
            event = services.add_event(g.db, form, g.user.email, message_id=mid)
            flash("Event added.", "ok")
            return _back(event.id)
        except ReviewError as err:
            g.db.rollback()
            error = str(err)
    message = g.db.get(RawMessage, mid) if mid else None
    return render_template(
        "views/add.html",
        values=form,
        error=error,
        message=message,
        mail=build_mail_view(message.raw) if message is not None else None,
        statuses=EVENT_STATUSES,
        modes=EVENT_MODES,
        types=EVENT_TYPES,
        zones=sorted(available_timezones()),
    ), (400 if error else 200)


@bp.route("/zones/note")
def zone_note() -> ResponseReturnValue:
    """The hint beside a time zone field, for what the reviewer is typing: the IANA name it
    will be stored as, its UTC offset on the day and the time in Geneva (JSON)."""
    raw = str(request.args.get("zone", ""))[:100]
    day = QueueFilters.from_args({"from": request.args.get("date", "")}).date_from
    clock = str(request.args.get("time", ""))
    clock = clock if re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", clock) else ""
    try:
        zone = services.resolve_zone(raw)
    except ReviewError as err:
        return {"zone": None, "note": "", "error": str(err)}
    note = services.zone_hint(zone, day, clock or None)
    return {"zone": zone, "note": note, "error": ""}


@bp.route("/messages/<int:message_id>/html")
def message_html(message_id: int) -> ResponseReturnValue:
    """The sanitised HTML body, for a sandboxed frame on the record page only."""
    message = g.db.get(RawMessage, message_id)
    if message is None:
        abort(404)
    mail = build_mail_view(message.raw)
    response = Response(frame_document(mail.html), mimetype="text/html")
    response.headers["Content-Security-Policy"] = FRAME_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@bp.route("/messages/<int:message_id>/attachments/<int:index>")
def attachment(message_id: int, index: int) -> ResponseReturnValue:
    """Always a download, never rendered: a neutral type and ``attachment`` disposition."""
    message = g.db.get(RawMessage, message_id)
    found = attachment_bytes(message.raw, index) if message is not None else None
    if found is None:
        abort(404)
    filename, payload = found
    response = Response(payload, mimetype="application/octet-stream")
    safe = re.sub(r"[^\w.\- ]", "_", filename)[:150] or "attachment"
    response.headers.set("Content-Disposition", "attachment", filename=safe)
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@bp.route("/failures")
def failures() -> ResponseReturnValue:
    newest = RawMessage.id.desc()
    active, dismissed = failure_list.split_failures(g.db)
    # tried before and waiting again: a retry (or a reprocess) the worker has not done yet
    waiting = select(RawMessage).where(
        RawMessage.state.in_((PENDING, PROCESSING)), RawMessage.attempts > 0
    )
    return render_template(
        "views/failures.html",
        messages=active,
        dismissed=dismissed,
        show_dismissed=request.args.get("dismissed") == "1",
        plain_reason=failure_list.plain_reason,
        queued=list(g.db.scalars(waiting.order_by(newest).limit(500))),
    )


@bp.route("/failures/<int:message_id>/dismiss", methods=["POST"])
def dismiss_failure(message_id: int) -> ResponseReturnValue:
    """Hide a failure a reviewer has looked at (audited; ``undo=1`` brings it back)."""
    undo = request.form.get("undo") == "1"
    try:
        failure_list.dismiss(g.db, message_id, g.user.email, undo=undo)
        flash(f"Mail {message_id} {'back in the list' if undo else 'dismissed'}.", "ok")
    except ReviewError as err:
        g.db.rollback()
        flash(str(err), "error")
    return redirect(url_for("views.failures"), code=303)


@bp.route("/failures/<int:message_id>/retry", methods=["POST"])
def retry(message_id: int) -> ResponseReturnValue:
    """Queue a failed mail for the processing worker (extraction never runs in a request)."""
    if g.user.role != "admin":
        abort(403)
    if g.db.get(RawMessage, message_id) is None:
        abort(404)
    try:
        services.queue_retry(g.db, message_id, g.user.email)
        flash(f"Message {message_id} queued for retry: the processing worker will take it.", "ok")
    except ReviewError as err:
        g.db.rollback()
        flash(str(err), "error")
    return redirect(url_for("views.failures"), code=303)


@bp.route("/messages")
def messages() -> ResponseReturnValue:
    """Stored mails, newest first, with how many events each gave (to find missed events)."""
    counts = (
        select(Event.message_id, func.count(Event.id).label("n"))
        .group_by(Event.message_id)
        .subquery()
    )
    query = (
        select(RawMessage, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.message_id == RawMessage.id)
        .order_by(RawMessage.id.desc())
        .limit(PAGE * 2)
    )
    if request.args.get("without_events") == "1":
        query = query.where(counts.c.n.is_(None))
    rows = [(m, int(n)) for m, n in g.db.execute(query)]
    return render_template(
        "views/messages.html", rows=rows, without=request.args.get("without_events") == "1"
    )


@bp.route("/messages/<int:message_id>")
def message(message_id: int) -> ResponseReturnValue:
    """One stored mail, its events and what can be done with it."""
    found = g.db.get(RawMessage, message_id)
    if found is None:
        abort(404)
    events = list(g.db.scalars(select(Event).where(Event.message_id == message_id)))
    revisions = list(
        g.db.scalars(select(EventRevision).where(EventRevision.message_id == message_id))
    )
    return render_template(
        "views/message.html",
        message=found,
        mail=build_mail_view(found.raw),
        events=events,
        revisions=revisions,
    )
