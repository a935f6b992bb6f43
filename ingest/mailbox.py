"""The one mailbox interface every source implements (IMAP, a folder of .eml files, a Maildir)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    uid: int
    raw: bytes
    size: int  # the size the server reports (``raw`` may be empty for an over-size stub)
    too_large: bool = False


class Mailbox(Protocol):
    """A source of raw messages, addressed by (folder, UIDVALIDITY, UID)."""

    name: str

    def folder_state(self, folder: str) -> FolderState: ...

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """UIDs strictly greater than ``last_uid``, ascending."""
        ...

    def fetch(
        self, folder: str, uids: Sequence[int], *, max_bytes: int
    ) -> Iterator[FetchedMessage]: ...

    def mark_processed(self, folder: str, uids: Sequence[int], action: str) -> None:
        """Apply the configured after-action (``none``, ``seen``, ``keyword:X``, ``move:F``)."""
        ...

    def close(self) -> None: ...
