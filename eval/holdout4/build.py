# ruff: noqa: E501
"""Build the holdout4 blind evaluation set: 30 partner mails (.eml) with their gold (.json).

Run from anywhere with the project's interpreter (python-docx is needed for one attachment):

    .venv/bin/python eval/holdout4/build.py

Every byte is fixed (boundaries, Message-IDs, docx timestamps), so a rebuild is identical.
All names, organisations, venues and storylines are invented for this set.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import quopri
import zipfile
from email.header import Header
from email.utils import formataddr
from pathlib import Path
from typing import Any

import docx

HERE = Path(__file__).resolve().parent
SECRETARIAT = "UN Network on Migration <unmignet@iom.int>"


# ---------------------------------------------------------------- MIME helpers


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def qp(text: str, charset: str) -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def hdr(text: str, charset: str = "utf-8") -> str:
    """An RFC 2047 header value when the text is not plain ASCII."""
    if text.isascii():
        return text
    return Header(text, charset).encode()


def addr(name: str, mail: str, charset: str = "utf-8") -> str:
    if name.isascii():
        return formataddr((name, mail))
    return formataddr((name, mail), charset=charset)


def head(
    sender: str,
    subject: str,
    date: str,
    msgid: str,
    *,
    to: str = SECRETARIAT,
    charset: str = "utf-8",
    extra: tuple[str, ...] = (),
) -> str:
    lines = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {hdr(subject, charset)}",
        f"Date: {date}",
        f"Message-ID: <{msgid}>",
        *extra,
        "MIME-Version: 1.0",
    ]
    return "\n".join(lines) + "\n"


def leaf(ctype: str, body: str, cte: str, *, extra: tuple[str, ...] = ()) -> str:
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def text_part(text: str, charset: str, cte: str, subtype: str = "plain") -> str:
    ctype = f"text/{subtype}; charset={charset}"
    if cte == "quoted-printable":
        return leaf(ctype, qp(text, charset), cte)
    if cte == "base64":
        return leaf(ctype, b64(text.encode(charset)), cte)
    assert cte == "8bit" or text.isascii(), "7bit part with non-ASCII text"
    return leaf(ctype, text, cte)


def multipart(subtype: str, boundary: str, parts: list[str], params: str = "") -> str:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\nThis is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def fold(line: str) -> str:
    """Fold an iCalendar content line at 75 octets, as RFC 5545 asks."""
    out, chunk, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(chunk)
            chunk, size = "", 0
        chunk += ch
        size += width
    out.append(chunk)
    return "\r\n ".join(out)


def ics(lines: list[str]) -> str:
    return "".join(fold(line) + "\r\n" for line in lines)


VTZ = {
    "E. Africa Standard Time": [
        "BEGIN:VTIMEZONE",
        "TZID:E. Africa Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "SE Asia Standard Time": [
        "BEGIN:VTIMEZONE",
        "TZID:SE Asia Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE",
        "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
}


def event(
    title: str,
    status: str,
    start_date: str,
    end_date: str,
    start_time: str | None,
    end_time: str | None,
    timezone: str | None,
    mode: str,
    venue: str | None,
    city: str | None,
    country: str | None,
    event_type: str,
    organizer: str | None,
    registration_url: str | None,
) -> dict[str, Any]:
    return {
        "title": title,
        "status": status,
        "start_date": start_date,
        "end_date": end_date,
        "start_time": start_time,
        "end_time": end_time,
        "timezone": timezone,
        "mode": mode,
        "venue": venue,
        "city": city,
        "country": country,
        "event_type": event_type,
        "organizer": organizer,
        "registration_url": registration_url,
    }


def gold(language: str, *events: dict[str, Any]) -> dict[str, Any]:
    return {"is_event_notification": bool(events), "language": language, "events": list(events)}


CASES: list[tuple[str, str, dict[str, Any], bool]] = []


def add(name: str, message: str, answer: dict[str, Any], crlf: bool = False) -> None:
    CASES.append((name, message, answer, crlf))


# ---------------------------------------------------------------- English

add(
    "q01_en_plain",
    head(
        addr("Farah Iskandar", "farah.iskandar@tenagabersama.example.org"),
        "Consultation with migrant domestic workers' associations - 14 May, Kuala Lumpur",
        "Mon, 16 Mar 2026 10:42:17 +0800",
        "20260316024217.5512@tenagabersama.example.org",
    )
    + text_part(
        """Dear colleagues of the Network secretariat,

Tenaga Bersama Migrant Workers Network is organising a one-day consultation
ahead of this year's regional review of the Global Compact, and we would be
glad to have it listed on the Network's calendar.

  Consultation with Migrant Domestic Workers' Associations on Decent Work
  and Access to Justice

  Date:   Thursday, 14 May 2026
  Time:   9.00 am - 4.30 pm (Malaysia time)
  Place:  Wisma Cahaya Community Hall, Level 3, Jalan Tun Sambanthan,
          Brickfields, Kuala Lumpur
  Interpretation: English, Bahasa Malaysia, Tagalog and Nepali

Around sixty representatives of domestic workers' associations from
Indonesia, the Philippines, Nepal and Cambodia will discuss complaint
mechanisms, rest days and wage protection with labour inspectors and
lawyers. Written inputs are welcome until 30 April 2026; the outcome note
will be circulated by 5 June 2026 and fed into the regional review.

Registration closes on 7 May:
https://tenagabersama.example.org/consultation-2026/register

Warm regards,

Farah Iskandar
Programme Coordinator
Tenaga Bersama Migrant Workers Network
18-2 Lebuh Farquhar, 10200 George Town, Penang, Malaysia
+60 4 261 7730
""",
        "us-ascii",
        "7bit",
    ),
    gold(
        "en",
        event(
            "Consultation with Migrant Domestic Workers' Associations on Decent Work and Access to Justice",
            "scheduled",
            "2026-05-14",
            "2026-05-14",
            "09:00",
            "16:30",
            "Asia/Kuala_Lumpur",
            "in_person",
            "Wisma Cahaya Community Hall, Level 3",
            "Kuala Lumpur",
            "MY",
            "stakeholder_consultation",
            "Tenaga Bersama Migrant Workers Network",
            "https://tenagabersama.example.org/consultation-2026/register",
        ),
    ),
)

Q02_TEXT = """Dear colleagues,

The Permanent Mission of Ghana and the Graduate Migration Policy Lab have the honour to invite you to an expert roundtable.

Event: Expert Roundtable on Portability of Social Security for Migrant Workers
Date: Tuesday, 9 June 2026
Time: 14:00 - 17:30 (CEST)
Venue: Maison des Mobilites, Salle Leman 2, Chemin Eugene-Rigot 4, Geneva
Format: In person, with online participation via Webex for registered participants

Kindly register by 29 May 2026: https://migrationpolicylab.example.ch/events/ssp-roundtable
A background paper will be shared with participants on 2 June 2026.

Best regards,
Kwabena Asante-Mensah
Counsellor (Labour and Migration)
"""

Q02_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
table.MsoTableGrid {border:solid windowtext 1.0pt; font-size:11.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear colleagues,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The Permanent Mission of Ghana and the Graduate Migration Policy Lab have the honour to invite you to an expert roundtable.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="140" valign="top" style="width:105pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Event<o:p></o:p></b></p></td>
<td width="460" valign="top" style="width:345pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Expert Roundtable on Portability of Social Security for Migrant Workers<o:p></o:p></p></td></tr>
<tr><td width="140" valign="top" style="width:105pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Date<o:p></o:p></b></p></td>
<td width="460" valign="top" style="width:345pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Tuesday, 9&nbsp;June&nbsp;2026<o:p></o:p></p></td></tr>
<tr><td width="140" valign="top" style="width:105pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Time<o:p></o:p></b></p></td>
<td width="460" valign="top" style="width:345pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">14:00 – 17:30 (CEST)<o:p></o:p></p></td></tr>
<tr><td width="140" valign="top" style="width:105pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Venue<o:p></o:p></b></p></td>
<td width="460" valign="top" style="width:345pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Maison des Mobilités, Salle Léman 2, Chemin Eugène-Rigot 4, Geneva<o:p></o:p></p></td></tr>
<tr><td width="140" valign="top" style="width:105pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Format<o:p></o:p></b></p></td>
<td width="460" valign="top" style="width:345pt;border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">In person, with online participation via Webex for registered participants<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kindly register by 29 May 2026: <a href="https://migrationpolicylab.example.ch/events/ssp-roundtable">https://migrationpolicylab.example.ch/events/ssp-roundtable</a><o:p></o:p></p>
<p class="MsoNormal">A background paper will be shared with participants on 2 June 2026.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal"><b>Kwabena Asante-Mensah</b><o:p></o:p></p>
<p class="MsoNormal">Counsellor (Labour and Migration)<o:p></o:p></p>
<p class="MsoNormal">Permanent Mission of Ghana to the United Nations Office at Geneva<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">This e-mail and any attachments are intended solely for the addressee and may contain privileged information. If you have received it in error, please notify the sender and delete it. Rue de Varembé 9, 1202 Geneva, Switzerland. Please consider the environment before printing.<o:p></o:p></span></p>
</div>
</body>
</html>
"""

