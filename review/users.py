"""The Users page (admins only): list accounts, invite one, change a role, deactivate/reactivate,
issue a new set-password link. The link is shown once, in the response to the action that made
it, and never logged, flashed (flashes live in the session cookie) or stored."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response as WerkzeugResponse

from models.review import ROLES, User
from review import accounts
from review.app import app_secret
from unmignet.errors import ReviewError

bp = Blueprint("users", __name__, url_prefix="/users")


@bp.before_request
def _admins_only() -> None:
    if g.user is None or g.user.role != "admin":
        abort(403, description="Only an admin can manage accounts.")


def _page(
    *, error: str = "", link: tuple[User, str] | None = None, form: dict[str, str] | None = None
) -> str:
    return render_template(
        "users/list.html",
        users=accounts.list_users(g.db),
        changes=accounts.account_changes(g.db),
        roles=ROLES,
        error=error,
        link=link,
        form=form or {},
        link_hours=int(accounts.LINK_MAX_AGE.total_seconds() // 3600),
    )


def _link_for(token: str) -> str:
    """On ``web.base_url`` as the CLI's links (never the request's Host header)."""
    return accounts.link_address(g.app.config.web.base_url, token)


def _back() -> WerkzeugResponse:
    return redirect(url_for("users.index"), code=303)


@bp.route("", methods=["GET", "POST"])
def index() -> ResponseReturnValue:
    if request.method == "GET":
        return _page()
    form = {"email": request.form.get("email", "")[:320], "role": request.form.get("role", "")}
    try:
        user = accounts.invite(g.db, form["email"], form["role"], g.user.email)
        token = accounts.link_token(app_secret(), user)
    except ReviewError as err:
        g.db.rollback()
        return _page(error=str(err), form=form), 400
    return _page(link=(user, _link_for(token)))


@bp.route("/<int:user_id>/role", methods=["POST"])
def role(user_id: int) -> ResponseReturnValue:
    new = request.form.get("role", "")
    try:
        changed = accounts.set_role(g.db, user_id, new, actor_id=g.user.id, actor=g.user.email)
        target = accounts.get_user(g.db, user_id).email
        flash(f"{target} is now {new}." if changed else f"{target} already was {new}.", "ok")
    except ReviewError as err:
        g.db.rollback()
        flash(str(err), "error")
    return _back()


@bp.route("/<int:user_id>/active", methods=["POST"])
def active(user_id: int) -> ResponseReturnValue:
    wanted = request.form.get("active") == "1"
    try:
        accounts.set_active(g.db, user_id, wanted, actor_id=g.user.id, actor=g.user.email)
        target = accounts.get_user(g.db, user_id).email
        flash(
            f"{target} {'reactivated' if wanted else 'deactivated: logged out everywhere'}.", "ok"
        )
    except ReviewError as err:
        g.db.rollback()
        flash(str(err), "error")
    return _back()


@bp.route("/<int:user_id>/link", methods=["POST"])
def link(user_id: int) -> ResponseReturnValue:
    try:
        user, token = accounts.new_link(g.db, app_secret(), user_id, g.user.email)
    except ReviewError as err:
        g.db.rollback()
        return _page(error=str(err)), 400
    return _page(link=(user, _link_for(token)))
