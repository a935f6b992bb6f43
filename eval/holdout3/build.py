"""Build the holdout3 blind set: every .eml and its gold .json, byte-identical on every run.

    .venv/bin/python eval/holdout3/build.py

All names, organisations, venues and storylines are invented for this set.
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import html
import io
import json
import quopri
import re
import zipfile
from datetime import datetime
from email.header import Header
from pathlib import Path
from typing import Any

import docx

HERE = Path(__file__).resolve().parent
CASES: list[tuple[str, bytes, dict[str, Any]]] = []

# ---------------------------------------------------------------- MIME helpers


def hdr(text: str, charset: str = "utf-8") -> str:
    """A header value, RFC 2047-encoded when it is not plain ASCII."""
    if text.isascii():
        return text
    return Header(text, charset).encode()


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if name.isascii():
        return f'"{name}" <{email}>' if ("," in name or "." in name) else f"{name} <{email}>"
    return f"{Header(name, charset).encode()} <{email}>"


def encode(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        out = raw
    return out if out.endswith(b"\n") else out + b"\n"


def leaf(
    ctype: str,
    text: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    params: str = "",
    extra: str = "",
) -> bytes:
    head = f"Content-Type: {ctype}; charset={charset}{params}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return head.encode("ascii") + b"\n" + encode(text, charset, cte)


def binary(ctype: str, name: str, data: bytes, disposition: str = "attachment") -> bytes:
    head = (
        f'Content-Type: {ctype}; name="{name}"\n'
        f'Content-Disposition: {disposition}; filename="{name}"\n'
        "Content-Transfer-Encoding: base64\n\n"
    )
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(subtype: str, boundary: str, parts: list[bytes], params: str = "") -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'.encode("ascii")
    for part in parts:
        out += f"--{boundary}\n".encode("ascii") + part + b"\n"
    return out + f"--{boundary}--\n".encode("ascii")


def rfc822(inner: bytes, name: str) -> bytes:
    head = f'Content-Type: message/rfc822; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n\n'
    return head.encode("ascii") + inner


def message(headers: list[tuple[str, str]], payload: bytes) -> bytes:
    lines = "".join(f"{k}: {v}\n" for k, v in headers)
    return lines.encode("ascii") + b"MIME-Version: 1.0\n" + payload


def mailbox(value: str) -> str:
    """'Name <addr>' with the display name RFC 2047-encoded when it is not ASCII."""
    if value.isascii() or "<" not in value:
        return value
    name, rest = value.split("<", 1)
    return f"{hdr(name.strip())} <{rest}"


def base_headers(
    frm: str, to: str, subject: str, date: str, msgid: str, charset: str = "utf-8"
) -> list[tuple[str, str]]:
    return [
        ("From", mailbox(frm)),
        ("To", mailbox(to)),
        ("Subject", hdr(subject, charset)),
        ("Date", date),
        ("Message-ID", f"<{msgid}>"),
    ]


def text_of(markup: str) -> str:
    """A plain-text alternative for an HTML part (what mail clients put beside it)."""
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", markup)
    markup = re.sub(
        r'(?is)<a\s[^>]*href="(https?:[^"]+)"[^>]*>(.*?)</a>',
        lambda m: m.group(2) if m.group(2) == m.group(1) else f"{m.group(2)}<{m.group(1)}>",
        markup,
    )
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>|</li>", "\n", markup)
    markup = re.sub(r"(?i)</td>", "\t", markup)
    markup = re.sub(r"<(?!https?:)/?[a-zA-Z][^>]*>", "", markup)
    lines = [html.unescape(line).strip() for line in markup.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def ics_fold(text: str) -> str:
    """Fold iCalendar content lines at 75 octets, CRLF-terminated."""
    out: list[str] = []
    for line in text.strip("\n").split("\n"):
        chunk, first = "", True
        for ch in line:
            limit = 75 if first else 74
            if len((chunk + ch).encode("utf-8")) > limit:
                out.append(chunk if first else " " + chunk)
                chunk, first = "", False
            chunk += ch
        out.append(chunk if first else " " + chunk)
    return "\r\n".join(out) + "\r\n"


def docx_bytes(build: Any) -> bytes:
    """A .docx made by python-docx, re-zipped with fixed timestamps so the bytes never change."""
    document = docx.Document()
    props = document.core_properties
    props.author = "MMHA"
    props.last_modified_by = "MMHA"
    props.created = datetime(2026, 12, 1, 9, 0, 0)
    props.modified = datetime(2026, 12, 1, 9, 0, 0)
    props.revision = 1
    build(document)
    raw = io.BytesIO()
    document.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(name))
    return fixed.getvalue()


# ---------------------------------------------------------------- gold helpers


def ev(
    title: str,
    start: str,
    end: str | None = None,
    *,
    st: str | None = None,
    et: str | None = None,
    tz: str | None = None,
    mode: str = "in_person",
    venue: str | None = None,
    city: str | None = None,
    country: str | None = None,
    etype: str,
    org: str | None,
    url: str | None = None,
    status: str = "scheduled",
) -> dict[str, Any]:
    return {
        "title": title,
        "status": status,
        "start_date": start,
        "end_date": end or start,
        "start_time": st,
        "end_time": et,
        "timezone": tz,
        "mode": mode,
        "venue": venue,
        "city": city,
        "country": country,
        "event_type": etype,
        "organizer": org,
        "registration_url": url,
    }


def add(name: str, raw: bytes, language: str, events: list[dict[str, Any]]) -> None:
    gold = {"is_event_notification": bool(events), "language": language, "events": events}
    CASES.append((name, raw, gold))


TO = "UN Network on Migration <unmignet@iom.int>"


# ---------------------------------------------------------------- English


def k01() -> None:
    body = """Dear colleagues of the Network secretariat,

The Namib Skills Mobility Observatory, together with the Ministry of Labour
and Skills Development, will convene a two-day roundtable:

  SOUTHERN AFRICA ROUNDTABLE ON SKILLS PARTNERSHIPS AND LABOUR MOBILITY

  Dates:  24-25 March 2026
  Time:   08:30 - 16:30 daily (registration desk opens at 08:00)
  Venue:  Gammams Conference Centre, Windhoek
  Format: in person only

The roundtable brings together labour ministries of the region, employer
federations and diaspora desks to review progress on skills partnerships
under GCM Objective 18, and to agree on three pilot corridors for 2027.

Participation is by invitation. To request a seat, please write to
roundtable@nsmo.org.na before 6 March 2026.

Kind regards,