add(
    "q02_en_outlook",
    head(
        addr("Asante-Mensah, Kwabena", "k.asante-mensah@ghanamission-geneva.example.org"),
        "Invitation – Expert Roundtable on Portability of Social Security for Migrant Workers, 9 June 2026",
        "Tue, 12 May 2026 16:05:33 +0200",
        "DB9PR02MB7410A1C3F6E2B7D4E8C1A2B3C4D5@DB9PR02MB7410.eurprd02.prod.outlook.com",
        extra=(
            "Thread-Topic: Invitation - Expert Roundtable on Portability of Social Security",
            "Content-Language: en-GB",
            "X-MS-Has-Attach: ",
        ),
    )
    + multipart(
        "alternative",
        "_000_DB9PR02MB7410A1C3F6E2_",
        [
            text_part(Q02_TEXT, "utf-8", "quoted-printable"),
            text_part(Q02_HTML, "utf-8", "quoted-printable", "html"),
        ],
    ),
    gold(
        "en",
        event(
            "Expert Roundtable on Portability of Social Security for Migrant Workers",
            "scheduled",
            "2026-06-09",
            "2026-06-09",
            "14:00",
            "17:30",
            "Europe/Zurich",
            "hybrid",
            "Maison des Mobilités, Salle Léman 2",
            "Geneva",
            "CH",
            "policy_dialogue",
            "Permanent Mission of Ghana and the Graduate Migration Policy Lab",
            "https://migrationpolicylab.example.ch/events/ssp-roundtable",
        ),
    ),
    crlf=True,
)

