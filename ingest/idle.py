"""Push: one thread per (account, folder) holding an IMAP IDLE and reacting to new mail.

The loop: connect; catch up (``on_change``: poll the folder, store, extract); then IDLE until the
server reports a change, which triggers ``on_change`` again. IDLE is re-issued every
``renew_seconds`` (25 minutes, inside RFC 2177's 29). Any mailbox or network failure (a timeout,
``BYE``, a server restart) closes the connection and reconnects after an exponential back-off
with jitter, and the catch-up after reconnecting stores what arrived meanwhile. A server without
IDLE ends the thread: the scheduled poll still covers the folder.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ingest.backoff import Backoff
from ingest.imap import ImapMailbox
from unmignet.errors import UnmignetError

log = logging.getLogger(__name__)

RENEW_SECONDS = 25 * 60


class IdleWatcher(threading.Thread):
    """Keeps one folder under IDLE until ``stop`` is set."""

    def __init__(
        self,
        open_mailbox: Callable[[], ImapMailbox],
        folder: str,
        on_change: Callable[[ImapMailbox, str], None],
        stop: threading.Event,
        *,
        renew_seconds: float = RENEW_SECONDS,
        backoff: Backoff | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(name=f"idle:{folder}", daemon=True)
        self.open_mailbox = open_mailbox
        self.folder = folder
        self.on_change = on_change
        self.stop = stop
        self.renew_seconds = renew_seconds
        self.backoff = backoff or Backoff(base=1.0, cap=300.0)
        self.on_error = on_error
        self.connections = 0  # sessions opened, for the operator and the tests
        self.unsupported = False

    def run(self) -> None:
        while not self.stop.is_set() and not self.unsupported:
            try:
                self._session()
            except UnmignetError as err:
                log.warning("IDLE %s: %s; reconnecting", self.folder, err)
                if self.on_error is not None:
                    self.on_error(str(err))
            except Exception:  # the watcher must outlive any single failure
                log.exception("IDLE %s: unexpected error; reconnecting", self.folder)
            if not self.unsupported and self.backoff.wait(self.stop):
                break

    def _session(self) -> None:
        mailbox = self.open_mailbox()
        try:
            mailbox.connect()
            self.connections += 1
            if not mailbox.supports_idle():
                log.warning("%s offers no IDLE; polling covers %s", mailbox.who, self.folder)
                self.unsupported = True
                return
            self.on_change(mailbox, self.folder)  # catch up on what arrived while away
            self.backoff.reset()
            while not self.stop.is_set():
                changed = mailbox.idle_wait(
                    self.folder, timeout=self.renew_seconds, should_stop=self.stop.is_set
                )
                if changed and not self.stop.is_set():
                    self.on_change(mailbox, self.folder)
        finally:
            mailbox.close()
