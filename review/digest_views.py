"""Digest pages of the review app (blueprint ``bp``, mounted at ``/digest``).

Public (no session), because a digest reader has none:

- ``GET /digest/unsubscribe/<token>``: in the subscriber's language, a confirmation button to
  leave (a GET never unsubscribes: mail scanners follow links) and, below it, the preferences;
- ``POST /digest/unsubscribe/<token>``: RFC 8058 one-click (body ``List-Unsubscribe=One-Click``)
  or the button; exempt from CSRF: the signed token is the authentication;
- ``GET``/``POST /digest/preferences/<token>``: the same page, preferences first (regions, event
  types, languages of the events, language of the digest); the POST saves them (CSRF-exempt for
  the same reason) and the next digest follows them;
- ``GET /digest/week/<week>``: "view in your browser" for a digest that was sent;
- ``GET /digest/event/<id>.ics``: "add to calendar" for an approved event.

For reviewers (session required, CSRF on the POST): ``GET /digest/preview`` (the next digest, its
HTML in a sandboxed frame and its text), ``GET /digest/preview/frame`` and
``POST /digest/preview/test`` (send a test copy to the logged-in reviewer).

The app supplies ``g.app`` (the ``unmignet.App``), ``g.db`` (a session committed after the view)
and ``g.user``; see ``review/app.py``.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from werkzeug.wrappers import Response

from digest import ics
from digest.format import labels, pending_notes
from digest.render import Renderer
from digest.service import (
    browser_url,
    content_for_week,
    current_week,
    digest_event,
    frozen_content,
    normalise_week,
    options,
    send_test_copy,
)
from digest.subscribers import LANGUAGES, REGION_CHOICES, Preferences, chosen_regions
from digest.subscribers import set_preferences as save_preferences
from digest.subscribers import unsubscribe as mark_unsubscribed
from digest.unsubscribe import ONE_CLICK, secret_key, token_subscriber_id, verify
from models.digest import Digest, Subscriber
from models.event import APPROVED, Event
from review.app import csrf_exempt, public
from unmignet.app import App
from unmignet.errors import ConfigError, DeliveryError

TEMPLATES = Path(__file__).resolve().parent.parent / "digest" / "templates" / "web"
bp = Blueprint("digest", __name__, url_prefix="/digest", template_folder=str(TEMPLATES))
# The digest HTML carries inline styles (it is an e-mail); it is shown only in a sandboxed frame.
FRAME_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)


def _app() -> App:
    app: App = g.app
    return app


def _subscriber_for(token: str) -> Subscriber:
    subscriber_id = token_subscriber_id(token)
    row: Subscriber | None = (
        g.db.get(Subscriber, subscriber_id) if subscriber_id is not None else None
    )
    try:
        key = secret_key(_app().config)
    except ConfigError:
        abort(503, description="Unsubscribing is not configured on this server.")
    if row is None or not verify(key, token, row.id, row.email):
        abort(404, description="This unsubscribe link is not valid.")
    return row


def _reader_language(subscriber: Subscriber) -> str:
    chosen = subscriber.language or _app().config.digest.language
    return chosen if chosen in LANGUAGES else "en"


def _choices(subscriber: Subscriber, lang: str) -> dict[str, object]:
    """The boxes of the preferences form, ticked as stored, labelled in the reader's language."""
    lab = labels(lang)
    regions = chosen_regions(subscriber)
    types = {str(t) for t in subscriber.event_types or ()}
    wanted = {str(code) for code in subscriber.event_languages or ()}
    return {
        "regions": [(k, lab["regions"][k], k in regions) for k in REGION_CHOICES],
        "types": [(k, name, k in types) for k, name in lab["types"].items()],
        "event_languages": [(k, n, k in wanted) for k, n in lab["language_names"].items()],
        "digest_languages": [(k, labels(k)["language_names"][k], k == lang) for k in LANGUAGES],
    }


def _page(subscriber: Subscriber, token: str, focus: str, **extra: object) -> str:
    lang = _reader_language(subscriber)
    return render_template(
        "digest_web/preferences.html",
        L=labels(lang),
        lang=lang,
        subscriber=subscriber,
        token=token,
        focus=focus,
        **_choices(subscriber, lang),
        **extra,
    )


@bp.get("/unsubscribe/<token>")
@public
def unsubscribe_page(token: str) -> ResponseReturnValue:
    return _page(_subscriber_for(token), token, "leave")