Q03_TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2YjEtOGUzNS00YzRkLWI1ZjAtMjg0OWFhNmM3ZDEw%40thread.v2/0?context=%7b%22Tid%22%3a%2253c1e1f0-7d2a-4b8e-9f3a-6c2b1e0d4a77%22%7d"
Q03_ICS = ics(
    [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        *VTZ["E. Africa Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Wanjiru Kamau:mailto:wkamau@eadatahub.example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=UN Network on Migration:mailto:unmignet@iom.int",
        "DESCRIPTION;LANGUAGE=en-US:The East Africa Displacement Data Hub invites national statistics offices\\, disaster management authorities and partners to a knowledge exchange on collecting and sharing data on disaster displacement.\\n\\nJoin in person at the Gigiri Learning Centre or online.\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting<"
        + Q03_TEAMS
        + ">\\nMeeting ID: 391 882 604 117\\nPasscode: Hb7Qx2\\n________________________________________________________________________________\\n",
        "UID:040000008200E00074C5B7101A82E0080000000050C1A7D3B6C1DC01000000000000000010000000E4F1A2B3C4D5E6F7",
        "SUMMARY;LANGUAGE=en-US:Knowledge Exchange on Disaster Displacement Data in the Horn of Africa",
        "DTSTART;TZID=E. Africa Standard Time:20260423T100000",
        "DTEND;TZID=E. Africa Standard Time:20260423T123000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260401T081452Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Gigiri Learning Centre\\, Room 2.14\\, Nairobi; Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)
Q03_TEXT = f"""The East Africa Displacement Data Hub invites national statistics offices, disaster management authorities and partners to a knowledge exchange on collecting and sharing data on disaster displacement.

Join in person at the Gigiri Learning Centre or online.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{Q03_TEAMS}>
Meeting ID: 391 882 604 117
Passcode: Hb7Qx2
________________________________________________________________________________
"""

add(
    "q03_en_ics_request",
    head(
        addr("Wanjiru Kamau", "wkamau@eadatahub.example.org"),
        "Knowledge Exchange on Disaster Displacement Data in the Horn of Africa",
        "Wed, 1 Apr 2026 11:14:52 +0300",
        "AM6PR08MB4423E1F0C2D3A4B5C6D7E8F9A0B1@AM6PR08MB4423.eurprd08.prod.outlook.com",
        extra=("Content-Language: en-US", "X-MS-TNEF-Correlator: "),
    )
    + multipart(
        "alternative",
        "_002_AM6PR08MB4423E1F0C2D3_",
        [
            text_part(Q03_TEXT, "utf-8", "quoted-printable"),
            leaf(
                'text/calendar; charset="utf-8"; method=REQUEST',
                b64(Q03_ICS.encode("utf-8")),
                "base64",
            ),
        ],
    ),
    gold(
        "en",
        event(
            "Knowledge Exchange on Disaster Displacement Data in the Horn of Africa",
            "scheduled",
            "2026-04-23",
            "2026-04-23",
            "10:00",
            "12:30",
            "Africa/Nairobi",
            "hybrid",
            "Gigiri Learning Centre, Room 2.14",
            "Nairobi",
            "KE",
            "knowledge_sharing",
            "East Africa Displacement Data Hub",
            Q03_TEAMS,
        ),
    ),
    crlf=True,
)

Q04_ZOOM = "https://us06web.zoom.us/j/84120077321?pwd=bWVrb25nUmVtaXQyMDI2"
Q04_ICS = ics(
    [
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        *VTZ["SE Asia Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Pimchanok Srisuk:mailto:pimchanok@mekongremit.example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=unmignet@iom.int:mailto:unmignet@iom.int",
        "DESCRIPTION;LANGUAGE=en-US:Dear all\\, we regret that this webinar is cancelled as two of the speakers are no longer available. Recordings of our earlier sessions remain online.\\n\\nMekong Remittance Observatory webinar\\nJoin Zoom Meeting\\n"
        + Q04_ZOOM
        + "\\nMeeting ID: 841 2007 7321\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000A1B2C3D4E5F60718",
        "SUMMARY;LANGUAGE=en-US:Canceled: Webinar: Remittance Costs in Mekong Corridors",
        "DTSTART;TZID=SE Asia Standard Time:20260903T100000",
        "DTEND;TZID=SE Asia Standard Time:20260903T113000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20260821T032210Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=en-US:Zoom",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)

add(
    "q04_en_ics_cancel",
    head(
        addr("Pimchanok Srisuk", "pimchanok@mekongremit.example.org"),
        "Canceled: Webinar: Remittance Costs in Mekong Corridors",
        "Fri, 21 Aug 2026 10:22:10 +0700",
        "SG2PR04MB5521F0E1D2C3B4A5968778695A4B@SG2PR04MB5521.apcprd04.prod.outlook.com",
        extra=("Importance: high", "Content-Language: en-US"),
    )
    + multipart(
        "alternative",
        "_000_SG2PR04MB5521F0E1D2C3_",
        [
            text_part(
                f"""Dear all, we regret that this webinar is cancelled as two of the speakers are no longer available. Recordings of our earlier sessions remain online.

Mekong Remittance Observatory webinar
Join Zoom Meeting
{Q04_ZOOM}
Meeting ID: 841 2007 7321

--
Pimchanok Srisuk | Research Officer
Mekong Remittance Observatory | 99/12 Soi Ari 4, Phaya Thai, Bangkok 10400, Thailand
""",
                "utf-8",
                "7bit",
            ),
            leaf(
                'text/calendar; charset="utf-8"; method=CANCEL',
                b64(Q04_ICS.encode("utf-8")),
                "base64",
            ),
        ],
    ),
    gold(
        "en",
        event(
            "Remittance Costs in Mekong Corridors",
            "cancelled",
            "2026-09-03",
            "2026-09-03",
            "10:00",
            "11:30",
            "Asia/Bangkok",
            "online",
            None,
            None,
            None,
            "knowledge_sharing",
            "Mekong Remittance Observatory",
            Q04_ZOOM,
        ),
    ),
)

Q05_LD = {
    "@context": "https://schema.org",
    "@type": "ExhibitionEvent",
    "name": "Threads of Passage: Photographs of Pacific Labour Mobility",
    "startDate": "2026-10-05T10:00:00+12:00",
    "endDate": "2026-10-16T17:00:00+12:00",
    "eventStatus": "https://schema.org/EventScheduled",
    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    "location": {
        "@type": "Place",
        "name": "Thurston Hall Gallery",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "14 Ratu Sukuna Road",
            "addressLocality": "Suva",
            "addressCountry": "FJ",
        },
    },
    "organizer": [
        {"@type": "Organization", "name": "Pacific Mobility Arts Collective"},
        {"@type": "Organization", "name": "IOM Fiji"},
    ],
    "offers": {
        "@type": "Offer",
        "price": "0",
        "priceCurrency": "FJD",
        "url": "https://threadsofpassage.example.org/rsvp",
    },
}
Q05_HTML = (
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Threads of Passage</title>
<script type="application/ld+json">
"""
    + json.dumps(Q05_LD, indent=2, ensure_ascii=False)
    + """
</script></head>
<body style="font-family:Georgia,serif;background:#f4efe6">
<table width="600" align="center" cellpadding="24"><tr><td>
<h1 style="color:#1d4e5f">Threads of Passage</h1>
<h2 style="font-weight:normal">Photographs of Pacific Labour Mobility</h2>
<p>Fruit pickers in Hawke's Bay, aged-care workers in Queensland, families waiting in Levuka and Nuku'alofa: twelve photographers follow seasonal workers and those who stay behind.</p>
<p><b>5 &ndash; 16 October 2026</b><br>Open daily 10 am &ndash; 5 pm<br>Thurston Hall Gallery, 14 Ratu Sukuna Road, Suva</p>
<p>The exhibition will be opened by the Minister for Employment at 10 am on Monday 5 October. Entry is free; please RSVP for the opening.</p>
<p><a href="https://threadsofpassage.example.org/rsvp" style="background:#1d4e5f;color:#fff;padding:10px 18px;text-decoration:none">RSVP</a></p>
<p style="font-size:11px;color:#777">Presented by the Pacific Mobility Arts Collective and IOM Fiji.<br>
You receive this because you are a partner of the Collective. <a href="https://threadsofpassage.example.org/unsubscribe">Unsubscribe</a></p>
</td></tr></table>
</body></html>
"""
)
Q05_TEXT = """THREADS OF PASSAGE
Photographs of Pacific Labour Mobility

Fruit pickers in Hawke's Bay, aged-care workers in Queensland, families waiting in Levuka and Nuku'alofa: twelve photographers follow seasonal workers and those who stay behind.

5 - 16 October 2026
Open daily 10 am - 5 pm
Thurston Hall Gallery, 14 Ratu Sukuna Road, Suva

The exhibition will be opened by the Minister for Employment at 10 am on Monday 5 October. Entry is free; please RSVP for the opening: https://threadsofpassage.example.org/rsvp

Presented by the Pacific Mobility Arts Collective and IOM Fiji.
"""

add(
    "q05_en_jsonld",
    head(
        addr("Pacific Mobility Arts Collective", "hello@pmac.example.org"),
        "Exhibition: Threads of Passage opens 5 October in Suva",
        "Mon, 7 Sep 2026 09:30:00 +1200",
        "mc.20260907.4417.threads@mail.pmac.example.org",
        extra=(
            "List-Unsubscribe: <https://threadsofpassage.example.org/unsubscribe>",
            "Precedence: bulk",
        ),
    )
    + multipart(
        "alternative",
        "==mc-alt-7f3a2c91",
        [
            text_part(Q05_TEXT, "utf-8", "quoted-printable"),
            text_part(Q05_HTML, "utf-8", "base64", "html"),
        ],
    ),
    gold(
        "en",
        event(
            "Threads of Passage: Photographs of Pacific Labour Mobility",
            "scheduled",
            "2026-10-05",
            "2026-10-16",
            "10:00",
            "17:00",
            "Pacific/Fiji",
            "in_person",
            "Thurston Hall Gallery",
            "Suva",
            "FJ",
            "exhibition_cultural",
            "Pacific Mobility Arts Collective and IOM Fiji",
            "https://threadsofpassage.example.org/rsvp",
        ),
    ),
)

add(
    "q06_en_fwd_inline",
    head(
        addr("Sofie Verhaegen", "sofie.verhaegen@inclusivecities.example.eu"),
        "Fwd: Side event at the IMRF - Cities on the Front Line",
        "Mon, 13 Apr 2026 08:51:09 +0200",
        "CAH3kQp7v2Lr9sXn4mB8eT1yWq6Zc0dFg5Jh=aK2uPo@mail.gmail.com",
    )
    + text_part(
        """Hi all,

Sharing this for the Network calendar - we co-organise it with Tilburg and
the Uruguayan mission. Grounds passes are the bottleneck, so please do
circulate the registration link early.

Best,
Sofie

--
Sofie Verhaegen
Policy Officer, Municipal Alliance for Inclusive Cities
Rue du Marteau 21, 1000 Brussels

---------- Forwarded message ---------
From: Municipal Alliance for Inclusive Cities <events@inclusivecities.example.eu>
Date: Fri, 10 Apr 2026 at 17:02
Subject: Side event at the IMRF - Cities on the Front Line
To: Sofie Verhaegen <sofie.verhaegen@inclusivecities.example.eu>


SIDE EVENT
Cities on the Front Line: Local Governments as First Responders to
Displacement

On the margins of the International Migration Review Forum (New York,
5-8 May 2026)

Wednesday, 6 May 2026 | 1:15 - 2:30 pm EDT
United Nations Headquarters, Conference Room 11, New York

Mayors and city officials from Tilburg, Montevideo, Kampala and Cucuta
will discuss how municipalities receive people displaced by conflict and
disasters, and what the Forum's progress declaration should ask of
national governments.

Co-organised by the Municipal Alliance for Inclusive Cities, the City of
Tilburg and the Permanent Mission of Uruguay to the United Nations.

A UN grounds pass is required. Participants without a pass must register
by 24 April: https://inclusivecities.example.eu/imrf2026/side-event
""",
        "utf-8",
        "7bit",
    ),
    gold(
        "en",
        event(
            "Cities on the Front Line: Local Governments as First Responders to Displacement",
            "scheduled",
            "2026-05-06",
            "2026-05-06",
            "13:15",
            "14:30",
            "America/New_York",
            "in_person",
            "United Nations Headquarters, Conference Room 11",
            "New York City",
            "US",
            "side_event",
            "Municipal Alliance for Inclusive Cities, the City of Tilburg and the Permanent Mission of Uruguay to the United Nations",
            "https://inclusivecities.example.eu/imrf2026/side-event",
        ),
    ),
)

add(
    "q07_en_reply_correction",
    head(
        addr("Meron Tadesse", "meron.tadesse@hornmobility.example.org"),
        "RE: Webinar on Fair Recruitment in the Gulf Corridor - 30 June",
        "Thu, 18 Jun 2026 12:37:45 +0300",
        "b41f0c2e-77a1-4d8e-9c35-2f1e6a0b9d13@hornmobility.example.org",
        extra=(
            "In-Reply-To: <5e9d2a70-1c3b-4f55-8a0e-9b7c6d5e4f21@hornmobility.example.org>",
            "References: <5e9d2a70-1c3b-4f55-8a0e-9b7c6d5e4f21@hornmobility.example.org>",
        ),
    )
    + text_part(
        """Dear colleagues,

A correction to my message below: the webinar starts at 15:00 EAT, not at
13:00 as I wrote, and it runs until 16:30. The date (Tuesday 30 June) and the
registration link are unchanged. Apologies for the confusion.

Meron

Meron Tadesse | Horn Mobility Research Institute
Bole Sub-City, Woreda 03, Addis Ababa, Ethiopia

From: Meron Tadesse
Sent: Tuesday, June 16, 2026 4:10 PM
To: UN Network on Migration <unmignet@iom.int>
Subject: Webinar on Fair Recruitment in the Gulf Corridor - 30 June

> Dear colleagues,
>
> The Horn Mobility Research Institute invites you to an online webinar:
>
> Webinar on Fair Recruitment in the Gulf Corridor
> Tuesday, 30 June 2026, 13:00-14:30 EAT, on Zoom
>
> Researchers from Addis Ababa, Hargeisa and Djibouti will present findings
> from 400 interviews with returned domestic workers, followed by a
> discussion with recruitment agencies and the Ministry of Labour.
>
> Registration: https://hornmobility.example.org/webinars/fair-recruitment
>
> Best regards,
> Meron
""",
        "utf-8",
        "quoted-printable",
    ),
    gold(
        "en",
        event(
            "Webinar on Fair Recruitment in the Gulf Corridor",
            "scheduled",
            "2026-06-30",
            "2026-06-30",
            "15:00",
            "16:30",
            "Africa/Addis_Ababa",
            "online",
            None,
            None,
            None,
            "knowledge_sharing",
            "Horn Mobility Research Institute",
            "https://hornmobility.example.org/webinars/fair-recruitment",
        ),
    ),
)


def concept_note() -> bytes:
    """The .docx attachment of q08, with fixed metadata and zip timestamps."""
    d = docx.Document()
    d.add_heading("Concept Note", level=0)
    d.add_heading(
        "Launch of the National Action Plan on Safe and Fair Labour Migration (2027–2031)", level=1
    )
    d.add_paragraph(
        "Nepal's new National Action Plan sets out how the Government, employers, recruitment agencies, "
        "trade unions and returnee associations will make labour migration safer, fairer and more "
        "productive. It was drafted through provincial consultations held between March and August 2026."
    )
    table = d.add_table(rows=0, cols=2)
    for label, value in (
        ("Date", "Thursday, 19 November 2026"),
        ("Time", "10:00–13:00 (NPT, UTC+05:45)"),
        ("Venue", "Hotel Himal Heritage, Durbar Hall, Kathmandu"),
        ("Chief Guest", "Hon. Minister for Labour, Employment and Social Security"),
        (
            "Organised by",
            "Ministry of Labour, Employment and Social Security, Government of Nepal, "
            "with the support of the UN Network on Migration in Nepal",
        ),
        ("Participation", "By invitation only (about 150 participants)"),
    ):
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
    d.add_heading("Agenda", level=2)
    for line in (
        "10:00  National anthem and welcome",
        "10:15  Presentation of the Action Plan",
        "10:45  Remarks by the Chief Guest and development partners",
        "11:30  Panel: returnees, employers and provinces",
        "12:45  Vote of thanks",
        "13:00  Lunch",
    ):
        d.add_paragraph(line)
    props = d.core_properties
    props.author = "Foreign Employment Policy Unit"
    props.last_modified_by = "Foreign Employment Policy Unit"
    props.title = "Concept Note - NAP Launch"
    props.created = dt.datetime(2026, 10, 20, 9, 0, 0)
    props.modified = dt.datetime(2026, 10, 21, 5, 0, 0)
    props.last_printed = dt.datetime(2026, 10, 21, 5, 0, 0)
    props.revision = 3
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            stable = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 21, 10, 0, 0))
            stable.compress_type = zipfile.ZIP_DEFLATED
            stable.external_attr = 0o644 << 16
            dst.writestr(stable, src.read(info.filename))
    return out.getvalue()


add(
    "q08_en_docx",
    head(
        addr("Sunita Gurung", "sunita.gurung@feunit.example.gov.np"),
        "Concept note: launch of the National Action Plan on labour migration",
        "Wed, 21 Oct 2026 11:20:04 +0545",
        "20261021112004.GA31207@feunit.example.gov.np",
    )
    + multipart(
        "mixed",
        "------------7A2C5E90B1D34F68",
        [
            text_part(
                """Dear UN Network on Migration secretariat,

Please find attached the concept note and agenda for the launch of the new
National Action Plan. We would be grateful if you could include it in the
Network's calendar of activities.

Kind regards,
Sunita Gurung
Under Secretary, Foreign Employment Policy Unit
Singha Durbar, Kathmandu
""",
                "utf-8",
                "7bit",
            ),
            leaf(
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="Concept_Note_NAP_Launch.docx"',
                b64(concept_note()),
                "base64",
                extra=('Content-Disposition: attachment; filename="Concept_Note_NAP_Launch.docx"',),
            ),
        ],
    ),
    gold(
        "en",
        event(
            "Launch of the National Action Plan on Safe and Fair Labour Migration (2027–2031)",
            "scheduled",
            "2026-11-19",
            "2026-11-19",
            "10:00",
            "13:00",
            "Asia/Kathmandu",
            "in_person",
            "Hotel Himal Heritage, Durbar Hall",
            "Kathmandu",
            "NP",
            "high_level_event",
            "Ministry of Labour, Employment and Social Security, Government of Nepal",
            None,
        ),
    ),
)

add(
    "q09_en_autoreply",
    head(
        addr("Daniel Okonkwo-Reyes", "d.okonkwo-reyes@migrantvoices.example.org"),
        "Automatic reply: Call for Migration Week activities",
        "Tue, 21 Apr 2026 07:02:11 +0000",
        "auto.20260421070211.8842@migrantvoices.example.org",
        extra=(
            "Auto-Submitted: auto-replied",
            "X-Auto-Response-Suppress: All",
            "In-Reply-To: <call-mw-2026@unmignet.example.int>",
        ),
    )
    + text_part(
        """Thank you for your message.

I am on mission in Bangkok until 4 May 2026 for the regional consultation
and will have limited access to email. For matters concerning our Migration
Week activities please contact Grace Achieng (g.achieng@migrantvoices.example.org);
for media requests, press@migrantvoices.example.org.

I will reply as soon as possible after my return.

Daniel Okonkwo-Reyes
Migrant Voices Alliance
""",
        "utf-8",
        "7bit",
    ),
    gold("en"),
)

Q10_ORIGINAL = """From: UN Network on Migration <unmignet@iom.int>
To: info@oldpartner-ngo.example.net
Subject: Reminder: Network knowledge session on skills partnerships, 12 May
Date: Mon, 27 Apr 2026 09:00:00 +0200
Message-ID: <reminder-skills-0427@unmignet.example.int>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear partners,

A reminder that the Network's knowledge session on global skills
partnerships takes place online on Tuesday 12 May 2026, 14:00-15:30 CEST.
Register at https://unmignet.example.int/sessions/skills

With best regards,
Network secretariat
"""

add(
    "q10_en_bounce",
    head(
        "Mail Delivery System <MAILER-DAEMON@mx2.iom.example.int>",
        "Undelivered Mail Returned to Sender",
        "Mon, 27 Apr 2026 09:00:41 +0200 (CEST)",
        "20260427070041.3F2A11C0042@mx2.iom.example.int",
        extra=("Auto-Submitted: auto-replied",),
    )
    + multipart(
        "report",
        "3F2A11C0042.1777280441/mx2.iom.example.int",
        [
            leaf(
                "text/plain; charset=us-ascii",
                """This is the mail system at host mx2.iom.example.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@oldpartner-ngo.example.net>: host mail.oldpartner-ngo.example.net[203.0.113.45]
    said: 550 5.1.1 <info@oldpartner-ngo.example.net>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
                "7bit",
                extra=("Content-Description: Notification",),
            ),
            leaf(
                "message/delivery-status",
                """Reporting-MTA: dns; mx2.iom.example.int
X-Postfix-Queue-ID: 3F2A11C0042
Arrival-Date: Mon, 27 Apr 2026 09:00:39 +0200 (CEST)

Final-Recipient: rfc822; info@oldpartner-ngo.example.net
Original-Recipient: rfc822;info@oldpartner-ngo.example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.oldpartner-ngo.example.net
Diagnostic-Code: smtp; 550 5.1.1 <info@oldpartner-ngo.example.net>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
                "7bit",
                extra=("Content-Description: Delivery report",),
            ),
            leaf(
                "message/rfc822",
                Q10_ORIGINAL,
                "7bit",
                extra=("Content-Description: Undelivered Message",),
            ),
        ],
        params="; report-type=delivery-status",
    ).replace(
        "This is a multi-part message in MIME format.", "This is a MIME-encapsulated message."
    ),
    gold("en"),
)

# ---------------------------------------------------------------- French

add(
    "q11_fr_plain_relative",
    head(
        addr("Awa Ndiaye", "awa.ndiaye@rjms.example.sn"),
        "Atelier de restitution - mardi prochain",
        "Wed, 4 Nov 2026 09:12:40 +0000",
        "5f2e8c10.4a1b@rjms.example.sn",
        charset="iso-8859-1",
    )
    + text_part(
        """Bonjour à toute l'équipe,

Comme annoncé lors de notre dernier échange, le Réseau Jeunesse et Mobilité
du Sénégal organise mardi prochain l'atelier de restitution de son étude sur
les jeunes migrants installés dans les villes secondaires.

« Atelier de restitution : Jeunes, mobilités et emploi dans les villes
secondaires du Sénégal »

Quand : mardi prochain, de 9h30 à 13h00 (heure de Dakar)
Où : Maison des Associations de la Médina, salle 2, Dakar

L'atelier réunira des associations de jeunes de Kaolack, Ziguinchor et
Tambacounda, les services régionaux de l'emploi et des chercheurs. Les
commentaires écrits sur le projet de rapport sont attendus au plus tard le
20 novembre ; le rapport final sera publié le 30 novembre.

Merci de confirmer votre présence par retour de courriel.

Cordialement,

Awa Ndiaye
Chargée de programmes
Réseau Jeunesse et Mobilité du Sénégal (RJMS)
BP 4471, Thiès, Sénégal
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    gold(
        "fr",
        event(
            "Atelier de restitution : Jeunes, mobilités et emploi dans les villes secondaires du Sénégal",
            "scheduled",
            "2026-11-10",
            "2026-11-10",
            "09:30",
            "13:00",
            "Africa/Dakar",
            "in_person",
            "Maison des Associations de la Médina, salle 2",
            "Dakar",
            "SN",
            "knowledge_sharing",
            "Réseau Jeunesse et Mobilité du Sénégal",
            None,
        ),
    ),
)

Q12_URL = "https://ceem.example.org/dialogue-voies-regulieres/inscription"
Q12_TEXT = f"""Madame, Monsieur,

La Délégation de la République de Côte d'Ivoire auprès de l'Union européenne et le Centre d'études euro-africaines sur les mobilités (CEEM) ont le plaisir de vous convier au :

Dialogue politique sur les voies de migration régulière entre l'Afrique de l'Ouest et l'Union européenne

Date : mercredi 17 février 2027
Horaire : 14h00 – 18h00 (heure de Bruxelles)
Lieu : Maison européenne des Mobilités, salle Van Maerlant, rue Belliard 71, Bruxelles
Format : hybride (présentiel et en ligne)

Inscription obligatoire avant le 5 février 2027 : {Q12_URL}
Les contributions écrites sont attendues avant le 1er mars 2027 ; le rapport de synthèse paraîtra en avril 2027.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Aminata Koné
Chargée de recherche, CEEM
"""
Q12_HTML = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}}
--></style>
</head>
<body lang="FR" link="#467886" vlink="#96607D">
<div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">La Délégation de la République de Côte d'Ivoire auprès de l'Union européenne et le Centre d'études euro-africaines sur les mobilités (CEEM) ont le plaisir de vous convier au&nbsp;:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:13.0pt;color:#1F3864">Dialogue politique sur les voies de migration régulière entre l'Afrique de l'Ouest et l'Union européenne<o:p></o:p></span></b></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">
<tr><td style="padding:2pt 6pt"><p class="MsoNormal"><b>Date</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal">mercredi 17 février 2027</p></td></tr>
<tr><td style="padding:2pt 6pt"><p class="MsoNormal"><b>Horaire</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal">14h00 – 18h00 (heure de Bruxelles)</p></td></tr>
<tr><td style="padding:2pt 6pt"><p class="MsoNormal"><b>Lieu</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal">Maison européenne des Mobilités, salle Van Maerlant, rue Belliard 71, Bruxelles</p></td></tr>
<tr><td style="padding:2pt 6pt"><p class="MsoNormal"><b>Format</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal">hybride (présentiel et en ligne)</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Inscription obligatoire avant le 5 février 2027&nbsp;: <a href="{Q12_URL}">{Q12_URL}</a><o:p></o:p></p>
<p class="MsoNormal">Les contributions écrites sont attendues avant le 1<sup>er</sup> mars 2027&nbsp;; le rapport de synthèse paraîtra en avril 2027.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Aminata Koné</b><br>Chargée de recherche, CEEM<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Centre d'études euro-africaines sur les mobilités – Rue des Jardins, Cocody II Plateaux, 08 BP 1123 Abidjan 08, Côte d'Ivoire – Tél. +225 27 22 41 18 90<br>
Ce message et ses pièces jointes sont confidentiels. S'il vous a été adressé par erreur, merci de le détruire et d'en avertir l'expéditeur.<o:p></o:p></span></p>
</div>
</body>
</html>
"""

add(
    "q12_fr_outlook",
    head(
        addr("Koné Aminata", "a.kone@ceem.example.org", "windows-1252"),
        "Invitation : Dialogue politique sur les voies de migration régulière – 17 février 2027",
        "Thu, 3 Dec 2026 14:22:31 +0000",
        "PR3P192MB0871C4D2A1E0F9B8C7D6E5F4A3B2@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM",
        charset="windows-1252",
        extra=("Content-Language: fr-FR", "Accept-Language: fr-FR, en-US"),
    )
    + multipart(
        "alternative",
        "_000_PR3P192MB0871C4D2A1E0_",
        [
            text_part(Q12_TEXT, "windows-1252", "quoted-printable"),
            text_part(Q12_HTML, "windows-1252", "quoted-printable", "html"),
        ],
    ),
    gold(
        "fr",
        event(
            "Dialogue politique sur les voies de migration régulière entre l'Afrique de l'Ouest et l'Union européenne",
            "scheduled",
            "2027-02-17",
            "2027-02-17",
            "14:00",
            "18:00",
            "Europe/Brussels",
            "hybrid",
            "Maison européenne des Mobilités, salle Van Maerlant",
            "Brussels",
            "BE",
            "policy_dialogue",
            "Délégation de la République de Côte d'Ivoire auprès de l'Union européenne et Centre d'études euro-africaines sur les mobilités (CEEM)",
            Q12_URL,
        ),
    ),
    crlf=True,
)

Q13_INNER = head(
    addr("Observatoire montréalais des migrations", "info@omm.example.ca"),
    "Programme de décembre : table ronde et projection",
    "Fri, 13 Nov 2026 10:00:00 -0500",
    "prog-dec-2026.1113@omm.example.ca",
    to="Julien Tremblay-Roy <jtremblay@omm.example.ca>",
) + text_part(
    """Bonjour,

L'Observatoire montréalais des migrations vous invite à deux activités en
décembre.

1) Table ronde : Les villes refuges au Canada, entre engagements et réalités
   Mardi 8 décembre 2026, de 17 h 30 à 19 h 30 (HNE)
   Pavillon Lucie-Vachon, local A-210, 3150, rue Jean-Talon Est, Montréal
   Avec des élus municipaux de Montréal et de Gatineau, des organismes
   d'accueil et des personnes sans statut.
   Inscription : https://omm.example.ca/activites/table-ronde-villes-refuges

2) Projection du documentaire « Les Traversées » suivie d'une discussion
   avec la réalisatrice
   Jeudi 10 décembre 2026 à 19 h (fin prévue vers 21 h 30)
   Ciné-club La Lanterne, 4520, rue Saint-Denis, Montréal
   Entrée libre, sans inscription.

