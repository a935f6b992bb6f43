"""``unmignet run``: APScheduler 3.x drives polling and the weekly digest.

Jobs are plain functions with ``max_instances=1`` (a slow poll never overlaps the next),
``coalesce=True`` (runs missed while the machine was down collapse into one) and a misfire grace
time (the weekly digest missed during a restart still runs once when the process comes back).
SIGTERM/SIGINT set a stop flag: the poll finishes the message in hand, then the process exits.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from types import FrameType
from typing import Any

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from unmignet import jobs
from unmignet.app import App

log = logging.getLogger(__name__)

POLL_GRACE_SECONDS = 300
DIGEST_GRACE_SECONDS = 24 * 3600  # a digest missed overnight is still worth sending


def poll_job(app: App, stop: threading.Event) -> None:
    from unmignet.alerts import after_poll

    started = time.monotonic()
    try:
        summary = jobs.poll_once(app, should_stop=stop.is_set)
        log.info("poll: %d stored, %d extracted", summary.stored, summary.processing.processed)
    except Exception:
        log.exception("poll failed; the next run will retry")
    after_poll(app, time.monotonic() - started)  # poll figures for /metrics, admin alerts


def digest_job(app: App) -> None:
    from digest.service import send_week

    try:
        report = send_week(app.sessions, app.config, week=None)
        log.info("digest: %s", report)
    except Exception:
        log.exception("digest sending failed; re-run `unmignet digest send` or wait for next run")


def digest_catch_up_job(app: App) -> None:
    """Once at start-up: send the week's digest if its cron time passed while we were down."""
    from digest.service import catch_up

    try:
        report = catch_up(app.sessions, app.config)
        if report is not None and report.sent:
            log.warning("digest: sent a run missed while down: %s", report)
        elif report is not None:
            log.info("digest: this week's run was due; nothing to send: %s", report)
    except Exception:
        log.exception("digest catch-up failed; the weekly job or `unmignet digest send` will retry")


def build_scheduler(app: App, stop: threading.Event, *, with_digest: bool) -> BlockingScheduler:
    cfg = app.config
    scheduler = BlockingScheduler(timezone=cfg.digest.timezone)
    common: dict[str, Any] = {"max_instances": 1, "coalesce": True}
    scheduler.add_job(
        poll_job,
        IntervalTrigger(minutes=cfg.poll.interval_minutes),
        args=(app, stop),
        id="poll",
        misfire_grace_time=POLL_GRACE_SECONDS,
        next_run_time=_now(cfg.digest.timezone),
        **common,
    )
    if with_digest:
        trigger = CronTrigger(
            day_of_week=cfg.digest.day_of_week,
            hour=cfg.digest.hour,
            minute=cfg.digest.minute,
            timezone=cfg.digest.timezone,
        )
        scheduler.add_job(
            digest_job,
            trigger,
            args=(app,),
            id="digest",
            misfire_grace_time=DIGEST_GRACE_SECONDS,
            **common,
        )
        scheduler.add_job(
            digest_catch_up_job,
            args=(app,),
            id="digest-catch-up",
            next_run_time=_now(cfg.digest.timezone),
            misfire_grace_time=None,
        )
    return scheduler


def _now(tz: str) -> Any:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(tz))


def run_scheduler(app: App, *, with_digest: bool, with_web: bool = False) -> None:
    """Block until SIGTERM/SIGINT; then let the job in hand finish its message and return."""
    stop = threading.Event()
    scheduler = build_scheduler(app, stop, with_digest=with_digest)

    def _on_signal(signum: int, _frame: FrameType | None) -> None:
        log.warning("signal %d: finishing the message in hand, then stopping", signum)
        stop.set()
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    if with_web:
        _start_web(app)
    _release_dead_claims(app)
    jobs.start_idle_watchers(app, stop)  # push for IMAP folders; the interval poll stays the net
    scheduler.start()
    _wait_for_jobs(scheduler)


def _release_dead_claims(app: App) -> None:
    """At start: messages a killed process of this host had claimed are processed at once."""
    from unmignet.processing import release_dead_claims

    try:
        release_dead_claims(app.sessions)
    except Exception:
        log.exception("could not release the claims of dead processes; the poll will retry")


def _wait_for_jobs(scheduler: BlockingScheduler) -> None:
    for executor in scheduler._executors.values():
        executor.shutdown(wait=True)


def _start_web(app: App) -> None:
    from review.app import create_app
    from unmignet.web import serve_wsgi

    web = create_app(app)
    thread = threading.Thread(
        target=lambda: serve_wsgi(web, app.config.web.host, app.config.web.port),
        daemon=True,
        name="review-web",
    )
    thread.start()
