"""Alerts that reach a person: one mail to the admins when a problem starts, one when it ends.

After every scheduled poll the daemon records the poll (``unmignet.ops.record_poll``) and checks
three conditions:

- an account failed to poll ``alerts.poll_failures`` times in a row;
- an account's OAuth credential expires within ``alerts.token_expiry_days``: the client secret's
  expiry date the config gives (``client_secret_expires``, copied from the app registration), or an
  access token recorded as already expired (its renewal is failing);
- at least ``alerts.extraction_failures`` stored messages failed extraction.

Each condition is an incident keyed in ``ops_state`` (``alert:KIND:ACCOUNT``). A mail goes out only
when an incident opens or closes, and the new state is saved only once the mail was accepted, so a
restart neither repeats a mail nor loses one (a failed send is tried again after the next poll).
Recipients: every active admin user, plus ``alerts.recipients``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.ops import OpsState
from models.review import User
from unmignet.app import App
from unmignet.errors import DeliveryError
from unmignet.ops import AccountHealth, configured_accounts, record_poll, set_state, snapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Condition:
    key: str
    active: bool
    summary: str  # what the problem mail says
    recovered: str  # what the recovery mail says
    detail: str = ""

    @property
    def subject(self) -> str:
        return self.summary if self.active else self.recovered


def credential_expiry(app: App, account: AccountHealth, now: datetime) -> datetime | None:
    """The nearest known expiry of the account's OAuth credential, if any."""
    found: list[datetime] = []
    for cfg in app.config.accounts:
        if cfg.name == account.account and cfg.client_secret_expires:
            day = date.fromisoformat(cfg.client_secret_expires)
            found.append(datetime(day.year, day.month, day.day, tzinfo=now.tzinfo))
    if account.token_expires_at is not None and account.token_expires_at <= now:
        found.append(account.token_expires_at)
    return min(found) if found else None


def conditions(app: App, now: datetime) -> list[Condition]:
    """The three conditions, evaluated on the current snapshot."""
    cfg = app.config.alerts
    snap = snapshot(app, now)
    found: list[Condition] = []
    polled = configured_accounts(app.config)
    for account in (a for a in snap.accounts if a.account in polled):
        n = account.failures_in_a_row
        found.append(
            Condition(
                f"alert:poll:{account.account}",
                n >= cfg.poll_failures,
                f"account {account.account} failed to poll {n} times in a row",
                f"account {account.account} polls again",
                account.last_error or "",
            )
        )
        expiry = credential_expiry(app, account, now)
        soon = expiry is not None and expiry - now <= timedelta(days=cfg.token_expiry_days)
        when = expiry.isoformat() if expiry is not None else "unknown"
        found.append(
            Condition(
                f"alert:token:{account.account}",
                soon,
                f"the OAuth credential of account {account.account} expires at {when}",
                f"the OAuth credential of account {account.account} is valid for now",
                "Renew the client secret in the app registration and the environment file.",
            )
        )
    failed = snap.messages_failed
    found.append(
        Condition(
            "alert:extraction",
            failed >= cfg.extraction_failures,
            f"{failed} messages failed extraction (threshold {cfg.extraction_failures})",
            f"failed extractions are below the threshold ({failed})",
            "See `unmignet status`; retry with `unmignet reprocess --failed-only`.",
        )
    )
    return found


def recipients(session: Session, app: App) -> list[str]:
    admins = session.scalars(
        select(User.email).where(User.role == "admin", User.active.is_(True)).order_by(User.email)
    )
    return sorted(set(admins) | set(app.config.alerts.recipients))


def _changed(session: Session, found: list[Condition]) -> list[Condition]:
    out = []
    for condition in found:
        row = session.get(OpsState, condition.key)
        was_open = bool(row.value.get("open")) if row is not None else False
        if condition.active != was_open:
            out.append(condition)
    return out


def build_mail(app: App, condition: Condition, to: list[str], now: datetime) -> EmailMessage:
    from digest.message import sender_domain

    word = "PROBLEM" if condition.active else "RECOVERED"
    mail = EmailMessage()
    mail["From"] = app.config.smtp.sender
    mail["To"] = ", ".join(to)
    mail["Subject"] = f"[unmignet] {word}: {condition.subject}"
    mail["Date"] = format_datetime(now)
    mail["Message-ID"] = make_msgid("alert", domain=sender_domain(app.config.smtp.sender))
    mail["Auto-Submitted"] = "auto-generated"
    status = "has started" if condition.active else "is over"
    body = [f"{word}: {condition.subject}.", "", f"This incident {status} ({now.isoformat()})."]
    if condition.detail:
        body += ["", condition.detail]
    body += ["", f"Health: {app.config.web.base_url.rstrip('/')}/healthz"]
    mail.set_content("\n".join(body) + "\n")
    return mail


def run_alerts(app: App, now: datetime | None = None) -> list[Condition]:
    """Mail every incident that opened or closed since the last check; return them."""
    now = now or utcnow()
    found = conditions(app, now)
    with app.sessions.begin() as session:
        changed = _changed(session, found)
        to = recipients(session, app) if changed else []
    if changed and not to:
        log.error(
            "alerts: no active admin and no alerts.recipients: %d incidents unsent", len(changed)
        )
    sent = _send(app, changed, to, now) if to else changed
    with app.sessions.begin() as session:
        for condition in sent:
            value = {"open": condition.active, "since": now.isoformat()}
            set_state(session, condition.key, value | {"summary": condition.subject})
    return sent


def _send(app: App, changed: list[Condition], to: list[str], now: datetime) -> list[Condition]:
    from digest.service import token_provider
    from digest.smtp import SmtpSender, deliver

    sent: list[Condition] = []
    try:
        with SmtpSender(app.config.smtp, token_provider=token_provider(app.config)) as sender:
            for condition in changed:
                mail = build_mail(app, condition, to, now)
                deliver(sender, mail, attempts=app.config.smtp.max_attempts)
                log.warning("alert mailed to %d admins: %s", len(to), mail["Subject"])
                sent.append(condition)
    except DeliveryError as err:
        log.error("alerts: sending failed, will retry after the next poll: %s", err)
    return sent


def after_poll(app: App, duration_seconds: float) -> None:
    """The scheduler's hook after each poll: record it, then alert; never raises."""
    try:
        record_poll(app, duration_seconds)
        run_alerts(app)
    except Exception:  # monitoring must never stop polling
        log.exception("recording the poll or checking alerts failed")