Au plaisir de vous y voir,
L'équipe de l'OMM
""",
    "utf-8",
    "quoted-printable",
)

add(
    "q13_fr_fwd_attached",
    head(
        addr("Julien Tremblay-Roy", "jtremblay@omm.example.ca"),
        "TR: Programme de décembre : table ronde et projection",
        "Mon, 16 Nov 2026 15:30:12 -0500",
        "7c1d3e5f-0a2b-4c6d-8e9f-1a3b5c7d9e0f@omm.example.ca",
        extra=("X-Mailer: Apple Mail (2.3826.400.131.1.6)",),
    )
    + multipart(
        "mixed",
        "Apple-Mail=_4E8B2C10-9D3A-4F71-B6E5-0C2A7D9F1E38",
        [
            text_part(
                """Bonjour,

Je vous transmets ci-joint l'annonce de nos deux activités de décembre pour
le calendrier du Réseau.

Bonne journée,
Julien

Julien Tremblay-Roy
Coordonnateur, Observatoire montréalais des migrations
""",
                "utf-8",
                "quoted-printable",
            ),
            leaf(
                "message/rfc822",
                Q13_INNER,
                "7bit",
                extra=('Content-Disposition: attachment; filename="Programme de decembre.eml"',),
            ),
        ],
    ),
    gold(
        "fr",
        event(
            "Table ronde : Les villes refuges au Canada, entre engagements et réalités",
            "scheduled",
            "2026-12-08",
            "2026-12-08",
            "17:30",
            "19:30",
            "America/Toronto",
            "in_person",
            "Pavillon Lucie-Vachon, local A-210",
            "Montreal",
            "CA",
            "policy_dialogue",
            "Observatoire montréalais des migrations",
            "https://omm.example.ca/activites/table-ronde-villes-refuges",
        ),
        event(
            "Projection du documentaire « Les Traversées » suivie d'une discussion avec la réalisatrice",
            "scheduled",
            "2026-12-10",
            "2026-12-10",
            "19:00",
            "21:30",
            "America/Toronto",
            "in_person",
            "Ciné-club La Lanterne",
            "Montreal",
            "CA",
            "exhibition_cultural",
            "Observatoire montréalais des migrations",
            None,
        ),
    ),
)

add(
    "q14_fr_cancelled",
    head(
        addr("Association Horizons Partagés", "contact@horizons-partages.example.ci"),
        "ANNULATION – Festival des cultures migrantes d'Abidjan (18-20 décembre)",
        "Mon, 30 Nov 2026 18:03:27 +0000",
        "annulation-fcma-2026@horizons-partages.example.ci",
    )
    + text_part(
        """Chers partenaires,

