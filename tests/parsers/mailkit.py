"""Test-mail plumbing shared by the parser tests: build one raw mail, extract its events.

Test modules import it as ``from mailkit import ...`` (pytest puts this folder on the path, as
tests/digest does for digest_support). The extractor itself is the ``extractor`` fixture in
conftest.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime

from parsers.extract import Extractor
from parsers.types import ExtractedEvent, ExtractionResult, ParsedMessage

SENDER = "Sender <s@example.org>"
PARTNER = "Partner <p@example.org>"
RECIPIENT = "net@example.org"
DATE_2025 = "Mon, 03 Nov 2025 09:00:00 +0000"
DATE_2026 = "Mon, 02 Nov 2026 09:00:00 +0000"


def message_id(*parts: str, domain: str = "example.org") -> str:
    """A Message-ID that is the same on every run: a digest of the mail's own text."""
    digest = hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:20]
    return f"<{digest}@{domain}>"


def mail_head(
    subject: str,
    *,
    mid: str,
    sender: str = SENDER,
    date: str = DATE_2025,
    content_type: str | None = "text/plain",
    charset: str = "utf-8",
    transfer_encoding: str | None = "8bit",
    extra_headers: Mapping[str, str] | None = None,
) -> str:
    """The header block of a test mail (ending in the blank line when a Content-Type is set)."""
    lines = [
        f"From: {sender}",
        f"To: {RECIPIENT}",
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: {mid}",
    ]
    lines += [f"{name}: {value}" for name, value in (extra_headers or {}).items()]
    lines.append("MIME-Version: 1.0")
    if content_type is None:
        return "\n".join(lines) + "\n"
    lines.append(f"Content-Type: {content_type}; charset={charset}")
    if transfer_encoding is not None:
        lines.append(f"Content-Transfer-Encoding: {transfer_encoding}")
    return "\n".join(lines) + "\n\n"


def plain_mail(
    subject: str,
    body: str,
    *,
    sender: str = SENDER,
    date: str = DATE_2025,
    content_type: str = "text/plain",
    charset: str = "utf-8",
    transfer_encoding: str | None = "8bit",
    extra_headers: Mapping[str, str] | None = None,
) -> bytes:
    """One single-part mail as raw bytes, its Message-ID derived from subject and body."""
    head = mail_head(
        subject,
        mid=message_id(subject, body),
        sender=sender,
        date=date,
        content_type=content_type,
        charset=charset,
        transfer_encoding=transfer_encoding,
        extra_headers=extra_headers,
    )
    return (head + body).encode("utf-8")


def notification(extractor: Extractor, raw: bytes) -> ExtractionResult:
    """The extraction of a mail that must be read as an event notification."""
    result = extractor.extract(raw)
    assert result.is_event_notification, result.reason
    return result


def events(extractor: Extractor, raw: bytes) -> tuple[ExtractedEvent, ...]:
    """The events of a mail that must be read as an event notification."""
    return notification(extractor, raw).events


def only_event(extractor: Extractor, raw: bytes) -> ExtractedEvent:
    """The single event of a mail that must be read as a notification of exactly one event."""
    found = events(extractor, raw)
    assert len(found) == 1, [event.value("start_date") for event in found]
    return found[0]


def headers_only(subject: str, *, sender: str = "partner@example.org") -> ParsedMessage:
    """A parsed message with only a subject, sender and date, for the verdict functions that take
    the message beside its text (``content_verdict(msg, text, ...)``)."""
    return ParsedMessage(
        message_id=None,
        subject=subject,
        from_name="",
        from_addr=sender,
        to=(),
        date=datetime(2026, 11, 2),
        headers=(),
        text_plain="",
        text_html="",
        calendars=(),
        attachments=(),
        embedded=(),
        content_type="text/plain",
    )


def mail_with_calendar(subject: str, body: str, ics: str = "", *, date: str = DATE_2026) -> bytes:
    """A plain-text mail; with ``ics``, a multipart/alternative of that text and a text/calendar
    REQUEST part, as Outlook and Google send invitations."""
    head = mail_head(subject, mid=message_id(subject, body, ics), date=date, content_type=None)
    plain = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    if not ics:
        return (head + plain + body).encode()
    return (
        head
        + 'Content-Type: multipart/alternative; boundary="BB"\n\n--BB\n'
        + plain
        + body
        + "\n--BB\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\n\n"
        + ics
        + "\n--BB--\n"
    ).encode()
