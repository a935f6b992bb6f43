"""May this mail be answered, and to which address? Pure: headers in, a decision out (RFC 3834).

An acknowledgement never goes to a mail that is itself automatic, so two robots never answer
each other: ``Auto-Submitted`` other than ``no``; ``Precedence: bulk|list|junk``; a mailing-list
header (``List-Id``, ``List-Unsubscribe``, ``List-Post``); an Exchange ``X-Auto-Response-Suppress``
that asks for silence; ``X-Autoreply``; a delivery report (``multipart/report``,
``message/delivery-status``); a null return path (``Return-Path: <>``); a no-reply, mailer-daemon,
postmaster or list-robot sender; a mail the spam filter flagged. The answer goes to the
``Reply-To`` address, else ``From``, unless that address or its domain opted out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses

_ROBOT = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|mail[-_.]?daemon|postmaster"
    r"|bounces?|listserv|majordomo|owner-.+|.+-request|.+-bounces?)(?:[+-].*)?$",
    re.IGNORECASE,
)
_LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post")
_SUPPRESS = ("all", "oof", "autoreply")


def read_headers(raw: bytes) -> Message:
    """The header block of a stored mail (the body is not needed to decide)."""
    head, _, _ = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    return BytesHeaderParser(policy=compat32).parsebytes(head[:262144])


def _value(headers: Message, name: str) -> str:
    return str(headers.get(name) or "").strip()


def addresses(headers: Message, name: str) -> list[str]:
    values = [str(v) for v in headers.get_all(name) or []]
    return [addr for _, addr in getaddresses(values) if "@" in addr]


def _header_reason(headers: Message) -> str | None:
    auto = _value(headers, "Auto-Submitted").lower()
    if auto and auto != "no":
        return f"automatic mail (Auto-Submitted: {auto})"
    precedence = _value(headers, "Precedence").lower()
    if precedence in ("bulk", "list", "junk"):
        return f"bulk mail (Precedence: {precedence})"
    listed = next((name for name in _LIST_HEADERS if headers.get(name)), None)
    if listed:
        return f"mailing list ({listed})"
    suppress = _value(headers, "X-Auto-Response-Suppress").lower()
    if any(word in suppress for word in _SUPPRESS):
        return f"the sender asks for no automatic reply (X-Auto-Response-Suppress: {suppress})"
    if headers.get("X-Autoreply") or headers.get("X-Autorespond"):
        return "automatic reply (X-Autoreply)"
    if _value(headers, "X-Spam-Flag").upper() == "YES":
        return "spam (flagged by the spam filter)"
    return None


def _sender_reason(headers: Message) -> str | None:
    kind = headers.get_content_type()
    if kind in ("multipart/report", "message/delivery-status"):
        return "delivery report"
    if _value(headers, "Return-Path") in ("<>", "< >"):
        return "null sender (Return-Path: <>)"
    senders = addresses(headers, "From") + addresses(headers, "Reply-To")
    if not senders:
        return "no sender address"
    robot = next((a for a in senders if _ROBOT.match(a.partition("@")[0])), None)
    return f"automatic sender ({robot})" if robot else None


def automatic_reason(headers: Message) -> str | None:
    """Why this mail must not be answered (it is automatic, bulk or spam), or None."""
    return _header_reason(headers) or _sender_reason(headers)


def reply_address(headers: Message) -> str | None:
    """Where an answer goes: the first ``Reply-To`` address, else the first ``From`` address."""
    for name in ("Reply-To", "From"):
        found = addresses(headers, name)
        if found:
            return found[0].strip()
    return None


def opted_out(address: str, opt_out: Iterable[str]) -> bool:
    """True when ``address`` or its domain (or a parent domain) is on the opt-out list.

    Entries are addresses (``a@example.org``) or domains (``example.org``, ``@example.org``).
    """
    folded = address.strip().casefold()
    domain = folded.rpartition("@")[2]
    for entry in opt_out:
        item = entry.strip().casefold()
        if "@" in item and not item.startswith("@"):
            if item == folded:
                return True
            continue
        item = item.lstrip("@")
        if item and (domain == item or domain.endswith("." + item)):
            return True
    return False


def same_address(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()