C'est avec beaucoup de regret que nous vous informons que la 3e édition du
Festival des cultures migrantes d'Abidjan, prévue du vendredi 18 au
dimanche 20 décembre 2026, de 16h à 23h, sur l'esplanade du Centre culturel
Kpanlé à Treichville, est annulée.

Les autorisations nécessaires pour un rassemblement de cette taille ne nous
ont pas été accordées à temps. Les billets de soutien déjà achetés seront
intégralement remboursés d'ici le 15 décembre.

Nous remercions les troupes, les cuisinières et les bénévoles qui s'étaient
mobilisés et espérons vous retrouver l'an prochain.

Bien à vous,

Mariam Ouattara
Présidente, Association Horizons Partagés
""",
        "utf-8",
        "8bit",
    ),
    gold(
        "fr",
        event(
            "Festival des cultures migrantes d'Abidjan",
            "cancelled",
            "2026-12-18",
            "2026-12-20",
            "16:00",
            "23:00",
            "Africa/Abidjan",
            "in_person",
            "Esplanade du Centre culturel Kpanlé",
            "Abidjan",
            "CI",
            "exhibition_cultural",
            "Association Horizons Partagés",
            None,
        ),
    ),
)

Q15_HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Lettre d'information n° 14</title></head>
<body style="margin:0;background:#eef2f5;font-family:Arial,Helvetica,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2b5d8a;color:#fff;padding:18px 24px;font-size:22px">Plateforme Migrations &amp; Territoires<br><span style="font-size:14px">Lettre d'information n° 14 – novembre 2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.5">
<h3>Retour sur notre forum d'octobre</h3>
<p>Plus de 180 participants se sont retrouvés à Strasbourg le 15 octobre pour notre forum annuel consacré à l'accueil des travailleurs saisonniers. Les vidéos des plénières sont en ligne sur notre chaîne.</p>
<h3>Nouvelle publication</h3>
<p>Notre note « Communes et hospitalité : douze pratiques inspirantes » est disponible en téléchargement.</p>
<h3>Appel à contributions</h3>
<p>La revue <i>Territoires en mouvement</i> reçoit des propositions d'articles jusqu'au 15 janvier 2027.</p>
<h3>À venir</h3>
<p>Notre programmation 2027 est en cours de préparation : restez connectés, nous vous en dirons plus dans la prochaine lettre.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888">Vous recevez cette lettre en tant que partenaire de la Plateforme. <a href="https://migrations-territoires.example.fr/desinscription">Se désinscrire</a> · 4 quai des Bateliers, 67000 Strasbourg</td></tr>
</table></body></html>
"""

add(
    "q15_fr_newsletter",
    head(
        addr("Plateforme Migrations & Territoires", "lettre@migrations-territoires.example.fr"),
        "Lettre d'information n° 14 – novembre 2026",
        "Thu, 26 Nov 2026 07:30:00 +0100",
        "nl14.20261126@migrations-territoires.example.fr",
        extra=(
            "List-Unsubscribe: <https://migrations-territoires.example.fr/desinscription>",
            "Precedence: bulk",
        ),
    )
    + text_part(Q15_HTML, "utf-8", "quoted-printable", "html"),
    gold("fr"),
)

# ---------------------------------------------------------------- Spanish

Q16_URL = "https://forms.gle/Pa7sX2mQeK4vTz9R8"
Q16_TEXT = f"""Hola, equipo de la Red:

Les compartimos la invitación a nuestro próximo seminario, por si pueden incluirlo en el calendario.

Seminario «Integración socioeconómica de personas refugiadas y migrantes en ciudades intermedias»
Miércoles 22 de julio de 2026, de 8:00 a. m. a 12:00 m. (hora de Colombia, GMT-5)
Modalidad híbrida: Auditorio Mercedes Castro, Fundación Puentes Abiertos (Calle 45 # 13-20, Bogotá) y transmisión por Zoom

Organizan: Fundación Puentes Abiertos y Observatorio de Movilidad Humana del Caribe
Inscripciones: {Q16_URL}

¡Muchas gracias!

--
Valentina Rojas Mejía
Coordinadora de Incidencia | Fundación Puentes Abiertos
Sede principal: Carrera 54 # 72-80, Barranquilla, Colombia
"""
Q16_HTML = f"""<div dir="ltr">Hola, equipo de la Red:<div><br></div><div>Les compartimos la invitación a nuestro próximo seminario, por si pueden incluirlo en el calendario.</div><div><br></div><div><b>Seminario «Integración socioeconómica de personas refugiadas y migrantes en ciudades intermedias»</b></div><div>Miércoles 22 de julio de 2026, de 8:00 a.&nbsp;m. a 12:00 m. (hora de Colombia, GMT-5)</div><div>Modalidad híbrida: Auditorio Mercedes Castro, Fundación Puentes Abiertos (Calle 45 # 13-20, Bogotá) y transmisión por Zoom</div><div><br></div><div>Organizan: Fundación Puentes Abiertos y Observatorio de Movilidad Humana del Caribe</div><div>Inscripciones: <a href="{Q16_URL}">{Q16_URL}</a></div><div><br></div><div>¡Muchas gracias!</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>Valentina Rojas Mejía</b><div>Coordinadora de Incidencia | Fundación Puentes Abiertos</div><div><font size="1" color="#888888">Sede principal: Carrera 54 # 72-80, Barranquilla, Colombia</font></div></div></div></div>
"""

