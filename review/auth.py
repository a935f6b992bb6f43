"""Login and logout. Failed logins are throttled per account and per client address."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from flask import Blueprint, current_app, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from review import security

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)
GENERIC_FAILURE = "Wrong e-mail or password, or too many attempts: try again later."


def safe_next(target: str | None) -> str:
    """Only a local path (never another host, never a scheme-relative URL)."""
    if not target:
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
    session["csrf"] = security.new_csrf_token()
    return redirect(safe_next(target))


@bp.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    session.clear()
    return redirect(url_for("auth.login"))
