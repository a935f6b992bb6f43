#!/usr/bin/env python3
"""Build the blind extraction test set: one NAME.eml per case, CRLF, reproducible.

Usage: python build.py  (writes *.eml beside this script; the NAME.json gold files are hand-written)

Every partner, person, venue, address and link below is invented for this set.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.policy
from email import message_from_bytes
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
INBOX = "UN Network on Migration Secretariat <network.secretariat@unmignet-inbox.org>"
CASES: dict[str, object] = {}


def case(name):
    def register(fn):
        CASES[name] = fn
        return fn

    return register


def when(text: str) -> str:
    """'2026-11-16 10:42:11 +0000' -> RFC 5322 date."""
    return format_datetime(dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z"))


def encoded(key: str, value: str) -> str:
    """Non-ASCII header values as RFC 2047 encoded-words (compat32 messages do not do it themselves)."""
    if value.isascii():
        return value
    if key in ("From", "To", "Reply-To", "Sender"):
        name, addr = parseaddr(value)
        return formataddr((name, addr), charset="utf-8")
    return Header(value, "utf-8").encode()


def head(
    msg: Message, frm: str, subject: str, date: str, mid: str, to: str = INBOX, **extra: str
) -> Message:
    modern = isinstance(msg, EmailMessage)  # the modern policy encodes non-ASCII headers itself
    msg["From"] = frm if modern else encoded("From", frm)
    msg["To"] = to
    msg["Subject"] = subject if modern else encoded("Subject", subject)
    msg["Date"] = when(date)
    msg["Message-ID"] = f"<{mid}>"
    for key, value in extra.items():
        msg[key.replace("_", "-")] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def plain(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> EmailMessage:
    msg = EmailMessage()
    msg.set_content(text, charset=charset, cte=cte)
    return msg


def text_part(
    text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable"
) -> MIMEText:
    part = MIMEText(text, subtype, charset)
    if cte != "base64" and part["Content-Transfer-Encoding"] != cte:
        del part["Content-Transfer-Encoding"]
        raw = text.encode(charset)
        if cte == "quoted-printable":
            import quopri

            part.set_payload(quopri.encodestring(raw).decode("ascii"))
        else:
            part.set_payload(raw.decode(charset))
        part["Content-Transfer-Encoding"] = cte
    return part


def alternative(text: str, html: str, charset: str = "utf-8") -> MIMEMultipart:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", charset))
    outer.attach(text_part(html, "html", charset))
    return outer


def calendar_part(ics: str, method: str, cte: str = "base64") -> MIMEBase:
    part = MIMEBase("text", "calendar", method=method, charset="utf-8")
    data = ics.replace("\n", "\r\n").encode("utf-8")
    if cte == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        part.set_payload(data.decode("utf-8"))
    part["Content-Transfer-Encoding"] = cte
    return part


def outlook_html(paragraphs: list[str], table: list[tuple[str, str]] | None = None) -> str:
    """Word-generated HTML as Outlook sends it: MsoNormal paragraphs and an MsoNormalTable."""
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        "<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;} span.EmailStyle17 {mso-style-type:personal-compose;}'
        "@page WordSection1 {size:612.0pt 792.0pt;} div.WordSection1 {page:WordSection1;}--></style>",
        '</head><body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
        '<div class="WordSection1">',
    ]
    split = len(paragraphs) if table is None else paragraphs.index("@TABLE@")
    for para in paragraphs[:split]:
        out.append(f'<p class="MsoNormal">{para}<o:p></o:p></p>')
    if table is not None:
        out.append(
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse">'
        )
        for label, value in table:
            out.append(
                '<tr><td width="160" valign="top" style="width:120.0pt;border:solid #A6A6A6 1.0pt;'
                'background:#DEEAF6;padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class="MsoNormal"><b><span style="font-size:10.0pt">{label}</span></b><o:p></o:p></p></td>'
                '<td width="420" valign="top" style="width:315.0pt;border:solid #A6A6A6 1.0pt;'
                'border-left:none;padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class="MsoNormal"><span style="font-size:10.0pt">{value}</span><o:p></o:p></p></td></tr>'
            )
        out.append("</table>")
        for para in paragraphs[split + 1 :]:
            out.append(f'<p class="MsoNormal">{para}<o:p></o:p></p>')
    out.append("</div></body></html>")
    return "\n".join(out)


WINDOWS_ZONES = {
    "Pacific SA Standard Time": (
        "BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:-0300\nTZOFFSETTO:-0400\n"
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:16010101T000000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0300\n"
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=9\nEND:DAYLIGHT\n"
    ),
    "E. Africa Standard Time": "BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0300\nEND:STANDARD\n",
    "India Standard Time": "BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0530\nTZOFFSETTO:+0530\nEND:STANDARD\n",
    "Arab Standard Time": "BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0300\nEND:STANDARD\n",
}


def fold_ics(line: str) -> str:
    """RFC 5545 folding at 74 octets (approximately, on characters)."""
    if len(line) <= 74:
        return line
    parts = [line[:74]]
    rest = line[74:]
    while rest:
        parts.append(" " + rest[:73])
        rest = rest[73:]
    return "\n".join(parts)


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def outlook_ics(
    *,
    method: str,
    tzid: str,
    uid: str,
    summary: str,
    start: str,
    end: str,
    location: str,
    description: str,
    organizer: tuple[str, str],
    stamp: str,
    sequence: int = 0,
    status: str = "CONFIRMED",
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        WINDOWS_ZONES[tzid].rstrip("\n"),
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="UN Network on Migration Secre'
        'tariat":mailto:network.secretariat@unmignet-inbox.org',
        fold_ics(f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(description)}"),
        fold_ics(f"UID:{uid}"),
        fold_ics(f"SUMMARY;LANGUAGE=en-US:{ics_escape(summary)}"),
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{sequence}",
        fold_ics(f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}"),
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def outlook_invite(text: str, ics: str, method: str) -> MIMEMultipart:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain"))
    html = outlook_html([line if line else "&nbsp;" for line in text.split("\n")])
    outer.attach(text_part(html, "html"))
    outer.attach(calendar_part(ics, method))
    return outer


def settle(name: str, msg: Message) -> None:
    """Fixed MIME boundaries (reproducible bytes) and the top-level MIME headers after the envelope ones."""
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{name}_{index:02d}")
    mime = [
        (k, v)
        for k, v in msg.items()
        if k.lower() in ("content-type", "mime-version", "content-transfer-encoding")
    ]
    for key, _ in mime:
        del msg[key]
    for key, value in sorted(mime, key=lambda kv: kv[0].lower() != "mime-version"):
        msg[key] = value


def write(name: str, msg: Message) -> None:
    settle(name, msg)
    data = msg.as_bytes(policy=email.policy.SMTP.clone(max_line_length=200))
    # sanity: the bytes parse back and every line ends in CRLF
    assert b"\n" not in data.replace(b"\r\n", b"")
    message_from_bytes(data)
    (HERE / f"{name}.eml").write_bytes(data)


def main() -> None:
    import cases_en  # noqa: F401  (registers cases)
    import cases_other  # noqa: F401

    for name, fn in sorted(CASES.items()):
        write(name, fn())
    print(f"wrote {len(CASES)} messages to {HERE}")


__all__ = [
    "CASES",
    "EmailMessage",
    "MIMEApplication",
    "MIMEBase",
    "MIMEMessage",
    "MIMEMultipart",
    "MIMEText",
    "alternative",
    "calendar_part",
    "case",
    "head",
    "outlook_html",
    "outlook_ics",
    "outlook_invite",
    "plain",
    "text_part",
    "when",
]

if __name__ == "__main__":
    import sys

    sys.modules.setdefault("build", sys.modules[__name__])
    main()