Tjiuma Kahorongo
Programme Officer
Namib Skills Mobility Observatory
14 Sam Nujoma Avenue, Swakopmund, Namibia
Tel. +264 64 000 1234
"""
    raw = message(
        base_headers(
            "Tjiuma Kahorongo <t.kahorongo@nsmo.org.na>",
            TO,
            "Roundtable on skills partnerships - Windhoek, 24-25 March",
            "Tue, 10 Feb 2026 09:12:44 +0200",
            "20260210071244.5521@nsmo.org.na",
        ),
        leaf("text/plain", body, "us-ascii", "7bit", "; format=flowed"),
    )
    add(
        "k01_en_plain_signature_city",
        raw,
        "en",
        [
            ev(
                "Southern Africa Roundtable on Skills Partnerships and Labour Mobility",
                "2026-03-24",
                "2026-03-25",
                st="08:30",
                et="16:30",
                tz="Africa/Windhoek",
                venue="Gammams Conference Centre",
                city="Windhoek",
                country="NA",
                etype="policy_dialogue",
                org="Namib Skills Mobility Observatory and the Ministry of Labour and Skills Development",
            )
        ],
    )


def k02() -> None:
    markup = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} table.MsoTableGrid {border-collapse:collapse;} --></style></head>
<body lang="EN-NZ" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Kia ora koutou,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please find below our programme for International Migrants Day week in T&#257;maki Makaurau. All three events are free and all times are NZDT.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Event</b></p></td><td><p class="MsoNormal"><b>Date</b></p></td><td><p class="MsoNormal"><b>Time</b></p></td><td><p class="MsoNormal"><b>Where</b></p></td><td><p class="MsoNormal"><b>Register</b></p></td></tr>
<tr><td><p class="MsoNormal">Voices Across the Harbour &#8211; photo exhibition</p></td><td><p class="MsoNormal">Mon 14 &#8211; Fri 18 December 2026</p></td><td><p class="MsoNormal">10am &#8211; 6pm daily</p></td><td><p class="MsoNormal">Te P&#257;taka Gallery, 300 Queen Street, Auckland CBD</p></td><td><p class="MsoNormal">Drop in, no booking needed</p></td></tr>
<tr><td><p class="MsoNormal">Recognising Overseas Qualifications &#8211; practical workshop</p></td><td><p class="MsoNormal">Wed 16 December</p></td><td><p class="MsoNormal">1:00pm &#8211; 3:30pm</p></td><td><p class="MsoNormal">&#332;tara Community Hub, Room 2 &#8211; or join online via Zoom</p></td><td><p class="MsoNormal"><a href="https://wmft.org.nz/events/qualifications">wmft.org.nz/events/qualifications</a></p></td></tr>
<tr><td><p class="MsoNormal">Community Consultation on the Auckland Migrant Settlement Plan (co-hosted with the Auckland Council Ethnic Communities Unit)</p></td><td><p class="MsoNormal">Fri 18 December</p></td><td><p class="MsoNormal">5.30pm &#8211; 7.30pm</p></td><td><p class="MsoNormal">M&#257;ngere Town Hall</p></td><td><p class="MsoNormal"><a href="https://wmft.org.nz/events/consultation">wmft.org.nz/events/consultation</a></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ng&#257; mihi,<o:p></o:p></p>
<p class="MsoNormal"><b>Losa Tuilagi</b><br>Community Programmes Lead | Waitemat&#257; Migrant Futures Trust<br>Level 3, 12 Victoria Street, Wellington 6011<o:p></o:p></p>
</div></body></html>
"""
    raw = message(
        [
            *base_headers(
                "Losa Tuilagi <losa.tuilagi@wmft.org.nz>",
                TO,
                "Migration Week programme – Tāmaki Makaurau (3 events)",
                "Thu, 19 Nov 2026 14:05:10 +1300",
                "SY4PR01MB6021A1B2C3D4E5F6@SY4PR01MB6021.ausprd01.prod.outlook.com",
            ),
            ("Thread-Topic", hdr("Migration Week programme – Tāmaki Makaurau (3 events)")),
            ("X-MS-Has-Attach", ""),
        ],
        multipart(
            "alternative",
            "_000_SY4PR01MB6021A1B2C3D4E5F6SY4PR01MB6021ausp_",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    org = "Waitematā Migrant Futures Trust"
    add(
        "k02_en_outlook_table_programme",
        raw,
        "en",
        [
            ev(
                "Voices Across the Harbour – photo exhibition",
                "2026-12-14",
                "2026-12-18",
                st="10:00",
                et="18:00",
                tz="Pacific/Auckland",
                venue="Te Pātaka Gallery",
                city="Auckland",
                country="NZ",
                etype="exhibition_cultural",
                org=org,
            ),
            ev(
                "Recognising Overseas Qualifications – practical workshop",
                "2026-12-16",
                st="13:00",
                et="15:30",
                tz="Pacific/Auckland",
                mode="hybrid",
                venue="Ōtara Community Hub, Room 2",
                city="Auckland",
                country="NZ",
                etype="knowledge_sharing",
                org=org,
                url="https://wmft.org.nz/events/qualifications",
            ),
            ev(
                "Community Consultation on the Auckland Migrant Settlement Plan",
                "2026-12-18",
                st="17:30",
                et="19:30",
                tz="Pacific/Auckland",
                venue="Māngere Town Hall",
                city="Auckland",
                country="NZ",
                etype="stakeholder_consultation",
                org=org + " and the Auckland Council Ethnic Communities Unit",
                url="https://wmft.org.nz/events/consultation",
            ),
        ],
    )


TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjBiZDUtZjM5Mi00ZGQ2LWE1N2MtOWUyYjQ0ZTcxZjQx%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4-0000-4e5f-9a8b-123456789abc%22%2c%22Oid%22%3a%22f0e1d2c3-1111-4b5a-8c7d-abcdefabcdef%22%7d"


def k03() -> None:
    plain = f"""Dear colleagues,

HAMREC is convening an expert group meeting to agree on common indicators for
climate-related mobility in the IGAD region. Colleagues based in Nairobi are
welcome in the room; everyone else can join on Teams.

Agenda: (1) stocktake of displacement and mobility datasets, (2) draft indicator
set, (3) data-sharing protocol with national statistics offices.

Warm regards,
Wanjiru Mwangi
Data Lead, Horn of Africa Mobility Research Consortium (HAMREC)

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{TEAMS}>
Meeting ID: 391 552 804 117
Passcode: Hq7uT2
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""
    desc = plain.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:E. Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Wanjiru Mwangi:mailto:w.mwangi@hamrec.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=UN Network on Migration:mailto:unmignet@iom.int
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:040000008200E00074C5B7101A82E00800000000C0A5F3D2B91ADC01000000000000000010000000A4E7C1F0B3D24C6E8F9A0B1C2D3E4F50
SUMMARY;LANGUAGE=en-US:Expert Group Meeting on Climate Mobility Data in the IGAD Region
DTSTART;TZID=E. Africa Standard Time:20260609T090000
DTEND;TZID=E. Africa Standard Time:20260609T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260520T071500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Karura Conference Centre\\, Room 4\\, Nairobi / Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Karura Conference Centre, Room 4, Nairobi","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}},{{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    raw = message(
        base_headers(
            "Wanjiru Mwangi <w.mwangi@hamrec.org>",
            TO,
            "Expert Group Meeting on Climate Mobility Data in the IGAD Region",
            "Wed, 20 May 2026 10:15:00 +0300",
            "PR3P191MB1338C0A5F3D2B91A@PR3P191MB1338.EURP191.PROD.OUTLOOK.COM",
        ),
        multipart(
            "alternative",
            "_002_PR3P191MB1338C0A5F3D2B91APR3P191MB1338EURP_",
            [
                leaf("text/plain", plain),
                leaf("text/calendar", ics_fold(ics), "utf-8", "base64", "; method=REQUEST"),
            ],
        ),
    )
    add(
        "k03_en_ics_request_windows_tz",
        raw,
        "en",
        [
            ev(
                "Expert Group Meeting on Climate Mobility Data in the IGAD Region",
                "2026-06-09",
                st="09:00",
                et="13:00",
                tz="Africa/Nairobi",
                mode="hybrid",
                venue="Karura Conference Centre, Room 4",
                city="Nairobi",
                country="KE",
                etype="policy_dialogue",
                org="Horn of Africa Mobility Research Consortium (HAMREC)",
                url=TEAMS,
            )
        ],
    )


def k04() -> None:
    body = """Hello UN Network on Migration team,

The Ridgewood University Center for Migration and Labor (CML) is hosting a free
webinar this fall and we'd love for it to be included in your events calendar.

Title:  Remittances, Fintech and Financial Inclusion of Migrant Workers
When:   Thursday, 10/8/2026, 12:00-1:30 p.m. CT
Where:  Online (Zoom webinar - link sent after registration)
RSVP by 10/1/2026: https://ridgewood.edu/cml/webinars/remittances-2026

Speakers include a community credit-union manager from Houston, a researcher on
mobile-money corridors, and a representative of a migrant domestic workers'
cooperative. Live captioning in English and Spanish will be provided.

Recording will be posted to our website by 10/22/2026.

Best,
Karen Whitfield, PhD
Associate Director, Center for Migration and Labor
Ridgewood University | 1200 W. Harrison St., Chicago, IL 60607
(312) 555-0148
"""
    raw = message(
        base_headers(
            '"Whitfield, Karen" <kwhitfield@ridgewood.edu>',
            TO,
            "Webinar 10/8: Remittances, Fintech & Financial Inclusion of Migrant Workers",
            "Tue, 15 Sep 2026 11:08:00 -0500",
            "CH2PR04MB7012E55A1@CH2PR04MB7012.namprd04.prod.outlook.com",
        ),
        leaf("text/plain", body, "us-ascii", "7bit"),
    )
    add(
        "k04_en_us_numeric_dates",
        raw,
        "en",
        [
            ev(
                "Remittances, Fintech and Financial Inclusion of Migrant Workers",
                "2026-10-08",
                st="12:00",
                et="13:30",
                tz="America/Chicago",
                mode="online",
                etype="knowledge_sharing",
                org="Ridgewood University Center for Migration and Labor (CML)",
                url="https://ridgewood.edu/cml/webinars/remittances-2026",
            )
        ],
    )


def k05() -> None:
    body = """Hiya! quick one from my phone 🙈

our group (Lambeth Migrant Womens Circle) is doing a storytelling evening this thursday – "Home Is a Verb" – 6 till 8.30pm at Coldharbour Community Hall in Brixton. free, all welcome, bring a friend!! 🎤✨

rsvp here pls so we know numbers for food https://www.eventbrite.co.uk/e/home-is-a-verb-storytelling-tickets-918273645501

thx so much xx
Abena

Sent from my iPhone
"""
    raw = message(
        [
            *base_headers(
                "Abena Osei-Bonsu <abena.ob@gmail.com>",
                "unmignet@iom.int",
                "storytelling night thurs!!",
                "Mon, 14 Sep 2026 07:52:19 +0100",
                "6F1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8@gmail.com",
            ),
            ("X-Mailer", "iPhone Mail (22F76)"),
        ],
        leaf("text/plain", body),
    )
    add(
        "k05_en_iphone_relative_date",
        raw,
        "en",
        [
            ev(
                "Home Is a Verb",
                "2026-09-17",
                st="18:00",
                et="20:30",
                tz="Europe/London",
                venue="Coldharbour Community Hall",
                city="London",
                country="GB",
                etype="exhibition_cultural",
                org="Lambeth Migrant Womens Circle",
                url="https://www.eventbrite.co.uk/e/home-is-a-verb-storytelling-tickets-918273645501",
            )
        ],
    )


def k06() -> None:
    body = """Dear colleagues,

Small but important correction to my message below: the webinar starts at
14:00 CEST, not 13:00. It still ends at 15:30. Apologies for the confusion!

Best,
Ilse

On Tue, 31 Mar 2026 at 10:02, Ilse Vandamme <ilse.vandamme@rpx-network.eu> wrote:
> Dear colleagues,
>
> The Reintegration Practitioners' Exchange (RPX) is pleased to invite you to
> its next peer-learning webinar:
>
> Sustainable Reintegration After Return: Lessons from Community-Based Approaches
> Wednesday 22 April 2026, 13:00-15:30 CEST
> Online (Zoom) - registration: https://rpx-network.eu/webinar-april
>
> Practitioners from three return countries will present community-based
> reintegration schemes, followed by small-group exchanges.
>
> Kind regards,
> Ilse Vandamme
> Programme Manager, RPX
> Rue du Marteau 19, 1000 Brussels, Belgium
"""
    raw = message(
        [
            *base_headers(
                "Ilse Vandamme <ilse.vandamme@rpx-network.eu>",
                TO,
                "Re: Peer-learning webinar – Sustainable Reintegration After Return (22 April)",
                "Thu, 2 Apr 2026 09:15:00 +0200",
                "CAF7k2x9Qm1pRz0Lw3@mail.gmail.com",
            ),
            ("In-Reply-To", "<CAF7k2x9Qm1pRz0Lv8@mail.gmail.com>"),
            ("References", "<CAF7k2x9Qm1pRz0Lv8@mail.gmail.com>"),
        ],
        leaf("text/plain", body, "utf-8", "7bit"),
    )
    add(
        "k06_en_reply_time_correction",
        raw,
        "en",
        [
            ev(
                "Sustainable Reintegration After Return: Lessons from Community-Based Approaches",
                "2026-04-22",
                st="14:00",
                et="15:30",
                tz="Europe/Brussels",
                mode="online",
                etype="knowledge_sharing",
                org="Reintegration Practitioners' Exchange (RPX)",
                url="https://rpx-network.eu/webinar-april",
            )
        ],
    )


def k07() -> None:
    body = """Bula vinaka Network secretariat,

In response to your call below, here is our event for Migration Week:

PACIFIC SEASONAL WORKERS' WELFARE DIALOGUE
- Tuesday 15 December 2026, 10:00am to 12:30pm (Fiji time)
- Suva Civic Centre, Main Auditorium, Suva - and online for colleagues in
  Vanuatu, Samoa and Tonga (hybrid)
- Government labour-sending units, employers from the receiving countries and
  returned workers will discuss pastoral care, accommodation standards and
  deductions from wages.
- Register (in person or online): https://pilmf.org.fj/welfare-dialogue-2026

Organiser: Pacific Islands Labour Mobility Forum (PILMF)

Vinaka vakalevu,
Mere Naivalu
PILMF Secretariat

From: UN Network on Migration <unmignet@iom.int>
Sent: Thursday, October 22, 2026 9:14 AM
To: Network partners <network-partners@lists.iom.int>
Subject: Call for events: Migration Week 2026

Dear partners,

Migration Week 2026 will take place from 14 to 20 December 2026. We invite you
to organise events in your region and share them with us by 20 November 2026
through the online form: https://migrationnetwork.un.org/migration-week-form

To help you prepare, the secretariat will hold a briefing webinar for partners
on Thursday 5 November 2026, 15:00-16:00 CET (Teams link to follow).

With best regards,
UN Network on Migration secretariat
"""
    raw = message(
        base_headers(
            "Mere Naivalu <mere.naivalu@pilmf.org.fj>",
            TO,
            "RE: Call for events: Migration Week 2026",
            "Mon, 2 Nov 2026 16:22:00 +1200",
            "SYBPR01MB8834D0E1F2A3B4C5@SYBPR01MB8834.ausprd01.prod.outlook.com",
        ),
        leaf("text/plain", body, "us-ascii", "7bit"),
    )
    add(
        "k07_en_reply_to_call_own_event",
        raw,
        "en",
        [
            ev(
                "Pacific Seasonal Workers' Welfare Dialogue",
                "2026-12-15",
                st="10:00",
                et="12:30",
                tz="Pacific/Fiji",
                mode="hybrid",
                venue="Suva Civic Centre, Main Auditorium",
                city="Suva",
                country="FJ",
                etype="policy_dialogue",
                org="Pacific Islands Labour Mobility Forum (PILMF)",
                url="https://pilmf.org.fj/welfare-dialogue-2026",
            )
        ],
    )


def k08_docx(document: Any) -> None:
    document.add_heading("CONCEPT NOTE", level=1)
    document.add_paragraph(
        "Side event in the margins of the Asia-Pacific Regional Review of the Global Compact for Migration"
    )
    document.add_heading(
        "Migrant Health Beyond Borders: Financing Universal Health Coverage for People on the Move",
        level=2,
    )
    table = document.add_table(rows=0, cols=2)
    for key, value in [
        ("Date", "Wednesday, 3 March 2027"),
        ("Time", "13:15 – 14:45 (ICT, UTC+7)"),
        ("Venue", "United Nations Conference Centre, Meeting Room C3, Bangkok, Thailand"),
        ("Format", "In person (not livestreamed)"),
        (
            "Organizers",
            "Mekong Migrant Health Alliance and Thai Network of Community Health Volunteers",
        ),
        ("Registration", "https://mmha.asia/side-event-2027 (by 20 February 2027)"),
    ]:
        cells = table.add_row().cells
        cells[0].text = key
        cells[1].text = value
    document.add_heading("Background", level=2)
    document.add_paragraph(
        "Migrant workers in the Greater Mekong Subregion remain largely outside national health "
        "insurance schemes. This side event will present costed options for portable coverage and "
        "hear from community health volunteers who serve migrants along the border."
    )
    document.add_heading("Agenda", level=2)
    for line in [
        "13:15  Opening remarks",
        "13:25  Panel: who pays for migrants' health care?",
        "14:15  Open discussion",
        "14:40  Closing and next steps",
    ]:
        document.add_paragraph(line, style="List Bullet")


def k08() -> None:
    body = """Dear UN Network on Migration secretariat,

Please find attached the concept note for our side event at the regional review in
Bangkok next March. We would be grateful if it could be listed on the Network's
calendar.

With thanks,
Dr Malai Chanthavong
Mekong Migrant Health Alliance
Vientiane, Lao PDR
"""
    raw = message(
        base_headers(
            "Malai Chanthavong <malai@mmha.asia>",
            TO,
            "Side event concept note - Asia-Pacific regional review",
            "Tue, 8 Dec 2026 15:40:11 +0700",
            "b7e1c5a0-93f2-4d6e-a1c8-0f2e3d4c5b6a@mmha.asia",
        ),
        multipart(
            "mixed",
            "----=_Part_40213_771520374.1765183211000",
            [
                leaf("text/plain", body, "us-ascii", "7bit"),
                binary(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "MMHA_side_event_concept_note.docx",
                    docx_bytes(k08_docx),
                ),
            ],
        ),
    )
    add(
        "k08_en_docx_attachment",
        raw,
        "en",
        [
            ev(
                "Migrant Health Beyond Borders: Financing Universal Health Coverage for People on the Move",
                "2027-03-03",
                st="13:15",
                et="14:45",
                tz="Asia/Bangkok",
                venue="United Nations Conference Centre, Meeting Room C3",
                city="Bangkok",
                country="TH",
                etype="side_event",
                org="Mekong Migrant Health Alliance and Thai Network of Community Health Volunteers",
                url="https://mmha.asia/side-event-2027",
            )
        ],
    )


def k09() -> None:
    body = """Thank you for your email.

I am out of the office until Monday 7 September 2026 with limited access to
email. For questions about the Nordic regional consultation, please contact my
colleague Sigrid Aas (sigrid.aas@nordicmigrationforum.no). For anything else I
will reply when I am back.

Best regards,
Henrik Solberg
Nordic Migration Forum
"""
    raw = message(
        [
            *base_headers(
                "Henrik Solberg <h.solberg@nordicmigrationforum.no>",
                TO,
                "Automatic reply: Call for events: Migration Week 2026",
                "Mon, 24 Aug 2026 08:01:37 +0200",
                "AM9PR08MB61420F00AUTO@AM9PR08MB6142.eurprd08.prod.outlook.com",
            ),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "h.solberg@nordicmigrationforum.no"),
        ],
        leaf("text/plain", body, "us-ascii", "7bit"),
    )
    add("k09_en_autoreply", raw, "en", [])


def k10() -> None:
    original = message(
        base_headers(
            TO,
            "Patience Mensah <p.mensah@ghanadiaspora-hub.org>",
            "Invitation: Regional briefing on the GCM review – 24 June 2026",
            "Wed, 10 Jun 2026 11:30:02 +0200",
            "unmignet.20260610.0930@iom.int",
        ),
        leaf(
            "text/plain",
            """Dear Patience,

The Network invites you to a regional briefing on the GCM review on
Wednesday 24 June 2026, 14:00-15:30 GMT, online. The Zoom link will follow.

Best regards,
UN Network on Migration secretariat
""",
            "utf-8",
            "7bit",
        ),
    )
    explanation = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<p.mensah@ghanadiaspora-hub.org>: host mail.ghanadiaspora-hub.org[198.51.100.23]
    said: 550 5.1.1 <p.mensah@ghanadiaspora-hub.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4gQ2Lk1Zz9z9tH
X-Postfix-Sender: rfc822; unmignet@iom.int
Arrival-Date: Wed, 10 Jun 2026 11:30:03 +0200 (CEST)

Final-Recipient: rfc822; p.mensah@ghanadiaspora-hub.org
Original-Recipient: rfc822;p.mensah@ghanadiaspora-hub.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.ghanadiaspora-hub.org
Diagnostic-Code: smtp; 550 5.1.1 <p.mensah@ghanadiaspora-hub.org>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    boundary = "4gQ2Lk1Zz9z9tH.1781083804/mx1.iom.int"
    payload = (
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"\n\n'
        "This is a MIME-encapsulated message.\n\n"
    ).encode("ascii")
    payload += f"--{boundary}\nContent-Description: Notification\n".encode("ascii")
    payload += leaf("text/plain", explanation, "us-ascii", "7bit")
    payload += f"\n--{boundary}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n".encode(
        "ascii"
    )
    payload += status.encode("ascii")
    payload += f"\n--{boundary}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n".encode(
        "ascii"
    )
    payload += original + f"\n--{boundary}--\n".encode("ascii")
    raw = message(
        [
            *base_headers(
                "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)",
                "unmignet@iom.int",
                "Undelivered Mail Returned to Sender",
                "Wed, 10 Jun 2026 11:30:04 +0200 (CEST)",
                "20260610093004.5B1F29C00A1@mx1.iom.int",
            ),
            ("Auto-Submitted", "auto-replied"),
        ],
        payload,
    )
    add("k10_en_dsn_bounce", raw, "en", [])


def k11() -> None:
    markup = """<html><head><meta charset="utf-8"><title>Migration &amp; Cities Bulletin</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="padding:24px"><h1 style="color:#00558c">MIGRATION &amp; CITIES BULLETIN</h1><p>Issue 27 &middot; June 2026</p></td></tr>
<tr><td style="padding:0 24px"><h2>IN THIS ISSUE</h2>
<ul><li>Five lessons from municipal welcome centres</li><li>New guidance on language access in local services</li><li>Partner spotlight: a tenants' union run by migrant workers</li></ul></td></tr>
<tr><td style="padding:0 24px"><h2>FROM THE NETWORK</h2>
<p>Last month more than 300 people joined our launch of the <i>Local Inclusion Toolkit</i>. Thank you! The recording and slides are now online.</p>
<p>Our webinar series will return in the autumn &ndash; stay tuned for dates, and tell us which topics you would like us to cover.</p>
<p><a href="https://citiesbulletin.example.org/issue-27">Read the full issue &rarr;</a></p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">You are receiving this bulletin because you subscribed at a Migration &amp; Cities event.<br>
<a href="https://citiesbulletin.example.org/unsubscribe?u=8841">Unsubscribe</a> &middot; Migration &amp; Cities Initiative, Prinsengracht 500, Amsterdam</td></tr>
</table></td></tr></table></body></html>
"""
    raw = message(
        [
            *base_headers(
                "Migration & Cities Bulletin <bulletin@citiesbulletin.example.org>",
                "unmignet@iom.int",
                "Migration & Cities Bulletin – Issue 27, June 2026",
                "Thu, 18 Jun 2026 06:00:00 +0000",
                "mc.20260618.issue27.8841@citiesbulletin.example.org",
            ),
            ("List-Unsubscribe", "<https://citiesbulletin.example.org/unsubscribe?u=8841>"),
            ("Precedence", "bulk"),
        ],
        multipart(
            "alternative",
            "b1_mc_20260618_issue27",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add("k11_en_newsletter_no_event", raw, "en", [])


def k12() -> None:
    jsonld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Youth Voices on Regular Pathways",
        "description": "Virtual side event to the International Migration Review Forum, led by young migrants.",
        "startDate": "2026-05-06T08:00:00-04:00",
        "endDate": "2026-05-06T09:30:00-04:00",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "url": "https://gymc.org/imrf-youth"},
        "organizer": {
            "@type": "Organization",
            "name": "Global Youth Migration Caucus",
            "url": "https://gymc.org",
        },
    }
    markup = f"""<div dir="ltr"><div>Hi all,</div><div><br></div>
<div>Ahead of the International Migration Review Forum in New York, the Global Youth Migration Caucus is holding a <b>virtual side event</b> led by young migrants and refugees:</div><div><br></div>
<div><b>Youth Voices on Regular Pathways</b></div>
<div>Wednesday 6 May, 8:00–9:30 am New York time (EDT)</div>
<div>Register here: <a href="https://gymc.org/imrf-youth">https://gymc.org/imrf-youth</a></div><div><br></div>
<div>We'll hear from youth delegates on study, work and family reunification routes, and present our joint statement to the Forum.</div><div><br></div>
<div>Cheers,</div><div>Tomás Rivera-Lindqvist</div><div>Global Youth Migration Caucus</div></div>
<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>
"""
    raw = message(
        base_headers(
            "Tomás Rivera-Lindqvist <tomas@gymc.org>",
            TO,
            "IMRF virtual side event – Youth Voices on Regular Pathways (6 May)",
            "Tue, 21 Apr 2026 13:47:05 -0400",
            "CAJ8mQx4v2Lk9pT7wZ0Fb=YQ3s@mail.gmail.com",
        ),
        multipart(
            "alternative",
            "000000000000a3f90d0650c1e2b7",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add(
        "k12_en_gmail_jsonld_side_event",
        raw,
        "en",
        [
            ev(
                "Youth Voices on Regular Pathways",
                "2026-05-06",
                st="08:00",
                et="09:30",
                tz="America/New_York",
                mode="online",
                etype="side_event",
                org="Global Youth Migration Caucus",
                url="https://gymc.org/imrf-youth",
            )
        ],
    )


# ---------------------------------------------------------------- French


def k13() -> None:
    markup = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR" link="#0563C1" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Pour information et inclusion dans le calendrier du Réseau, je vous transfère l'invitation ci-dessous de nos collègues de Dakar.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialement,</p>
<p class="MsoNormal"><b>Awa Traoré</b><br>Chargée de programme<br>Alliance Ouest-Africaine pour la Mobilité Équitable (AOAME) – Bureau régional<br>Cocody, 08 BP 1123 Abidjan 08, Côte d'Ivoire</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De&nbsp;:</b> Mamadou Ndiaye &lt;m.ndiaye@aoame.org&gt; <br><b>Envoyé&nbsp;:</b> mardi 6 octobre 2026 11:40<br><b>À&nbsp;:</b> Awa Traoré &lt;a.traore@aoame.org&gt;<br><b>Objet&nbsp;:</b> Invitation – Consultation nationale des associations de migrants de retour</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Chers partenaires,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">AOAME Sénégal et la Plateforme des Associations de Migrants de Retour du Sénégal (PAMRS) ont le plaisir de vous inviter à la</p>
<p class="MsoNormal" align="center" style="text-align:center"><b>Consultation nationale des associations de migrants de retour sur la mise en œuvre du Pacte mondial pour les migrations</b></p>
<p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="4"><tr><td><b>Date</b></td><td>jeudi 29 octobre 2026</td></tr>
<tr><td><b>Horaire</b></td><td>de 9h00 à 13h00 (heure de Dakar, GMT)</td></tr>
<tr><td><b>Lieu</b></td><td>Maison des Organisations de la Société Civile, Sicap Liberté 6, Dakar</td></tr></table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Les conclusions alimenteront la contribution de la société civile sénégalaise à l'examen régional de 2027. Merci de confirmer votre participation par courriel à pamrs.senegal@gmail.com avant le 22 octobre.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mamadou Ndiaye<br>Coordinateur national, AOAME Sénégal</p>
</div></body></html>
"""
    raw = message(
        base_headers(
            "Awa Traoré <a.traore@aoame.org>".replace("Awa Traoré", hdr("Awa Traoré")),
            TO,
            "TR: Invitation – Consultation nationale des associations de migrants de retour (Dakar, 29 octobre)",
            "Wed, 7 Oct 2026 09:30:00 +0000",
            "DB8PR06MB6395B7C2E1F0@DB8PR06MB6395.eurprd06.prod.outlook.com",
        ),
        multipart(
            "alternative",
            "_000_DB8PR06MB6395B7C2E1F0DB8PR06MB6395eurp_",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add(
        "k13_fr_outlook_forward_signature_city",
        raw,
        "fr",
        [
            ev(
                "Consultation nationale des associations de migrants de retour sur la mise en œuvre du Pacte mondial pour les migrations",
                "2026-10-29",
                st="09:00",
                et="13:00",
                tz="Africa/Dakar",
                venue="Maison des Organisations de la Société Civile, Sicap Liberté 6",
                city="Dakar",
                country="SN",
                etype="stakeholder_consultation",
                org="AOAME Sénégal et la Plateforme des Associations de Migrants de Retour du Sénégal (PAMRS)",
            )
        ],
    )


def k14() -> None:
    body = """Madame, Monsieur,

Les Missions permanentes du Burkina Faso et de l'Équateur auprès de l'Office
des Nations Unies à Genève ont l'honneur de vous inviter à l'événement de haut
niveau

   « Dix ans de partenariats pour la portabilité des droits sociaux
     des travailleurs migrants »

qui se tiendra le lundi 16 novembre 2026, de 15 h à 18 h, au Palais des
Nations, salle XXIV, à Genève, en présence de ministres du travail et de la
protection sociale des deux régions.

L'événement se tiendra en présentiel uniquement ; l'interprétation sera
assurée en français, anglais et espagnol.

Inscription obligatoire sur Indico avant le 6 novembre 2026 :
https://indico.un.org/event/48213/

Le rapport de synthèse sera diffusé le 15 décembre 2026.

Les Missions permanentes saisissent cette occasion pour vous renouveler
l'assurance de leur haute considération.
"""
    raw = message(
        base_headers(
            "Mission permanente du Burkina Faso <mission.burkina@example-diplomatie.bf>",
            TO,
            "Invitation - Événement de haut niveau, Palais des Nations, 16 novembre 2026",
            "Tue, 20 Oct 2026 16:00:00 +0200",
            "4a9e2f10-burkina-geneve-1620@example-diplomatie.bf",
            "iso-8859-1",
        ),
        leaf("text/plain", body, "iso-8859-1", "quoted-printable"),
    )
    add(
        "k14_fr_latin1_qp_deadline_report",
        raw,
        "fr",
        [
            ev(
                "Dix ans de partenariats pour la portabilité des droits sociaux des travailleurs migrants",
                "2026-11-16",
                st="15:00",
                et="18:00",
                tz="Europe/Zurich",
                venue="Palais des Nations, salle XXIV",
                city="Geneva",
                country="CH",
                etype="high_level_event",
                org="Missions permanentes du Burkina Faso et de l'Équateur auprès de l'Office des Nations Unies à Genève",
                url="https://indico.un.org/event/48213/",
            )
        ],
    )


def k15() -> None:
    body = """Chers partenaires,

Nous avons le regret de vous informer que la Consultation régionale des
autorités locales sur l'accueil et l'inclusion des migrants, initialement
prévue les 14 et 15 mai 2026 (9h00-17h00) à l'Espace Méditerranée des
Collectivités, à Tunis, est REPORTÉE à une date ultérieure, en raison de la
coïncidence avec des élections municipales partielles.

Une nouvelle date vous sera communiquée dès que possible. Les inscriptions
déjà reçues restent valables.

Bien cordialement,

Le secrétariat du RMVA
Réseau Maghrébin des Villes Accueillantes
"""
    raw = message(
        base_headers(
            "Secretariat RMVA <secretariat@rmva-net.org>",
            TO,
            "REPORT – Consultation régionale des autorités locales, Tunis, 14-15 mai 2026",
            "Mon, 27 Apr 2026 13:10:00 +0100",
            "rmva-2026-04-27-report@rmva-net.org",
        ),
        leaf("text/plain", body, "utf-8", "8bit"),
    )
    add(
        "k15_fr_postponed",
        raw,
        "fr",
        [
            ev(
                "Consultation régionale des autorités locales sur l'accueil et l'inclusion des migrants",
                "2026-05-14",
                "2026-05-15",
                st="09:00",
                et="17:00",
                tz="Africa/Tunis",
                venue="Espace Méditerranée des Collectivités",
                city="Tunis",
                country="TN",
                etype="stakeholder_consultation",
                org="Réseau Maghrébin des Villes Accueillantes",
                status="postponed",
            )
        ],
    )


def k16() -> None:
    body = """Bonjour à toutes et à tous,

Un grand merci pour votre participation au séminaire du 3 juin sur les
migrations climatiques au Sahel ! Vous étiez plus de 80 à Niamey et en ligne,
et les échanges ont été très riches.

Vous trouverez les présentations des intervenants ici :
https://irmas-sahel.org/seminaire-2026/presentations

La synthèse des débats sera partagée d'ici la fin du mois. La prochaine
édition aura lieu en 2027 ; nous vous communiquerons les dates en temps utile.

Bien à vous,
Aïssata Maïga
Institut de recherche sur les mobilités au Sahel (IRMAS)
"""
    raw = message(
        base_headers(
            "Aïssata Maïga <a.maiga@irmas-sahel.org>".replace(
                "Aïssata Maïga", hdr("Aïssata Maïga")
            ),
            TO,
            "Merci ! Séminaire du 3 juin sur les migrations climatiques",
            "Thu, 11 Jun 2026 10:02:00 +0100",
            "irmas.merci.20260611@irmas-sahel.org",
        ),
        leaf("text/plain", body),
    )
    add("k16_fr_thank_you_after_event", raw, "fr", [])


def k17() -> None:
    plain = """Bonjour!

Le Collectif Racines et Routes vous invite à la 5e édition du Festival Racines
et Routes : trois jours de musique, de cinéma et de cuisine des diasporas de
Montréal, du vendredi 11 au dimanche 13 décembre 2026, au Centre culturel
Papineau-Est (2450, rue Ontario Est).

Entrée libre pour toutes et tous.
Programmation complète : https://racinesetroutes.ca/festival

Au plaisir de vous y voir!
Le Collectif Racines et Routes
"""
    desc = plain.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Collectif Racines et Routes:mailto:info@racinesetroutes.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:unmignet@iom.int
DESCRIPTION;LANGUAGE=fr-CA:{desc}
UID:racinesetroutes-festival-2026@racinesetroutes.ca
SUMMARY;LANGUAGE=fr-CA:Festival Racines et Routes
DTSTART;VALUE=DATE:20261211
DTEND;VALUE=DATE:20261214
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261117T154500Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Centre culturel Papineau-Est\\, 2450 rue Ontario Est\\, Montréal
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""
    raw = message(
        base_headers(
            "Collectif Racines et Routes <info@racinesetroutes.ca>",
            TO,
            "Festival Racines et Routes – 11 au 13 décembre 2026",
            "Tue, 17 Nov 2026 10:45:00 -0500",
            "YT3PR01MB9125F0A1@YT3PR01MB9125.CANPRD01.PROD.OUTLOOK.COM",
        ),
        multipart(
            "alternative",
            "_000_YT3PR01MB9125F0A1YT3PR01MB9125CANP_",
            [
                leaf("text/plain", plain),
                leaf(
                    "text/calendar", ics_fold(ics), "utf-8", "quoted-printable", "; method=REQUEST"
                ),
            ],
        ),
    )
    add(
        "k17_fr_ics_all_day_multiday",
        raw,
        "fr",
        [
            ev(
                "Festival Racines et Routes",
                "2026-12-11",
                "2026-12-13",
                tz="America/Toronto",
                venue="Centre culturel Papineau-Est",
                city="Montreal",
                country="CA",
                etype="exhibition_cultural",
                org="Collectif Racines et Routes",
            )
        ],
    )


def k18() -> None:
    markup = """<div dir="ltr"><div>Bonjour à toutes et à tous,</div><div><br></div>
<div>L'Institut d'études des mobilités (IEM) de l'Université Rhône-Confluences et l'Observatoire lyonnais des migrations organisent un séminaire ouvert :</div><div><br></div>
<div><b>Mobilités étudiantes et voies régulières de migration : quelles passerelles vers l'emploi ?</b></div><div><br></div>
<div>📅 mardi 17 novembre 2026</div>
<div>🕝 14h30 – 17h (heure de Paris)</div>
<div>📍 Amphithéâtre Gaïa, campus Berges du Rhône, Lyon — et en ligne sur Zoom</div><div><br></div>
<div>Inscription (présentiel ou distanciel) : <a href="https://univ-rhone-confluences.zoom.us/webinar/register/WN_q7Lk2Rm8TgS0vXbY1aZc">https://univ-rhone-confluences.zoom.us/webinar/register/WN_q7Lk2Rm8TgS0vXbY1aZc</a></div><div><br></div>
<div>Au programme : présentation d'une enquête auprès de 1 200 diplômé·es étranger·es, table ronde avec des employeurs et des associations étudiantes.</div><div><br></div>
<div>Bien cordialement,</div><div>Claire Dumont-Achour</div><div>IEM – Université Rhône-Confluences</div></div>
"""
    raw = message(
        base_headers(
            "Claire Dumont-Achour <claire.dumont@univ-rhone-confluences.fr>",
            TO,
            "Séminaire hybride – Mobilités étudiantes et voies régulières (17/11)",
            "Mon, 26 Oct 2026 18:20:00 +0100",
            "CAM5rT0pWq3xN8yB2vK7Jd9Lf@mail.gmail.com",
        ),
        multipart(
            "alternative",
            "0000000000007b2c1e0651a9f3d4",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add(
        "k18_fr_gmail_hybrid",
        raw,
        "fr",
        [
            ev(
                "Mobilités étudiantes et voies régulières de migration : quelles passerelles vers l'emploi ?",
                "2026-11-17",
                st="14:30",
                et="17:00",
                tz="Europe/Paris",
                mode="hybrid",
                venue="Amphithéâtre Gaïa, campus Berges du Rhône",
                city="Lyon",
                country="FR",
                etype="knowledge_sharing",
                org="Institut d'études des mobilités (IEM) de l'Université Rhône-Confluences et l'Observatoire lyonnais des migrations",
                url="https://univ-rhone-confluences.zoom.us/webinar/register/WN_q7Lk2Rm8TgS0vXbY1aZc",
            )
        ],
    )


# ---------------------------------------------------------------- Spanish


def k19() -> None:
    body = """Estimados colegas:

Reciban un cordial saludo de la Fundación Caminos Compartidos.

Nos complace invitarles al “Taller de formación para funcionarios consulares
sobre protección de personas migrantes en situación de vulnerabilidad”, que se
llevará a cabo del miércoles 2 al viernes 4 de septiembre de 2026, de 8:30 a. m.
a 12:30 p. m. (hora de Colombia, GMT-5), en el Auditorio Andino, Calle 26 # 59-51,
Bogotá.

El taller es presencial y el cupo está limitado a 40 personas. Inscripciones
hasta el 21 de agosto en: https://caminoscompartidos.org.co/taller-consular

Cordialmente,

Natalia Restrepo Gómez
Coordinadora de Formación – Fundación Caminos Compartidos
Carrera 43A # 1-50, oficina 702, Medellín, Colombia
"""
    raw = message(
        [
            *base_headers(
                "Fundacion Caminos Compartidos <capacitacion@caminoscompartidos.org.co>",
                TO,
                "Invitación – Taller para funcionarios consulares (2 al 4 de septiembre)",
                "Wed, 5 Aug 2026 15:40:00 -0500",
                "000d01dc2a1b$4f5e6a70$eef33f50$@caminoscompartidos.org.co",
                "windows-1252",
            ),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        leaf("text/plain", body, "windows-1252", "8bit"),
    )
    add(
        "k19_es_windows1252_8bit",
        raw,
        "es",
        [
            ev(
                "Taller de formación para funcionarios consulares sobre protección de personas migrantes en situación de vulnerabilidad",
                "2026-09-02",
                "2026-09-04",
                st="08:30",
                et="12:30",
                tz="America/Bogota",
                venue="Auditorio Andino",
                city="Bogotá",
                country="CO",
                etype="knowledge_sharing",
                org="Fundación Caminos Compartidos",
                url="https://caminoscompartidos.org.co/taller-consular",
            )
        ],
    )


def k20() -> None:
    plain = """Lamentamos informarles que el Diálogo de políticas sobre movilidad laboral en
Centroamérica y México, previsto para el jueves 9 de julio de 2026 (10:00-13:00,
hora del centro de México) en el Centro de Convenciones Tlatelolco, queda
CANCELADO por motivos de fuerza mayor. No se reprogramará este año.

Disculpen las molestias.
Rodrigo Salinas
Observatorio Mesoamericano de Movilidad Laboral
"""
    ics = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Rodrigo Salinas:mailto:rsalinas@ommlab.org.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=UN Network on Migration:mailto:unmignet@iom.int
DESCRIPTION;LANGUAGE=es-MX:Se ha cancelado esta reunión.\\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=es-MX:Cancelado: Diálogo de políticas sobre movilidad laboral en Centroamérica y México
DTSTART;TZID=Central Standard Time (Mexico):20260709T100000
DTEND;TZID=Central Standard Time (Mexico):20260709T130000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260626T180533Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=es-MX:Centro de Convenciones Tlatelolco\\, Ciudad de México
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""
    raw = message(
        base_headers(
            "Rodrigo Salinas <rsalinas@ommlab.org.mx>",
            TO,
            "Cancelado: Diálogo de políticas sobre movilidad laboral en Centroamérica y México",
            "Fri, 26 Jun 2026 12:05:33 -0600",
            "MN2PR12MB4470C1D2E3F4@MN2PR12MB4470.namprd12.prod.outlook.com",
        ),
        multipart(
            "alternative",
            "_000_MN2PR12MB4470C1D2E3F4MN2PR12MB4470namp_",
            [
                leaf("text/plain", plain),
                leaf("text/calendar", ics_fold(ics), "utf-8", "base64", "; method=CANCEL"),
            ],
        ),
    )
    add(
        "k20_es_ics_cancel_windows_tz",
        raw,
        "es",
        [
            ev(
                "Diálogo de políticas sobre movilidad laboral en Centroamérica y México",
                "2026-07-09",
                st="10:00",
                et="13:00",
                tz="America/Mexico_City",
                venue="Centro de Convenciones Tlatelolco",
                city="Mexico City",
                country="MX",
                etype="policy_dialogue",
                org="Observatorio Mesoamericano de Movilidad Laboral",
                status="cancelled",
            )
        ],
    )


def k21() -> None:
    body = """Estimado equipo de la Red:

Les reenvío el programa de nuestros dos eventos paralelos en el Foro de Santiago
para que puedan difundirlos en el calendario.

Saludos cordiales,

Camila Fuentes
Red Sur de Protección a la Niñez Migrante
Av. Brasil 2950, Valparaíso, Chile

De: Camila Fuentes
Enviado el: viernes, 25 de septiembre de 2026 17:44
Para: Lista Socios Foro <socios-foro@redsurninez.cl>
Asunto: Programa de eventos paralelos – Foro Regional Andino-Austral sobre Migraciones

Estimadas y estimados:

En el marco del Foro Regional Andino-Austral sobre Migraciones (Santiago, 19 al
22 de octubre de 2026), la Red Sur organiza dos eventos paralelos:

1) NIÑEZ MIGRANTE NO ACOMPAÑADA EN LAS RUTAS DEL SUR
   Martes 20 de octubre, 13:00 a 14:30 hrs (hora de Chile, GMT-3)
   Sala Los Andes, Centro de Conferencias Mapocho, Santiago
   Solo presencial

2) DATOS ABIERTOS SOBRE MOVILIDAD HUMANA: ¿QUÉ SABEMOS Y QUÉ NOS FALTA?
   Miércoles 21 de octubre, 8:00 a 9:15 hrs
   Sala Aconcagua, Centro de Conferencias Mapocho, y en línea por Zoom:
   https://zoom.us/j/84512093377
   Coorganizado con el Laboratorio de Datos Migratorios de la Universidad del
   Pacífico Sur

No se requiere inscripción previa para participantes acreditados en el Foro.

Un abrazo,
Camila
"""
    raw = message(
        base_headers(
            "Camila Fuentes <cfuentes@redsurninez.cl>",
            TO,
            "RV: Programa de eventos paralelos – Foro Regional Andino-Austral sobre Migraciones",
            "Mon, 28 Sep 2026 09:12:00 -0300",
            "SCYP152MB5521A0B9C8D7@SCYP152MB5521.LAMP152.PROD.OUTLOOK.COM",
        ),
        leaf("text/plain", body),
    )
    org = "Red Sur de Protección a la Niñez Migrante"
    add(
        "k21_es_outlook_forward_two_side_events",
        raw,
        "es",
        [
            ev(
                "Niñez migrante no acompañada en las rutas del sur",
                "2026-10-20",
                st="13:00",
                et="14:30",
                tz="America/Santiago",
                venue="Sala Los Andes, Centro de Conferencias Mapocho",
                city="Santiago",
                country="CL",
                etype="side_event",
                org=org,
            ),
            ev(
                "Datos abiertos sobre movilidad humana: ¿qué sabemos y qué nos falta?",
                "2026-10-21",
                st="08:00",
                et="09:15",
                tz="America/Santiago",
                mode="hybrid",
                venue="Sala Aconcagua, Centro de Conferencias Mapocho",
                city="Santiago",
                country="CL",
                etype="side_event",
                org=org
                + " y el Laboratorio de Datos Migratorios de la Universidad del Pacífico Sur",
                url="https://zoom.us/j/84512093377",
            ),
        ],
    )


def k22() -> None:
    body = """Buenos días, equipo de la Red:

Una consulta: estamos organizando un conversatorio con asociaciones de
migrantes venezolanos en Quito, probablemente en diciembre, pero todavía no
tenemos ni fecha ni lugar confirmados.

¿Podemos registrarlo ya en el calendario de la Semana de las Migraciones, o
debemos esperar a tener todos los detalles? ¿Hasta cuándo hay plazo para
enviar la información?

Muchas gracias de antemano,
Andrés Paredes
Colectivo Voz Migrante Ecuador
"""
    raw = message(
        base_headers(
            "Andrés Paredes <andres.paredes@vozmigrante.ec>".replace(
                "Andrés Paredes", hdr("Andrés Paredes")
            ),
            TO,
            "Consulta sobre el calendario de la Semana de las Migraciones",
            "Tue, 3 Nov 2026 08:41:00 -0500",
            "CAPq9vW2mZr7nT4kX1bL0sY8@mail.gmail.com",
        ),
        leaf("text/plain", body),
    )
    add("k22_es_question_no_date", raw, "es", [])


def k23() -> None:
    markup = """<div dir="ltr"><p><b>CAMBIO DE FECHA</b></p>
<p>Estimadas autoridades y socios:</p>
<p>Les informamos que la <b>CONSULTA NACIONAL CON GOBIERNOS LOCALES SOBRE INTEGRACIÓN DE PERSONAS MIGRANTES</b>, prevista inicialmente para el miércoles 15 de abril, se realizará el <b>MIÉRCOLES 6 DE MAYO DE 2026</b>, en el mismo horario (9:00 a 17:00) y en el mismo lugar: Auditorio Municipal de Miraflores, Av. Larco 400, Lima.</p>
<p><b>INSCRIPCIONES</b><br>Las inscripciones ya realizadas siguen siendo válidas. Si aún no se ha inscrito: <a href="https://ampi.pe/consulta2026">https://ampi.pe/consulta2026</a></p>
<p>Atentamente,<br>Secretaría Técnica<br>Asociación de Municipalidades por la Integración (AMPI)</p></div>
"""
    raw = message(
        base_headers(
            "AMPI Secretaria Tecnica <secretaria@ampi.pe>",
            TO,
            "NUEVA FECHA – Consulta nacional con gobiernos locales sobre integración de personas migrantes",
            "Mon, 30 Mar 2026 11:00:00 -0500",
            "CAL3kP8zQw1mV5rT9xN2bY7c@mail.gmail.com",
        ),
        multipart(
            "alternative",
            "000000000000c41d2a064e7b8f90",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add(
        "k23_es_rescheduled_caps",
        raw,
        "es",
        [
            ev(
                "Consulta nacional con gobiernos locales sobre integración de personas migrantes",
                "2026-05-06",
                st="09:00",
                et="17:00",
                tz="America/Lima",
                venue="Auditorio Municipal de Miraflores",
                city="Lima",
                country="PE",
                etype="stakeholder_consultation",
                org="Asociación de Municipalidades por la Integración (AMPI)",
                url="https://ampi.pe/consulta2026",
                status="rescheduled",
            )
        ],
    )


def k24() -> None:
    inner_body = """El Centro de Estudios Migratorios del Plata (CEMPLA) tiene el agrado de
invitarle al webinario

   Integración financiera de personas migrantes en el Río de la Plata

Jueves 11 de junio de 2026 - 11:00 a 12:30 (hora de Buenos Aires, UTC-3)
Modalidad: virtual (Zoom). Inscripción previa:
https://cempla.org.ar/webinario-inclusion-financiera

Panelistas: representantes de bancos cooperativos, de una asociación de
trabajadoras migrantes y del equipo de investigación del CEMPLA.

Área de Comunicación - CEMPLA
Av. Independencia 1850, Ciudad Autónoma de Buenos Aires
"""
    inner = message(
        base_headers(
            "CEMPLA Comunicacion <comunicacion@cempla.org.ar>",
            "Red de Migrantes del Uruguay <contacto@redmigrantes-uy.org>",
            "Invitación: Webinario «Integración financiera de personas migrantes en el Río de la Plata»",
            "Wed, 27 May 2026 10:00:00 -0300",
            "cempla.webinario.0611@cempla.org.ar",
            "iso-8859-1",
        ),
        leaf("text/plain", inner_body, "iso-8859-1", "quoted-printable"),
    )
    outer_body = """Buenas tardes:

Les reenvío como adjunto la invitación del CEMPLA para que la incluyan en su
calendario de actividades.

Saludos,
María José Ortiz
Red de Migrantes del Uruguay – Montevideo
"""
    raw = message(
        base_headers(
            "María José Ortiz <mjortiz@redmigrantes-uy.org>".replace(
                "María José Ortiz", hdr("María José Ortiz")
            ),
            TO,
            "RV: Webinario inclusión financiera – 11 de junio",
            "Thu, 28 May 2026 14:30:00 -0300",
            "CP2PR80MB4312E9F8A7B6@CP2PR80MB4312.lamprd80.prod.outlook.com",
        ),
        multipart(
            "mixed",
            "_004_CP2PR80MB4312E9F8A7B6CP2PR80MB4312lamp_",
            [leaf("text/plain", outer_body), rfc822(inner, "Invitacion webinario CEMPLA.eml")],
        ),
    )
    add(
        "k24_es_attached_rfc822_online",
        raw,
        "es",
        [
            ev(
                "Integración financiera de personas migrantes en el Río de la Plata",
                "2026-06-11",
                st="11:00",
                et="12:30",
                tz="America/Argentina/Buenos_Aires",
                mode="online",
                etype="knowledge_sharing",
                org="Centro de Estudios Migratorios del Plata (CEMPLA)",
                url="https://cempla.org.ar/webinario-inclusion-financiera",
            )
        ],
    )


# ---------------------------------------------------------------- Portuguese


def k25() -> None:
    plain = """Olá a todos,

Temos o gosto de vos convidar para a exposição

TRAVESSIAS: RETRATOS DE QUEM CHEGOU
fotografias e testemunhos de 24 migrantes que vivem em Arroios e na Mouraria

De 27 de novembro de 2026 a 10 de janeiro de 2027
terça a domingo, das 10h às 18h (encerra às segundas, a 25 de dezembro e a 1 de janeiro)
Galeria Municipal da Mouraria, Rua dos Cavaleiros 41, Lisboa

Entrada livre.

Uma iniciativa da Associação Casa Comum Migrante com a Junta de Freguesia de Arroios.

Beijinhos e até lá,
Inês

--
Inês Carvalho
Associação Casa Comum Migrante
Rua Morais Soares 112, 1900-345 Lisboa
"""
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        + "".join(
            f"<div>{html.escape(line) if line else '<br>'}</div>"
            for line in plain.rstrip("\n").split("\n")
        )
        + "</body></html>\n"
    )
    raw = message(
        [
            *base_headers(
                "Inês Carvalho <ines.carvalho@casacomum.pt>".replace(
                    "Inês Carvalho", hdr("Inês Carvalho")
                ),
                TO,
                "Exposição «Travessias» – Mouraria, 27 nov a 10 jan",
                "Fri, 6 Nov 2026 17:03:22 +0000",
                "8C2E4F61-7A3B-4D9E-B5C0-1F2A3B4C5D6E@casacomum.pt",
            ),
            ("X-Mailer", "Apple Mail (2.3826.200.121)"),
        ],
        multipart(
            "alternative",
            "Apple-Mail=_3F8A1C2D-5E6B-4A7C-9D0E-1F2A3B4C5D6E",
            [
                leaf("text/plain", plain, "utf-8", "base64"),
                leaf("text/html", markup, "utf-8", "base64"),
            ],
        ),
    )
    add(
        "k25_pt_apple_mail_base64_exhibition",
        raw,
        "pt",
        [
            ev(
                "Travessias: Retratos de Quem Chegou",
                "2026-11-27",
                "2027-01-10",
                st="10:00",
                et="18:00",
                tz="Europe/Lisbon",
                venue="Galeria Municipal da Mouraria",
                city="Lisbon",
                country="PT",
                etype="exhibition_cultural",
                org="Associação Casa Comum Migrante e Junta de Freguesia de Arroios",
            )
        ],
    )


def k26() -> None:
    markup = """<div dir="ltr"><div>Oi, equipe da Rede!</div><div>Segue o convite abaixo para incluir no calendário. 🙏</div><div>Abs,</div><div>Thiago</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>De: <strong class="gmail_sendername" dir="auto">Fórum Paulista de Coletivos Migrantes</strong> <span dir="auto">&lt;<a href="mailto:contato@fpcm.org.br">contato@fpcm.org.br</a>&gt;</span><br>Date: seg., 3 de ago. de 2026 às 18:02<br>Subject: Escuta pública – Política Municipal para a População Imigrante<br>To: &lt;<a href="mailto:thiago.rezende@gmail.com">thiago.rezende@gmail.com</a>&gt;<br></div><br><br>
<div dir="ltr"><div><b>ESCUTA PÚBLICA COM COLETIVOS MIGRANTES E REFUGIADOS SOBRE A POLÍTICA MUNICIPAL PARA A POPULAÇÃO IMIGRANTE</b></div><div><br></div>
<div>📅 Sábado, 22/08/2026</div><div>🕘 das 9h às 12h30 (horário de Brasília)</div><div>📍 Centro Comunitário Bom Retiro – Rua Três Rios 210, São Paulo/SP</div><div><br></div>
<div>Inscrições: <a href="https://forms.gle/8fQpZr2LmWcYx3Tn7">https://forms.gle/8fQpZr2LmWcYx3Tn7</a></div><div><br></div>
<div>Haverá tradução para espanhol, francês e crioulo haitiano. Espaço kids no local.</div><div><br></div>
<div>Fórum Paulista de Coletivos Migrantes</div></div></div></div>
"""
    raw = message(
        base_headers(
            "Thiago Rezende <thiago.rezende@gmail.com>",
            "unmignet@iom.int",
            "Fwd: Escuta pública – Política Municipal para a População Imigrante (22/08)",
            "Tue, 4 Aug 2026 21:15:40 -0300",
            "CAGx7mR2pL9vQ4wT1zK8nB3y@mail.gmail.com",
        ),
        multipart(
            "alternative",
            "0000000000009e1f3b064f2c7a15",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add(
        "k26_pt_gmail_inline_forward",
        raw,
        "pt",
        [
            ev(
                "Escuta Pública com Coletivos Migrantes e Refugiados sobre a Política Municipal para a População Imigrante",
                "2026-08-22",
                st="09:00",
                et="12:30",
                tz="America/Sao_Paulo",
                venue="Centro Comunitário Bom Retiro",
                city="São Paulo",
                country="BR",
                etype="stakeholder_consultation",
                org="Fórum Paulista de Coletivos Migrantes",
                url="https://forms.gle/8fQpZr2LmWcYx3Tn7",
            )
        ],
    )


def k27() -> None:
    body = """Exmos. Senhores,

A Rede Lusófona de Migração Justa (RLMJ), em parceria com a Associação
Moçambicana de Jornalistas Independentes (AMJI), organiza uma

FORMAÇÃO PARA JORNALISTAS: COBERTURA ÉTICA DA MIGRAÇÃO LABORAL

Datas: 13 e 14 de outubro de 2026
Horário: 08h30 – 15h30 (hora de Maputo, CAT)
Local: Centro de Imprensa da Baixa, Av. 25 de Setembro 1230, Maputo
Modalidade: presencial

Candidaturas até 25 de setembro de 2026:
https://rlmj.org.mz/formacao-jornalistas

Os participantes selecionados serão notificados até 2 de outubro. O relatório
da formação será publicado a 30 de novembro de 2026.

Com os melhores cumprimentos,
Secretariado da RLMJ
"""
    raw = message(
        base_headers(
            "Rede Lusofona de Migracao Justa <formacao@rlmj.org.mz>",
            TO,
            "Formação para jornalistas: cobertura ética da migração laboral (Maputo, 13-14/10)",
            "Mon, 31 Aug 2026 10:20:00 +0200",
            "rlmj.formacao.2026@rlmj.org.mz",
        ),
        leaf("text/plain", body),
    )
    add(
        "k27_pt_media_training_deadline_street_date",
        raw,
        "pt",
        [
            ev(
                "Formação para Jornalistas: Cobertura Ética da Migração Laboral",
                "2026-10-13",
                "2026-10-14",
                st="08:30",
                et="15:30",
                tz="Africa/Maputo",
                venue="Centro de Imprensa da Baixa",
                city="Maputo",
                country="MZ",
                etype="media_engagement",
                org="Rede Lusófona de Migração Justa (RLMJ) e Associação Moçambicana de Jornalistas Independentes (AMJI)",
                url="https://rlmj.org.mz/formacao-jornalistas",
            )
        ],
    )


def k28() -> None:
    markup = """<html><body style="font-family:Arial">
<p><b>⚠️ ATENÇÃO: Prezado(a) usuário(a) unmignet@iom.int</b></p>
<p>Sua caixa de correio atingiu 99% da capacidade e será <b>DESATIVADA em 24 horas</b>. Para evitar a perda de mensagens, confirme sua conta agora:</p>
<p><a href="http://verificar-conta-webmail.example.xyz/login?u=unmignet">VERIFICAR MINHA CONTA</a></p>
<p>Aproveite também: WEBINAR EXCLUSIVO sobre investimentos em cripto, hoje às 20h, vagas limitadas!!! Lucros garantidos de 300%.</p>
<p>Equipe de Suporte Webmail © 2026</p></body></html>
"""
    raw = message(
        base_headers(
            "Suporte Webmail <suporte@caixa-segura-verificar.example.com>",
            "unmignet@iom.int",
            "⚠️ Sua caixa de correio será desativada em 24 horas",
            "Sat, 12 Sep 2026 03:14:07 +0300",
            "20260912001407.77A1@caixa-segura-verificar.example.com",
        ),
        leaf("text/html", markup, "utf-8", "base64"),
    )
    add("k28_pt_spam_phishing", raw, "pt", [])


# ---------------------------------------------------------------- Arabic


def k29() -> None:
    body = """السادة في أمانة شبكة الأمم المتحدة المعنية بالهجرة المحترمين،

تحية طيبة وبعد،

يتشرف المرصد العربي لحقوق العمال المهاجرين بدعوتكم إلى المشاركة في:

«حوار السياسات حول حماية العمال المهاجرين في القطاع الزراعي»

الموعد: يوم الأربعاء ٢١ تشرين الأول/أكتوبر ٢٠٢٦
الوقت: من الساعة ١٠:٠٠ صباحاً حتى الساعة ٢:٠٠ بعد الظهر (بتوقيت عمّان)
المكان: قاعة الياسمين، مركز عمّان للحوار، جبل اللويبدة، عمّان – الأردن

يجمع الحوار ممثلين عن وزارات العمل ونقابات العمال الزراعيين وأصحاب العمل لمناقشة
ظروف العمل اللائق والحماية الاجتماعية للعمال المهاجرين الموسميين.

يرجى تأكيد الحضور عبر البريد الإلكتروني dialogue@arab-mwo.org قبل ١٠ تشرين الأول/أكتوبر ٢٠٢٦.

مع خالص التحيات،
ليلى الحوراني
منسقة البرامج
المرصد العربي لحقوق العمال المهاجرين
شارع الحمرا، بيروت – لبنان
"""
    raw = message(
        base_headers(
            hdr("ليلى الحوراني") + " <l.hourani@arab-mwo.org>",
            TO,
            "دعوة: حوار السياسات حول حماية العمال المهاجرين في القطاع الزراعي",
            "Mon, 28 Sep 2026 12:30:00 +0300",
            "arab-mwo.20260928.dialogue@arab-mwo.org",
        ),
        leaf("text/plain", body, "utf-8", "base64"),
    )
    add(
        "k29_ar_plain_base64_eastern_digits",
        raw,
        "ar",
        [
            ev(
                "حوار السياسات حول حماية العمال المهاجرين في القطاع الزراعي",
                "2026-10-21",
                st="10:00",
                et="14:00",
                tz="Asia/Amman",
                venue="قاعة الياسمين، مركز عمّان للحوار",
                city="Amman",
                country="JO",
                etype="policy_dialogue",
                org="المرصد العربي لحقوق العمال المهاجرين",
            )
        ],
    )


def k30() -> None:
    markup = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Arial",sans-serif;} --></style></head>
<body lang="AR-SA" dir="rtl"><div class="WordSection1">
<p class="MsoNormal" dir="rtl">الزملاء الأعزاء،</p>
<p class="MsoNormal" dir="rtl">تنظم الشبكة العربية للهجرة والتنمية، بالتعاون مع المعهد العربي للدراسات السكانية، فعالية جانبية على هامش المنتدى العربي الإقليمي للتنمية المستدامة بعنوان:</p>
<p class="MsoNormal" dir="rtl" align="center" style="text-align:center"><b>الهجرة المناخية في المنطقة العربية: من البيانات إلى السياسات</b></p>
<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="4">
<tr><td><p class="MsoNormal"><b>التاريخ</b></p></td><td><p class="MsoNormal">الثلاثاء 8 ديسمبر 2026</p></td></tr>
<tr><td><p class="MsoNormal"><b>الوقت</b></p></td><td><p class="MsoNormal">13:00 – 14:30 بتوقيت القاهرة (GMT+2)</p></td></tr>
<tr><td><p class="MsoNormal"><b>المكان</b></p></td><td><p class="MsoNormal">قاعة النيل، مركز القاهرة الدولي للمؤتمرات، مدينة نصر، القاهرة</p></td></tr>
<tr><td><p class="MsoNormal"><b>طريقة المشاركة</b></p></td><td><p class="MsoNormal">حضورياً وعبر الإنترنت (هجين)</p></td></tr>
<tr><td><p class="MsoNormal"><b>التسجيل</b></p></td><td><p class="MsoNormal"><a href="https://anmd-net.org/cairo-side-event">https://anmd-net.org/cairo-side-event</a></p></td></tr>
</table>
<p class="MsoNormal" dir="rtl">&nbsp;</p>
<p class="MsoNormal" dir="rtl">مع أطيب التحيات،<br>د. كريم عبد الفتاح<br>الشبكة العربية للهجرة والتنمية</p>
</div></body></html>
"""
    raw = message(
        base_headers(
            hdr("كريم عبد الفتاح") + " <k.abdelfattah@anmd-net.org>",
            TO,
            "فعالية جانبية: الهجرة المناخية في المنطقة العربية – القاهرة 8 ديسمبر",
            "Sun, 15 Nov 2026 11:20:00 +0200",
            "VI1PR03MB4812AB12CD34@VI1PR03MB4812.eurprd03.prod.outlook.com",
        ),
        multipart(
            "alternative",
            "_000_VI1PR03MB4812AB12CD34VI1PR03MB4812eurp_",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add(
        "k30_ar_outlook_table_hybrid_side_event",
        raw,
        "ar",
        [
            ev(
                "الهجرة المناخية في المنطقة العربية: من البيانات إلى السياسات",
                "2026-12-08",
                st="13:00",
                et="14:30",
                tz="Africa/Cairo",
                mode="hybrid",
                venue="قاعة النيل، مركز القاهرة الدولي للمؤتمرات",
                city="Cairo",
                country="EG",
                etype="side_event",
                org="الشبكة العربية للهجرة والتنمية بالتعاون مع المعهد العربي للدراسات السكانية",
                url="https://anmd-net.org/cairo-side-event",
            )
        ],
    )


def k31() -> None:
    body = """الزملاء الكرام،

يسرنا أن نشارككم التقرير الختامي لورشة العمل الإقليمية حول إعادة الإدماج
المستدام للمهاجرين العائدين، التي عقدت في بيروت يومي ١٢ و١٣ آذار/مارس ٢٠٢٦
بمشاركة ٤٥ ممثلاً عن منظمات المجتمع المدني من ثمانية بلدان.

يتضمن التقرير أهم التوصيات، ومنها إنشاء آلية إقليمية لتبادل الممارسات الجيدة.
يمكنكم تحميله من الرابط التالي:
https://rrn-arab.org/reports/reintegration-workshop-2026.pdf

شكراً لكل من ساهم في إنجاح الورشة.

مع التحية،
شبكة إعادة الإدماج العربية
"""
    raw = message(
        base_headers(
            hdr("شبكة إعادة الإدماج العربية") + " <info@rrn-arab.org>",
            TO,
            "التقرير الختامي لورشة العمل الإقليمية حول إعادة الإدماج – بيروت، آذار ٢٠٢٦",
            "Mon, 20 Apr 2026 09:45:00 +0300",
            "rrn.report.20260420@rrn-arab.org",
        ),
        leaf("text/plain", body),
    )
    add("k31_ar_past_event_report", raw, "ar", [])


def k32() -> None:
    markup = """<html dir="rtl"><head><meta charset="utf-8"></head><body dir="rtl" style="font-family:Tahoma">
<p>السلام عليكم،</p>
<p>يسر جمعية جسور للتضامن مع المهاجرين دعوتكم إلى ورشة العمل التالية:</p>
<div itemscope itemtype="https://schema.org/Event">
<h2 itemprop="name">ورشة عمل: إدماج المهاجرين في سوق الشغل المغربي</h2>
<meta itemprop="startDate" content="2027-01-19T09:30:00+01:00">
<meta itemprop="endDate" content="2027-01-19T16:00:00+01:00">
<meta itemprop="eventAttendanceMode" content="https://schema.org/OfflineEventAttendanceMode">
<meta itemprop="eventStatus" content="https://schema.org/EventScheduled">
<p>الثلاثاء 19 يناير 2027، من الساعة 9:30 صباحاً إلى الساعة 4:00 مساءً</p>
<div itemprop="location" itemscope itemtype="https://schema.org/Place">
<p>المكان: <span itemprop="name">دار الجمعيات، حي أكدال</span>،
<span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">الرباط</span><meta itemprop="addressCountry" content="MA"></span></p>
</div>
<p itemprop="description">ورشة تفاعلية لفائدة الجمعيات والمشغلين حول الاعتراف بالمهارات وولوج المهاجرين إلى التكوين المهني.</p>
<div itemprop="organizer" itemscope itemtype="https://schema.org/Organization"><p>الجهة المنظمة: <span itemprop="name">جمعية جسور للتضامن مع المهاجرين</span></p></div>
<p>للتسجيل: <a itemprop="url" href="https://jusur-maroc.org/inscription">https://jusur-maroc.org/inscription</a></p>
</div>
<p>مع خالص التقدير،<br>فريق جمعية جسور</p>
</body></html>
"""
    raw = message(
        base_headers(
            hdr("جمعية جسور") + " <contact@jusur-maroc.org>",
            TO,
            "دعوة لورشة عمل: إدماج المهاجرين في سوق الشغل – الرباط",
            "Wed, 16 Dec 2026 14:00:00 +0100",
            "jusur.atelier.2027@jusur-maroc.org",
        ),
        multipart(
            "alternative",
            "jusur-2027-atelier-boundary",
            [leaf("text/plain", text_of(markup)), leaf("text/html", markup)],
        ),
    )
    add(
        "k32_ar_schemaorg_microdata",
        raw,
        "ar",
        [
            ev(
                "ورشة عمل: إدماج المهاجرين في سوق الشغل المغربي",
                "2027-01-19",
                st="09:30",
                et="16:00",
                tz="Africa/Casablanca",
                venue="دار الجمعيات، حي أكدال",
                city="Rabat",
                country="MA",
                etype="knowledge_sharing",
                org="جمعية جسور للتضامن مع المهاجرين",
                url="https://jusur-maroc.org/inscription",
            )
        ],
    )


# ---------------------------------------------------------------- other languages


def k33() -> None:
    body = """Liebe Kolleginnen und Kollegen,

leider hat sich in meiner Mail von letzter Woche ein Fehler eingeschlichen:
Die Fachkonsultation findet am Donnerstag, 12. November 2026 statt – nicht am
11. November. Uhrzeit (10:00–15:30 Uhr) und Ort bleiben unverändert.
Entschuldigen Sie bitte das Versehen.

Viele Grüße
Dilek Aydın
Referentin für Teilhabe und Vernetzung
Bundesverband migrantischer Initiativen e.V.
Geschäftsstelle: Steindamm 17, 20099 Hamburg

Von: Dilek Aydın
Gesendet: Dienstag, 13. Oktober 2026 15:02
An: 'unmignet@iom.int'
Betreff: Einladung: Fachkonsultation mit Migrantenselbstorganisationen

Sehr geehrte Damen und Herren,

der Bundesverband migrantischer Initiativen (BVMI) lädt gemeinsam mit dem
Netzwerk Migration Berlin-Brandenburg herzlich ein zur

FACHKONSULTATION MIT MIGRANTENSELBSTORGANISATIONEN ZUR UMSETZUNG DES
GLOBALEN MIGRATIONSPAKTS IN DEUTSCHLAND

Wann: Mittwoch, 11. November 2026, 10:00–15:30 Uhr (Einlass ab 9:30 Uhr)
Wo:   Begegnungszentrum Moabit, Großer Saal, Turmstraße 21, 10559 Berlin

Anmeldung bis 30. Oktober 2026 unter https://bvmi.de/konsultation-2026

Die Ergebnisse fließen in unseren Schattenbericht ein, der im Februar 2027
veröffentlicht wird.

Mit freundlichen Grüßen
Dilek Aydın
"""
    raw = message(
        base_headers(
            hdr("Dilek Aydın") + " <d.aydin@bvmi.de>",
            TO,
            "AW: Einladung: Fachkonsultation mit Migrantenselbstorganisationen – KORREKTUR DATUM",
            "Mon, 19 Oct 2026 08:47:12 +0200",
            "FR3P281MB1942D5E6F7A8@FR3P281MB1942.DEUP281.PROD.OUTLOOK.COM",
        ),
        leaf("text/plain", body, "utf-8", "quoted-printable"),
    )
    add(
        "k33_de_reply_date_correction_qp",
        raw,
        "de",
        [
            ev(
                "Fachkonsultation mit Migrantenselbstorganisationen zur Umsetzung des Globalen Migrationspakts in Deutschland",
                "2026-11-12",
                st="10:00",
                et="15:30",
                tz="Europe/Berlin",
                venue="Begegnungszentrum Moabit, Großer Saal",
                city="Berlin",
                country="DE",
                etype="stakeholder_consultation",
                org="Bundesverband migrantischer Initiativen (BVMI) und Netzwerk Migration Berlin-Brandenburg",
                url="https://bvmi.de/konsultation-2026",
            )
        ],
    )


def k34() -> None:
    body = """Habari za jioni wapendwa 👋🏾

Tunawakaribisha wote kwenye Tamasha la Utamaduni wa Wahamiaji Pwani Jumamosi hii, kuanzia saa nane mchana hadi saa kumi na mbili jioni, pale Ukumbi wa Jamii wa Makadara, Mombasa.

Kutakuwa na ngoma, vyakula vya asili na maonyesho ya picha 🎶🥁📸 Kiingilio ni bure!

Limeandaliwa na Chama cha Wahamiaji wa Pwani (CWP).

Karibuni sana!
Mwanajuma

Imetumwa kutoka iPhone yangu
"""
    raw = message(
        [
            *base_headers(
                "Mwanajuma Said <mwanajuma.cwp@gmail.com>",
                "unmignet@iom.int",
                "Tamasha la utamaduni - Jumamosi hii!!",
                "Wed, 18 Nov 2026 19:42:10 +0300",
                "A1B2C3D4-E5F6-4789-9ABC-DEF012345678@gmail.com",
            ),
            ("X-Mailer", "iPhone Mail (22G86)"),
        ],
        leaf("text/plain", body),
    )
    add(
        "k34_sw_iphone_relative_swahili_time",
        raw,
        "sw",
        [
            ev(
                "Tamasha la Utamaduni wa Wahamiaji Pwani",
                "2026-11-21",
                st="14:00",
                et="18:00",
                tz="Africa/Nairobi",
                venue="Ukumbi wa Jamii wa Makadara",
                city="Mombasa",
                country="KE",
                etype="exhibition_cultural",
                org="Chama cha Wahamiaji wa Pwani (CWP)",
            )
        ],
    )


def k35() -> None:
    plain = """Sayın ilgili,

Yerel Yönetimler Göç Platformu olarak düzenlediğimiz "Belediye Personeline
Yönelik Göç ve Uyum Eğitimi"ne davetlisiniz.

Tarih: 22-23 Eylül 2026
Saat: 09.30-17.00 (GMT+3)
Yer: Kızılay Kongre Salonu, Salon B, Çankaya/Ankara
Katılım yüz yüzedir.
Kayıt: https://yygp.org.tr/egitim-kayit

Saygılarımızla,
Elif Demirtaş
Yerel Yönetimler Göç Platformu
"""
    desc = plain.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Turkey Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Elif Demirtaş:mailto:elif.demirtas@yygp.org.tr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:unmignet@iom.int
DESCRIPTION;LANGUAGE=tr-TR:{desc}
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC010000000000000000100000009988776655443322110FFEEDDCCBBAA
SUMMARY;LANGUAGE=tr-TR:Belediye Personeline Yönelik Göç ve Uyum Eğitimi
DTSTART;TZID=Turkey Standard Time:20260922T093000
DTEND;TZID=Turkey Standard Time:20260923T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260903071100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=tr-TR:Kızılay Kongre Salonu\\, Salon B\\, Çankaya/Ankara
END:VEVENT
END:VCALENDAR
"""
    raw = message(
        base_headers(
            hdr("Elif Demirtaş") + " <elif.demirtas@yygp.org.tr>",
            TO,
            "Davet: Belediye Personeline Yönelik Göç ve Uyum Eğitimi (22-23 Eylül)",
            "Thu, 3 Sep 2026 10:11:00 +0300",
            "AS8PR07MB7710B1C2D3E4@AS8PR07MB7710.eurprd07.prod.outlook.com",
        ),
        multipart(
            "mixed",
            "_003_AS8PR07MB7710B1C2D3E4AS8PR07MB7710eurp_",
            [
                multipart(
                    "alternative",
                    "_000_AS8PR07MB7710B1C2D3E4AS8PR07MB7710eurp_",
                    [
                        leaf("text/plain", plain),
                        leaf("text/calendar", ics_fold(ics), "utf-8", "base64", "; method=REQUEST"),
                    ],
                ),
                binary("application/ics", "invite.ics", ics_fold(ics).encode("utf-8")),
            ],
        ),
    )
    add(
        "k35_tr_ics_multiday_windows_tz",
        raw,
        "tr",
        [
            ev(
                "Belediye Personeline Yönelik Göç ve Uyum Eğitimi",
                "2026-09-22",
                "2026-09-23",
                st="09:30",
                et="17:00",
                tz="Europe/Istanbul",
                venue="Kızılay Kongre Salonu, Salon B",
                city="Ankara",
                country="TR",
                etype="knowledge_sharing",
                org="Yerel Yönetimler Göç Platformu",
                url="https://yygp.org.tr/egitim-kayit",
            )
        ],
    )


def k36() -> None:
    body = """Halo teman-teman UN Network on Migration,

Dalam rangka Hari Migran Internasional, Serikat Pekerja Migran Nusantara (SPMN)
bersama Komunitas Kreator Muda Jakarta akan meluncurkan kampanye media sosial
kami 📱✨

PELUNCURAN KAMPANYE #MigrasiAman: Bermigrasi Aman, Bermartabat

🗓 Jumat, 18 Desember 2026
⏰ 13.00–16.00 WIB
📍 Aula Serbaguna Gedung Pemuda, Jl. Cikini Raya No. 73, Jakarta Pusat
   + live streaming di YouTube & Zoom (hybrid)

Agenda: talkshow with content creators and returned migrant workers, launch of
the campaign videos, and a short press conference for media partners. Please
note: media crew registration closes on Dec 14.

Daftar (offline/online): https://s.id/migrasiaman-daftar

Salam hangat,
Rina Kusumawati
Koordinator Kampanye, SPMN
"""
    raw = message(
        base_headers(
            "Rina Kusumawati <rina.k@spmn.or.id>",
            TO,
            "[Undangan] Launching Kampanye #MigrasiAman – 18 Des 2026 (hybrid)",
            "Mon, 7 Dec 2026 09:30:00 +0700",
            "CAK4zW8nR1pQ7vT2mX9bL3yF@mail.gmail.com",
        ),
        leaf("text/plain", body, "utf-8", "quoted-printable"),
    )
    add(
        "k36_id_mixed_english_hybrid_media",
        raw,
        "id",
        [
            ev(
                "Peluncuran Kampanye #MigrasiAman: Bermigrasi Aman, Bermartabat",
                "2026-12-18",
                st="13:00",
                et="16:00",
                tz="Asia/Jakarta",
                mode="hybrid",
                venue="Aula Serbaguna Gedung Pemuda",
                city="Jakarta",
                country="ID",
                etype="media_engagement",
                org="Serikat Pekerja Migran Nusantara (SPMN) dan Komunitas Kreator Muda Jakarta",
                url="https://s.id/migrasiaman-daftar",
            )
        ],
    )


# ---------------------------------------------------------------- main


def main() -> None:
    builders = [
        k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12,
        k13, k14, k15, k16, k17, k18, k19, k20, k21, k22, k23, k24,
        k25, k26, k27, k28, k29, k30, k31, k32, k33, k34, k35, k36,
    ]  # fmt: skip
    for build in builders:
        build()
    for old in list(HERE.glob("k[0-9][0-9]_*.eml")) + list(HERE.glob("k[0-9][0-9]_*.json")):
        old.unlink()
    for name, raw, gold in CASES:
        (HERE / f"{name}.eml").write_bytes(raw)
        text = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(CASES)} messages to {HERE}")


if __name__ == "__main__":
    main()