@bp.post("/unsubscribe/<token>")
@public
@csrf_exempt
def unsubscribe_post(token: str) -> ResponseReturnValue:
    subscriber = _subscriber_for(token)
    mark_unsubscribed(g.db, subscriber)
    one_click = request.form.get("List-Unsubscribe") == ONE_CLICK.partition("=")[2]
    if one_click:
        return Response("unsubscribed\n", status=200, mimetype="text/plain")
    lang = _reader_language(subscriber)
    return render_template(
        "digest_web/unsubscribed.html", subscriber=subscriber, L=labels(lang), lang=lang
    )


@bp.get("/preferences/<token>")
@public
def preferences_page(token: str) -> ResponseReturnValue:
    return _page(_subscriber_for(token), token, "preferences")


@bp.post("/preferences/<token>")
@public
@csrf_exempt
def preferences_post(token: str) -> ResponseReturnValue:
    subscriber = _subscriber_for(token)
    lab = labels("en")
    prefs = Preferences(
        language=request.form.get("language") or None,
        regions=tuple(request.form.getlist("region")),
        event_types=tuple(request.form.getlist("type")),
        event_languages=tuple(request.form.getlist("event_language")),
    )
    try:
        save_preferences(
            subscriber, prefs, types=tuple(lab["types"]), languages=tuple(lab["language_names"])
        )
    except ConfigError:
        abort(400, description="These preferences are not offered on this page.")
    return _page(subscriber, token, "preferences", saved=True)


def _email_html(html: str) -> Response:
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = FRAME_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@bp.get("/week/<week>")
@public
def week_view(week: str) -> ResponseReturnValue:
    try:
        chosen = normalise_week(week)
    except ConfigError:
        abort(404)
    digest = g.db.scalars(select(Digest).where(Digest.week == chosen)).first()
    if digest is None:
        abort(404, description="No digest was sent for this week.")
    config = _app().config
    content = frozen_content(digest, config)
    opts = options(config, unsubscribe_url=None, max_bytes=None)
    return _email_html(Renderer(config.digest.templates_dir).render(content, opts).html)


@bp.get("/event/<int:event_id>.ics")
@public
def event_ics(event_id: int) -> ResponseReturnValue:
    event = g.db.get(Event, event_id)
    if event is None or event.review_state != APPROVED or event.start_date is None:
        abort(404)
    domain = ics.calendar_domain(_app().config.web.base_url)
    body = ics.event_calendar(
        digest_event(event), domain=domain, sequence=max(0, event.version - 1)
    )
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Disposition"] = f'attachment; filename="event-{event_id}.ics"'
    return response


def _preview_week() -> str:
    week = request.args.get("week")
    try:
        return normalise_week(week) if week else current_week(_app().config)
    except ConfigError:
        abort(400, description="week must look like 2026-W49")


@bp.get("/preview")
def preview() -> ResponseReturnValue:
    app = _app()
    week = _preview_week()
    content = content_for_week(app.sessions, app.config, week)
    rendered = Renderer(app.config.digest.templates_dir).render(
        content,
        options(app.config, unsubscribe_url=None, browser_url=browser_url(app.config, week)),
    )
    pending = [(e, " · ".join(pending_notes(e, "en"))) for e in content.events if e.pending]
    return render_template(
        "digest_web/preview.html",
        week=week,
        rendered=rendered,
        size=len(rendered.html.encode()),
        pending=pending,
        summaries=[e for e in content.events if e.summary and e.summary_evidence],
    )


@bp.get("/preview/frame")
def preview_frame() -> ResponseReturnValue:
    app = _app()
    week = _preview_week()
    content = content_for_week(app.sessions, app.config, week)
    opts = options(app.config, unsubscribe_url=None, browser_url=browser_url(app.config, week))
    return _email_html(Renderer(app.config.digest.templates_dir).render(content, opts).html)


@bp.post("/preview/test")
def send_test() -> ResponseReturnValue:
    app = _app()
    week = _preview_week()
    email = str(g.user.email)
    try:
        send_test_copy(app.sessions, app.config, email, week=week)
    except (DeliveryError, ConfigError) as err:
        flash(f"The test copy could not be sent: {err}", "error")
    else:
        flash(f"A test copy of the {week} digest was sent to {email}.", "ok")
    return redirect(url_for("digest.preview", week=week))
