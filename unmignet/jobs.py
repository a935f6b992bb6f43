"""The jobs the CLI and the scheduler run: plain functions of the App."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ingest.localdir import LocalMailbox
from ingest.mailbox import Mailbox
from ingest.poll import PollReport, poll_folder
from unmignet.app import App
from unmignet.processing import ProcessReport, process_pending

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
def open_sources(app: App) -> Iterator[list[Source]]:
    """Every configured mailbox, opened; closed on exit."""
    sources: list[Source] = []
    local = local_source(app)
    if local is not None:
        sources.append(local)
    try:
        yield sources
    finally:
        for source in sources:
            source.mailbox.close()


def poll_once(
    app: App,
    *,
    rescan: bool = False,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> PollSummary:
    """Store what is new in every source, then extract everything pending."""
    summary = PollSummary()
    with open_sources(app) as sources:
        for source in sources:
            for folder in source.folders:
                report = poll_folder(
                    app.sessions,
                    source.mailbox,
                    folder,
                    batch_size=app.config.poll.batch_size,
                    max_bytes=app.config.poll.max_message_bytes,
                    rescan=rescan,
                    progress=progress,
                )
                summary.polls.append(report)
    summary.processing = process(app, should_stop=should_stop)
    return summary


def process(
    app: App,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> ProcessReport:
    return process_pending(
        app.sessions,
        app.extractor,
        batch_size=app.config.poll.process_batch_size,
        progress=progress,
        should_stop=should_stop,
    )
