"""Login, logout and the set-password page. Failed logins are throttled per account and address.

Signing out raises the account's session generation, so the cookie it leaves behind (or a copy of
it) is refused at its next request, and so is every other session of the account.
"""

from __future__ import annotations

import logging
import time
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue

from models.review import User
from review import accounts, security
from review.app import app_secret, public
from unmignet.errors import ReviewError

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)
GENERIC_FAILURE = "Wrong e-mail or password, or too many attempts: try again later."


def safe_next(target: str | None) -> str:
    """Only a local path (never another host, never a scheme-relative URL, no control character
    or backslash: a CR/LF would split the Location header, a backslash reads as a slash)."""
    if not target or any(ord(c) < 32 or ord(c) == 127 or c == "\\" for c in target):
        return url_for("views.queue")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("views.queue")
    return target


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    if request.method in ("GET", "HEAD"):
        return render_template("auth/login.html", error=None, next=request.args.get("next", ""))
    throttle: security.AddressThrottle = current_app.extensions["throttle"]
    address = request.remote_addr or "?"
    email = request.form.get("email", "")[:320]
    target = request.form.get("next", "")
    if throttle.blocked(address):
        log.warning("login throttled for %s", address)
        return render_template("auth/login.html", error=GENERIC_FAILURE, next=target), 429
    result = security.authenticate(g.db, email, request.form.get("password", "")[:1024])
    if not result.ok:
        throttle.failed(address)
        log.warning("failed login for %r from %s (%s)", email, address, result.reason)
        return render_template("auth/login.html", error=GENERIC_FAILURE, next=target), 401
    session.clear()
    session.permanent = True
    session["user_id"] = result.user_id
    session["generation"] = g.db.get_one(User, result.user_id).session_generation
    session["login_at"] = int(time.time())
    session["csrf"] = security.new_csrf_token()
    return redirect(safe_next(target))


@bp.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    if g.user is not None:
        g.user.end_sessions()  # committed with the request: every copy of the cookie is void
        log.info("%s signed out", g.user.email)
    session.clear()
    return redirect(url_for("auth.login"))


@bp.route("/set-password", methods=["GET", "POST"])
@public
def set_password() -> ResponseReturnValue:
    """Where a set-password link leads. The token comes in the link's fragment (never sent, so
    never logged); the page's script copies it into the form, which posts it."""
    if request.method in ("GET", "HEAD"):
        return render_template(
            "auth/set_password.html", error=None, min_password=security.MIN_PASSWORD
        )
    token = request.form.get("token", "").strip()[:1000]
    password = request.form.get("password", "")
    try:
        user = accounts.set_password(
            g.db, app_secret(), token, password, request.form.get("repeat", "")
        )
    except ReviewError as err:
        g.db.rollback()
        return render_template(
            "auth/set_password.html", error=str(err), min_password=security.MIN_PASSWORD
        ), 400
    log.info("password set for %s through a set-password link", user.email)
    session.clear()
    flash(f"Password set for {user.email}: sign in with it.", "ok")
    return redirect(url_for("auth.login"), code=303)
