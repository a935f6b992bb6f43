"""Raw RFC 5322 bytes -> :class:`parsers.types.ParsedMessage`; the only module using mail-parser.

mail-parser gives its defect report; the bodies are decoded by walking the standard library's
message tree, because mail-parser decodes some 8-bit and mislabelled UTF-8 parts into mojibake
(the known pitfall). Every body is decoded strictly in its declared charset first, then in UTF-8,
then in windows-1252; a part that needed a fallback is recorded as a defect. Nothing here
raises for a merely broken message: :class:`unmignet.errors.ParseError` only when no header and no
text at all can be recovered. Links wrapped by a mail gateway (Outlook safelinks, Proofpoint
urldefense, google.com/url?q=) are unwrapped in the text and HTML bodies to the real URL.
"""

from __future__ import annotations

import email
import email.utils
import logging
import re
from datetime import datetime
from email.header import Header, decode_header, make_header
from email.message import Message
from urllib.parse import unquote

import mailparser

from parsers.types import Attachment, ParsedMessage
from unmignet.errors import ParseError

log = logging.getLogger(__name__)
logging.getLogger("mailparser").setLevel(logging.CRITICAL)  # it logs every unhandled part type

MAX_DEPTH = 4  # nested message/rfc822 levels followed
MAX_PARTS = 200  # leaf parts read per message
CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar")


_URL_REST = r"[^\s\"'<>]*"
_SAFELINKS = re.compile(
    rf"https?://[\w.-]*safelinks\.protection\.outlook\.com/?\?(?:{_URL_REST}?&(?:amp;)?)?"
    rf"url=([^&\s\"'<>]+){_URL_REST}",
    re.IGNORECASE,
)
_GOOGLE = re.compile(
    rf"https?://(?:www\.)?google\.[a-z.]+/url\?(?:{_URL_REST}?&(?:amp;)?)?(?:q|url)="
    rf"(https?[^&\s\"'<>]+){_URL_REST}",
    re.IGNORECASE,
)
_URLDEFENSE_V3 = re.compile(r"https?://urldefense(?:\.proofpoint)?\.com/v3/__(.+?)__;[^\s\"'<>]*")
_URLDEFENSE_V2 = re.compile(
    rf"https?://urldefense\.proofpoint\.com/v2/url\?u=([^&\s\"'<>]+){_URL_REST}", re.IGNORECASE
)


def _v2_target(encoded: str) -> str:
    """Proofpoint v2 writes '-3A' for ':' and '_' for '/'."""
    text = encoded.replace("_", "/")
    return re.sub(r"-([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), text)


def unwrap_links(text: str) -> str:
    """Replace gateway-wrapped links by the URL they lead to; other text is left as it is."""
    if "safelinks" not in text and "urldefense" not in text and "/url?" not in text:
        return text
    text = _SAFELINKS.sub(lambda m: unquote(m.group(1)), text)
    text = _GOOGLE.sub(lambda m: unquote(m.group(1)), text)
    text = _URLDEFENSE_V3.sub(lambda m: m.group(1), text)
    return _URLDEFENSE_V2.sub(lambda m: _v2_target(m.group(1)), text)


def decode_header_value(value: object) -> str:
    """Decode an RFC 2047 header value to text; never raises."""
    if value is None:
        return ""
    if isinstance(value, Header):
        return _decode_header_object(value)
    raw = _undo_surrogates(str(value))
    try:
        return str(make_header(decode_header(raw))).strip()
    except (ValueError, LookupError, UnicodeError, email.errors.HeaderParseError):
        return raw.strip()


def _decode_header_object(value: Header) -> str:
    """compat32 hands raw 8-bit headers over as Header objects (charset unknown-8bit)."""
    pieces = []
    for data, charset in decode_header(value):
        if isinstance(data, str):
            pieces.append(data)
            continue
        known = None if charset in (None, "unknown-8bit") else charset
        pieces.append(decode_bytes(data, known or "utf-8")[0])
    return "".join(pieces).strip()


def _undo_surrogates(text: str) -> str:
    """Raw 8-bit header bytes (no RFC 2047) arrive as surrogate escapes: read them as UTF-8."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    data = text.encode("utf-8", "surrogateescape")
    return decode_bytes(data, "utf-8")[0]


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decode body bytes; return the text and a defect note when a fallback was needed."""
    declared = (charset or "").strip().lower() or "us-ascii"
    mislabel = declared in ("us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1")
    if mislabel and any(b > 0x7F for b in data) and _is_utf8(data):
        # 8-bit UTF-8 labelled as ASCII/Latin-1 is the common mislabel; UTF-8 is self-validating.
        return data.decode("utf-8"), f"charset {declared} held UTF-8"
    try:
        return data.decode(declared), None
    except (LookupError, UnicodeDecodeError):
        pass
    for fallback in ("utf-8", "cp1252"):
        try:
            return data.decode(fallback), f"charset {declared} undecodable, read as {fallback}"
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), f"charset {declared} undecodable, read as latin-1"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _part_bytes(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, AssertionError, TypeError):
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "replace") if isinstance(raw, str) else b""


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (ValueError, TypeError, LookupError):
        name = None
    return decode_header_value(name) if name else ""


