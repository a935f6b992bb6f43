"""The jobs the CLI and the scheduler run: plain functions of the App."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.localdir import LocalMailbox
from ingest.mailbox import FolderState, Mailbox
from ingest.poll import PollReport, poll_folder
from unmignet.app import App
from unmignet.errors import MailboxError, UnmignetError
from unmignet.processing import (
    MAX_ATTEMPTS,
    AfterExtract,
    ProcessReport,
    process_pending,
    release_dead_claims,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ingest.idle import IdleWatcher
    from models.message import RawMessage

log = logging.getLogger(__name__)

DEMO_INBOX_DIR = Path("var") / "demo-inbox"


@dataclass(frozen=True, slots=True)
class Source:
    mailbox: Mailbox
    folders: tuple[str, ...]
    after: str = "none"


@dataclass(slots=True)
class PollSummary:
    polls: list[PollReport] = field(default_factory=list)
    processing: ProcessReport = field(default_factory=ProcessReport)
    errors: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return sum(p.stored for p in self.polls)


def demo_inbox(today: date | None = None, folder: Path = DEMO_INBOX_DIR) -> Path:
    """Write the bundled demo inbox for ``today`` into ``folder`` (idempotent for a day)."""
    from unmignet.demo_mail import write_demo_inbox

    folder.mkdir(parents=True, exist_ok=True)
    write_demo_inbox(today or date.today(), folder)
    return folder


def local_source(app: App) -> Source | None:
    inbox = app.config.inbox
    if inbox.path:
        return Source(LocalMailbox(Path(inbox.path), name=inbox.name), ("local",))
    if not app.config.accounts:
        return Source(LocalMailbox(demo_inbox(), name="demo"), ("local",))
    return None


@contextmanager
def open_sources(
    app: App, *, since: date | None = None, errors: list[str] | None = None
) -> Iterator[list[Source]]:
    """Every configured mailbox, opened; closed on exit.

    An IMAP account that cannot log in is left out: its error is recorded on its checkpoints and
    appended to ``errors``, and the other accounts go on.
    """
    from ingest.accounts import open_account

    sources: list[Source] = []
    local = local_source(app)
    if local is not None:
        sources.append(local)
    for account in app.config.accounts:
        opened = open_account(app.sessions, account, since=since)
        if opened.mailbox is not None:
            sources.append(Source(opened.mailbox, account.folders, account.after))
        elif errors is not None and opened.error:
            errors.append(opened.error)
    try:
        yield sources
    finally:
        for source in sources:
            source.mailbox.close()


def poll_once(
    app: App,
    *,
    rescan: bool = False,
    since: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> PollSummary:
    """Store what is new in every source, extract everything pending, then run after-actions.

    A folder or account that fails is recorded (checkpoint and ``summary.errors``) and skipped.
    """
    summary = PollSummary()
    with open_sources(app, since=since, errors=summary.errors) as sources:
        for source in sources:
            for folder in source.folders:
                report = poll_source_folder(app, source, folder, rescan, progress, summary.errors)
                if report is not None:
                    summary.polls.append(report)
        summary.processing = process(app, should_stop=should_stop)
        _notify_late_cancellations(app, summary.errors)
        for source in sources:
            apply_after_actions(app, source, summary.polls, summary.errors)
    return summary


def _notify_late_cancellations(app: App, errors: list[str]) -> None:
    """Tell reviewers when a mail just extracted cancels an approved event (if configured)."""
    from digest.notices import notify_late_cancellations

    try:
        notify_late_cancellations(app.sessions, app.config)
    except UnmignetError as err:
        errors.append(f"cancellation notice: {err}")


def poll_source_folder(
    app: App,
    source: Source,
    folder: str,
    rescan: bool,
    progress: Callable[[int, int], None] | None,
    errors: list[str],
) -> PollReport | None:
    """Poll one folder under its poll lock (skipped, and said so, while another process holds
    it); a mailbox failure is recorded and returns None."""
    from ingest.accounts import record_error
    from ingest.locks import folder_poll_lock

    name = source.mailbox.name
    with folder_poll_lock(app.engine, name, folder) as held:
        if not held:
            log.info("%s/%s: another poller holds this folder; skipped this round", name, folder)
            return PollReport(name, folder, skipped=True)
        try:
            return poll_folder(
                app.sessions,
                source.mailbox,
                folder,
                batch_size=app.config.poll.batch_size,
                max_bytes=app.config.poll.max_message_bytes,
                rescan=rescan,
                progress=progress,
            )
        except MailboxError as err:
            log.error("%s/%s: %s", name, folder, err)
            record_error(app.sessions, name, [folder], str(err))
            errors.append(str(err))
            return None


def apply_after_actions(
    app: App, source: Source, polls: list[PollReport], errors: list[str]
) -> None:
    """The configured after-action on every extracted message of each folder polled this round
    whose action is not yet done (this poll's and any a kill left pending); see ingest.after.
    Under the folder's poll lock: skipped while another process holds it."""
    from ingest.accounts import record_error
    from ingest.after import apply_pending
    from ingest.locks import folder_poll_lock

    if source.after == "none":
        return
    for report in polls:
        if report.account != source.mailbox.name or report.uidvalidity is None:
            continue
        try:
            with folder_poll_lock(app.engine, report.account, report.folder) as held:
                if held:
                    apply_pending(
                        app.sessions,
                        source.mailbox,
                        report.folder,
                        report.uidvalidity,
                        source.after,
                    )
        except MailboxError as err:
            log.error("%s/%s: after-action failed: %s", report.account, report.folder, err)
            record_error(app.sessions, report.account, [report.folder], str(err))
            errors.append(str(err))


def count_new(app: App, *, rescan: bool = False, since: date | None = None) -> PollSummary:
    """``poll --dry-run``: per folder, how many messages a poll would fetch; stores nothing."""
    from ingest.poll import count_unseen

    summary = PollSummary()
    with open_sources(app, since=since, errors=summary.errors) as sources:
        for source in sources:
            for folder in source.folders:
                try:
                    summary.polls.append(
                        count_unseen(app.sessions, source.mailbox, folder, rescan=rescan)
                    )
                except MailboxError as err:
                    summary.errors.append(str(err))
    return summary


def idle_poll(app: App, mailbox: Mailbox, folder: str, after: str) -> PollReport:
    """What an IDLE watcher does on news, under the folder's poll lock: store, extract what it
    stored, run the pending after-actions. Skipped while another process holds the folder (that
    process stores the same mail)."""
    from ingest.after import apply_pending
    from ingest.locks import folder_poll_lock

    with folder_poll_lock(app.engine, mailbox.name, folder) as held:
        if not held:
            return PollReport(mailbox.name, folder, skipped=True)
        report = poll_folder(
            app.sessions,
            mailbox,
            folder,
            batch_size=app.config.poll.batch_size,
            max_bytes=app.config.poll.max_message_bytes,
        )
        if report.stored_ids:
            process_pending(
                app.sessions,
                app.extractor,
                batch_size=app.config.poll.process_batch_size,
                only_ids=report.stored_ids,
                max_attempts=MAX_ATTEMPTS,
                after_extract=extraction_hooks(app, acknowledge=True),
            )
            send_acknowledgements(app)
        if report.uidvalidity is not None:
            apply_pending(app.sessions, mailbox, folder, report.uidvalidity, after)
    return report


def start_idle_watchers(app: App, stop: threading.Event) -> list[IdleWatcher]:
    """One IDLE thread per folder of every account with ``idle = true``; started."""
    from functools import partial

    from ingest.accounts import record_error
    from ingest.idle import IdleWatcher
    from ingest.imap import ImapMailbox

    watchers: list[IdleWatcher] = []
    for account in app.config.accounts:
        if not account.idle:
            continue
        for folder in account.folders:
            watcher = IdleWatcher(
                partial(ImapMailbox, account),
                folder,
                partial(_idle_poll_logged, app, after=account.after),
                stop,
                on_error=partial(record_error, app.sessions, account.name, [folder]),
                behind=partial(behind_checkpoint, app, account.name, folder),
            )
            watcher.start()
            watchers.append(watcher)
    return watchers


def behind_checkpoint(app: App, account: str, folder: str, state: FolderState) -> bool:
    """Whether ``state`` (a fresh SELECT) shows mail the folder's checkpoint has not reached: a
    new UIDVALIDITY, or a UIDNEXT past the checkpoint's UID plus one (unknown UIDNEXT: yes)."""
    from sqlalchemy import select

    from models.message import MailboxCheckpoint

    with app.sessions() as session:
        row = session.execute(
            select(MailboxCheckpoint.uidvalidity, MailboxCheckpoint.last_uid).where(
                MailboxCheckpoint.account == account, MailboxCheckpoint.folder == folder
            )
        ).first()
    if row is None or row.uidvalidity != state.uidvalidity or not state.uidnext:
        return True
    return state.uidnext > int(row.last_uid) + 1


def _idle_poll_logged(app: App, mailbox: Mailbox, folder: str, *, after: str) -> None:
    report = idle_poll(app, mailbox, folder, after)
    if report.stored:
        log.info("IDLE %s/%s: %d stored", mailbox.name, folder, report.stored)


def process(
    app: App,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    *,
    acknowledge: bool = True,
) -> ProcessReport:
    """Extract everything pending: first the claims of this host's dead processes are put back,
    then failed messages are tried again up to ``MAX_ATTEMPTS`` attempts; then send the
    acknowledgements it queued (``acknowledge`` False: neither queue nor send, as in the demo,
    whose partners are invented)."""
    release_dead_claims(app.sessions)
    report = process_pending(
        app.sessions,
        app.extractor,
        batch_size=app.config.poll.process_batch_size,
        progress=progress,
        should_stop=should_stop,
        max_attempts=MAX_ATTEMPTS,
        after_extract=extraction_hooks(app, acknowledge=acknowledge),
    )
    if acknowledge:
        send_acknowledgements(app)
    return report


def extraction_hooks(app: App, *, acknowledge: bool) -> AfterExtract | None:
    """What runs after each extraction, in the message's transaction: the opt-in auto-approval
    (``[review] auto_approve_ready``, review.triage) first, then the acknowledgement hook."""
    from review.triage import auto_approve_hook

    hooks = [auto_approve_hook(app.config.review.auto_approve_ready)]
    hooks.append(acknowledgement_hook(app) if acknowledge else None)
    chosen = [h for h in hooks if h is not None]
    if not chosen:
        return None

    def run(session: Session, message: RawMessage) -> None:
        for hook in chosen:
            hook(session, message)

    return run


def acknowledgement_hook(app: App) -> AfterExtract:
    """After each extraction: queue the partner's acknowledgement, read replies to one as
    corrections (digest.acknowledge)."""
    from digest.acknowledge import hook

    return hook(app.config)


def send_acknowledgements(app: App) -> None:
    """Right after extraction: send the acknowledgements it queued (``[acknowledge]``)."""
    if app.config.acknowledge.enabled:
        from digest.acknowledge import send_with_smtp

        send_with_smtp(app.sessions, app.config)
