"""Review from the shell: ``serve``, ``users add``, and ``events approve|reject|show``.

The ``events`` subcommands call the same ``review.services`` functions as the web app, so the
audit trail is the same; the actor is ``--as EMAIL`` (default: ``$UNMIGNET_ACTOR``, else
``cli:$USER``).
"""

from __future__ import annotations

import getpass
import json
import os

import click

from unmignet.cli import get_app, main
from unmignet.cli.events import events

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
    """Manage reviewer and admin accounts.

    \b
    Example:
      unmignet users add ana@example.org --role reviewer
    """


@users.command("add")
@click.argument("email")
@click.option(
    "--role", type=click.Choice(["reviewer", "admin"]), default="reviewer", show_default=True
)
@click.pass_context
def users_add(ctx: click.Context, email: str, role: str) -> None:
    """Create an account (or reset its password); the password is prompted for.

    Set UNMIGNET_NEW_PASSWORD to give it without a prompt (scripts, CI).

    \b
    Example:
      UNMIGNET_NEW_PASSWORD=... unmignet users add ana@example.org --role admin
    """
    from review.security import add_user

    password = os.environ.get(NEW_PASSWORD_ENV) or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    app = get_app(ctx)
    app.init_schema()
    with app.sessions.begin() as session:
        user = add_user(session, email, password, role)
        click.echo(f"{user.email}: {user.role}")


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