class _Walker:
    """Collects the decoded pieces of one message level (embedded messages recurse)."""

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.plain: list[str] = []
        self.html: list[str] = []
        self.calendars: list[str] = []
        self.attachments: list[Attachment] = []
        self.embedded: list[ParsedMessage] = []
        self.defects: list[str] = []
        self.count = 0

    def walk(self, msg: Message) -> None:
        self.defects.extend(type(d).__name__ for d in getattr(msg, "defects", []))
        if msg.is_multipart():
            self._walk_multipart(msg)
            return
        self.count += 1
        if self.count > MAX_PARTS:
            return
        self._leaf(msg)

    def _walk_multipart(self, msg: Message) -> None:
        ctype = msg.get_content_type()
        payload = msg.get_payload()
        children = (
            [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
        )
        if ctype in ("message/rfc822", "message/global"):
            for child in children:
                self._embed(child)
            return
        if ctype.startswith("message/"):
            return  # delivery-status header blocks are not content
        for child in children:
            self.walk(child)

    def _embed(self, inner: Message) -> None:
        if self.depth >= MAX_DEPTH:
            self.defects.append("message nesting too deep")
            return
        self.embedded.append(_build(inner, self.depth + 1, b""))

    def _leaf(self, part: Message) -> None:
        ctype = part.get_content_type()
        filename = _filename(part)
        disposition = str(part.get("Content-Disposition") or "").lower()
        if ctype in CALENDAR_TYPES or filename.lower().endswith((".ics", ".vcs")):
            self.calendars.append(self._text(part))
        elif ctype == "text/plain" and not filename and "attachment" not in disposition:
            self.plain.append(unwrap_links(self._text(part)))
        elif ctype == "text/html" and not filename and "attachment" not in disposition:
            self.html.append(unwrap_links(self._text(part)))
        elif ctype in ("message/delivery-status", "text/rfc822-headers"):
            self.plain.append("")  # keep the DSN body out of the announcement text
        else:
            data = _part_bytes(part)
            self.attachments.append(Attachment(filename or ctype, ctype, len(data), data))

    def _text(self, part: Message) -> str:
        text, note = decode_bytes(_part_bytes(part), part.get_content_charset())
        if note:
            self.defects.append(note)
        return text.replace("\r\n", "\n").replace("\r", "\n")


def _date(msg: Message) -> datetime | None:
    raw = msg.get("Date")
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    values = [decode_header_value(v) for v in msg.get_all(name, [])]
    try:
        return [(n, a) for n, a in email.utils.getaddresses(values) if a or n]
    except (ValueError, IndexError, RecursionError):
        return []


def _headers(msg: Message) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), decode_header_value(v)) for k, v in msg.items())


def _build(msg: Message, depth: int, raw: bytes) -> ParsedMessage:
    walker = _Walker(depth)
    walker.walk(msg)
    sender = _addresses(msg, "From")
    name, addr = sender[0] if sender else ("", "")
    return ParsedMessage(
        message_id=(decode_header_value(msg.get("Message-ID")) or None),
        subject=decode_header_value(msg.get("Subject")).replace("\n", " ").replace("\r", ""),
        from_name=name,
        from_addr=addr,
        to=tuple(a for _, a in _addresses(msg, "To")),
        date=_date(msg),
        headers=_headers(msg),
        text_plain="\n\n".join(t for t in walker.plain if t.strip()),
        text_html="\n".join(walker.html),
        calendars=tuple(walker.calendars),
        attachments=tuple(walker.attachments),
        embedded=tuple(walker.embedded),
        content_type=msg.get_content_type(),
        defects=tuple(dict.fromkeys(walker.defects + _mailparser_defects(raw, walker.defects))),
    )


def _mailparser_defects(raw: bytes, stdlib_defects: list[str]) -> list[str]:
    """mail-parser's defect categories, asked only when the stdlib walk already saw a defect.

    mail-parser costs ~6 ms a message (a second full parse); a clean message needs no second
    opinion. Embedded messages (``raw`` empty) are not re-parsed.
    """
    if not raw or not stdlib_defects:
        return []
    try:
        parsed = mailparser.parse_from_bytes(raw)
        return [str(c) for c in (parsed.defects_categories or ())]
    except Exception as err:  # noqa: BLE001 - mail-parser raises many types on hostile input
        log.debug("mail-parser failed: %s", err)
        return [f"mail-parser failed: {type(err).__name__}"]


def _bare_calendar(raw: bytes) -> ParsedMessage:
    """A bare .ics file read as a message whose only content is the calendar."""
    text, note = decode_bytes(raw, "utf-8")
    return ParsedMessage(
        message_id=None,
        subject="",
        from_name="",
        from_addr="",
        to=(),
        date=None,
        headers=(),
        text_plain="",
        text_html="",
        calendars=(text.lstrip("\ufeff"),),
        attachments=(),
        embedded=(),
        content_type="text/calendar",
        defects=(note,) if note else (),
    )


def parse_message(raw: bytes, *, check_with_mailparser: bool = True) -> ParsedMessage:
    """Parse raw message bytes; MIME defects are recorded on the result, never raised.

    Raises ParseError only when the bytes hold neither a header nor any text.
    """
    if not raw or not raw.strip():
        raise ParseError("empty message")
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR"):
        return _bare_calendar(raw)
    try:
        msg = email.message_from_bytes(raw)
    except Exception as err:  # the stdlib parser is lenient; this is a last resort
        raise ParseError(f"unparseable message: {type(err).__name__}") from err
    try:
        parsed = _build(msg, 0, raw if check_with_mailparser else b"")
    except RecursionError as err:  # pathological nesting in headers or structure
        raise ParseError("message structure too deeply nested") from err
    if not (parsed.headers or parsed.text_plain or parsed.text_html or parsed.calendars):
        raise ParseError("no header and no text in message")
    return parsed
