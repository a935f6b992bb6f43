"""Build the MIME message for one recipient (pure: no network, no database).

``multipart/alternative`` with the plain text first and the HTML last (clients show the last part
they can display). Headers: ``Date``, ``Message-ID``, ``From``, ``To``, ``Reply-To``, ``Subject``,
RFC 8058 ``List-Unsubscribe`` + ``List-Unsubscribe-Post``, ``List-Id``, and ``Auto-Submitted``
so auto-responders stay quiet. The Message-ID is derived from (digest, subscriber): a resend after
a crash carries the same one, which lets mail stores (Gmail, Exchange) fold a rare duplicate.
"""

from __future__ import annotations

import binascii
import hashlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid

from digest.render import Rendered


def sender_domain(sender: str) -> str:
    pairs = getaddresses([sender])
    address = pairs[0][1] if pairs else ""
    return address.rpartition("@")[2] or "unmignet.local"


def digest_message_id(week: str, subscriber_id: int, email: str, domain: str) -> str:
    tag = hashlib.sha256(f"{week}:{subscriber_id}:{email.casefold()}".encode()).hexdigest()[:12]
    return f"<digest.{week}.{subscriber_id}.{tag}@{domain}>"


def build(
    rendered: Rendered,
    *,
    sender: str,
    to: str,
    to_name: str | None = None,
    reply_to: str | None = None,
    message_id: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = rendered.subject
    msg["From"] = sender
    msg["To"] = Address(display_name=to_name or "", addr_spec=to)
    msg["Reply-To"] = reply_to or sender
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = message_id or make_msgid(domain=sender_domain(sender))
    msg["Auto-Submitted"] = "auto-generated"
    msg["List-Id"] = f"UN Network on Migration events digest <digest.{sender_domain(sender)}>"
    for name, value in (extra_headers or {}).items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    msg.set_type("multipart/alternative")
    msg.attach(_text_part(rendered.text, "plain"))
    msg.attach(_text_part(rendered.html, "html"))
    return msg


def _text_part(text: str, subtype: str) -> EmailMessage:
    """A quoted-printable UTF-8 part, encoded by ``binascii`` (C) rather than the email package's
    pure-Python encoder: the HTML is ~100 KB and is encoded once per recipient."""
    part = EmailMessage(policy=policy.SMTP)
    part["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    part["Content-Transfer-Encoding"] = "quoted-printable"
    body = text.replace("\r\n", "\n").encode("utf-8")
    part.set_payload(binascii.b2a_qp(body, istext=True).decode("ascii"))
    return part
