"""What an operator watches: a snapshot of the deployment's health, read from the database.

The daemon and the web app run as separate processes, so every figure comes from the database:
checkpoints (last successful poll, last error, OAuth token expiry), message and event counts, the
digest ledger, and ``ops_state`` rows the daemon writes after each poll (its duration and each
account's failures in a row). ``/healthz``, ``/metrics`` and the alerts read the same snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from models.base import utcnow
from models.digest import DigestDelivery
from models.event import NEEDS_REVIEW, Event
from models.message import FAILED, MailboxCheckpoint, RawMessage
from models.ops import OpsState
from unmignet.app import App
from unmignet.config import Config

POLL_KEY = "poll:"  # + account name: {"failures": n, "duration_seconds": s, "at": iso}


@dataclass(frozen=True, slots=True)
class AccountHealth:
    account: str
    last_success_at: datetime | None  # the oldest of its folders' last successes
    last_error: str | None
    token_expires_at: datetime | None
    failures_in_a_row: int = 0
    poll_duration_seconds: float | None = None

    def age_seconds(self, now: datetime) -> float | None:
        if self.last_success_at is None:
            return None
        return max(0.0, (now - self.last_success_at).total_seconds())


@dataclass(frozen=True, slots=True)
class Snapshot:
    now: datetime
    database_ok: bool
    database_error: str | None = None
    accounts: tuple[AccountHealth, ...] = ()
    messages_stored: dict[str, int] = field(default_factory=dict)  # per account
    messages_failed: int = 0
    events: dict[str, int] = field(default_factory=dict)  # per review state
    deliveries: dict[str, int] = field(default_factory=dict)  # per ledger state
    next_digest: datetime | None = None

    @property
    def events_pending_review(self) -> int:
        return self.events.get(NEEDS_REVIEW, 0)


def snapshot(app: App, now: datetime | None = None) -> Snapshot:
    """Everything /healthz and /metrics report; ``database_ok`` False when the query failed."""
    now = now or utcnow()
    upcoming = next_digest(app.config, now)
    try:
        with app.sessions() as session:
            session.execute(text("SELECT 1"))
            return _read(session, now, upcoming)
    except SQLAlchemyError as err:
        reason = type(err).__name__  # never the URL or the driver's full text (may hold secrets)
        return Snapshot(now=now, database_ok=False, database_error=reason, next_digest=upcoming)


def _read(session: Session, now: datetime, upcoming: datetime | None) -> Snapshot:
    stored = session.execute(select(RawMessage.account, func.count()).group_by(RawMessage.account))
    failed = session.scalar(select(func.count()).where(RawMessage.state == FAILED))
    events = session.execute(select(Event.review_state, func.count()).group_by(Event.review_state))
    ledger = session.execute(
        select(DigestDelivery.state, func.count()).group_by(DigestDelivery.state)
    )
    return Snapshot(
        now=now,
        database_ok=True,
        accounts=tuple(account_health(session)),
        messages_stored={str(a): int(n) for a, n in stored},
        messages_failed=int(failed or 0),
        events={str(s): int(n) for s, n in events},
        deliveries={str(s): int(n) for s, n in ledger},
        next_digest=upcoming,
    )


def account_health(session: Session) -> list[AccountHealth]:
    """One entry per account that has a checkpoint, with the daemon's poll figures."""
    by_account: dict[str, list[MailboxCheckpoint]] = {}
    for cp in session.scalars(select(MailboxCheckpoint).order_by(MailboxCheckpoint.account)):
        by_account.setdefault(cp.account, []).append(cp)
    return [_account(session, name, cps) for name, cps in by_account.items()]


def _account(session: Session, name: str, cps: list[MailboxCheckpoint]) -> AccountHealth:
    successes = [cp.last_success_at for cp in cps]
    expiries = [cp.token_expires_at for cp in cps if cp.token_expires_at is not None]
    errors = [cp.last_error for cp in cps if cp.last_error]
    state = poll_state(session, name)
    duration = state.get("duration_seconds")
    return AccountHealth(
        account=name,
        last_success_at=None if None in successes else min(s for s in successes if s),
        last_error=errors[0] if errors else None,
        token_expires_at=min(expiries) if expiries else None,
        failures_in_a_row=int(state.get("failures", 0)),
        poll_duration_seconds=float(duration) if duration is not None else None,
    )


def next_digest(config: Config, now: datetime) -> datetime | None:
    from apscheduler.triggers.cron import CronTrigger

    cfg = config.digest
    trigger = CronTrigger(
        day_of_week=cfg.day_of_week, hour=cfg.hour, minute=cfg.minute, timezone=cfg.timezone
    )
    fire: datetime | None = trigger.get_next_fire_time(None, now.astimezone(ZoneInfo(cfg.timezone)))
    return fire


def healthy(snap: Snapshot, config: Config) -> bool:
    """The database answers and at least one account polled within three poll intervals."""
    if not snap.database_ok:
        return False
    limit = timedelta(minutes=3 * config.poll.interval_minutes)
    return any(
        a.last_success_at is not None and snap.now - a.last_success_at <= limit
        for a in snap.accounts
    )


# --- the daemon's poll figures ----------------------------------------------------------------


def poll_state(session: Session, account: str) -> dict[str, Any]:
    row = session.get(OpsState, POLL_KEY + account)
    return dict(row.value) if row is not None else {}


def set_state(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(OpsState, key)
    if row is None:
        session.add(OpsState(key=key, value=value))
    else:
        row.value = value


def configured_accounts(config: Config) -> set[str]:
    """The names the daemon polls under: IMAP accounts, the local inbox, or the demo inbox."""
    names = {account.name for account in config.accounts}
    if config.inbox.path:
        names.add(config.inbox.name)
    elif not config.accounts:
        names.add("demo")
    return names


def record_poll(app: App, duration_seconds: float) -> list[AccountHealth]:
    """After a scheduled poll: each configured account's failures in a row (an account failed
    when one of its folders carries an error) and the poll's duration; returns the accounts.
    Checkpoints of accounts no longer configured are left alone (they raise no alert)."""
    polled = configured_accounts(app.config)
    with app.sessions.begin() as session:
        for health in account_health(session):
            if health.account not in polled:
                continue
            state = poll_state(session, health.account)
            failures = int(state.get("failures", 0)) + 1 if health.last_error else 0
            value = {"failures": failures, "duration_seconds": round(duration_seconds, 3)}
            set_state(session, POLL_KEY + health.account, value | {"at": utcnow().isoformat()})
        session.flush()
        return account_health(session)
