"""An IMAP mailbox: the only module that imports imapclient.

``ImapMailbox`` implements ``ingest.mailbox.Mailbox`` for one account:

* transport: implicit TLS (993) or STARTTLS, certificate verification always on (``ca_file`` adds
  a CA); plaintext only when the config says ``plain`` and the host is a loopback address;
* login: a password from the environment, or XOAUTH2 with a token from ``ingest.oauth``;
* reads never change the mailbox: sizes first (``RFC822.SIZE``), then ``BODY.PEEK[]`` in chunks
  bounded by count and bytes; an over-size message yields its header only, as a stub;
* after-actions (``seen``, ``keyword:X``, ``move:F``) are applied only under the UIDVALIDITY the
  UIDs were fetched with; MOVE falls back to COPY + ``\\Deleted`` + UID EXPUNGE, safe to repeat
  after a kill (see "MOVE fallback" below);
* every call has a socket timeout; a dropped connection is reopened once and the (idempotent)
  call repeated; any other failure is a ``MailboxError`` (``AuthError`` for logins) that names the
  account.
"""

from __future__ import annotations

import hashlib
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from ingest.mailbox import FetchedMessage, FolderState
from ingest.oauth import shared_token
from unmignet.config import LOOPBACK_HOSTS, AccountConfig, secret
from unmignet.errors import AuthError, ConfigError, MailboxError

log = logging.getLogger(__name__)

T = TypeVar("T")
FETCH_BYTES_PER_CHUNK = 64 * 1024 * 1024
_CONNECTION_ERRORS = (IMAPClientAbortError, OSError, EOFError)
_CHANGES = (b"EXISTS", b"RECENT", b"EXPUNGE", b"FETCH")


