"""Mail delivered while the IDLE watcher is busy or reconnecting is stored within seconds.

Against the test Dovecot, with the daemon's own wiring (``jobs.start_idle_watchers``) and no
interval poll running at all: only IDLE and the watcher's catch-up can store anything, so a
mail that waited for "the next poll" would never arrive.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from dovecot import Dovecot, kick, make_message
from imap_support import account_for, app_for, message_states, wait_until

from ingest.idle import IdleWatcher
from parsers.extract import Extractor
from parsers.types import ExtractionResult
from unmignet import jobs
from unmignet.app import App

pytestmark = [pytest.mark.imap, pytest.mark.usefixtures("imap_env")]


class GatedExtractor:
    """The real extractor, held at its first call until the test opens the gate (so the test
    can deliver mail while a batch is being extracted; the extraction itself is real)."""

    def __init__(self, real: Extractor) -> None:
        self.real = real
        self.busy = threading.Event()
        self.gate = threading.Event()

    def extract(self, raw: bytes) -> ExtractionResult:
        self.busy.set()
        self.gate.wait(30)
        return self.real.extract(raw)


@dataclass
class Daemon:
    app: App
    stop: threading.Event = field(default_factory=threading.Event)
    watchers: list[IdleWatcher] = field(default_factory=list)

    def start(self) -> None:
        """The daemon's IDLE threads, started and past their first catch-up and into IDLE."""
        self.watchers = jobs.start_idle_watchers(self.app, self.stop)
        wait_until(lambda: all(w.catch_ups >= 1 for w in self.watchers), 10)
        time.sleep(0.3)  # let the first IDLE begin


@pytest.fixture
def daemon(dovecot: Dovecot, user: str, sqlite_url: str) -> Iterator[Daemon]:
    """An App whose IMAP account is watched by the daemon's IDLE threads (stopped afterwards)."""
    app = app_for(sqlite_url, account_for(dovecot, user, idle=True))
    app.extractor  # noqa: B018 - build the extractor before timing deliveries
    running = Daemon(app)
    yield running
    running.stop.set()
    for watcher in running.watchers:
        watcher.join(15)
        assert not watcher.is_alive()
    app.engine.dispose()


def test_mail_delivered_during_extraction_is_stored_at_once(
    dovecot: Dovecot, user: str, daemon: Daemon
) -> None:
    """Five mails wake the watcher; while it extracts them a sixth is delivered; once the
    extraction ends the sixth is stored and extracted within 5 s (it used to wait for the
    interval poll: the server's news of it came while no IDLE was listening)."""
    app = daemon.app
    gated = GatedExtractor(app.extractor)
    app.__dict__["extractor"] = gated  # the cached property, replaced for this App
    daemon.start()
    try:
        dovecot.append(user, [make_message(i) for i in range(5)])
        assert gated.busy.wait(10), "the IDLE watcher never began extracting"
        dovecot.append(user, [make_message(5)])
        time.sleep(1.5)  # Dovecot notifies within ~0.5 s: the news is out while nobody listens
        gated.gate.set()
        latency = wait_until(lambda: message_states(app) == ["done"] * 6, 20)
    finally:
        gated.gate.set()
    assert latency < 5.0, f"the mail delivered during extraction took {latency:.1f} s"


def test_mail_delivered_right_before_the_idle_connection_is_kicked_is_stored(
    dovecot: Dovecot, user: str, daemon: Daemon
) -> None:
    """A mail delivered, then the IDLE connection kicked by the server (``doveadm kick``,
    before Dovecot's ~0.5 s IDLE notification), is stored within 5 s: the reconnect counts as a
    change and the watcher catches up before it IDLEs again (it used to re-issue IDLE and leave
    the mail to the next interval poll)."""
    app = daemon.app
    daemon.start()
    [watcher] = daemon.watchers
    started = time.monotonic()
    dovecot.append(user, [make_message(1)])
    kick(dovecot, user)
    wait_until(lambda: message_states(app) == ["done"], 20)
    latency = time.monotonic() - started
    assert watcher.connections == 1  # the mailbox reconnected inside IDLE, the session went on
    assert latency < 5.0, f"the mail delivered before the kick took {latency:.1f} s"
