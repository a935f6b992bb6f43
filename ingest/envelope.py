"""The few headers stored beside the raw bytes (Message-ID, Subject, From, Date), read cheaply.

Only the header block is looked at (the bytes up to the first blank line, at most 64 KiB); lines
are unfolded and the first occurrence of each wanted field is kept. RFC 2047 encoded words are
decoded only in Subject and From, and only when ``=?`` occurs. Raw 8-bit header bytes are read as
UTF-8, falling back to Latin-1. Hostile input never raises: a value that cannot be read is empty.
The full MIME parse happens later, in ``parsers/``, from the stored copy.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime

HEADER_LIMIT = 65536
_WANTED = frozenset((b"message-id", b"subject", b"from", b"date"))
_LINE_END = re.compile(rb"\r?\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Envelope:
    message_id: str | None
    subject: str
    sender: str
    date: datetime | None


def header_block(raw: bytes) -> bytes:
    """The bytes before the first blank line (CRLF or bare LF), at most ``HEADER_LIMIT``."""
    head = raw[:HEADER_LIMIT]
    if head[:1] == b"\n" or head[:2] == b"\r\n":
        return b""  # no header at all: the body starts at once
    ends = [i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0]
    return head[: min(ends)] if ends else head


def header_fields(head: bytes) -> dict[bytes, bytes]:
    """First value of each wanted field (lower-cased name -> unfolded value bytes)."""
    found: dict[bytes, list[bytes]] = {}
    current: list[bytes] | None = None
    for line in _LINE_END.split(head):
        if line[:1] in (b" ", b"\t"):
            if current is not None:
                current.append(line)
            continue
        current = None
        name, colon, value = line.partition(b":")
        key = name.strip().lower()
        if colon and key in _WANTED and key not in found:
            current = found[key] = [value]
    return {key: b" ".join(part.strip() for part in parts) for key, parts in found.items()}


def read_envelope(raw: bytes) -> Envelope:
    """Message-ID, Subject, From and Date of ``raw``; never raises on broken headers."""
    fields = header_fields(header_block(raw))
    message_id = " ".join(_text(fields.get(b"message-id", b"")).split())[:998]
    return Envelope(
        message_id or None,
        _decoded(fields.get(b"subject")),
        _decoded(fields.get(b"from")),
        _date(fields.get(b"date")),
    )


def _text(value: bytes) -> str:
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        text = value.decode("latin-1")
    return _CONTROL.sub("", text)


def _decoded(value: bytes | None) -> str:
    if not value:
        return ""
    text = _text(value)
    if "=?" in text:
        # hostile encoded words may break the stdlib anywhere: keep the raw text then
        with suppress(Exception):
            text = _CONTROL.sub("", str(make_header(decode_header(text))))
    return text[:2000]


def _date(value: bytes | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(_text(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if parsed.tzinfo is not None else None
