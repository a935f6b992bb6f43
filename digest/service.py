"""The weekly digest, end to end: choose events, freeze them, render, send once to everyone.

``send_week`` is what the scheduler and ``unmignet digest send`` call; it is safe to run again at
any time (after a crash, beside another scheduler): the ledger (``digest.ledger``) guarantees one
copy per (digest, subscriber). ``write_preview`` renders the next digest to files without sending
or recording anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from digest import ledger
from digest.content import (
    DigestContent,
    DigestEvent,
    assign_sections,
    for_subscriber,
    parse_week,
    week_of,
    window_for,
)
from digest.message import build, digest_message_id, sender_domain
from digest.regions import region_names
from digest.render import Options, Rendered, Renderer
from digest.smtp import SmtpSender, TokenProvider, TransportError, deliver
from digest.summary import mail_body, summarise
from digest.unsubscribe import headers, make_token, secret_key, unsubscribe_url
from models.digest import ACTIVE, Digest, Subscriber
from models.event import APPROVED, Event, EventRevision, evidence_span
from models.message import RawMessage
from unmignet.config import Config
from unmignet.errors import ConfigError, DeliveryError, PermanentDeliveryError

log = logging.getLogger(__name__)
Sessions = sessionmaker[Session]


@dataclass(frozen=True, slots=True)
class SendReport:
    week: str
    digest_id: int | None = None
    events: int = 0
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    skipped: int = 0
    resent_in_doubt: int = 0
    completed: bool = False
    empty: bool = False
    errors: tuple[str, ...] = field(default=())
    pending: tuple[str, ...] = field(default=())  # events printed with an undecided change

    def __str__(self) -> str:
        if self.empty:
            return f"{self.week}: no events in the window, nothing sent"
        state = "complete" if self.completed else "incomplete: run again to finish"
        lines = [
            f"{self.week}: {self.events} events; {self.sent} sent, {self.failed} failed "
            f"permanently, {self.deferred} deferred, {self.skipped} skipped ({state})"
        ]
        if self.pending:
            lines.append(f"{len(self.pending)} event(s) with a change no reviewer has decided:")
            lines.extend(f"  {line}" for line in self.pending)
        return "\n".join(lines)


# --- choosing events ---------------------------------------------------------------------------


def current_week(config: Config, now: datetime | None = None) -> str:
    moment = now or datetime.now(ZoneInfo(config.digest.timezone))
    return week_of(moment.astimezone(ZoneInfo(config.digest.timezone)).date())


def normalise_week(week: str) -> str:
    try:
        return week_of(parse_week(week))
    except ValueError as err:
        raise ConfigError(f"--week: {err}") from err


def digest_event(event: Event) -> DigestEvent:
    assert event.start_date is not None
    return DigestEvent(
        id=event.id,
        title=event.title,
        start_date=event.start_date.isoformat(),
        end_date=event.end_date.isoformat() if event.end_date else None,
        start_time=event.start_time,
        end_time=event.end_time,
        timezone=event.timezone,
        status=event.status,
        mode=event.mode,
        venue=event.venue,
        city=event.city,
        country=event.country,
        event_type=event.event_type,
        organizer=event.organizer,
        registration_url=event.registration_url,
    )


def _body_text(message: RawMessage, texts: dict[int, str]) -> str:
    """The cleaned body the event's evidence indexes into (parsed once per message)."""
    if message.id not in texts:
        texts[message.id] = mail_body(message.raw)
    return texts[message.id]


def _title_start(event: Event) -> int:
    """Where the event's title is in the mail's body (0 when its evidence is elsewhere)."""
    span = evidence_span((event.evidence or {}).get("title"))
    return span[1] if span is not None and span[0] == "body" else 0


def _with_source(shown: DigestEvent, event: Event, texts: dict[int, str]) -> DigestEvent:
    """The event with its mail's language and a one-line summary of the partner's own words,
    evidence kept (``digest.summary``)."""
    message = event.message
    if message is None:
        return shown
    body = _body_text(message, texts)
    start_at = _title_start(event)
    stop_at = None
    if len(message.events) > 1:  # several events in one mail: only this event's part
        later = [_title_start(e) for e in message.events if _title_start(e) > start_at]
        stop_at = min(later, default=len(body))
    found = summarise(body, title=event.title, start_at=start_at, stop_at=stop_at)
    evidence = (
        {"message_id": message.id, "part": "body", "start": found.start, "end": found.end}
        if found
        else {}
    )
    return replace(
        shown,
        language=message.language,
        summary=found.text if found else None,
        summary_evidence=evidence,
    )


