"""A folder of .eml files or a Maildir (``cur/`` and ``new/``) as a read-only mailbox.

UIDs are 1-based positions in the name-sorted file list (Maildir names begin with the delivery
time, so they sort in arrival order); UIDVALIDITY is fixed. Files added later with names that sort
before older ones are still caught by a full rescan (``poll --all``), where the sha256 stops
duplicates. After-actions are not applied: a local folder is a read-only source.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ingest.mailbox import FetchedMessage, FolderState
from unmignet.errors import MailboxError

LOCAL_UIDVALIDITY = 1


class LocalMailbox:
    def __init__(self, root: Path, *, name: str = "local") -> None:
        if not root.is_dir():
            raise MailboxError(f"mailbox folder {root} does not exist")
        self.root = root
        self.name = name

    def _files(self) -> list[Path]:
        if (self.root / "cur").is_dir() or (self.root / "new").is_dir():
            found = [p for sub in ("new", "cur") for p in (self.root / sub).glob("*")]
        else:
            found = list(self.root.glob("*.eml"))
        return sorted((p for p in found if p.is_file()), key=lambda p: p.name)

    def folder_state(self, folder: str) -> FolderState:
        files = self._files()
        return FolderState(LOCAL_UIDVALIDITY, len(files) + 1, len(files))

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        return list(range(last_uid + 1, len(self._files()) + 1))

    def fetch(
        self, folder: str, uids: Sequence[int], *, max_bytes: int
    ) -> Iterator[FetchedMessage]:
        files = self._files()
        for uid in uids:
            path = files[uid - 1]
            size = path.stat().st_size
            if size > max_bytes:
                yield FetchedMessage(uid, b"", size, too_large=True)
                continue
            yield FetchedMessage(uid, path.read_bytes(), size)

    def mark_processed(self, folder: str, uids: Sequence[int], action: str) -> None:
        return None

    def close(self) -> None:
        return None
