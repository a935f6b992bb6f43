"""The ``unmignet`` command: a thin click group over library functions.

Each area adds its commands in its own module below (imported at the end of this file). Library
errors (``UnmignetError``) and database errors (an unreachable server, a database that does not
exist, a URL SQLAlchemy cannot read) become one line on stderr and exit status 1, never a
traceback; a command that ends with ``click.exceptions.Exit(N)`` exits with N.
"""

from __future__ import annotations

import logging
import sys

import click
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from unmignet.app import App
from unmignet.config import Config, load_config, secret_env_names
from unmignet.errors import UnmignetError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="TOML config file (else $UNMIGNET_CONFIG, else built-in defaults).",
)
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default=None,
    help="Log lines as text or one JSON object each (else logging.format).",
)
@click.pass_context
def main(ctx: click.Context, config_path: str | None, verbose: int, log_format: str | None) -> None:
    """Turn the partner inbox into a reviewed calendar of events and a weekly digest.

    \b
    Example:
      unmignet --config config.toml poll --once
    """
    config = load_config(config_path)
    configure_logging(config, verbose, log_format)
    ctx.obj = App(config)


def configure_logging(config: Config, verbose: int, log_format: str | None) -> None:
    """-v/-vv over ``logging.level``; --log-format over ``logging.format``; secrets masked."""
    from unmignet import logsetup

    level = logging.getLevelName(config.logging.level.upper())
    if verbose:
        level = logging.WARNING - 10 * min(verbose, 2)
    secrets = logsetup.secret_values(secret_env_names(config))
    logsetup.configure(log_format or config.logging.format, level, secrets)


def get_app(ctx: click.Context) -> App:
    app = ctx.find_object(App)
    if app is None:  # pragma: no cover - main() always sets it
        raise click.UsageError("no application context")
    return app


def database_error_line(err: SQLAlchemyError) -> str:
    """One line naming the config key and the cause; never the URL (it may hold a password)."""
    if isinstance(err, ArgumentError):
        return "database.url: not a database URL that SQLAlchemy can read"
    cause = getattr(err, "orig", None) or err
    lines = str(cause).strip().splitlines()
    detail = lines[0] if lines else type(cause).__name__
    return f"database.url: cannot use the database: {detail}"


def run() -> None:
    """Entry point: translate library errors into one clear line and an exit code."""
    try:
        code = main.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except UnmignetError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    except SQLAlchemyError as err:
        click.echo(f"error: {database_error_line(err)}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    if isinstance(code, int) and code:  # standalone_mode=False returns Exit's code
        sys.exit(code)


# Command modules register themselves on ``main``; keep these imports at the bottom.
from unmignet.cli import core, digest, events, ingest, ops, review  # noqa: E402

__all__ = ["core", "digest", "events", "get_app", "ingest", "main", "ops", "review", "run"]
