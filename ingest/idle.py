"""Push: one thread per (account, folder) holding an IMAP IDLE and reacting to new mail.

The loop: connect; catch up (``on_change``: poll the folder, store, extract); then, before every
IDLE, look at the folder afresh (a new SELECT: UIDVALIDITY and UIDNEXT, not the state cached
from before the catch-up) and catch up again while it holds mail the checkpoint has not reached
(``behind``): mail delivered while a catch-up was storing or extracting would otherwise wait,
since the server's news about it came outside IDLE. Then IDLE until the server reports a change,
which triggers ``on_change`` again. A connection lost inside IDLE (``doveadm kick``, a network
cut) counts as a change: the mailbox reconnects and the watcher catches up before the next IDLE.
The fresh state is compared with the one that led to the previous catch-up too, so a UID the
server assigned and expunged before anyone fetched it (UIDNEXT beyond the checkpoint for ever)
costs one catch-up, not a loop. IDLE is re-issued every
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
from ingest.mailbox import FolderState
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
        behind: Callable[[FolderState], bool] | None = None,
    ) -> None:
        super().__init__(name=f"idle:{folder}", daemon=True)
        self.open_mailbox = open_mailbox
        self.folder = folder
        self.on_change = on_change
        self.stop = stop
        self.renew_seconds = renew_seconds
        self.backoff = backoff or Backoff(base=1.0, cap=300.0)
        self.on_error = on_error
        self.behind = behind or (lambda _state: True)
        self.catch_ups = 0  # on_change calls, for the operator and the tests
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
            if self.connections > 1:
                log.warning("IDLE %s: reconnected to %s; catching up", self.folder, mailbox.who)
            if not mailbox.supports_idle():
                log.warning("%s offers no IDLE; polling covers %s", mailbox.who, self.folder)
                self.unsupported = True
                return
            self._catch_up(mailbox)  # what arrived while away
            self.backoff.reset()
            last: FolderState | None = None
            while not self.stop.is_set():
                state = mailbox.folder_state(self.folder)
                if _moved(state, last) and self.behind(state):
                    last = state
                    self._catch_up(mailbox)
                    continue
                last = state
                if mailbox.idle_wait(
                    self.folder, timeout=self.renew_seconds, should_stop=self.stop.is_set
                ):
                    self._catch_up(mailbox)
        finally:
            mailbox.close()

    def _catch_up(self, mailbox: ImapMailbox) -> None:
        if not self.stop.is_set():
            self.catch_ups += 1
            self.on_change(mailbox, self.folder)


def _moved(state: FolderState, last: FolderState | None) -> bool:
    """Whether the folder has had a delivery (or a new UIDVALIDITY) since ``last``."""
    if last is None:
        return True
    return (state.uidvalidity, state.uidnext) != (last.uidvalidity, last.uidnext)