def is_loopback(host: str) -> bool:
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def ssl_context(ca_file: str | None) -> ssl.SSLContext:
    """System CAs plus ``ca_file``; hostname checks and certificate verification on."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


class ImapMailbox:
    """One IMAP account; connects lazily, reconnects once on a dropped connection."""

    def __init__(self, account: AccountConfig, *, since: date | None = None) -> None:
        self.account = account
        self.name = account.name
        self.since = since
        self.tokens = shared_token(account)
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._state: FolderState | None = None
        self._fetched_under: dict[str, int] = {}
        self._lock = threading.RLock()

    @property
    def who(self) -> str:
        return f"account {self.name} ({self.account.username}@{self.account.host})"

    # --- connection ------------------------------------------------------------------------

    def connect(self) -> None:
        """Open and log in (idempotent); ``AuthError`` or ``MailboxError`` saying why not."""
        with self._lock:
            if self._client is None:
                self._client = self._open()

    def _open(self) -> IMAPClient:
        client = self._transport()
        try:
            self._login(client)
        except BaseException:
            _quietly_logout(client)
            raise
        return client

    def _transport(self) -> IMAPClient:
        acc = self.account
        if acc.security == "plain" and not is_loopback(acc.host):
            raise ConfigError(f"{self.who}: plaintext IMAP is allowed only to a loopback host")
        try:
            context = ssl_context(acc.ca_file)
            client = IMAPClient(
                acc.host,
                port=acc.port,
                ssl=acc.security == "tls",
                ssl_context=context,
                timeout=acc.timeout_seconds,
            )
            if acc.security == "starttls":
                client.starttls(context)
        except (IMAPClientError, OSError, ssl.SSLError) as err:
            raise MailboxError(f"{self.who}: cannot connect: {_reason(err)}") from err
        return client

    def _login(self, client: IMAPClient) -> None:
        acc = self.account
        try:
            if self.tokens is None:
                password = secret(acc.password_env, what=f"{self.who} password")
                client.login(acc.username, password)
            else:
                client.oauth2_login(acc.username, self.tokens.get().access_token)
        except LoginError as err:
            if self.tokens is not None:
                self.tokens.invalidate()
            raise AuthError(f"{self.who}: login refused: {_reason(err)}") from err
        except (IMAPClientError, OSError) as err:
            raise MailboxError(f"{self.who}: login failed: {_reason(err)}") from err

    @property
    def token_expires_at(self) -> datetime | None:
        return self.tokens.expires_at if self.tokens is not None else None

    def close(self) -> None:
        with self._lock:
            client, self._client, self._selected = self._client, None, None
        if client is not None:
            _quietly_logout(client)

    def _drop(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001 - the connection is already broken
                log.debug("%s: shutdown of a broken connection failed", self.who)

    def _call(self, what: str, action: Callable[[IMAPClient], T]) -> T:
        """Run ``action`` on a live connection; reopen once if the connection was lost."""
        with self._lock:
            for attempt in (1, 2):
                self.connect()
                assert self._client is not None
                try:
                    return action(self._client)
                except _CONNECTION_ERRORS as err:
                    self._drop()
                    if attempt == 2:
                        raise MailboxError(f"{self.who}: {what}: {_reason(err)}") from err
                    log.warning(
                        "%s: connection lost during %s (%s); reconnecting",
                        self.who,
                        what,
                        _reason(err),
                    )
                except IMAPClientError as err:
                    raise MailboxError(f"{self.who}: {what}: {_reason(err)}") from err
            raise AssertionError("unreachable")  # pragma: no cover

    # --- Mailbox protocol -------------------------------------------------------------------

    def _select(self, client: IMAPClient, folder: str, *, fresh: bool = False) -> FolderState:
        if fresh or self._selected != folder or self._state is None:
            response = client.select_folder(folder)
            self._selected = folder
            self._state = FolderState(
                int(response[b"UIDVALIDITY"]),
                int(response.get(b"UIDNEXT", 0)),
                int(response.get(b"EXISTS", 0)),
            )
        return self._state

    def folder_state(self, folder: str) -> FolderState:
        return self._call(f"select {folder}", lambda c: self._select(c, folder, fresh=True))

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        return self._call(f"search {folder}", lambda c: self._uids_after(c, folder, last_uid))

    def _uids_after(self, client: IMAPClient, folder: str, last_uid: int) -> list[int]:
        state = self._select(client, folder)
        if state.uidnext and state.uidnext <= last_uid + 1:
            return []  # nothing new: spare the round trip
        criteria: list[Any] = ["UID", f"{last_uid + 1}:*"]
        if self.since is not None:
            criteria += ["SINCE", self.since]
        # ``n:*`` with nothing new still matches the highest UID: keep only UIDs above last_uid.
        return sorted(u for u in client.search(criteria) if u > last_uid)

    def fetch(
        self, folder: str, uids: Sequence[int], *, max_bytes: int
    ) -> Iterator[FetchedMessage]:
        if not uids:
            return
        sizes = self._call(f"fetch sizes in {folder}", lambda c: self._sizes(c, folder, uids))
        wanted = [u for u in uids if u in sizes]
        small = [u for u in wanted if sizes[u] <= max_bytes]
        for chunk in _chunks_by_bytes(small, sizes, FETCH_BYTES_PER_CHUNK):
            bodies = self._fetch_bodies(folder, chunk)
            for uid in chunk:
                if uid in bodies:
                    yield FetchedMessage(uid, bodies[uid], sizes[uid])
        big = [u for u in wanted if sizes[u] > max_bytes]
        if big:
            heads = self._call(f"fetch headers in {folder}", lambda c: self._heads(c, folder, big))
            for uid in big:
                yield FetchedMessage(uid, heads.get(uid, b""), sizes[uid], too_large=True)

    def _fetch_bodies(self, folder: str, uids: list[int]) -> dict[int, bytes]:
        return self._call(f"fetch {folder}", lambda c: self._bodies(c, folder, uids))

    def _sizes(self, client: IMAPClient, folder: str, uids: Sequence[int]) -> dict[int, int]:
        """``RFC822.SIZE`` per UID; read with a small regex over imaplib's lines (imapclient's
        general parser costs as much as the bodies); anything it cannot read is asked again
        through imapclient, so a message is only left out when the server does not have it."""
        state = self._select(client, folder)
        self._fetched_under[folder] = state.uidvalidity
        wanted = set(uids)
        typ, data = client._imap.uid("FETCH", _message_set(uids), "(UID RFC822.SIZE)")
        if typ != "OK":
            raise IMAPClientError(f"UID FETCH RFC822.SIZE failed: {_text(tuple(data))}")
        sizes = {uid: size for uid, size in _parse_sizes(data) if uid in wanted}
        missing = [u for u in uids if u not in sizes]
        if missing:
            data2 = client.fetch(missing, ["RFC822.SIZE"])
            sizes.update(
                (uid, int(item[b"RFC822.SIZE"]))
                for uid, item in data2.items()
                if b"RFC822.SIZE" in item
            )
        return sizes

    def _bodies(self, client: IMAPClient, folder: str, uids: Sequence[int]) -> dict[int, bytes]:
        """``BODY.PEEK[]`` per UID, read from imaplib's (head, literal) pairs (imapclient's
        general parser cost a third of the fetch); a response of another shape is asked again
        through imapclient, so a message is only left out when the server does not have it."""
        self._select(client, folder)
        wanted = set(uids)
        typ, data = client._imap.uid("FETCH", _message_set(uids), "(UID BODY.PEEK[])")
        if typ != "OK":
            raise IMAPClientError(f"UID FETCH BODY.PEEK[] failed: {_text(tuple(data))}")
        bodies = {uid: body for uid, body in _parse_bodies(data) if uid in wanted}
        missing = [u for u in uids if u not in bodies]
        if missing:
            data2 = client.fetch(missing, ["BODY.PEEK[]"])
            bodies.update(
                (uid, bytes(item[b"BODY[]"])) for uid, item in data2.items() if b"BODY[]" in item
            )
        return bodies

    def _heads(self, client: IMAPClient, folder: str, uids: Sequence[int]) -> dict[int, bytes]:
        self._select(client, folder)
        data = client.fetch(list(uids), ["BODY.PEEK[HEADER]"])
        key = b"BODY[HEADER]"
        return {uid: bytes(item[key]) for uid, item in data.items() if key in item}

    def mark_processed(self, folder: str, uids: Sequence[int], action: str) -> None:
        if action == "none" or not uids:
            return
        self._call(f"{action} in {folder}", lambda c: self._after(c, folder, list(uids), action))

    def _after(self, client: IMAPClient, folder: str, uids: list[int], action: str) -> None:
        state = self._select(client, folder, fresh=True)
        fetched_under = self._fetched_under.get(folder, state.uidvalidity)
        if fetched_under != state.uidvalidity:  # the UIDs name other messages now
            raise MailboxError(f"{self.who}: {folder}: UIDVALIDITY changed; after-action skipped")
        kind, _, arg = action.partition(":")
        if kind == "seen":
            client.add_flags(uids, [b"\\Seen"], silent=True)
        elif kind == "keyword":
            client.add_flags(uids, [arg.encode()], silent=True)
        elif kind == "move":
            self._move(client, folder, uids, arg)
        else:
            raise ConfigError(f"{self.who}: unknown after-action {action!r}")

    def _move(self, client: IMAPClient, source: str, uids: list[int], target: str) -> None:
        if not client.has_capability("MOVE"):
            self._copy_move(client, source, uids, target)
            return
        if not client.folder_exists(target):
            client.create_folder(target)
        client.move(uids, target)

    def _copy_move(self, client: IMAPClient, source: str, uids: list[int], target: str) -> None:
        """MOVE without MOVE, safe to repeat after a kill at any point (``copy_marked`` then
        ``expunge_moved``); ``source`` is selected."""
        self._selected = None  # other folders get selected on the way: re-SELECT afterwards
        copied = copy_marked(client, source, uids, target)
        self.expunge_moved(client, uids)
        unmark_copies(client, target, copied)

    def expunge_moved(self, client: IMAPClient, uids: list[int]) -> None:
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:  # without UIDPLUS an EXPUNGE could remove others' deleted mail: leave it flagged
            log.warning("%s: server lacks UIDPLUS; moved mail left flagged \\Deleted", self.who)

    # --- IDLE ------------------------------------------------------------------------------

    def supports_idle(self) -> bool:
        return bool(self._call("capability", lambda c: c.has_capability("IDLE")))

    def idle_wait(
        self, folder: str, *, timeout: float, should_stop: Callable[[], bool] = lambda: False
    ) -> bool:
        """IDLE on ``folder`` up to ``timeout`` seconds; True once the server reports a change.

        A connection lost during IDLE (``BYE``, a kick, a reset) is reopened and reported as a
        change: mail may have arrived while nobody was listening, so the caller catches up."""
        with self._lock:
            self.connect()
            assert self._client is not None
            try:
                return self._idle(self._client, folder, timeout, should_stop)
            except _CONNECTION_ERRORS as err:
                self._drop()
                log.warning(
                    "%s: IDLE on %s lost its connection (%s); reconnecting to catch up",
                    self.who,
                    folder,
                    _reason(err),
                )
                self.connect()
                return True
            except IMAPClientError as err:
                raise MailboxError(f"{self.who}: idle {folder}: {_reason(err)}") from err

    def _idle(
        self, client: IMAPClient, folder: str, timeout: float, should_stop: Callable[[], bool]
    ) -> bool:
        self._select(client, folder)
        deadline = time.monotonic() + timeout
        client.idle()
        changed = False
        try:
            while not changed and not should_stop():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                responses = client.idle_check(timeout=min(left, 1.0))
                changed = any(_is_change(r) for r in responses)
        finally:
            client.idle_done()
        self._selected = None  # re-SELECT for fresh UIDNEXT
        return changed


# --- MOVE fallback ---------------------------------------------------------------------------
#
# COPY, then ``\Deleted`` and UID EXPUNGE, is not atomic: a kill after the COPY used to leave a
# second copy in the target at the retry. So the source messages get the keyword ``MOVING``
# before the COPY (COPY carries flags, so the copies have it too), and a retry looks for copies
# only of the source messages that have it, among the target's messages that have it, by
# fingerprint (RFC822.SIZE and the sha256 of the header block; COPY keeps the bytes). The
# keyword is taken off the copies once the source is expunged. A server without permanent
# keywords keeps the old behaviour (a second copy after such a kill).

MOVING = b"unmignet-moving"
_COPYUID = re.compile(rb"\[COPYUID \d+ [\d:,]+ ([\d:,]+)\]")


def copy_marked(client: IMAPClient, source: str, uids: list[int], target: str) -> list[int]:
    """Mark ``uids`` (in the selected ``source``) and COPY to ``target`` those without a copy
    there yet; the target UIDs that carry the mark and are copies of ``uids`` (None: unknown)."""
    if not client.folder_exists(target):
        client.create_folder(target)
    retried = client.search(["UID", _message_set(uids), "KEYWORD", MOVING.decode()])
    there = _copied_before(client, source, list(retried), target) if retried else {}
    client.add_flags(uids, [MOVING], silent=True)
    todo = [u for u in uids if u not in there]
    copied = list(there.values())
    if todo:
        response = client.copy(todo, target)
        found = _COPYUID.search(response if isinstance(response, bytes) else b"")
        if found is None:
            return []  # no COPYUID: unmark_copies asks the target
        copied += _uid_set(found[1].decode())
    return copied


def _copied_before(
    client: IMAPClient, source: str, retried: list[int], target: str
) -> dict[int, int]:
    """source UID -> target UID for the ``retried`` messages already copied; leaves ``source``
    selected."""
    wanted = _fingerprints(client, retried)
    client.select_folder(target, readonly=True)
    marked = client.search(["KEYWORD", MOVING.decode()])
    theirs = {fp: uid for uid, fp in _fingerprints(client, list(marked)).items()} if marked else {}
    client.select_folder(source)
    return {uid: theirs[fp] for uid, fp in wanted.items() if fp in theirs}


def _fingerprints(client: IMAPClient, uids: list[int]) -> dict[int, tuple[int, str]]:
    data = client.fetch(uids, ["RFC822.SIZE", "BODY.PEEK[HEADER]"])
    return {
        uid: (int(item[b"RFC822.SIZE"]), hashlib.sha256(bytes(item[b"BODY[HEADER]"])).hexdigest())
        for uid, item in data.items()
        if b"RFC822.SIZE" in item and b"BODY[HEADER]" in item
    }


def unmark_copies(client: IMAPClient, target: str, copied: list[int]) -> None:
    """Take the mark off the copies (all marked mail of ``target`` when the server did not say
    which UIDs the copies got)."""
    client.select_folder(target)
    uids = copied or list(client.search(["KEYWORD", MOVING.decode()]))
    if uids:
        client.remove_flags(uids, [MOVING], silent=True)


def _uid_set(text: str) -> list[int]:
    """[1, 2, 3, 7] for ``1:3,7`` (the inverse of ``_message_set``)."""
    uids: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition(":")
        low, high = sorted((int(first), int(last or first)))
        uids.extend(range(low, high + 1))
    return uids


def _is_change(response: Any) -> bool:
    """True for news about the mailbox; a ``BYE`` (server shutting down) ends the session."""
    if not isinstance(response, tuple) or not response:
        return False
    if response[0] == b"BYE":
        raise IMAPClientAbortError("server said BYE: " + _text(response[1:]))
    return len(response) >= 2 and response[1] in _CHANGES


def _text(parts: tuple[Any, ...]) -> str:
    return " ".join(p.decode("utf-8", "replace") if isinstance(p, bytes) else str(p) for p in parts)


_SIZE_ITEMS = re.compile(rb"\b(UID|RFC822\.SIZE) (\d+)")


def _parse_sizes(lines: Sequence[Any]) -> Iterator[tuple[int, int]]:
    """(uid, size) from untagged FETCH lines such as ``b"7 (UID 12 RFC822.SIZE 3120)"``.

    Unsolicited FETCH lines (flag changes) and anything with a literal are skipped."""
    for line in lines:
        if not isinstance(line, bytes):
            continue
        found = dict(_SIZE_ITEMS.findall(line))
        if b"UID" in found and b"RFC822.SIZE" in found:
            yield int(found[b"UID"]), int(found[b"RFC822.SIZE"])


_BODY_HEAD = re.compile(rb"^\d+ \((?:.* )?UID (\d+) (?:.* )?BODY\[\] \{(\d+)\}$")


def _parse_bodies(items: Sequence[Any]) -> Iterator[tuple[int, bytes]]:
    """(uid, body) from imaplib's FETCH data, where a literal comes as the pair
    ``(b"7 (UID 12 BODY[] {3120}", <3120 bytes>)``; anything else is skipped."""
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            continue
        head, body = item
        found = _BODY_HEAD.match(head) if isinstance(head, bytes) else None
        if found and isinstance(body, bytes) and len(body) == int(found[2]):
            yield int(found[1]), body


def _message_set(uids: Sequence[int]) -> str:
    """``1:3,7`` for [1, 2, 3, 7]: runs of consecutive UIDs collapsed."""
    ordered = sorted(set(uids))
    parts: list[str] = []
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid != prev + 1:
            parts.append(f"{start}:{prev}" if prev > start else str(start))
            start = uid
        prev = uid
    parts.append(f"{start}:{prev}" if prev > start else str(start))
    return ",".join(parts)


def _chunks_by_bytes(uids: list[int], sizes: dict[int, int], limit: int) -> Iterator[list[int]]:
    """Consecutive runs of ``uids`` whose sizes add up to at most ``limit`` (at least one each)."""
    chunk: list[int] = []
    total = 0
    for uid in uids:
        if chunk and total + sizes[uid] > limit:
            yield chunk
            chunk, total = [], 0
        chunk.append(uid)
        total += sizes[uid]
    if chunk:
        yield chunk


def _reason(err: BaseException) -> str:
    """The error as text for a person: the server's words, or the system's for an ``OSError``
    (``Connection refused``, never the bare errno ``111``)."""
    if isinstance(err, OSError) and err.strerror and not isinstance(err, socket.timeout):
        return err.strerror
    text = err.args[0] if err.args else err
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = str(text)
    if text[:2] in ("b'", 'b"') and text[-1:] == text[1]:  # imaplib's repr of server bytes
        text = text[2:-1]
    if isinstance(err, socket.timeout | TimeoutError):
        return f"timed out ({text})"
    return str(text) or type(err).__name__


def _quietly_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - closing a connection that may already be gone
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001 - nothing more to do
            log.debug("IMAP connection could not be closed cleanly")
