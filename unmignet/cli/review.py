"""Review from the shell: ``serve``, ``users add|list|set-role|deactivate|reactivate|
reset-password`` and ``events approve|reject|show``.

The ``events`` subcommands call the same ``review.services`` functions as the web app, and the
``users`` ones the same ``review.accounts`` functions, so the audit trail is the same; the actor is
``--as EMAIL`` (default: ``$UNMIGNET_ACTOR``, else ``cli:$USER``).
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from models.review import ROLES
from unmignet.cli import get_app, main
from unmignet.cli.events import events
from unmignet.errors import ReviewError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.review import User
    from unmignet.app import App

NEW_PASSWORD_ENV = "UNMIGNET_NEW_PASSWORD"


def _actor(given: str | None) -> str:
    return given or os.environ.get("UNMIGNET_ACTOR") or f"cli:{getpass.getuser()}"


actor_option = click.option(
    "--as", "actor", default=None, help="Who acts, for the audit trail (default: cli:$USER)."
)


@main.command()
@click.option("--host", default=None, help="Interface to listen on (default: web.host).")
@click.option("--port", type=int, default=None, help="TCP port (default: web.port).")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the review web app (put it behind a TLS reverse proxy in production).

    \b
    Example:
      unmignet serve --host 127.0.0.1 --port 8080
    """
    from review.app import create_app
    from unmignet.web import serve_wsgi

    app = get_app(ctx)
    app.init_schema()
    web = create_app(app)
    bind, bind_port = host or app.config.web.host, port or app.config.web.port
    click.echo(f"review app on http://{bind}:{bind_port}/ (Ctrl-C stops)")
    serve_wsgi(web, bind, bind_port)


@main.group()
def users() -> None:
    """Manage reviewer and admin accounts from the shell: the first admin and the recovery path
    (the Users page of the web app does the rest). Every change is audited like the web's, with
    the actor cli:$USER (or --as); the last active admin cannot be demoted or deactivated.

    \b
    Example:
      unmignet users add ana@example.org --role reviewer
    """


def _changed(ctx: click.Context, actor: str | None, change: Callable[[Session, str], str]) -> None:
    """Run one account change in a transaction and print what it did."""
    app = get_app(ctx)
    app.init_schema()
    with app.sessions.begin() as session:
        click.echo(change(session, _actor(actor)))


@users.command("add")
@click.argument("email")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    default=None,
    help="Role (a new account: reviewer unless given; an existing one keeps its role).",
)
@actor_option
@click.pass_context
def users_add(ctx: click.Context, email: str, role: str | None, actor: str | None) -> None:
    """Create an account, or set a new password for an existing one (which also reactivates it
    and ends its sessions); the password is prompted for.

    Set UNMIGNET_NEW_PASSWORD to give it without a prompt (scripts, CI).

    \b
    Example:
      UNMIGNET_NEW_PASSWORD=... unmignet users add ana@example.org --role admin
    """
    from review import accounts

    password = os.environ.get(NEW_PASSWORD_ENV) or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )

    def change(session: Session, who: str) -> str:
        user, changes = accounts.bootstrap(session, email, password, role, who)
        return f"{user.email}: {user.role} ({', '.join(changes)})"

    _changed(ctx, actor, change)


@users.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def users_list(ctx: click.Context, as_json: bool) -> None:
    """List the accounts: e-mail, role, state, last login, creation time.

    \b
    Example:
      unmignet users list --json
    """
    from review import accounts

    app = get_app(ctx)
    app.init_schema()
    with app.sessions() as session:
        rows = [_user_row(user) for user in accounts.list_users(session)]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        state = "active" if row["active"] else "deactivated"
        last = row["last_login_at"] or "never"
        click.echo(f"{row['email']}\t{row['role']}\t{state}\tlast login {last}")


def _user_row(user: User) -> dict[str, object]:
    last = user.last_login_at
    return {
        "id": user.id,
        "email": user.email,
        "role": user.role,
        "active": user.active,
        "last_login_at": last.isoformat() if last else None,
        "created_at": user.created_at.isoformat(),
    }


@users.command("set-role")
@click.argument("email")
@click.argument("role", type=click.Choice(ROLES))
@actor_option
@click.pass_context
def users_set_role(ctx: click.Context, email: str, role: str, actor: str | None) -> None:
    """Change an account's role (applies at once to its open sessions).

    \b
    Example:
      unmignet users set-role sam@example.org admin
    """
    from review import accounts

    def change(session: Session, who: str) -> str:
        user = accounts.user_by_email(session, email)
        done = accounts.set_role(session, user.id, role, actor_id=None, actor=who)
        return f"{user.email} is now {role}" if done else f"{user.email} already was {role}"

    _changed(ctx, actor, change)


