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
    try:
        headers = _HEADER_PARSER.parsebytes(raw[:65536])
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
