"""The review web app: ``create_app(app)`` builds a Flask application over an ``unmignet.App``.

Request life: ProxyFix (when ``web.trusted_proxies`` > 0; else a rate-limited warning when a
request carries X-Forwarded-For) -> CSRF check on every POST (views marked ``csrf_exempt``
excepted: the one-click unsubscribe of RFC 8058) -> session check (``current_user``, the one
check: the account exists and is active, the session's generation is current and its sign-in
younger than ``web.session_max_hours``; required everywhere but the login page, static files and
views marked ``public``, which call ``current_user`` when they accept a session) -> the view, with
``g.db`` a session committed when the view returns without error -> security headers (a strict
CSP: no remote resource of any kind, scripts only from /static).
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from flask import Flask, abort, current_app, g, redirect, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from flask.typing import ResponseReturnValue
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter, Map
from werkzeug.wrappers import Response

from models.review import User
from review import security
from unmignet.app import App
from unmignet.errors import ConfigError
from unmignet.web import MAX_BODY_BYTES

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'none'; connect-src 'self'; form-action 'self'; frame-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
ALWAYS_PUBLIC = {"auth.login", "static"}
MIN_SECRET_KEY = 32
MAKE_KEY = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'


def public(view: F) -> F:
    """Mark a view as reachable without a session (e.g. unsubscribe, calendar feed)."""
    view.public = True  # type: ignore[attr-defined]
    return view


def csrf_exempt(view: F) -> F:
    """Mark a POST view as exempt from the CSRF check (it must authenticate otherwise)."""
    view.csrf_exempt = True  # type: ignore[attr-defined]
    return view


class StrictIntConverter(IntegerConverter):
    """``<int:...>`` in every route: ASCII digits only, 0 to ``security.MAX_ID`` (werkzeug's own
    takes any Unicode digit and any size, which overflows the database: a 500, not a 404)."""

    regex = r"[0-9]{1,10}"

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        super().__init__(url_map, min=0, max=security.MAX_ID)


class _SessionInterface(SecureCookieSessionInterface):
    """The session cookie is ``Secure`` whenever the request came over HTTPS (also via a proxy)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure


def secret_key(app: App) -> str:
    name = app.config.web.secret_key_env
    value = os.environ.get(name) if name else None
    if value:
        if len(value) < MIN_SECRET_KEY:
            raise ConfigError(
                f"{name} (web.secret_key_env): the secret key has {len(value)} characters, it "
                f"needs {MIN_SECRET_KEY} or more; make one with: {MAKE_KEY}"
            )
        return value
    log.warning(
        "%s is not set: using a random secret key; sessions will not survive a restart", name
    )
    return secrets.token_hex(32)


def app_secret() -> str:
    """The current app's secret key (signs sessions, the feed token and set-password links)."""
    return str(current_app.config["SECRET_KEY"])


def _view_flag(flask_app: Flask, flag: str) -> bool:
    endpoint = request.endpoint or ""
    view = flask_app.view_functions.get(endpoint)
    return bool(getattr(view, flag, False))


def _session_current(user: User) -> bool:
    """The session signed in under the account's current generation: no deactivation,
    reactivation or new password since. A session without one (signed before generations
    existed) is refused too: it signs in again."""
    given = session.get("generation")
    return type(given) is int and given == user.session_generation


def _session_young(max_age: timedelta) -> bool:
    """Signed in less than ``web.session_max_hours`` ago (however active since). A session
    signed before sign-in times were kept starts its clock now."""
    now = int(time.time())
    signed_in = session.setdefault("login_at", now)
    return type(signed_in) is int and now - signed_in < max_age.total_seconds()


def _session_user() -> User | None:
    """The signed-in account, or None; a session that no longer holds is emptied."""
    user_id = session.get("user_id")
    if not user_id:
        return None
    user: User | None = g.db.get(User, user_id) if type(user_id) is int else None
    max_age: timedelta = current_app.config["SESSION_MAX_AGE"]
    if user is None or not user.active or not _session_current(user):
        user = None
    if user is None or not _session_young(max_age):
        session.clear()
        return None
    return user


def current_user() -> User | None:
    """The request's signed-in account through the one session check (run once per request).
    Every view that needs a session has it as ``g.user``; a public view that also accepts a
    session (the JSON API) calls this."""
    if "session_user" not in g:
        g.session_user = _session_user()
    user: User | None = g.session_user
    return user


def _check_session(flask_app: Flask) -> ResponseReturnValue | None:
    if request.endpoint in ALWAYS_PUBLIC or _view_flag(flask_app, "public"):
        return None
    g.user = current_user()
    if g.user is None:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


def _check_csrf(flask_app: Flask) -> None:
    if request.method in ("GET", "HEAD", "OPTIONS") or _view_flag(flask_app, "csrf_exempt"):
        return
    given = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token")
    if not security.csrf_ok(session.get("csrf"), given):
        abort(400, description="The form has expired or did not come from this site (CSRF).")


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = security.new_csrf_token()
    return str(token)


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if request.endpoint != "static":
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _register_blueprints(flask_app: Flask) -> None:
    from review import auth, bulk_views, digest_views, feeds, users, views

    flask_app.register_blueprint(auth.bp)
    flask_app.register_blueprint(views.bp)
    flask_app.register_blueprint(bulk_views.bp)  # bulk actions from the queue, undo
    flask_app.register_blueprint(users.bp)
    flask_app.register_blueprint(feeds.bp)
    flask_app.register_blueprint(digest_views.bp)  # unsubscribe, web view, preview (digest area)
    from review.health import bp as health_bp  # /healthz, /metrics (operations)

    flask_app.register_blueprint(health_bp)


def _install_hooks(flask_app: Flask, app: App) -> None:
    forwarded: security.ForwardedWarning | None = flask_app.extensions.get("forwarded_warning")

    @flask_app.before_request
    def _open() -> ResponseReturnValue | None:
        if forwarded is not None:
            forwarded.seen(request.headers.get("X-Forwarded-For"), request.remote_addr)
        g.app = app
        g.db = app.sessions()
        g.user = None
        _check_csrf(flask_app)
        return _check_session(flask_app)

    @flask_app.teardown_request
    def _close(error: BaseException | None) -> None:
        db = g.pop("db", None)
        if db is None:
            return
        if error is None:
            db.commit()
        else:
            db.rollback()
        db.close()

    flask_app.after_request(_headers)


def create_app(app: App, *, testing: bool = False) -> Flask:
    """The review web app over ``app`` (its database, config and extractor). Raises
    ``ConfigError`` when the secret key is too short."""
    web = app.config.web
    flask_app = Flask(__name__)
    flask_app.url_map.converters["int"] = StrictIntConverter
    flask_app.config.update(
        SECRET_KEY=secret_key(app),
        TESTING=testing,
        SESSION_COOKIE_NAME="unmignet_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=app.config.web.base_url.startswith("https://"),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=web.session_idle_hours),
        SESSION_MAX_AGE=timedelta(hours=web.session_max_hours),
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
    )
    flask_app.session_interface = _SessionInterface()
    hops = web.trusted_proxies
    if hops > 0:
        flask_app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            flask_app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops, x_prefix=hops
        )
    else:
        flask_app.extensions["forwarded_warning"] = security.ForwardedWarning()
    flask_app.extensions["unmignet"] = app
    flask_app.extensions["throttle"] = security.AddressThrottle()
    flask_app.jinja_env.globals["csrf_token"] = csrf_token
    from review.filters import install_filters

    install_filters(flask_app)
    _install_hooks(flask_app, app)
    _register_blueprints(flask_app)
    return flask_app