def _set_active(ctx: click.Context, email: str, active: bool, actor: str | None) -> None:
    from review import accounts

    def change(session: Session, who: str) -> str:
        user = accounts.user_by_email(session, email)
        done = accounts.set_active(session, user.id, active, actor_id=None, actor=who)
        if not done:
            return f"{user.email} is already {'active' if active else 'deactivated'}"
        return f"{user.email} {'reactivated' if active else 'deactivated: logged out everywhere'}"

    _changed(ctx, actor, change)


@users.command("deactivate")
@click.argument("email")
@actor_option
@click.pass_context
def users_deactivate(ctx: click.Context, email: str, actor: str | None) -> None:
    """Deactivate an account: it cannot sign in, and every session of it ends.

    \b
    Example:
      unmignet users deactivate sam@example.org
    """
    _set_active(ctx, email, False, actor)


@users.command("reactivate")
@click.argument("email")
@actor_option
@click.pass_context
def users_reactivate(ctx: click.Context, email: str, actor: str | None) -> None:
    """Reactivate an account: it signs in again (sessions from before stay ended).

    \b
    Example:
      unmignet users reactivate sam@example.org
    """
    _set_active(ctx, email, True, actor)


@users.command("reset-password")
@click.argument("email")
@actor_option
@click.pass_context
def users_reset_password(ctx: click.Context, email: str, actor: str | None) -> None:
    """Print a set-password link for an account (48 hours, works once), as the Users page's "New
    set-password link" does; the current password works until a new one is set. The link is
    printed on standard output only, never logged: send it to the person.

    Needs the web app's secret key (the variable web.secret_key_env names) and builds the link on
    web.base_url.

    \b
    Example:
      unmignet users reset-password ana@example.org
    """
    from review import accounts

    app = get_app(ctx)
    secret = _web_secret(app)

    def change(session: Session, who: str) -> str:
        user = accounts.user_by_email(session, email)
        _, token = accounts.new_link(session, secret, user.id, who)
        return accounts.link_address(app.config.web.base_url, token)

    _changed(ctx, actor, change)


def _web_secret(app: App) -> str:
    """The secret key the web app signs with; a random one would make a link it refuses."""
    name = app.config.web.secret_key_env
    value = os.environ.get(name) if name else None
    if not value:
        raise ReviewError(f"set {name or 'web.secret_key_env'} to the web app's secret key first")
    return value


@events.command("approve")
@click.argument("ids", nargs=-1, type=int, required=True)
@actor_option
@click.pass_context
def events_approve(ctx: click.Context, ids: tuple[int, ...], actor: str | None) -> None:
    """Approve events (all or none: one invalid ID approves nothing).

    \b
    Example:
      unmignet events approve 12 13 14
    """
    from review import services

    app = get_app(ctx)
    with app.sessions.begin() as session:
        for event_id in ids:
            services.approve(session, event_id, _actor(actor))
    click.echo(f"approved {len(ids)} event(s)")


@events.command("reject")
@click.argument("event_id", type=int)
@click.option("--reason", required=True, help="Why the event is not for the calendar.")
@actor_option
@click.pass_context
def events_reject(ctx: click.Context, event_id: int, reason: str, actor: str | None) -> None:
    """Reject one event with a reason.

    \b
    Example:
      unmignet events reject 12 --reason "internal meeting"
    """
    from review import services

    app = get_app(ctx)
    with app.sessions.begin() as session:
        services.reject(session, event_id, reason, _actor(actor))
    click.echo(f"rejected event {event_id}")


@events.command("show")
@click.argument("event_id", type=int)
@click.pass_context
def events_show(ctx: click.Context, event_id: int) -> None:
    """Show one event as JSON: fields, review state, confidence, revisions and audit trail.

    \b
    Example:
      unmignet events show 12
    """
    from models.event_store import event_as_schema
    from review import services

    app = get_app(ctx)
    with app.sessions() as session:
        event = services.get_event(session, event_id)
        record = event_as_schema(event) | {
            "review_state": event.review_state,
            "reject_reason": event.reject_reason,
            "edited_fields": event.edited_fields,
            "confidence": event.confidence,
            "message_id": event.message_id,
            "revisions": [
                {"id": r.id, "state": r.state, "changes": r.changes} for r in event.revisions
            ],
            "audit": [
                {
                    "at": a.at.isoformat(),
                    "actor": a.actor,
                    "action": a.action,
                    "field": a.field,
                    "before": a.before,
                    "after": a.after,
                    "note": a.note,
                }
                for a in services.audit_trail(session, event_id)
            ],
        }
    click.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))