def pending_changes(session: Session, event_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Changes that later mails propose to these events and no reviewer has decided yet, per
    event: ``{"mail_date": ISO date of the latest such mail, "changes": {field: proposed}}``
    (several pending mails are merged, the newest winning)."""
    if not event_ids:
        return {}
    query = (
        select(EventRevision, RawMessage.date_header)
        .outerjoin(RawMessage, EventRevision.message_id == RawMessage.id)
        .where(EventRevision.event_id.in_(event_ids), EventRevision.state == "pending")
        .order_by(EventRevision.id)
    )
    found: dict[int, dict[str, Any]] = {}
    for revision, sent in session.execute(query):
        entry = found.setdefault(revision.event_id, {"mail_date": "", "changes": {}})
        entry["mail_date"] = (sent or revision.created_at).date().isoformat()
        for name, pair in (revision.changes or {}).items():
            if isinstance(pair, list) and len(pair) == 2:
                entry["changes"][name] = pair[1]
    return found


def pending_lines(content: DigestContent) -> tuple[str, ...]:
    """One line per event printed with an undecided change, for the CLI and the preview."""
    return tuple(
        f"event {e.id} {e.title!r} ({e.start_date}): "
        + ", ".join(f"{k} -> {v}" for k, v in e.pending["changes"].items())
        + f", per the mail of {e.pending['mail_date']}"
        for e in content.events
        if e.pending
    )


def approved_in_window(session: Session, start: date, end: date) -> list[DigestEvent]:
    """Approved events that take place (at least partly) in ``[start, end)``, each with the
    changes later mails propose to it (``DigestEvent.pending``)."""
    last_day = func.coalesce(Event.end_date, Event.start_date)
    query = (
        select(Event)
        .where(
            Event.review_state == APPROVED,
            Event.start_date.is_not(None),
            Event.start_date < end,
            or_(last_day >= start, Event.start_date >= start),
        )
        .order_by(Event.start_date, Event.id)
    )
    rows = list(session.scalars(query))
    texts: dict[int, str] = {}
    events = [_with_source(digest_event(e), e, texts) for e in rows]
    pending = pending_changes(session, [e.id for e in events])
    return [replace(e, pending=pending[e.id]) if e.id in pending else e for e in events]


def build_content(session: Session, config: Config, week: str) -> DigestContent:
    """The digest of ``week`` as it would be built now (nothing is stored)."""
    window = window_for(week, config.digest.window_days)
    previous = ledger.previous_snapshot(session, window.week)
    before = [DigestEvent.from_json(e) for e in previous] if previous is not None else None
    events = assign_sections(approved_in_window(session, window.start, window.end), before)
    return DigestContent(window=window, events=tuple(events))


def frozen_content(digest: Digest, config: Config) -> DigestContent:
    window = window_for(digest.week, config.digest.window_days)
    events = tuple(DigestEvent.from_json(e) for e in digest.event_ids or ())
    return DigestContent(window=window, events=events)


def content_for_week(sessions: Sessions, config: Config, week: str) -> DigestContent:
    """The frozen digest when the week was already sent (or started), else a fresh build."""
    with sessions() as session:
        digest = session.scalars(select(Digest).where(Digest.week == week)).first()
        if digest is not None:
            return frozen_content(digest, config)
        return build_content(session, config, week)


# --- rendering ---------------------------------------------------------------------------------


def options(config: Config, *, language: str | None = None, **kw: Any) -> Options:
    base = config.web.base_url.rstrip("/")
    return Options(
        language=language or config.digest.language,
        title=config.digest.title,
        base_url=base,
        **kw,
    )


def browser_url(config: Config, week: str) -> str:
    return f"{config.web.base_url.rstrip('/')}/digest/week/{week}"


def write_preview(
    sessions: Sessions,
    config: Config,
    out_dir: Path,
    *,
    today: date | None = None,
    week: str | None = None,
) -> tuple[Path, Path]:
    """Render the digest of ``week`` (default: the week of ``today``) to HTML and text files."""
    chosen = normalise_week(week) if week else week_of(today) if today else current_week(config)
    content = content_for_week(sessions, config, chosen)
    renderer = Renderer(config.digest.templates_dir)
    rendered = renderer.render(content, options(config, unsubscribe_url=None))
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / f"digest-{chosen}.html"
    text_path = out_dir / f"digest-{chosen}.txt"
    html_path.write_text(rendered.html, encoding="utf-8")
    text_path.write_text(rendered.text, encoding="utf-8")
    return html_path, text_path


# --- sending -----------------------------------------------------------------------------------


def token_provider(config: Config) -> TokenProvider | None:
    """For ``smtp.auth = xoauth2-*``: ``ingest.oauth.smtp_token_provider(config.smtp)``."""
    if not config.smtp.auth.startswith("xoauth2"):
        return None
    from ingest.oauth import smtp_token_provider

    return smtp_token_provider(config.smtp)


@dataclass
class _Run:
    """What one call of ``send_week`` carries from recipient to recipient."""

    config: Config
    sessions: Sessions
    digest: Digest
    content: DigestContent
    renderer: Renderer
    key: bytes
    cache: dict[tuple[Any, ...], Rendered] = field(default_factory=dict)
    deferred_ids: set[int] = field(default_factory=set)
    tally: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def count(self, what: str) -> None:
        self.tally[what] = self.tally.get(what, 0) + 1


def ensure_digest(sessions: Sessions, config: Config, week: str) -> Digest:
    """The week's digest row, frozen on first use."""
    with sessions() as session:
        content = build_content(session, config, week)
    snapshot = [e.as_json() for e in content.events]
    subject = Renderer(config.digest.templates_dir).render(content, options(config)).subject
    return ledger.get_or_create_digest(sessions, week, subject, snapshot)


def send_week(
    sessions: Sessions,
    config: Config,
    *,
    week: str | None,
    sender: SmtpSender | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> SendReport:
    """Send the digest of ``week`` (default: the current week) to every active subscriber once."""
    chosen = normalise_week(week) if week else current_week(config)
    digest = ensure_digest(sessions, config, chosen)
    content = frozen_content(digest, config)
    if content.empty and not config.digest.empty_week_note:
        ledger.finish_if_done(sessions, digest.id)
        return SendReport(week=chosen, digest_id=digest.id, empty=True, completed=True)
    if digest.completed_at is None:
        with sessions() as session:
            active = ledger.active_subscriber_ids(session)
        ledger.enqueue(sessions, digest.id, active)
    run = _Run(
        config, sessions, digest, content, Renderer(config.digest.templates_dir), secret_key(config)
    )
    own = sender or SmtpSender(config.smtp, token_provider=token_provider(config))
    try:
        _send_all(run, own, should_stop)
    finally:
        if sender is None:
            own.close()
    return _report(run, chosen)


def _send_all(run: _Run, sender: SmtpSender, should_stop: Callable[[], bool]) -> None:
    while not should_stop():
        claim = ledger.claim_next(run.sessions, run.digest.id, exclude=run.deferred_ids)
        if claim is None:
            return
        if claim.in_doubt:
            log.warning("delivery %d: previous sender died mid-send; resending", claim.delivery_id)
            run.count("resent_in_doubt")
        _send_one(run, sender, claim)


def _send_one(run: _Run, sender: SmtpSender, claim: ledger.Claim) -> None:
    with run.sessions() as session:
        subscriber = session.get(Subscriber, claim.subscriber_id)
    if subscriber is None or subscriber.state != ACTIVE:
        ledger.record_skipped(run.sessions, claim, "not an active subscriber any more")
        run.count("skipped")
        return
    rendered = _rendered_for(run, subscriber)
    if rendered is None:
        ledger.record_skipped(run.sessions, claim, "no event matches the subscriber's filters")
        run.count("skipped")
        return
    message_id = digest_message_id(
        run.digest.week, subscriber.id, subscriber.email, sender_domain(run.config.smtp.sender)
    )
    url = unsubscribe_url(
        run.config.web.base_url, make_token(run.key, subscriber.id, subscriber.email)
    )
    message = build(
        rendered.with_unsubscribe(url),
        sender=run.config.smtp.sender,
        to=subscriber.email,
        to_name=subscriber.name,
        reply_to=run.config.smtp.reply_to,
        message_id=message_id,
        extra_headers=headers(url),
    )
    _deliver(run, sender, claim, message, message_id)


def _deliver(run: _Run, sender: SmtpSender, claim: ledger.Claim, message: Any, mid: str) -> None:
    try:
        deliver(sender, message, attempts=run.config.smtp.max_attempts)
    except TransportError:
        ledger.record_deferred(run.sessions, claim, "the SMTP server refused the sender")
        raise
    except PermanentDeliveryError as err:
        ledger.record_failed(run.sessions, claim, str(err))
        run.count("failed")
        run.errors.append(f"subscriber {claim.subscriber_id}: {err}")
        return
    except DeliveryError as err:
        ledger.record_deferred(run.sessions, claim, str(err))
        run.deferred_ids.add(claim.delivery_id)
        run.count("deferred")
        run.errors.append(f"subscriber {claim.subscriber_id}: {err}")
        return
    ledger.record_sent(run.sessions, claim, mid)
    run.count("sent")


def _rendered_for(run: _Run, subscriber: Subscriber) -> Rendered | None:
    regions = tuple(str(r) for r in subscriber.regions or ())
    types = tuple(str(t) for t in subscriber.event_types or ())
    wanted = tuple(str(code) for code in subscriber.event_languages or ())
    # NULL (or anything unknown) follows digest.language; an explicit language wins
    chosen = subscriber.language
    language = chosen if chosen in ("en", "fr", "es") else run.config.digest.language
    key = (language, regions, types, wanted)
    if key not in run.cache:
        content = for_subscriber(run.content, regions, types, region_names, wanted)
        if content.empty and not run.config.digest.empty_week_note:
            return None
        opts = options(
            run.config, language=language, browser_url=browser_url(run.config, run.digest.week)
        )
        run.cache[key] = run.renderer.render(content, opts)
    return run.cache[key]


def _report(run: _Run, week: str) -> SendReport:
    completed = ledger.finish_if_done(run.sessions, run.digest.id)
    t = run.tally
    return SendReport(
        week=week,
        digest_id=run.digest.id,
        events=len(run.content.events),
        sent=t.get("sent", 0),
        failed=t.get("failed", 0),
        deferred=t.get("deferred", 0),
        skipped=t.get("skipped", 0),
        resent_in_doubt=t.get("resent_in_doubt", 0),
        completed=completed,
        errors=tuple(run.errors),
        pending=pending_lines(run.content),
    )


# --- one-off copies ----------------------------------------------------------------------------


def send_test_copy(
    sessions: Sessions,
    config: Config,
    to: str,
    *,
    week: str | None = None,
    sender: SmtpSender | None = None,
) -> str:
    """Send the next digest to ``to`` (a reviewer) outside the ledger; returns the Message-ID."""
    chosen = normalise_week(week) if week else current_week(config)
    content = content_for_week(sessions, config, chosen)
    rendered = Renderer(config.digest.templates_dir).render(
        content, options(config, unsubscribe_url=None, browser_url=browser_url(config, chosen))
    )
    test = Rendered(
        subject=f"[Test] {rendered.subject}",
        html=rendered.html,
        text=rendered.text,
        shown=rendered.shown,
        more=rendered.more,
    )
    message = build(test, sender=config.smtp.sender, to=to, reply_to=config.smtp.reply_to)
    own = sender or SmtpSender(config.smtp, token_provider=token_provider(config))
    try:
        deliver(own, message, attempts=config.smtp.max_attempts)
    finally:
        if sender is None:
            own.close()
    return str(message["Message-ID"])


def due_week(sessions: Sessions, config: Config, now: datetime | None = None) -> str | None:
    """The current week if its send time has passed and its digest is not complete, else None.

    For a scheduler that starts after a missed run: call it at start-up, send if it returns a week.
    """
    tz = ZoneInfo(config.digest.timezone)
    moment = (now or datetime.now(tz)).astimezone(tz)
    monday = moment.date() - timedelta(days=moment.weekday())
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    send_day = monday + timedelta(days=days.index(config.digest.day_of_week))
    send_at = datetime(
        send_day.year,
        send_day.month,
        send_day.day,
        config.digest.hour,
        config.digest.minute,
        tzinfo=tz,
    )
    if moment < send_at:
        return None
    week = week_of(monday)
    with sessions() as session:
        digest = session.scalars(select(Digest).where(Digest.week == week)).first()
        done = digest is not None and digest.completed_at is not None
    return None if done else week


def catch_up(sessions: Sessions, config: Config, now: datetime | None = None) -> SendReport | None:
    """Send this week's digest if its time passed while nothing was running (call at start-up).

    APScheduler's in-memory job store forgets a run missed while the process was down; this is
    the once-on-return the issue asks for. Safe beside the cron job: the ledger sends once.
    """
    week = due_week(sessions, config, now)
    return send_week(sessions, config, week=week) if week else None
