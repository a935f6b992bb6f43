"""Admin alerts: one mail when an incident starts and one when it ends, through the project's
SMTP sender to a real SMTP server (aiosmtpd), with the incident state kept in the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from digest_support import SmtpServer, free_port, make_config

from ingest.poll import checkpoint_for
from models.base import utcnow
from models.message import FAILED, RawMessage
from models.review import User
from unmignet.alerts import after_poll
from unmignet.app import App
from unmignet.config import AccountConfig, AlertsConfig, Config, InboxConfig, SmtpConfig

ADMIN = "admin@unmignet.example.org"


def _app(db_url: str, server: SmtpServer, **alerts: object) -> App:
    """Polls a local folder named "partners"; alerts after two failures by default."""
    config = make_config(db_url, server)
    inbox = InboxConfig(path="/nonexistent/inbox", name="partners")
    alerting = replace(AlertsConfig(poll_failures=2), **alerts)
    return App(replace(config, inbox=inbox, alerts=alerting))


def _admins(app: App) -> None:
    with app.sessions.begin() as session:
        session.add(User(email=ADMIN, password_hash="x", role="admin"))
        session.add(
            User(email="gone@unmignet.example.org", password_hash="x", role="admin", active=False)
        )
        session.add(User(email="reviewer@unmignet.example.org", password_hash="x"))


def _poll(app: App, error: str | None) -> None:
    """What a scheduled poll leaves on the account's checkpoint, then the scheduler's hook."""
    with app.sessions.begin() as session:
        cp = checkpoint_for(session, "partners", "INBOX")
        cp.last_error = error
        if error is None:
            cp.last_success_at = utcnow()
    after_poll(app, 0.5)


def _stale(app: App) -> None:
    """A checkpoint left by an account no longer in the config, with its last error."""
    with app.sessions.begin() as session:
        checkpoint_for(session, "renamed-away", "INBOX").last_error = "login refused"


def _subjects(server: SmtpServer) -> list[str]:
    return [str(r.message["Subject"]).strip() for r in server.handler.received]


def test_one_mail_per_incident_and_one_on_recovery_across_restarts(
    app: App, smtp_server: SmtpServer
) -> None:
    """Two failed polls in a row open the incident: one mail to the active admins only. Further
    failures, and a restarted daemon (a new App on the same database), send nothing more. The
    first successful poll sends one recovery mail. An account no longer configured, whose old
    checkpoint keeps an error, raises nothing."""
    alerting = _app(str(app.engine.url.render_as_string(hide_password=False)), smtp_server)
    _admins(alerting)
    _stale(alerting)
    _poll(alerting, "account partners: login refused")
    assert _subjects(smtp_server) == []
    _poll(alerting, "account partners: login refused")
    _poll(alerting, "account partners: login refused")
    restarted = _app(str(app.engine.url.render_as_string(hide_password=False)), smtp_server)
    _poll(restarted, "account partners: login refused")
    assert _subjects(smtp_server) == [
        "[unmignet] PROBLEM: account partners failed to poll 2 times in a row"
    ]
    (mail,) = smtp_server.handler.received
    assert mail.rcpt_tos == [ADMIN]
    assert "login refused" in mail.message.get_content()
    assert mail.message["Auto-Submitted"] == "auto-generated"
    _poll(restarted, None)
    _poll(restarted, None)
    assert len(_subjects(smtp_server)) == 2
    assert _subjects(smtp_server)[1] == "[unmignet] RECOVERED: account partners polls again"
    for engine in (alerting.engine, restarted.engine):
        engine.dispose()


def test_a_mail_that_could_not_be_sent_is_sent_after_the_next_poll(
    sqlite_url: str, smtp_server: SmtpServer
) -> None:
    """While the SMTP server is unreachable the incident is not marked as told; the next check
    with a working server sends the mail, once (the fourth failure sends nothing more)."""
    down = _app(sqlite_url, smtp_server)
    down = App(
        replace(down.config, smtp=replace(down.config.smtp, port=free_port(), max_attempts=1))
    )
    _admins(down)
    _poll(down, "timeout")
    _poll(down, "timeout")
    assert _subjects(smtp_server) == []
    up = _app(sqlite_url, smtp_server)
    _poll(up, "timeout")
    _poll(up, "timeout")
    assert _subjects(smtp_server) == [
        "[unmignet] PROBLEM: account partners failed to poll 3 times in a row"
    ]
    down.engine.dispose()
    up.engine.dispose()


def test_expiring_oauth_secret_and_extraction_failures_alert(
    sqlite_url: str, smtp_server: SmtpServer
) -> None:
    """A client secret expiring within 7 days and extraction failures at the threshold each
    send one problem mail, to the configured extra recipient as well."""
    soon = (utcnow() + timedelta(days=5)).date().isoformat()
    account = AccountConfig(
        name="partners", host="127.0.0.1", username="u", client_secret_expires=soon
    )
    base = _app(sqlite_url, smtp_server, extraction_failures=2, recipients=("ops@x.org",))
    app = App(replace(base.config, accounts=(account,)))
    _admins(app)
    with app.sessions.begin() as session:
        for n in range(2):
            session.add(
                RawMessage(
                    account="partners",
                    folder="INBOX",
                    sha256=f"{n:064d}",
                    raw=b"x",
                    size=1,
                    state=FAILED,
                )
            )
    _poll(app, None)
    _poll(app, None)
    subjects = sorted(_subjects(smtp_server))
    assert subjects == [
        "[unmignet] PROBLEM: 2 messages failed extraction (threshold 2)",
        f"[unmignet] PROBLEM: the OAuth credential of account partners expires at {soon}"
        "T00:00:00+00:00",
    ]
    assert all(r.rcpt_tos == [ADMIN, "ops@x.org"] for r in smtp_server.handler.received)
    app.engine.dispose()


def test_alert_defaults() -> None:
    """The alert settings have the documented defaults (3 failed polls, 7 days, 10 failures)."""
    defaults = Config().alerts
    assert (defaults.poll_failures, defaults.token_expiry_days, defaults.extraction_failures) == (
        3,
        7.0,
        10,
    )
    assert SmtpConfig().max_attempts >= 1