add(
    "q16_es_gmail",
    head(
        addr("Valentina Rojas Mejía", "valentina.rojas@puentesabiertos.example.org"),
        "Invitación seminario 22 de julio – integración en ciudades intermedias",
        "Wed, 1 Jul 2026 17:48:02 -0500",
        "CAJx8Lw3mR5tE_9qP2vY4nK7hD1sF6gB0cZ=uA3oT8iW2eXr@mail.gmail.com",
    )
    + multipart(
        "alternative",
        "000000000000a3f21c0622b8e4d7",
        [
            text_part(Q16_TEXT, "UTF-8", "quoted-printable"),
            text_part(Q16_HTML, "UTF-8", "quoted-printable", "html"),
        ],
    ),
    gold(
        "es",
        event(
            "Integración socioeconómica de personas refugiadas y migrantes en ciudades intermedias",
            "scheduled",
            "2026-07-22",
            "2026-07-22",
            "08:00",
            "12:00",
            "America/Bogota",
            "hybrid",
            "Auditorio Mercedes Castro, Fundación Puentes Abiertos",
            "Bogota",
            "CO",
            "knowledge_sharing",
            "Fundación Puentes Abiertos y Observatorio de Movilidad Humana del Caribe",
            Q16_URL,
        ),
    ),
)

add(
    "q17_es_rescheduled",
    head(
        addr("Mesa Nacional de Retorno Digno", "secretaria@retornodigno.example.org.gt"),
        "Cambio de fecha: Consulta regional con organizaciones de personas retornadas",
        "Mon, 24 Aug 2026 16:40:55 -0600",
        "cambio-fecha-consulta.0824@retornodigno.example.org.gt",
    )
    + text_part(
        """Estimadas y estimados colegas:

Les informamos que la Consulta regional con organizaciones de personas
migrantes retornadas, prevista inicialmente para el martes 15 de septiembre,
se traslada al martes 29 de septiembre de 2026, ya que la fecha original
coincidía con las fiestas patrias.

El horario (de 9:00 a 15:00 horas) y el lugar se mantienen: Hotel Casa
Ixchel, Salón Quetzal, zona 10, Ciudad de Guatemala.

Quienes ya se inscribieron no necesitan hacerlo de nuevo. Nuevas
inscripciones hasta el 18 de septiembre en
https://retornodigno.example.org.gt/consulta2026

Atentamente,

Secretaría Ejecutiva
Mesa Nacional de Retorno Digno
""",
        "utf-8",
        "base64",
    ),
    gold(
        "es",
        event(
            "Consulta regional con organizaciones de personas migrantes retornadas",
            "rescheduled",
            "2026-09-29",
            "2026-09-29",
            "09:00",
            "15:00",
            "America/Guatemala",
            "in_person",
            "Hotel Casa Ixchel, Salón Quetzal",
            "Guatemala City",
            "GT",
            "stakeholder_consultation",
            "Mesa Nacional de Retorno Digno",
            "https://retornodigno.example.org.gt/consulta2026",
        ),
    ),
)

Q18_TEXT = """Queridas amigas y amigos:

En el marco del Día Internacional del Migrante (18 de diciembre) y de la
Semana de las Migraciones, el Colectivo Caminantes A.C. les invita a dos
actividades abiertas:

* Taller para periodistas «Narrar la migración sin estigmas»
  Miércoles 16 de diciembre, de 10:00 a 14:00 h (hora del centro de México)
  Centro Cultural Puerta Sur, Sala 2, Calzada de Tlalpan 1420, Ciudad de México
  Cupo limitado a 25 personas. Registro:
  https://caminantes.example.org.mx/taller-periodistas

* Feria «Sabores sin fronteras»: gastronomía y música de las comunidades migrantes
  Viernes 18 de diciembre, de 12:00 a 20:00 h
  Explanada del Centro Cultural Puerta Sur
  Entrada libre.

¡Les esperamos!

Colectivo Caminantes A.C.
"""

add(
    "q18_es_programme",
    head(
        addr("Colectivo Caminantes A.C.", "comunicacion@caminantes.example.org.mx"),
        "Actividades del Colectivo Caminantes por el Día Internacional del Migrante",
        "Tue, 1 Dec 2026 11:05:18 -0600",
        "dim2026-actividades@caminantes.example.org.mx",
    )
    + multipart(
        "alternative",
        "b1_7d3f0e2a9c4b8e61",
        [
            text_part(Q18_TEXT, "utf-8", "8bit"),
            text_part(
                "<html><body><p>Queridas amigas y amigos:</p><p>En el marco del Día Internacional del Migrante (18 de diciembre) y de la Semana de las Migraciones, el Colectivo Caminantes A.C. les invita a dos actividades abiertas:</p><ul>"
                '<li><b>Taller para periodistas «Narrar la migración sin estigmas»</b><br>Miércoles 16 de diciembre, de 10:00 a 14:00 h (hora del centro de México)<br>Centro Cultural Puerta Sur, Sala 2, Calzada de Tlalpan 1420, Ciudad de México<br>Cupo limitado a 25 personas. <a href="https://caminantes.example.org.mx/taller-periodistas">Registro</a></li>'
                "<li><b>Feria «Sabores sin fronteras»: gastronomía y música de las comunidades migrantes</b><br>Viernes 18 de diciembre, de 12:00 a 20:00 h<br>Explanada del Centro Cultural Puerta Sur<br>Entrada libre.</li>"
                "</ul><p>¡Les esperamos!</p><p>Colectivo Caminantes A.C.</p></body></html>\n",
                "utf-8",
                "8bit",
                "html",
            ),
        ],
    ),
    gold(
        "es",
        event(
            "Narrar la migración sin estigmas",
            "scheduled",
            "2026-12-16",
            "2026-12-16",
            "10:00",
            "14:00",
            "America/Mexico_City",
            "in_person",
            "Centro Cultural Puerta Sur, Sala 2",
            "Mexico City",
            "MX",
            "media_engagement",
            "Colectivo Caminantes A.C.",
            "https://caminantes.example.org.mx/taller-periodistas",
        ),
        event(
            "Sabores sin fronteras: gastronomía y música de las comunidades migrantes",
            "scheduled",
            "2026-12-18",
            "2026-12-18",
            "12:00",
            "20:00",
            "America/Mexico_City",
            "in_person",
            "Explanada del Centro Cultural Puerta Sur",
            "Mexico City",
            "MX",
            "exhibition_cultural",
            "Colectivo Caminantes A.C.",
            None,
        ),
    ),
)

add(
    "q19_es_thanks",
    head(
        addr("Rodrigo Altamirano", "raltamirano@movilidadlaboral.example.org.pe"),
        "Agradecimiento – Foro de Movilidad Laboral Andina",
        "Fri, 23 Oct 2026 13:14:00 -0500",
        "gracias-foro-2026.1023@movilidadlaboral.example.org.pe",
    )
    + text_part(
        """Estimado equipo de la Red de las Naciones Unidas sobre la Migración:

Quiero agradecerles muy sinceramente su participación en el Foro de
Movilidad Laboral Andina que celebramos en Lima la semana pasada. La
intervención de su representante en el panel de cierre fue muy valorada por
las organizaciones sindicales presentes.

Pueden ver las fotografías del encuentro en
https://movilidadlaboral.example.org.pe/galeria/foro-2026
La relatoría final se compartirá con todas las personas participantes a
mediados de enero.

Con un saludo cordial,

Rodrigo Altamirano
Director, Centro de Estudios de Movilidad Laboral
""",
        "utf-8",
        "quoted-printable",
    ),
    gold("es"),
)

