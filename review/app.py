"""The review web app: ``create_app(app)`` builds a Flask application over an ``unmignet.App``.

Request life: ProxyFix (when ``web.trusted_proxies`` > 0) -> session check (every endpoint but the
login page, static files and views marked ``public``) -> CSRF check on every POST (views marked
``csrf_exempt`` excepted: the one-click unsubscribe of RFC 8058) -> the view, with ``g.db`` a
session committed when the view returns without error -> security headers (a strict CSP: no remote
resource of any kind, scripts only from /static).
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from flask import Flask, abort, current_app, g, redirect, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from flask.typing import ResponseReturnValue
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

from models.review import User
from review import security
from unmignet.app import App

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'none'; connect-src 'self'; form-action 'self'; frame-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
ALWAYS_PUBLIC = {"auth.login", "static"}


def public(view: F) -> F:
    """Mark a view as reachable without a session (e.g. unsubscribe, calendar feed)."""
    view.public = True  # type: ignore[attr-defined]
    return view


def csrf_exempt(view: F) -> F:
    """Mark a POST view as exempt from the CSRF check (it must authenticate otherwise)."""
    view.csrf_exempt = True  # type: ignore[attr-defined]
    return view


class _SessionInterface(SecureCookieSessionInterface):
    """The session cookie is ``Secure`` whenever the request came over HTTPS (also via a proxy)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure


def secret_key(app: App) -> str:
    name = app.config.web.secret_key_env
    value = os.environ.get(name) if name else None
    if value:
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


def _check_session(flask_app: Flask) -> ResponseReturnValue | None:
    if request.endpoint in ALWAYS_PUBLIC or _view_flag(flask_app, "public"):
        return None
    user_id = session.get("user_id")
    user = g.db.get(User, user_id) if user_id else None
    if user is None or not user.active or not _session_current(user):
        session.pop("user_id", None)
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    g.user = user
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
    from review import auth, digest_views, feeds, users, views

    flask_app.register_blueprint(auth.bp)
    flask_app.register_blueprint(views.bp)
    flask_app.register_blueprint(users.bp)
    flask_app.register_blueprint(feeds.bp)
    flask_app.register_blueprint(digest_views.bp)  # unsubscribe, web view, preview (digest area)
    from review.health import bp as health_bp  # /healthz, /metrics (operations)

    flask_app.register_blueprint(health_bp)


def _install_hooks(flask_app: Flask, app: App) -> None:
    @flask_app.before_request
    def _open() -> ResponseReturnValue | None:
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
    """The review web app over ``app`` (its database, config and extractor)."""
    flask_app = Flask(__name__)
    flask_app.config.update(
        SECRET_KEY=secret_key(app),
        TESTING=testing,
        SESSION_COOKIE_NAME="unmignet_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=app.config.web.base_url.startswith("https://"),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
    )
    flask_app.session_interface = _SessionInterface()
    hops = app.config.web.trusted_proxies
    if hops > 0:
        flask_app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            flask_app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops, x_prefix=hops
        )
    flask_app.extensions["unmignet"] = app
    flask_app.extensions["throttle"] = security.AddressThrottle()
    flask_app.jinja_env.globals["csrf_token"] = csrf_token
    from review.filters import install_filters

    install_filters(flask_app)
    _install_hooks(flask_app, app)
    _register_blueprints(flask_app)
    return flask_app
