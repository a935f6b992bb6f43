"""Store raw messages first, exactly once.

Dedupe keys: (account, folder, UIDVALIDITY, UID) and the sha256 of the bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.message import PENDING, STUB, RawMessage

_HEADER_PARSER = BytesHeaderParser(policy=compat32)


@dataclass(frozen=True, slots=True)
class Envelope:
    message_id: str | None
    subject: str
    sender: str
    date: datetime | None


def read_envelope(raw: bytes) -> Envelope:
    """A few headers for listing and dedupe; never raises on broken headers."""
    end = raw.find(b"\r\n\r\n", 0, 65536)
    head = raw[: end + 4] if end >= 0 else raw[:65536]
    try:
        headers = _HEADER_PARSER.parsebytes(head)
    except Exception:  # noqa: BLE001 - hostile input may break the stdlib parser anywhere
        return Envelope(None, "", "", None)
    return Envelope(
        _clean(headers.get("Message-ID"), 998),
        _decoded(headers.get("Subject")),
        _decoded(headers.get("From")),
        _date(headers.get("Date")),
    )


def _clean(value: object, limit: int) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text[:limit] or None


def _decoded(value: object) -> str:
    if value is None:
        return ""
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(str(value))))[:2000]
    except Exception:  # noqa: BLE001 - hostile input may break the stdlib parser anywhere
        return str(value)[:2000]


def _date(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


def find_duplicate(
    session: Session, account: str, folder: str, uidvalidity: int | None, uid: int | None, sha: str
) -> RawMessage | None:
    if uid is not None:
        hit = session.scalar(
            select(RawMessage).where(
                RawMessage.account == account,
                RawMessage.folder == folder,
                RawMessage.uidvalidity == uidvalidity,
                RawMessage.uid == uid,
            )
        )
        if hit is not None:
            return hit
    return session.scalar(select(RawMessage).where(RawMessage.sha256 == sha))


@dataclass(frozen=True, slots=True)
class Incoming:
    """One fetched message to store; ``too_large_reason`` makes it a stub."""

    uid: int | None
    raw: bytes
    size: int
    too_large_reason: str | None = None


def _sha(account: str, folder: str, uidvalidity: int | None, item: Incoming) -> str:
    if item.too_large_reason:
        return hashlib.sha256(f"{account}/{folder}/{uidvalidity}/{item.uid}".encode()).hexdigest()
    return hashlib.sha256(item.raw).hexdigest()


def _existing(
    session: Session,
    account: str,
    folder: str,
    uidvalidity: int | None,
    uids: list[int],
    shas: list[str],
) -> tuple[dict[int, int], dict[str, int]]:
    """(uid -> id, sha256 -> id) of what is already stored, in two queries."""
    by_uid: dict[int, int] = {}
    if uids:
        rows = session.execute(
            select(RawMessage.uid, RawMessage.id).where(
                RawMessage.account == account,
                RawMessage.folder == folder,
                RawMessage.uidvalidity == uidvalidity,
                RawMessage.uid.in_(uids),
            )
        )
        by_uid = {int(uid): int(row_id) for uid, row_id in rows if uid is not None}
    by_sha = {
        str(sha): int(row_id)
        for sha, row_id in session.execute(
            select(RawMessage.sha256, RawMessage.id).where(RawMessage.sha256.in_(shas))
        )
    }
    return by_uid, by_sha


def store_many(
    session: Session,
    *,
    account: str,
    folder: str,
    uidvalidity: int | None,
    items: list[Incoming],
) -> list[tuple[int, bool]]:
    """``store_raw`` for a batch: two lookups and one flush; returns (id, created) per item.

    The new rows are expunged after the flush, so a large batch does not stay in memory.
    Caller commits.
    """
    shas = [_sha(account, folder, uidvalidity, item) for item in items]
    uids = [item.uid for item in items if item.uid is not None]
    by_uid, by_sha = _existing(session, account, folder, uidvalidity, uids, shas)
    results: list[tuple[RawMessage | int, bool]] = []
    new_rows: dict[str, RawMessage] = {}
    for item, sha in zip(items, shas, strict=True):
        known = by_uid.get(item.uid) if item.uid is not None else None
        known = known if known is not None else by_sha.get(sha)
        if known is not None:
            results.append((known, False))
        elif sha in new_rows:  # the same bytes twice in one batch
            results.append((new_rows[sha], False))
        else:
            row = new_rows[sha] = _new_row(account, folder, uidvalidity, item, sha)
            results.append((row, True))
    session.add_all(new_rows.values())
    session.flush()
    ids = [(r if isinstance(r, int) else r.id, created) for r, created in results]
    for row in new_rows.values():
        session.expunge(row)
    return ids


def _new_row(
    account: str, folder: str, uidvalidity: int | None, item: Incoming, sha: str
) -> RawMessage:
    envelope = read_envelope(item.raw)
    return RawMessage(
        account=account,
        folder=folder,
        uidvalidity=uidvalidity,
        uid=item.uid,
        message_id=envelope.message_id,
        sha256=sha,
        raw=item.raw,
        size=item.size,
        subject=envelope.subject,
        sender=envelope.sender,
        date_header=envelope.date,
        state=STUB if item.too_large_reason else PENDING,
        error=item.too_large_reason,
    )


def store_raw(
    session: Session,
    *,
    account: str,
    folder: str,
    uidvalidity: int | None,
    uid: int | None,
    raw: bytes,
    size: int | None = None,
    too_large_reason: str | None = None,
) -> tuple[RawMessage, bool]:
    """Add the message unless it is already stored; return (row, created). Caller commits.

    An over-size message is stored as a stub (its headers only, state ``stub``) with the reason,
    so it is visible to the secretariat rather than silently skipped.
    """
    sha = hashlib.sha256(
        raw if not too_large_reason else f"{account}/{folder}/{uidvalidity}/{uid}".encode()
    ).hexdigest()
    existing = find_duplicate(session, account, folder, uidvalidity, uid, sha)
    if existing is not None:
        return existing, False
    envelope = read_envelope(raw)
    row = RawMessage(
        account=account,
        folder=folder,
        uidvalidity=uidvalidity,
        uid=uid,
        message_id=envelope.message_id,
        sha256=sha,
        raw=raw,
        size=size if size is not None else len(raw),
        subject=envelope.subject,
        sender=envelope.sender,
        date_header=envelope.date,
        state=STUB if too_large_reason else PENDING,
        error=too_large_reason,
    )
    session.add(row)
    session.flush()
    return row, True