add(
    "q20_es_side_event",
    head(
        addr(
            "Red Andina por la Niñez Migrante", "contacto@redandinaninez.example.org", "iso-8859-1"
        ),
        "Evento paralelo - Foro Andino de Movilidad Humana, 14 de octubre",
        "Mon, 28 Sep 2026 12:20:44 -0300",
        "ep-foro-andino-0928@redandinaninez.example.org",
        charset="iso-8859-1",
    )
    + text_part(
        """Estimados colegas:

En el marco del XXIII Foro Andino de Movilidad Humana (Santiago de Chile,
13 al 15 de octubre de 2026), la Red Andina por la Niñez Migrante y la
Fundación Semillas del Sur organizan el evento paralelo:

«Protección de niñas, niños y adolescentes migrantes no acompañados en las
fronteras andinas»

Fecha: miércoles 14 de octubre de 2026
Hora: 13:00 a 14:30 (hora de Chile continental)
Lugar: Centro de Convenciones Cordillera, Sala Lauca, Santiago

Participarán defensorías de la niñez de Chile, Perú y Bolivia, y jóvenes
que cruzaron solos la frontera. Se ofrecerá un almuerzo ligero.

Inscripción (cupos limitados): https://redandinaninez.example.org/evento-paralelo

Saludos cordiales,
Secretaría Técnica - Red Andina por la Niñez Migrante
La Paz, Bolivia
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    gold(
        "es",
        event(
            "Protección de niñas, niños y adolescentes migrantes no acompañados en las fronteras andinas",
            "scheduled",
            "2026-10-14",
            "2026-10-14",
            "13:00",
            "14:30",
            "America/Santiago",
            "in_person",
            "Centro de Convenciones Cordillera, Sala Lauca",
            "Santiago",
            "CL",
            "side_event",
            "Red Andina por la Niñez Migrante y Fundación Semillas del Sur",
            "https://redandinaninez.example.org/evento-paralelo",
        ),
    ),
)

# ---------------------------------------------------------------- Portuguese

add(
    "q21_pt_hybrid",
    head(
        addr("Associação Terra de Todos", "geral@terradetodos.example.pt"),
        "Convite: debate sobre trabalho agrícola sazonal – 26 de março",
        "Thu, 5 Mar 2026 10:05:13 +0000",
        "convite-debate-0305@terradetodos.example.pt",
    )
    + text_part(
        """Caros parceiros,

A Associação Terra de Todos tem o prazer de convidar para o debate

«Acolhimento digno de trabalhadores agrícolas sazonais no Alentejo: que
respostas locais?»

quinta-feira, 26 de março de 2026, das 14h30 às 17h00 (hora de Lisboa)
Auditório Sophia, Fundação Lusa para a Mobilidade, Rua das Janelas Verdes 38,
Lisboa

O debate decorre em formato híbrido (presencial e via Zoom). Contará com
autarcas de Odemira e Beja, produtores, a Autoridade para as Condições do
Trabalho e associações de trabalhadores do Nepal e da Índia.

Inscrição obrigatória: https://terradetodos.example.pt/debate-sazonais
Ligação Zoom para quem participar à distância:
https://us02web.zoom.us/j/86521043377

Com os melhores cumprimentos,

Inês Carvalho
Associação Terra de Todos
Rua de Mértola 12, 7800-475 Beja
""",
        "utf-8",
        "quoted-printable",
    ),
    gold(
        "pt",
        event(
            "Acolhimento digno de trabalhadores agrícolas sazonais no Alentejo: que respostas locais?",
            "scheduled",
            "2026-03-26",
            "2026-03-26",
            "14:30",
            "17:00",
            "Europe/Lisbon",
            "hybrid",
            "Auditório Sophia, Fundação Lusa para a Mobilidade",
            "Lisbon",
            "PT",
            "policy_dialogue",
            "Associação Terra de Todos",
            "https://terradetodos.example.pt/debate-sazonais",
        ),
    ),
)

add(
    "q22_pt_postponed",
    head(
        addr("Fórum de Jornalistas para a Mobilidade Humana", "secretariado@fjmh.example.org.mz"),
        "RE: Oficina para jornalistas sobre migração laboral – ADIADA",
        "Thu, 30 Jul 2026 09:41:06 +0200",
        "adiamento-oficina-0730@fjmh.example.org.mz",
        extra=("In-Reply-To: <convite-oficina-0701@fjmh.example.org.mz>",),
    )
    + text_part(
        """Caros parceiros,

Lamentamos informar que a oficina abaixo foi adiada, por indisponibilidade
de vários formadores regionais. A nova data será comunicada logo que
possível. Pedimos desculpa pelo incómodo.

Atenciosamente,
Secretariado do FJMH

-----Mensagem original-----
De: Fórum de Jornalistas para a Mobilidade Humana
Enviada: quarta-feira, 1 de julho de 2026 10:15
Assunto: Convite: Oficina para jornalistas sobre migração laboral

O Fórum de Jornalistas para a Mobilidade Humana (FJMH) convida para a

Oficina de capacitação para jornalistas sobre migração laboral na África Austral

Datas: 12 e 13 de agosto de 2026
Horário: 8h30 às 16h00
Local: Hotel Marés do Índico, Sala Inhaca, Av. da Marginal, Maputo

Destinada a jornalistas de rádio, televisão e imprensa de Moçambique,
Malawi e Zimbabwe. Vagas limitadas; candidaturas por e-mail até 25 de julho.
""",
        "utf-8",
        "quoted-printable",
    ),
    gold(
        "pt",
        event(
            "Oficina de capacitação para jornalistas sobre migração laboral na África Austral",
            "postponed",
            "2026-08-12",
            "2026-08-13",
            "08:30",
            "16:00",
            "Africa/Maputo",
            "in_person",
            "Hotel Marés do Índico, Sala Inhaca",
            "Maputo",
            "MZ",
            "media_engagement",
            "Fórum de Jornalistas para a Mobilidade Humana (FJMH)",
            None,
        ),
    ),
)

add(
    "q23_pt_question",
    head(
        addr("Coletivo Hermanas en Roraima", "coletivo.hermanas.rr@gmail.example.com"),
        "Dúvida sobre o calendário da Semana das Migrações",
        "Tue, 15 Sep 2026 20:12:31 -0400",
        "CAOp3nW8kZ4rV_1xQ7tB9mE2sL6yH0jD5fG=cN8aU4iR1wKq@mail.gmail.com",
    )
    + text_part(
        """Prezados,

Somos um coletivo de mulheres migrantes venezuelanas em Boa Vista e
queremos organizar uma roda de conversa durante a Semana das Migrações,
mas ainda não definimos a data nem o local.

Gostaríamos de saber: é possível cadastrar a atividade no calendário antes
de termos a data confirmada? Existe algum formulário próprio, ou basta
enviar um e-mail para este endereço? Atividades em espanhol também são
aceitas?

Desde já, muito obrigada.

Yusmary Pérez
Coletivo Hermanas en Roraima
""",
        "utf-8",
        "8bit",
    ),
    gold("pt"),
)

# ---------------------------------------------------------------- Arabic

Q24_URL = "https://observatoire-maghreb.example.ma/reunion-ministerielle"
Q24_HTML = f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
<body dir="rtl" style="font-family:'Traditional Arabic',Tahoma;font-size:14pt">
<p>السيدات والسادة أعضاء أمانة الشبكة،</p>
<p>تحية طيبة وبعد،</p>
<p>يتشرف المرصد المغاربي للهجرة والتنمية بدعوتكم إلى حضور</p>
<p align="center"><b>الاجتماع الوزاري الإقليمي حول الهجرة والتنمية في شمال أفريقيا</b></p>
<p>الذي سينعقد يومي الثلاثاء والأربعاء 24 و25 نوفمبر 2026، من الساعة التاسعة صباحاً إلى الساعة الخامسة مساءً، بفندق الأطلس الكبير، قاعة المنصور، بالرباط.</p>
<p>ويشارك في الاجتماع وزراء مكلفون بالهجرة والتشغيل من خمس دول، إلى جانب ممثلين عن المنظمات الدولية والمجتمع المدني، لاعتماد خارطة طريق إقليمية للهجرة النظامية.</p>
<p>للتسجيل قبل 10 نوفمبر 2026: <a href="{Q24_URL}">{Q24_URL}</a></p>
<p>وتفضلوا بقبول فائق عبارات التقدير والاحترام.</p>
<p>يوسف بنعلي<br>مدير البرامج<br>المرصد المغاربي للهجرة والتنمية</p>
<p style="font-size:8pt;color:#808080">شارع الزرقطوني 214، الدار البيضاء، المغرب</p>
</body></html>
"""

add(
    "q24_ar_highlevel",
    head(
        addr(
            "المرصد المغاربي للهجرة والتنمية",
            "contact@observatoire-maghreb.example.ma",
            "windows-1256",
        ),
        "دعوة: الاجتماع الوزاري الإقليمي حول الهجرة والتنمية في شمال أفريقيا",
        "Tue, 27 Oct 2026 11:30:00 +0100",
        "invitation-rm-2026@observatoire-maghreb.example.ma",
        charset="windows-1256",
    )
    + text_part(Q24_HTML, "windows-1256", "base64", "html"),
    gold(
        "ar",
        event(
            "الاجتماع الوزاري الإقليمي حول الهجرة والتنمية في شمال أفريقيا",
            "scheduled",
            "2026-11-24",
            "2026-11-25",
            "09:00",
            "17:00",
            "Africa/Casablanca",
            "in_person",
            "فندق الأطلس الكبير، قاعة المنصور",
            "Rabat",
            "MA",
            "high_level_event",
            "المرصد المغاربي للهجرة والتنمية",
            Q24_URL,
        ),
    ),
)

add(
    "q25_ar_webinar",
    head(
        addr("شبكة الخليج لحقوق العمال المهاجرين", "info@gulfmigrantrights.example.org"),
        "ندوة عبر الإنترنت: حماية العمال المهاجرين من الإجهاد الحراري",
        "Mon, 1 Jun 2026 10:02:44 +0300",
        "webinar-heat-0601@gulfmigrantrights.example.org",
    )
    + text_part(
        """الزملاء الأعزاء،

تدعوكم شبكة الخليج لحقوق العمال المهاجرين إلى ندوة عبر الإنترنت بعنوان:

«حماية العمال المهاجرين من الإجهاد الحراري في قطاع البناء»

الموعد: الأربعاء ١٧ يونيو ٢٠٢٦
التوقيت: من الساعة ١١:٠٠ صباحاً حتى ١٢:٣٠ ظهراً بتوقيت مكة المكرمة
المنصة: زووم

يتحدث في الندوة أطباء وباحثون ونقابيون عن قواعد حظر العمل في أوقات الذروة
وتطبيقها الفعلي في مواقع البناء.

للتسجيل: https://gulfmigrantrights.example.org/webinar-heat

مع خالص التحية،
فريق الشبكة
الكويت
""",
        "utf-8",
        "quoted-printable",
    ),
    gold(
        "ar",
        event(
            "حماية العمال المهاجرين من الإجهاد الحراري في قطاع البناء",
            "scheduled",
            "2026-06-17",
            "2026-06-17",
            "11:00",
            "12:30",
            "Asia/Riyadh",
            "online",
            None,
            None,
            None,
            "knowledge_sharing",
            "شبكة الخليج لحقوق العمال المهاجرين",
            "https://gulfmigrantrights.example.org/webinar-heat",
        ),
    ),
)

add(
    "q26_ar_report",
    head(
        addr("مركز دراسات الهجرة والتنقل", "publications@mobility-studies.example.jo"),
        "صدور التقرير السنوي حول أوضاع العمال المهاجرين 2026",
        "Sun, 20 Sep 2026 09:15:00 +0300",
        "annual-report-2026@mobility-studies.example.jo",
    )
    + text_part(
        """السادة الشركاء الكرام،

يسرنا أن نعلن عن صدور التقرير السنوي لمركز دراسات الهجرة والتنقل حول أوضاع
العمال المهاجرين في المشرق العربي لعام 2026، والذي يتناول الأجور والسكن
والحصول على العدالة في ستة بلدان.

يمكن تحميل التقرير باللغتين العربية والإنجليزية من الرابط التالي:
https://mobility-studies.example.jo/reports/annual-2026

نرحب بملاحظاتكم وتعليقاتكم على البريد الإلكتروني للمركز.

مع التحية،
قسم النشر
مركز دراسات الهجرة والتنقل، عمّان
""",
        "utf-8",
        "base64",
    ),
    gold("ar"),
)

# ---------------------------------------------------------------- other languages

Q27_URL = "https://kommunen-vielfalt.example.de/fachgespraech-2026"
Q27_ICS = ics(
    [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        *VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Jonas Feldmann:mailto:j.feldmann@kommunen-vielfalt.example.de",
        "DESCRIPTION;LANGUAGE=de-DE:Fachgespräch des Netzwerks Kommunen für Vielfalt e.V.\\nAnmeldung: "
        + Q27_URL
        + "\\n",
        "UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000001000000099AA88BB77CC66DD",
        "SUMMARY;LANGUAGE=de-DE:Fachgespräch: Kommunale Strategien für die Arbeitsmarktintegration Geflüchteter",
        "DTSTART;TZID=W. Europe Standard Time:20260226T100000",
        "DTEND;TZID=W. Europe Standard Time:20260226T153000",
        "CLASS:PUBLIC",
        "DTSTAMP:20260210T084500Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Haus der Kommunen\\, Raum 3.12\\, Lindenstraße 20\\, 10969 Berlin",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)

add(
    "q27_de_ics_attached",
    head(
        addr("Jonas Feldmann", "j.feldmann@kommunen-vielfalt.example.de"),
        "Einladung: Fachgespräch Arbeitsmarktintegration Geflüchteter am 26.02.2026",
        "Tue, 10 Feb 2026 09:45:00 +0100",
        "FR3P281MB1642B7C8D9E0F1A2B3C4D5E6F7A8@FR3P281MB1642.DEUP281.PROD.OUTLOOK.COM",
        extra=("Content-Language: de-DE",),
    )
    + multipart(
        "mixed",
        "_004_FR3P281MB1642B7C8D9E0_",
        [
            text_part(
                f"""Sehr geehrte Damen und Herren,

das Netzwerk Kommunen für Vielfalt e.V. lädt Sie herzlich ein zum
Fachgespräch

„Kommunale Strategien für die Arbeitsmarktintegration Geflüchteter“

am Donnerstag, 26. Februar 2026, 10:00–15:30 Uhr (MEZ),
im Haus der Kommunen, Raum 3.12, Lindenstraße 20, 10969 Berlin.

Vertreterinnen und Vertreter von Jobcentern, Ausländerbehörden und
Migrantenorganisationen aus zwölf Kommunen tauschen sich über Anerkennung,
Sprachförderung und Beschäftigungsduldung aus.

Bitte melden Sie sich bis zum 19. Februar an: {Q27_URL}
Die Dokumentation der Ergebnisse erscheint im April 2026.

Die Kalendereinladung finden Sie im Anhang.

Mit freundlichen Grüßen

Jonas Feldmann
Referent Integration
Netzwerk Kommunen für Vielfalt e.V. – Geschäftsstelle
Hohenzollernring 48, 50672 Köln
""",
                "utf-8",
                "quoted-printable",
            ),
            leaf(
                'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"',
                b64(Q27_ICS.encode("utf-8")),
                "base64",
                extra=('Content-Disposition: attachment; filename="invite.ics"',),
            ),
        ],
    ),
    gold(
        "de",
        event(
            "Kommunale Strategien für die Arbeitsmarktintegration Geflüchteter",
            "scheduled",
            "2026-02-26",
            "2026-02-26",
            "10:00",
            "15:30",
            "Europe/Berlin",
            "in_person",
            "Haus der Kommunen, Raum 3.12",
            "Berlin",
            "DE",
            "policy_dialogue",
            "Netzwerk Kommunen für Vielfalt e.V.",
            Q27_URL,
        ),
    ),
)

Q28_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Gentili amiche e amici della Rete,</p>
<p>l'<b>Associazione Approdi Mediterranei</b>, in collaborazione con il <b>Comune di Palermo</b>, presenta la quarta edizione del festival</p>
<p style="font-size:18px;color:#0b5394"><b>«Mare di Mezzo - musiche e racconti delle diaspore»</b></p>
<p>da venerdì 19 a domenica 21 giugno 2026, dalle ore 18.00 alle 23.30,<br>
presso l'Ex Deposito Tram Sampolo, via Sampolo 120, Palermo.</p>
<p>Tre serate di concerti, letture e cucina con artisti delle comunità tunisina, bengalese, ghanese e srilankese della città. Ingresso libero fino a esaurimento posti.</p>
<p>Vi aspettiamo!<br>Lo staff di Approdi Mediterranei</p>
<p style="font-size:10px;color:#999">Approdi Mediterranei APS - C.F. 97312450828 - Ai sensi del Reg. UE 2016/679 può chiedere la cancellazione dei suoi dati rispondendo a questa e-mail.</p>
</body></html>
"""

add(
    "q28_it_festival",
    head(
        addr("Approdi Mediterranei", "info@approdimediterranei.example.it"),
        "Festival «Mare di Mezzo» 19-21 giugno, Palermo",
        "Wed, 20 May 2026 18:22:09 +0200",
        "mdm2026-invito@approdimediterranei.example.it",
        charset="iso-8859-15",
    )
    + text_part(Q28_HTML, "iso-8859-15", "quoted-printable", "html"),
    gold(
        "it",
        event(
            "Mare di Mezzo - musiche e racconti delle diaspore",
            "scheduled",
            "2026-06-19",
            "2026-06-21",
            "18:00",
            "23:30",
            "Europe/Rome",
            "in_person",
            "Ex Deposito Tram Sampolo",
            "Palermo",
            "IT",
            "exhibition_cultural",
            "Associazione Approdi Mediterranei in collaborazione con il Comune di Palermo",
            None,
        ),
    ),
)

add(
    "q29_tr_hybrid",
    head(
        addr("Ege Göç Araştırmaları Derneği", "iletisim@egegoc.example.org.tr", "iso-8859-9"),
        "Davet: Yerel Yönetimler ve Göç - Paydaş İstişare Toplantısı (8 Nisan)",
        "Thu, 19 Mar 2026 14:05:37 +0300",
        "istisare-davet-0319@egegoc.example.org.tr",
        charset="iso-8859-9",
    )
    + text_part(
        """Değerli paydaşlarımız,

Ege Göç Araştırmaları Derneği ve Konak Kent Konseyi olarak, 8 Nisan 2026
Çarşamba günü saat 13.30-17.00 (TSİ) arasında "Yerel Yönetimler ve Göç:
Paydaş İstişare Toplantısı"nı düzenliyoruz.

Toplantı Konak Kent Konseyi Toplantı Salonu'nda (Konak, İzmir) yüz yüze
yapılacak; aynı zamanda çevrim içi katılım imkânı da sunulacaktır.

Toplantıda belediyeler, muhtarlar, göçmen dernekleri ve mülteci gençlerle
birlikte kent düzeyinde uyum önceliklerini tartışacağız.

Kayıt: https://egegoc.example.org.tr/istisare-kayit
Son kayıt tarihi: 1 Nisan 2026

Saygılarımızla,

Dr. Elif Karataş
Ege Göç Araştırmaları Derneği
Genel Merkez: Kızılay, Ankara
""",
        "iso-8859-9",
        "quoted-printable",
    ),
    gold(
        "tr",
        event(
            "Yerel Yönetimler ve Göç: Paydaş İstişare Toplantısı",
            "scheduled",
            "2026-04-08",
            "2026-04-08",
            "13:30",
            "17:00",
            "Europe/Istanbul",
            "hybrid",
            "Konak Kent Konseyi Toplantı Salonu",
            "Izmir",
            "TR",
            "stakeholder_consultation",
            "Ege Göç Araştırmaları Derneği ve Konak Kent Konseyi",
            "https://egegoc.example.org.tr/istisare-kayit",
        ),
    ),
)

add(
    "q30_zh_spam",
    head(
        addr("陈经理", "chen.jl8841@fapiao-service.example.cn", "gb2312"),
        "您好：长期代开各类正规发票，欢迎合作",
        "Sat, 14 Nov 2026 03:41:09 +0800",
        "20261114034109.7731.fp@fapiao-service.example.cn",
        charset="gb2312",
    )
    + text_part(
        """尊敬的负责人：您好！

本公司实力雄厚，长期为各企事业单位代开各类正规发票（增值税专用发票、
普通发票、运输发票、广告发票、会议费发票等），点数优惠，可先验票后付款。

另有办理各类资质证书、会议场地及团体旅游业务，价格从优。

如有需要请联系：陈经理  手机：138 0000 8841  微信同号

此邮件为商业推广信息，如不需要请忽略。
""",
        "gb2312",
        "base64",
    ),
    gold("zh"),
)


# ---------------------------------------------------------------- write


def main() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 30, names
    for stale in HERE.glob("q*.eml"):
        stale.unlink()
    for stale in HERE.glob("q*.json"):
        stale.unlink()
    for name, message, answer, crlf in CASES:
        raw = message.encode("utf-8")  # only 8bit parts are not ASCII, and they are UTF-8
        if crlf:
            raw = raw.replace(b"\n", b"\r\n")
        (HERE / f"{name}.eml").write_bytes(raw)
        (HERE / f"{name}.json").write_text(
            json.dumps(answer, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(CASES)} messages to {HERE}")


if __name__ == "__main__":
    main()
