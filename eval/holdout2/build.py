# ruff: noqa: E501  (the long lines are the mails' own text: the set keeps them as senders wrote them)
"""Build the holdout2 blind evaluation set: 40 partner mails (.eml) with gold answers (.json).

Run from the repository root:  .venv/bin/python eval/holdout2/build.py

Every name, organisation, venue, link and storyline below is invented for this set.
The gold follows /work/shared/eval/SCHEMA.md.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import quopri
import zipfile
from collections.abc import Callable
from datetime import datetime
from email import message_from_string
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SECRETARIAT = "secretariat@migration-network.example.org"

Gold = dict[str, Any]
Case = tuple[Message, Gold]


# ----------------------------------------------------------------------------- helpers


def text(
    body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable"
) -> Message:
    """A text part with exactly the charset and transfer encoding asked for."""
    part = MIMENonMultipart("text", subtype, charset=charset)
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    del part["MIME-Version"]
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def calendar(ics: str, method: str) -> Message:
    part = MIMENonMultipart("text", "calendar", charset="utf-8", method=method)
    del part["MIME-Version"]
    part["Content-Transfer-Encoding"] = "8bit"
    part.set_payload(ics.replace("\n", "\r\n").encode("utf-8").decode("ascii", "surrogateescape"))
    return part


def headers(
    msg: Message,
    sender: tuple[str, str],
    subject: str,
    date: str,
    mid: str,
    to: str = SECRETARIAT,
    extra: dict[str, str] | None = None,
) -> Message:
    name, addr = sender
    msg["From"] = formataddr((name, addr), charset="utf-8")
    msg["To"] = to
    msg["Subject"] = (
        subject if subject.isascii() else Header(subject, "utf-8", header_name="Subject")
    )  # type: ignore[assignment]
    msg["Date"] = date
    msg["Message-ID"] = f"<{mid}>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for key, value in (extra or {}).items():
        msg[key] = value
    return msg


def single(part: Message, **kw: Any) -> Message:
    return headers(part, **kw)


def alt(
    plain: str, html: str, charset: str = "utf-8", cte: str = "quoted-printable", **kw: Any
) -> Message:
    msg = MIMEMultipart("alternative")
    msg.attach(text(plain, "plain", charset, cte))
    msg.attach(text(html, "html", charset, cte))
    return headers(msg, **kw)


def ev(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": None,
        "status": "scheduled",
        "start_date": None,
        "end_date": None,
        "start_time": None,
        "end_time": None,
        "timezone": None,
        "mode": "in_person",
        "venue": None,
        "city": None,
        "country": None,
        "event_type": None,
        "organizer": None,
        "registration_url": None,
    }
    unknown = set(kw) - set(base)
    assert not unknown, unknown
    base.update(kw)
    if base["end_date"] is None:
        base["end_date"] = base["start_date"]
    return base


def gold(language: str, *events: dict[str, Any]) -> Gold:
    return {"is_event_notification": bool(events), "language": language, "events": list(events)}


def fixed_zip_times(blob: bytes) -> io.BytesIO:
    """The same .docx bytes on every build: members re-stored with one fixed timestamp."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(blob)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(
                zipfile.ZipInfo(info.filename, date_time=(2026, 6, 4, 15, 30, 0)), src.read(info)
            )
    return out


def fixed_boundaries(msg: Message, stem: str) -> None:
    """Deterministic MIME boundaries so a rebuild gives byte-identical files."""
    digest = hashlib.sha1(stem.encode()).hexdigest()[:20]
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{digest}_")


OUTLOOK_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose;}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
"""
OUTLOOK_TAIL = "</div></body></html>\n"


def mso(*paras: str) -> str:
    return "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' for p in paras)


def mso_table(rows: list[tuple[str, str]]) -> str:
    cells = "\n".join(
        f'<tr><td width="140" style="padding:3pt"><p class="MsoNormal"><b>{k}</b></p></td>'
        f'<td style="padding:3pt"><p class="MsoNormal">{v}</p></td></tr>'
        for k, v in rows
    )
    return (
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        f'style="border-collapse:collapse;border:none">\n{cells}\n</table>'
    )


def small(*lines: str) -> str:
    inner = "<br>\n".join(lines)
    return f'<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">{inner}</span></p>'


# ----------------------------------------------------------------------------- English events


def h01() -> Case:
    body = """Dear colleagues of the Network secretariat,

The Uganda Migrant Workers Forum is pleased to invite you to our

  Regional Consultation with Migrant Workers' Associations on Skills Recognition

next Tuesday, from 10:00 to 16:00 (EAT), at the Lakeview Conference Centre,
Hall C, Port Bell Road, Kampala.

Some forty returnee and diaspora associations from Uganda, Kenya, Rwanda and
South Sudan will review the draft regional guidelines on recognising skills
acquired abroad, ahead of the regional review later this year. Interpretation
English/Kiswahili will be available.

Please confirm your participation through this form by Friday:
https://forms.gle/uMWF-kla-skills-2026

With best regards,

Grace Nakimuli
Programme Officer, Uganda Migrant Workers Forum
Liaison office: Riverside Towers, 4th floor, Westlands, Nairobi, Kenya
Tel +254 20 555 0141
"""
    msg = single(
        text(body, cte="7bit"),
        sender=("Grace Nakimuli", "g.nakimuli@umwf-uganda.example.org"),
        subject="Invitation - Regional Consultation on Skills Recognition",
        date="Wed, 18 Mar 2026 08:41:12 +0300",
        mid="a7c1e2f0.umwf@umwf-uganda.example.org",
    )
    return msg, gold(
        "en",
        ev(
            title="Regional Consultation with Migrant Workers' Associations on Skills Recognition",
            start_date="2026-03-24",
            start_time="10:00",
            end_time="16:00",
            timezone="Africa/Kampala",
            venue="Lakeview Conference Centre, Hall C",
            city="Kampala",
            country="UG",
            event_type="stakeholder_consultation",
            organizer="Uganda Migrant Workers Forum",
            registration_url="https://forms.gle/uMWF-kla-skills-2026",
        ),
    )


def h02() -> Case:
    title = "Ministerial Roundtable on Safe and Fair Labour Migration Corridors in South-East Asia"
    plain = f"""Dear Secretariat colleagues,

On behalf of the Southeast Asia Labour Mobility Platform (SEALMP), we are honoured to invite the Network to the

{title}

Date: Thursday, 14 May 2026
Time: 09:00 - 13:00 (Manila time)
Venue: Harbourview Convention Hall, Function Room B, Pasay City, Manila, Philippines
Registration: https://forms.office.com/r/SEALMP-MinRT-2026

Ministers of labour from six countries of origin and destination will adopt a joint statement on recruitment fees.

Kind regards,
Arnel Villanueva
Partnerships Lead, SEALMP

SEALMP Regional Office | 88 Sukhumvit Soi 21, Bangkok 10110, Thailand
This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    html = (
        OUTLOOK_HEAD
        + mso(
            "Dear Secretariat colleagues,",
            "&nbsp;",
            "On behalf of the Southeast Asia Labour Mobility Platform (SEALMP), we are honoured to invite the Network to the",
            "&nbsp;",
            f'<b><span style="font-size:14.0pt;color:#1F4E79">{title}</span></b>',
            "&nbsp;",
        )
        + mso_table(
            [
                ("Date", "Thursday, 14 May 2026"),
                ("Time", "09:00 &#8211; 13:00 (Manila time)"),
                (
                    "Venue",
                    "Harbourview Convention Hall, Function Room B, Pasay City, Manila, Philippines",
                ),
                (
                    "Registration",
                    '<a href="https://forms.office.com/r/SEALMP-MinRT-2026">https://forms.office.com/r/SEALMP-MinRT-2026</a>',
                ),
            ]
        )
        + mso(
            "&nbsp;",
            "Ministers of labour from six countries of origin and destination will adopt a joint statement on recruitment fees.",
            "&nbsp;",
            "Kind regards,",
            "Arnel Villanueva",
            "Partnerships Lead, SEALMP",
        )
        + small(
            "SEALMP Regional Office | 88 Sukhumvit Soi 21, Bangkok 10110, Thailand",
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error, please notify the sender and delete it.",
        )
        + OUTLOOK_TAIL
    )
    msg = alt(
        plain,
        html,
        sender=("Arnel Villanueva", "arnel.villanueva@sealmp.example.org"),
        subject="Invitation: Ministerial Roundtable on Labour Migration Corridors - 14 May 2026",
        date="Thu, 2 Apr 2026 10:03:55 +0700",
        mid="DM6PR01MB5523.sealmp@outlook.example.com",
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            start_date="2026-05-14",
            start_time="09:00",
            end_time="13:00",
            timezone="Asia/Manila",
            venue="Harbourview Convention Hall, Function Room B",
            city="Manila",
            country="PH",
            event_type="high_level_event",
            organizer="Southeast Asia Labour Mobility Platform (SEALMP)",
            registration_url="https://forms.office.com/r/SEALMP-MinRT-2026",
        ),
    )


def h03() -> Case:
    title = "Data for Safe Migration: Using Administrative Records to Track GCM Objective 1"
    join = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HoADataHub2026%40thread.v2/0"
    plain = f"""{title}

Hosted by the Horn of Africa Migration Data Hub (Addis Ababa).
A 90-minute online session for national statistics offices and partners.

Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <{join}>
Meeting ID: 391 552 804 117
Passcode: 7tQk2m
________________________________________________________________________________
"""
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
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Horn of Africa Migration Data Hub:mailto:events@hoa-datahub.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{SECRETARIAT}
DESCRIPTION;LANGUAGE=en-US:{title}\\n\\nHosted by the Horn of Africa Migration Data Hub (Addis Ababa).\\nJoin: {join}
UID:040000008200E00074C5B7101A82E00800000000HOADATA2026
SUMMARY;LANGUAGE=en-US:{title}
DTSTART;TZID=E. Africa Standard Time:20260609T140000
DTEND;TZID=E. Africa Standard Time:20260609T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260512T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""
    msg = MIMEMultipart("alternative")
    msg.attach(text(plain))
    msg.attach(calendar(ics, "REQUEST"))
    headers(
        msg,
        sender=("Horn of Africa Migration Data Hub", "events@hoa-datahub.example.org"),
        subject=f"{title}",
        date="Tue, 12 May 2026 12:15:03 +0300",
        mid="BN8PR12MB3379.hoadata@namprd12.example.com",
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            start_date="2026-06-09",
            start_time="14:00",
            end_time="15:30",
            timezone="Africa/Addis_Ababa",
            mode="online",
            event_type="knowledge_sharing",
            organizer="Horn of Africa Migration Data Hub",
            registration_url=join,
        ),
    )


def h04() -> Case:
    title = "Local Authorities as First Responders for Migrants in Transit"
    plain = f"""This event has been cancelled.

Side event: {title}
Rue Belliard Conference Centre, Room 2B, Brussels

Dear colleagues, owing to the reduced format of this year's European review meeting,
the Network of Welcoming Cities in Europe has had to cancel this side event.
We apologise for any inconvenience.
"""
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=NWCE Secretariat:mailto:office@nwce.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{SECRETARIAT}
UID:040000008200E00074C5B7101A82E008000000005A1B2C3D4E5F6NWCE
SUMMARY;LANGUAGE=en-GB:Cancelled: Side event: {title}
DTSTART;TZID=Romance Standard Time:20261020T131500
DTEND;TZID=Romance Standard Time:20261020T143000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260928T150211Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Rue Belliard Conference Centre, Room 2B, Brussels
END:VEVENT
END:VCALENDAR
"""
    msg = MIMEMultipart("alternative")
    msg.attach(text(plain))
    msg.attach(calendar(ics, "CANCEL"))
    headers(
        msg,
        sender=("NWCE Secretariat", "office@nwce.example.eu"),
        subject=f"Cancelled: Side event: {title}",
        date="Mon, 28 Sep 2026 17:02:11 +0200",
        mid="AM0PR07MB4412.nwce@eurprd07.example.com",
        extra={"Importance": "high"},
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            status="cancelled",
            start_date="2026-10-20",
            start_time="13:15",
            end_time="14:30",
            timezone="Europe/Brussels",
            venue="Rue Belliard Conference Centre, Room 2B",
            city="Brussels",
            country="BE",
            event_type="side_event",
            organizer="Network of Welcoming Cities in Europe",
        ),
    )


def h05() -> Case:
    title = "Town Hall Consultation with Immigrant-Led Organizations on the Midwest Inclusion Plan"
    url = "https://www.eventbrite.com/e/glia-town-hall-consultation-tickets-810245771"
    plain = f"""Hi all,

Great Lakes Immigrant Alliance (GLIA) invites Network partners to our

{title}
Date: 2/3/2027
Time: 9:30 a.m. - 12:30 p.m. (CST)
Location: Lakeshore Community Hall, 2nd floor, 1418 W. Division St., Chicago, IL
Join in person or online (the Zoom link is sent after registration).

RSVP by 1/20/2027: {url}

Feedback gathered at the town hall will feed into the plan's mid-term review, due 4/30/2027.

Thanks so much,
Maria Delgado-Ruiz | Policy Director | Great Lakes Immigrant Alliance
(312) 555-0188
"""
    html = f"""<div dir="ltr"><div>Hi all,</div><div><br></div>
<div>Great Lakes Immigrant Alliance (GLIA) invites Network partners to our</div><div><br></div>
<div><b>{title}</b></div>
<div>Date: 2/3/2027</div><div>Time: 9:30 a.m. - 12:30 p.m. (CST)</div>
<div>Location: Lakeshore Community Hall, 2nd floor, 1418 W. Division St., Chicago, IL</div>
<div>Join in person or online (the Zoom link is sent after registration).</div><div><br></div>
<div>RSVP by 1/20/2027: <a href="{url}">{url}</a></div><div><br></div>
<div>Feedback gathered at the town hall will feed into the plan's mid-term review, due 4/30/2027.</div>
<div><br></div><div>Thanks so much,</div>
<div class="gmail_signature">Maria Delgado-Ruiz | Policy Director | Great Lakes Immigrant Alliance<br>(312) 555-0188</div></div>
"""
    msg = alt(
        plain,
        html,
        sender=("Maria Delgado-Ruiz", "mdelgado@glia-chicago.example.org"),
        subject="Town Hall Consultation - Midwest Inclusion Plan",
        date="Tue, 8 Dec 2026 15:22:40 -0600",
        mid="CAF3xk9QvR2@mail.gmail.com",
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            start_date="2027-02-03",
            start_time="09:30",
            end_time="12:30",
            timezone="America/Chicago",
            mode="hybrid",
            venue="Lakeshore Community Hall, 2nd floor",
            city="Chicago",
            country="US",
            event_type="stakeholder_consultation",
            organizer="Great Lakes Immigrant Alliance (GLIA)",
            registration_url=url,
        ),
    )


def h06() -> Case:
    title = "Launch of the 2026 Report on Climate Mobility in the Pacific"
    url = "https://pcmr.example.ac.fj/events/climate-mobility-report-2026"
    ld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": title,
        "startDate": "2026-08-27T17:30:00+12:00",
        "endDate": "2026-08-27T19:00:00+12:00",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
        "location": [
            {
                "@type": "Place",
                "name": "Oceanview Lecture Theatre, Laucala Campus",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": "Suva",
                    "addressCountry": "FJ",
                },
            },
            {"@type": "VirtualLocation", "url": url},
        ],
        "organizer": {"@type": "Organization", "name": "Pacific Centre for Mobility Research"},
        "offers": {
            "@type": "Offer",
            "url": url,
            "price": "0",
            "availability": "https://schema.org/InStock",
        },
    }
    html = f"""<html><head>
<script type="application/ld+json">
{json.dumps(ld, indent=2)}
</script></head>
<body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="color:#005f73">{title}</h1>
<p>Join the Pacific Centre for Mobility Research for the launch of our flagship report, with
testimonies from communities in Kiribati, Tuvalu and Fiji that have planned relocation.</p>
<p><b>Thursday 27 August 2026, 5.30&ndash;7.00pm (Fiji time)</b><br>
Oceanview Lecture Theatre, Laucala Campus, Suva &mdash; and livestreamed</p>
<p><a href="{url}" style="background:#0a9396;color:#fff;padding:8px 14px">Register</a></p>
<p style="font-size:10px;color:#999">Pacific Centre for Mobility Research &middot; Private Mail Bag, Suva, Fiji
&middot; You receive this because you subscribed to our event announcements.
<a href="https://pcmr.example.ac.fj/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    plain = f"""{title}
Thursday 27 August 2026, 5.30-7.00pm (Fiji time)
Oceanview Lecture Theatre, Laucala Campus, Suva - and livestreamed
Register: {url}
"""
    msg = alt(
        plain,
        html,
        sender=("Pacific Centre for Mobility Research", "events@pcmr.example.ac.fj"),
        subject=f"You're invited: {title}",
        date="Mon, 3 Aug 2026 09:00:00 +1200",
        mid="20260803090000.41.pcmr@mailer.pcmr.example.ac.fj",
        extra={"List-Unsubscribe": "<https://pcmr.example.ac.fj/unsubscribe>"},
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            start_date="2026-08-27",
            start_time="17:30",
            end_time="19:00",
            timezone="Pacific/Fiji",
            mode="hybrid",
            venue="Oceanview Lecture Theatre, Laucala Campus",
            city="Suva",
            country="FJ",
            event_type="knowledge_sharing",
            organizer="Pacific Centre for Mobility Research",
            registration_url=url,
        ),
    )


def h07() -> Case:
    title = "Faces of the Journey: A Photo Exhibition"
    plain = f"""FYI - for the Migration Week calendar. They're happy to be listed.

Best,
Tom

Tom Ekwueme
Network Secretariat, Geneva

---------- Forwarded message ---------
From: Lina Haddad <lina@alnour-culture.example.jo>
Date: Mon, Jun 1, 2026 at 11:48 AM
Subject: Exhibition - Faces of the Journey
To: Tom Ekwueme <t.ekwueme@migration-network.example.org>


Dear Tom,

As discussed, here are the details of our exhibition:

"{title}"
18 to 30 June 2026, open daily 10:00-19:00
Jabal Weibdeh Art House, Paris Circle, Amman

Portraits and stories of migrant domestic workers, refugees and Jordanian
families who host them, by twelve photographers from the community.
Co-organised by the Al-Nour Cultural Foundation and the Amman Migrants'
Association. Entrance is free, no registration needed.

Warm regards,
Lina
"""
    msg = single(
        text(plain),
        sender=("Tom Ekwueme", "t.ekwueme@migration-network.example.org"),
        subject="Fwd: Exhibition - Faces of the Journey",
        date="Tue, 2 Jun 2026 09:15:27 +0200",
        mid="CAGm7tE0fwd@mail.gmail.com",
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            start_date="2026-06-18",
            end_date="2026-06-30",
            start_time="10:00",
            end_time="19:00",
            timezone="Asia/Amman",
            venue="Jabal Weibdeh Art House",
            city="Amman",
            country="JO",
            event_type="exhibition_cultural",
            organizer="Al-Nour Cultural Foundation and the Amman Migrants' Association",
        ),
    )


def h08() -> Case:
    title = "Fair Recruitment in Practice: Lessons from Bilateral Labour Agreements"
    url = "https://us06web.zoom.us/webinar/register/WN_dimp-fairrec-2026"
    plain = f"""Dear colleagues,

Apologies, a small correction to my message below: the webinar will run from
11:00 to 13:00 CET, not 10:00-12:00. Everything else is unchanged.

Best regards,
Katharina Brunner
Danube Institute for Migration Policy, Vienna

-----Original Message-----
From: Katharina Brunner <k.brunner@dimp.example.at>
Sent: Monday, August 24, 2026 4:02 PM
To: Network Secretariat <{SECRETARIAT}>
Subject: Webinar invitation: {title}

Dear colleagues,

The Danube Institute for Migration Policy invites you to the webinar

{title}

Thursday, 17 September 2026, 10:00-12:00 CET, online (Zoom)
Register here: {url}

Speakers from labour ministries in Austria, Nepal and Morocco will compare how
bilateral agreements cap recruitment fees in practice.

Best regards,
Katharina Brunner
"""
    msg = single(
        text(plain),
        sender=("Katharina Brunner", "k.brunner@dimp.example.at"),
        subject=f"RE: Webinar invitation: {title}",
        date="Tue, 25 Aug 2026 09:31:00 +0200",
        mid="VI1PR04MB6992.dimp@eurprd04.example.com",
        extra={"In-Reply-To": "<VI1PR04MB6990.dimp@eurprd04.example.com>"},
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            start_date="2026-09-17",
            start_time="11:00",
            end_time="13:00",
            timezone="Europe/Vienna",
            mode="online",
            event_type="knowledge_sharing",
            organizer="Danube Institute for Migration Policy",
            registration_url=url,
        ),
    )


def h09() -> Case:
    form = "https://forms.gle/bmrc-youth-consult-dec26"
    plain = f"""Dear Network Secretariat,

For International Migrants Day, the Bangladesh Migrant Rights Collective (BMRC)
will hold three activities in Dhaka. All times are Bangladesh time (BST, GMT+6).

1) Film screening: "Voices from the Gulf"
   Monday 14 December 2026, 18:00-20:30
   Gulshan Cultural Centre, Auditorium 1
   A documentary on returnee workers, followed by a discussion with the director.

2) Youth Consultation on Safe Migration Pathways
   Wednesday 16 December 2026, 10:00-13:00
   BMRC Resource Centre, Mirpur Road
   For young people aged 18-30 considering work abroad. Register: {form}

3) Press Briefing: Recruitment Costs and Remittances in 2026
   Friday 18 December 2026, 11:00-12:00
   National Press Club, Conference Room

We would be grateful if these could appear in the Migration Week calendar.

Sincerely,
Farhana Islam
Coordinator, BMRC
"""
    msg = single(
        text(plain),
        sender=("Farhana Islam", "farhana@bmrc-bd.example.org"),
        subject="BMRC programme for International Migrants Day 2026",
        date="Wed, 25 Nov 2026 14:05:18 +0600",
        mid="e29c1a.bmrc@bmrc-bd.example.org",
    )
    common = dict(
        timezone="Asia/Dhaka",
        city="Dhaka",
        country="BD",
        organizer="Bangladesh Migrant Rights Collective (BMRC)",
    )
    return msg, gold(
        "en",
        ev(
            title="Voices from the Gulf",
            start_date="2026-12-14",
            start_time="18:00",
            end_time="20:30",
            venue="Gulshan Cultural Centre, Auditorium 1",
            event_type="exhibition_cultural",
            **common,
        ),
        ev(
            title="Youth Consultation on Safe Migration Pathways",
            start_date="2026-12-16",
            start_time="10:00",
            end_time="13:00",
            venue="BMRC Resource Centre, Mirpur Road",
            event_type="stakeholder_consultation",
            registration_url=form,
            **common,
        ),
        ev(
            title="Press Briefing: Recruitment Costs and Remittances in 2026",
            start_date="2026-12-18",
            start_time="11:00",
            end_time="12:00",
            venue="National Press Club, Conference Room",
            event_type="media_engagement",
            **common,
        ),
    )


def h10() -> Case:
    from docx import Document

    title = "National Policy Dialogue on the Reintegration of Returning Migrants"
    form = "https://forms.gle/warrf-accra-reintegration"
    doc = Document()
    doc.core_properties.author = "WARRF Secretariat"
    doc.core_properties.created = doc.core_properties.modified = datetime(2026, 6, 4, 15, 30)
    doc.add_heading("West Africa Return and Reintegration Forum (WARRF)", level=2)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Concept note and invitation")
    table = doc.add_table(rows=0, cols=2)
    for key, value in [
        ("Dates", "8-9 July 2026"),
        ("Programme", "Day 1: 09:00-17:00; Day 2: 09:00-13:00 (registration desk opens 08:15)"),
        ("Venue", "Osu Civic Centre, Main Hall, Accra, Ghana"),
        ("Format", "In person"),
        ("Registration", f"{form} (deadline: 26 June 2026)"),
    ]:
        row = table.add_row().cells
        row[0].text, row[1].text = key, value
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Over 11,000 Ghanaians returned from Libya, Niger and the Gulf in 2025. The dialogue brings "
        "together ministries, district assemblies, returnee associations and employers to agree on "
        "priorities for the next national reintegration strategy (GCM Objective 21)."
    )
    buf = io.BytesIO()
    doc.save(buf)
    buf = fixed_zip_times(buf.getvalue())
    body = """Dear colleagues,

Please find attached the concept note and invitation for our upcoming policy dialogue.
We would be glad if the Network could share it with its members.

Kind regards,
Kwame Asante-Boateng
WARRF Secretariat
"""
    msg = MIMEMultipart("mixed")
    msg.attach(text(body, cte="7bit"))
    att = MIMEBase("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    att.set_payload(base64.encodebytes(buf.getvalue()).decode("ascii"))
    att["Content-Transfer-Encoding"] = "base64"
    att.add_header(
        "Content-Disposition", "attachment", filename="WARRF_Policy_Dialogue_Invitation.docx"
    )
    msg.attach(att)
    headers(
        msg,
        sender=("Kwame Asante-Boateng", "k.asante@warrf.example.org"),
        subject="Invitation and concept note",
        date="Fri, 5 Jun 2026 11:20:00 +0000",
        mid="LO2P265MB1880.warrf@gbrp265.example.com",
    )
    return msg, gold(
        "en",
        ev(
            title=title,
            start_date="2026-07-08",
            end_date="2026-07-09",
            start_time="09:00",
            end_time="13:00",
            timezone="Africa/Accra",
            venue="Osu Civic Centre, Main Hall",
            city="Accra",
            country="GH",
            event_type="policy_dialogue",
            organizer="West Africa Return and Reintegration Forum (WARRF)",
            registration_url=form,
        ),
    )


# ----------------------------------------------------------------------------- English non-events


def h11() -> Case:
    body = """Thank you for your message.

I am out of the office until Monday 13 April 2026, attending the Asia-Pacific
Regional Forum on Labour Migration in Bangkok, with limited access to e-mail.

For urgent matters please contact my colleague Sunita Rai (s.rai@nmrc.example.org.np).

Best regards,
Bikash Thapa
"""
    msg = single(
        text(body, cte="7bit"),
        sender=("Bikash Thapa", "b.thapa@nmrc.example.org.np"),
        subject="Automatic reply: Call for Migration Week activities",
        date="Thu, 2 Apr 2026 06:12:44 +0545",
        mid="autoreply.4412@nmrc.example.org.np",
        extra={
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "Precedence": "auto_reply",
        },
    )
    return msg, gold("en")


def h12() -> Case:
    report = MIMEMultipart("report", report_type="delivery-status")
    report.attach(
        text(
            """This is the mail system at host mx1.migration-network.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<events@coastal-migrants.example.org>: host mail.coastal-migrants.example.org[203.0.113.25]
    said: 550 5.1.1 <events@coastal-migrants.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
            cte="7bit",
        )
    )
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [
            message_from_string(
                "Reporting-MTA: dns; mx1.migration-network.example.org\n"
                "Arrival-Date: Wed, 14 Oct 2026 10:02:11 +0200 (CEST)\n"
            ),
            message_from_string(
                "Final-Recipient: rfc822; events@coastal-migrants.example.org\n"
                "Action: failed\n"
                "Status: 5.1.1\n"
                "Remote-MTA: dns; mail.coastal-migrants.example.org\n"
                "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
            ),
        ]
    )
    report.attach(status)
    original = single(
        text(
            """Dear partners,

A reminder that the side event "Coastal Cities and Climate Displacement" takes place
on 22 October 2026, 14:00-15:30, in Room 3 of the conference centre in Durban.

Network Secretariat
""",
            cte="7bit",
        ),
        sender=("Network Secretariat", SECRETARIAT),
        subject="Reminder: Coastal Cities and Climate Displacement - 22 October",
        date="Wed, 14 Oct 2026 10:02:09 +0200",
        mid="reminder.8812@migration-network.example.org",
        to="events@coastal-migrants.example.org",
    )
    report.attach(MIMEMessage(original))
    msg = headers(
        report,
        sender=("Mail Delivery System", "MAILER-DAEMON@mx1.migration-network.example.org"),
        subject="Undelivered Mail Returned to Sender",
        date="Wed, 14 Oct 2026 10:02:13 +0200",
        mid="20261014080213.9A1F2@mx1.migration-network.example.org",
        extra={"Auto-Submitted": "auto-replied"},
    )
    return msg, gold("en")


def h13() -> Case:
    body = """Dear Secretariat,

Our association of Filipino community workers in Hong Kong is thinking of organising an
activity for Migration Week this year, probably a small storytelling evening in late
November, but nothing is fixed yet.

Could you tell us:
- whether activities held only in Tagalog can be listed in the calendar,
- whether we need to be a member of the Network to use the Migration Week logo,
- and by which date you need the details?

Thank you very much,
Rowena Castillo
Bayanihan Workers Circle HK
"""
    msg = single(
        text(body, cte="7bit"),
        sender=("Rowena Castillo", "rowena.bwc@gmail.example.com"),
        subject="Question about Migration Week listing",
        date="Sat, 19 Sep 2026 21:44:02 +0800",
        mid="CAH9bwcQ1@mail.gmail.com",
    )
    return msg, gold("en")


def h14() -> Case:
    html = """<html><body style="font-family:Segoe UI,Arial">
<p><img src="https://cdn-sharepoint-docs.example.net/logo.png" width="120"></p>
<p>Hello,</p>
<p>A document <b>"Migration Week 2026 - Confirmed Partner Events.xlsx"</b> has been shared with you
by the Network Secretariat.</p>
<p>Your access expires in <b>24 hours</b>. To keep access you must verify your mailbox credentials.</p>
<p><a href="http://secure-docs-verify.example.top/un/login.php?id=8812" style="background:#0078d4;color:#fff;padding:10px">Open document</a></p>
<p style="font-size:10px;color:#888">Microsoft respects your privacy. This is an automated message.</p>
</body></html>
"""
    plain = """A document "Migration Week 2026 - Confirmed Partner Events.xlsx" has been shared with you.
Your access expires in 24 hours. Verify your mailbox to keep access:
http://secure-docs-verify.example.top/un/login.php?id=8812
"""
    msg = alt(
        plain,
        html,
        sender=("SharePoint Online", "no-reply@sharepoint-notify.example.top"),
        subject='Network Secretariat shared "Migration Week 2026 - Confirmed Partner Events" with you',
        date="Tue, 10 Nov 2026 03:17:55 +0000",
        mid="8812.docshare@sharepoint-notify.example.top",
        to=SECRETARIAT,
    )
    return msg, gold("en")


# ----------------------------------------------------------------------------- French


def h15() -> Case:
    title = "Atelier de renforcement des capacités sur la collecte de données migratoires"
    body = f"""Bonjour à toutes et à tous,

Pour information et pour le calendrier : ci-dessous l'annonce du RESAMIR.

Bien cordialement,
Aminata Diop
Secrétariat du Réseau, Genève

De : Ousmane Ndiaye <o.ndiaye@resamir.example.sn>
Envoyé : jeudi 2 avril 2026 17:26
À : Aminata Diop <a.diop@migration-network.example.org>
Objet : Annonce atelier données migratoires - Dakar

Chère Aminata,

Le Réseau sénégalais des associations de migrants de retour (RESAMIR) organise un

{title}

le mercredi 22 avril 2026, de 14h00 à 17h30 GMT,
au Centre de conférences de Ngor, salle Baobab, Dakar.

L'atelier s'adresse aux associations de migrants de retour et aux agents des
collectivités territoriales. Inscription par courriel à inscription@resamir.example.sn
avant le 15 avril.

Bien à vous,
Ousmane Ndiaye
Chargé de programme, RESAMIR
"""
    msg = single(
        text(body),
        sender=("Aminata Diop", "a.diop@migration-network.example.org"),
        subject="TR: Annonce atelier données migratoires - Dakar",
        date="Fri, 3 Apr 2026 09:02:40 +0200",
        mid="GV0P278MB0412.diop@chep278.example.com",
    )
    return msg, gold(
        "fr",
        ev(
            title=title,
            start_date="2026-04-22",
            start_time="14:00",
            end_time="17:30",
            timezone="Africa/Dakar",
            venue="Centre de conférences de Ngor, salle Baobab",
            city="Dakar",
            country="SN",
            event_type="knowledge_sharing",
            organizer="Réseau sénégalais des associations de migrants de retour (RESAMIR)",
        ),
    )


def h16() -> Case:
    title = "Consultation des associations de la diaspora sur la Stratégie nationale de migration"
    url = "https://zoom.us/meeting/register/piscm-diaspora-consult"
    body = f"""Chers partenaires,

Petit rappel : la {title} se tient demain, mercredi, de 10h à 13h (heure d'Abidjan),
à la Maison des associations du Plateau, salle Akwaba, Abidjan, et en ligne.

Lien d'inscription pour la participation à distance : {url}

Merci de relayer auprès de vos réseaux.

Très cordialement,
Yao Kouassi
Plateforme ivoirienne de la société civile pour les migrations (PISCM)
"""
    msg = single(
        text(body, charset="iso-8859-1"),
        sender=("Yao Kouassi", "y.kouassi@piscm.example.ci"),
        subject="Rappel : consultation diaspora demain",
        date="Tue, 12 May 2026 16:40:09 +0000",
        mid="rappel.0512@piscm.example.ci",
    )
    return msg, gold(
        "fr",
        ev(
            title=title,
            start_date="2026-05-13",
            start_time="10:00",
            end_time="13:00",
            timezone="Africa/Abidjan",
            mode="hybrid",
            venue="Maison des associations du Plateau, salle Akwaba",
            city="Abidjan",
            country="CI",
            event_type="stakeholder_consultation",
            organizer="Plateforme ivoirienne de la société civile pour les migrations (PISCM)",
            registration_url=url,
        ),
    )


def h17() -> Case:
    title = "Dialogue régional sur la protection des migrants en situation de vulnérabilité"
    body = f"""Madame, Monsieur,

Nous avons le regret de vous informer que le {title},
initialement prévu les 3 et 4 juin 2026 (de 9h00 à 17h00) à la Maison de la Méditerranée,
Les Berges du Lac, Tunis, est reporté à une date ultérieure.

Ce report est dû à la tenue simultanée de la session parlementaire consacrée au projet de loi
sur l'asile. Une nouvelle date vous sera communiquée dès que possible.

Nous vous prions d'agréer nos salutations distinguées.

Leïla Ben Salah
Directrice, Observatoire maghrébin des mobilités
Bureau de liaison : 14 rue Oum Kalthoum, Alger
"""
    html = (
        OUTLOOK_HEAD.replace('lang="EN-GB"', 'lang="FR"')
        + mso(*[p if p else "&nbsp;" for p in body.split("\n")])
        + small(
            "Observatoire maghrébin des mobilités &#8211; Ce message et ses pièces jointes sont confidentiels.",
            "Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
        )
        + OUTLOOK_TAIL
    )
    msg = alt(
        body,
        html,
        sender=("Leïla Ben Salah", "l.bensalah@omm-maghreb.example.tn"),
        subject=f"Report : {title}",
        date="Wed, 20 May 2026 12:10:00 +0100",
        mid="PR3P192MB0731.omm@eurp192.example.com",
    )
    return msg, gold(
        "fr",
        ev(
            title=title,
            status="postponed",
            start_date="2026-06-03",
            end_date="2026-06-04",
            start_time="09:00",
            end_time="17:00",
            timezone="Africa/Tunis",
            venue="Maison de la Méditerranée, Les Berges du Lac",
            city="Tunis",
            country="TN",
            event_type="policy_dialogue",
            organizer="Observatoire maghrébin des mobilités",
        ),
    )


def h18() -> Case:
    title = "Forum des collectivités locales pour l'accueil et l'inclusion des personnes migrantes"
    plain = f"""{title}
Espace Confluence, salle Rhône, Lyon
5 et 6 octobre 2026 (journées entières)

Organisé par le Réseau des villes accueillantes Auvergne-Rhône-Alpes.
Élus et services municipaux de 30 villes y préparent leur contribution à l'examen régional.
"""
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261005
DTEND;VALUE=DATE:20261007
DTSTAMP:20260901T081500Z
ORGANIZER;CN=Réseau des villes accueillantes AURA:mailto:contact@villes-accueillantes-aura.example.fr
UID:5fq8l2v0s3kd8j1b2c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{SECRETARIAT}
DESCRIPTION:Organisé par le Réseau des villes accueillantes Auvergne-Rhône-Al
 pes.\\nÉlus et services municipaux de 30 villes y préparent leur contributio
 n à l'examen régional.
LOCATION:Espace Confluence\\, salle Rhône\\, Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    msg = MIMEMultipart("mixed")
    inner = MIMEMultipart("alternative")
    inner.attach(text(plain))
    inner.attach(calendar(ics, "REQUEST"))
    msg.attach(inner)
    headers(
        msg,
        sender=(
            "Réseau des villes accueillantes AURA",
            "contact@villes-accueillantes-aura.example.fr",
        ),
        subject=f"Invitation : {title} - lun. 5 oct. 2026 - mer. 7 oct. 2026",
        date="Tue, 1 Sep 2026 10:15:00 +0200",
        mid="calendar-5fq8l2v0s3kd8j1b2c@google.com",
    )
    return msg, gold(
        "fr",
        ev(
            title=title,
            start_date="2026-10-05",
            end_date="2026-10-06",
            timezone="Europe/Paris",
            venue="Espace Confluence, salle Rhône",
            city="Lyon",
            country="FR",
            event_type="stakeholder_consultation",
            organizer="Réseau des villes accueillantes Auvergne-Rhône-Alpes",
        ),
    )


def h19() -> Case:
    title = "Table ronde : reconnaissance des acquis des travailleurs migrants temporaires"
    url = "https://oqmt.example.ca/table-ronde-2026/inscription"
    body = f"""Bonjour,

L’Observatoire québécois des mobilités de travail (OQMT) vous invite à la

« {title} »

Date : jeudi 19 novembre 2026
Heure : 13 h 30 à 16 h 30 (HNE)
Lieu : Centre Saint-Laurent, salle Mercier, 1200 rue Sherbrooke Est, Montréal

Inscription obligatoire avant le 5 novembre : {url}

Employeurs, syndicats, ordres professionnels et représentants du ministère y débattront
des obstacles à la reconnaissance des diplômes. Le rapport de synthèse sera publié
le 15 décembre 2026.

Au plaisir de vous y voir,
Geneviève Tremblay
Coordonnatrice, OQMT – Québec (bureau principal : 975 chemin Sainte-Foy, Québec)
"""
    msg = single(
        text(body, charset="cp1252"),
        sender=("Geneviève Tremblay", "g.tremblay@oqmt.example.ca"),
        subject="Invitation – Table ronde sur la reconnaissance des acquis (19 novembre)",
        date="Wed, 14 Oct 2026 09:48:10 -0400",
        mid="YT3PR01MB6110.oqmt@canprd01.example.com",
    )
    return msg, gold(
        "fr",
        ev(
            title=title,
            start_date="2026-11-19",
            start_time="13:30",
            end_time="16:30",
            timezone="America/Toronto",
            venue="Centre Saint-Laurent, salle Mercier",
            city="Montreal",
            country="CA",
            event_type="policy_dialogue",
            organizer="Observatoire québécois des mobilités de travail (OQMT)",
            registration_url=url,
        ),
    )


def h20() -> Case:
    title = "Les femmes migrantes dans l'économie du soin : droits, reconnaissance et protection sociale"
    url = "https://cgfm.webex.com/cgfm/j.php?MTID=m4a9e2b7c1d6f"
    html = f"""<div dir="ltr"><div>Chères et chers collègues,</div><div><br></div>
<div>En marge de l'examen régional du Pacte mondial pour la région CEE-ONU, le Collectif genevois
Femmes et Migrations organise un événement parallèle en ligne :</div><div><br></div>
<div><b>« {title} »</b></div><div><br></div>
<div>&#128197; mardi 10 mars 2026<br>&#128336; 10:00–12:00 CET<br>
&#128187; Webex : <a href="{url}">{url}</a></div><div><br></div>
<div>Avec des travailleuses domestiques et aides-soignantes de Suisse, de France et d'Italie.</div>
<div><br></div><div>Amitiés,</div><div>Chiara Rossi-Favre<br>Collectif genevois Femmes et Migrations<br>
Rue des Voisins 8, 1205 Genève</div></div>
"""
    plain = f"""Chères et chers collègues,

En marge de l'examen régional du Pacte mondial pour la région CEE-ONU, le Collectif genevois
Femmes et Migrations organise un événement parallèle en ligne :

« {title} »

mardi 10 mars 2026
10:00–12:00 CET
Webex : {url}

Avec des travailleuses domestiques et aides-soignantes de Suisse, de France et d'Italie.

Amitiés,
Chiara Rossi-Favre
Collectif genevois Femmes et Migrations
Rue des Voisins 8, 1205 Genève
"""
    msg = alt(
        plain,
        html,
        sender=("Chiara Rossi-Favre", "chiara.cgfm@gmail.example.com"),
        subject="Événement parallèle en ligne – femmes migrantes et économie du soin",
        date="Fri, 20 Feb 2026 18:30:12 +0100",
        mid="CAJ8cgfmx7@mail.gmail.com",
    )
    return msg, gold(
        "fr",
        ev(
            title=title,
            start_date="2026-03-10",
            start_time="10:00",
            end_time="12:00",
            timezone="Europe/Zurich",
            mode="online",
            event_type="side_event",
            organizer="Collectif genevois Femmes et Migrations",
            registration_url=url,
        ),
    )


def h21() -> Case:
    body = """Bonjour,

Je suis absente du bureau jusqu'au 4 janvier 2027 inclus et n'aurai qu'un accès limité
à ma messagerie. Pour toute question relative à la Semaine des migrations, merci
d'écrire à semaine-migrations@cimade-sud.example.fr.

Cordialement,
Hélène Marchetti
"""
    msg = single(
        text(body, charset="iso-8859-1"),
        sender=("Hélène Marchetti", "h.marchetti@cimade-sud.example.fr"),
        subject="Réponse automatique : Programme de la Semaine des migrations",
        date="Mon, 21 Dec 2026 08:00:03 +0100",
        mid="autorep.1221@cimade-sud.example.fr",
        extra={"X-Auto-Response-Suppress": "All"},
    )
    return msg, gold("fr")


# ----------------------------------------------------------------------------- Spanish


def h22() -> Case:
    title = "Diálogo Nacional sobre Movilidad Laboral y Migración Circular"
    url = "https://bit.ly/dialogo-movilidad-lima26"
    body = f"""Estimados colegas:

Les reenvío la invitación de la Mesa Intersectorial para incluirla en el calendario.

Saludos cordiales,
Camila Ortega
Oficina Regional, Santiago de Chile

-----Mensaje original-----
De: Mesa Intersectorial de Migración Laboral <secretaria@mimlp.example.pe>
Enviado el: martes, 14 de julio de 2026 11:02
Para: Camila Ortega <c.ortega@migration-network.example.org>
Asunto: Invitación - Diálogo Nacional sobre Movilidad Laboral

Estimada Camila:

La Mesa Intersectorial de Migración Laboral del Perú tiene el agrado de invitarle al
{title},
que se realizará el miércoles 12 de agosto de 2026, de 9:00 a 13:00 horas (hora de Lima),
en la Casa de la Integración Andina, Auditorio Principal, Av. Salaverry 2250, Lima.

Inscripciones: {url}

Atentamente,
Secretaría Técnica
"""
    msg = single(
        text(body),
        sender=("Camila Ortega", "c.ortega@migration-network.example.org"),
        subject="RV: Invitación - Diálogo Nacional sobre Movilidad Laboral",
        date="Wed, 15 Jul 2026 10:11:45 -0400",
        mid="SCL2PR80MB0110.ortega@namp80.example.com",
    )
    return msg, gold(
        "es",
        ev(
            title=title,
            start_date="2026-08-12",
            start_time="09:00",
            end_time="13:00",
            timezone="America/Lima",
            venue="Casa de la Integración Andina, Auditorio Principal",
            city="Lima",
            country="PE",
            event_type="policy_dialogue",
            organizer="Mesa Intersectorial de Migración Laboral del Perú",
            registration_url=url,
        ),
    )


def h23() -> Case:
    title = "Taller de intercambio de experiencias: integración socioeconómica de personas migrantes en ciudades intermedias"
    url = "https://rcic.webex.com/rcic/j.php?MTID=m1b2c3d4e5f6a7b8"
    html = f"""<div dir="ltr"><div>Hola a todas y todos,</div><div><br></div>
<div>La Red de Ciudades Incluyentes de Colombia los invita el próximo jueves al</div>
<div><b>{title}</b></div><div><br></div>
<div>Hora: 3:00 p.m. a 5:00 p.m. (hora de Colombia)</div>
<div>Lugar: Biblioteca Pública Virgilio Barco, sala 2, Bogotá &ndash; también por Webex:
<a href="{url}">{url}</a></div><div><br></div>
<div>Participan las alcaldías de Cúcuta, Pasto, Riohacha y Villa del Rosario.</div>
<div><br></div><div>Un abrazo,</div><div>Julián Restrepo<br>Red de Ciudades Incluyentes de Colombia<br>
Sede administrativa: Calle 52 # 45-30, Medellín</div></div>
"""
    plain = f"""Hola a todas y todos,

La Red de Ciudades Incluyentes de Colombia los invita el próximo jueves al
{title}

Hora: 3:00 p.m. a 5:00 p.m. (hora de Colombia)
Lugar: Biblioteca Pública Virgilio Barco, sala 2, Bogotá – también por Webex: {url}

Participan las alcaldías de Cúcuta, Pasto, Riohacha y Villa del Rosario.

Un abrazo,
Julián Restrepo
Red de Ciudades Incluyentes de Colombia
Sede administrativa: Calle 52 # 45-30, Medellín
"""
    msg = alt(
        plain,
        html,
        sender=("Julián Restrepo", "julian.restrepo@rcic.example.co"),
        subject="Invitación taller ciudades intermedias - próximo jueves",
        date="Mon, 21 Sep 2026 08:20:31 -0500",
        mid="CAK2rcicBog@mail.gmail.com",
    )
    return msg, gold(
        "es",
        ev(
            title=title,
            start_date="2026-09-24",
            start_time="15:00",
            end_time="17:00",
            timezone="America/Bogota",
            mode="hybrid",
            venue="Biblioteca Pública Virgilio Barco, sala 2",
            city="Bogotá",
            country="CO",
            event_type="knowledge_sharing",
            organizer="Red de Ciudades Incluyentes de Colombia",
            registration_url=url,
        ),
    )


def h24() -> Case:
    title = "Consulta regional con organizaciones de personas migrantes y refugiadas"
    body = f"""Estimadas y estimados aliados:

Les informamos que la {title},
prevista originalmente para el 20 de mayo, se traslada al miércoles 10 de junio de 2026,
en el mismo horario (10:00 a 14:00 h, hora del centro de México) y en la misma sede:
Casa Refugio Xochicalco, Salón Grande, Ciudad de México.

El cambio responde a la coincidencia con la reunión ministerial regional.
Las inscripciones ya realizadas siguen vigentes.

Saludos cordiales,
Coalición Mesoamericana por la Movilidad Humana
"""
    msg = single(
        text(body),
        sender=("Coalición Mesoamericana por la Movilidad Humana", "contacto@comemh.example.mx"),
        subject="Nueva fecha: Consulta regional con organizaciones de personas migrantes",
        date="Thu, 7 May 2026 13:30:00 -0600",
        mid="nuevafecha.0507@comemh.example.mx",
    )
    return msg, gold(
        "es",
        ev(
            title=title,
            status="rescheduled",
            start_date="2026-06-10",
            start_time="10:00",
            end_time="14:00",
            timezone="America/Mexico_City",
            venue="Casa Refugio Xochicalco, Salón Grande",
            city="Mexico City",
            country="MX",
            event_type="stakeholder_consultation",
            organizer="Coalición Mesoamericana por la Movilidad Humana",
        ),
    )


def h25() -> Case:
    t1 = "Taller para periodistas: cobertura responsable de la migración"
    t2 = "Feria cultural «Raíces en movimiento»"
    form = "https://forms.office.com/r/AGR-taller-periodistas"
    plain = f"""Buenas tardes:

Con motivo del Día Internacional del Migrante, la Asociación Guatemalteca de Retornados (AGR)
realizará dos actividades en la Ciudad de Guatemala:

{t1}
Fecha: jueves 17 de diciembre de 2026
Horario: 9:00 a 12:30 h
Lugar: Hotel Casa Antigua, Salón Jade, zona 10
Inscripción: {form}

{t2}
Fecha: viernes 18 de diciembre de 2026
Horario: 10:00 a 18:00 h
Lugar: Centro Cultural Kaqchikel, patio central, zona 1
Entrada libre

Atentamente,
Rosa Xicará
Asociación Guatemalteca de Retornados
"""
    html = (
        OUTLOOK_HEAD.replace('lang="EN-GB"', 'lang="ES-GT"')
        + mso(
            "Buenas tardes:",
            "&nbsp;",
            "Con motivo del Día Internacional del Migrante, la Asociación Guatemalteca de Retornados (AGR) "
            "realizará dos actividades en la Ciudad de Guatemala:",
            "&nbsp;",
        )
        + mso_table(
            [
                ("Actividad", f"<b>{t1}</b>"),
                ("Fecha", "jueves 17 de diciembre de 2026"),
                ("Horario", "9:00 a 12:30 h"),
                ("Lugar", "Hotel Casa Antigua, Salón Jade, zona 10"),
                ("Inscripción", f'<a href="{form}">{form}</a>'),
            ]
        )
        + mso("&nbsp;")
        + mso_table(
            [
                ("Actividad", f"<b>{t2}</b>"),
                ("Fecha", "viernes 18 de diciembre de 2026"),
                ("Horario", "10:00 a 18:00 h"),
                ("Lugar", "Centro Cultural Kaqchikel, patio central, zona 1"),
                ("Entrada", "libre"),
            ]
        )
        + mso("&nbsp;", "Atentamente,", "Rosa Xicará", "Asociación Guatemalteca de Retornados")
        + OUTLOOK_TAIL
    )
    msg = alt(
        plain,
        html,
        sender=("Rosa Xicará", "rxicara@agr-guatemala.example.org"),
        subject="Actividades AGR - Día Internacional del Migrante",
        date="Mon, 30 Nov 2026 15:05:00 -0600",
        mid="SJ0PR11MB5040.agr@namprd11.example.com",
    )
    common = dict(
        timezone="America/Guatemala",
        city="Guatemala City",
        country="GT",
        organizer="Asociación Guatemalteca de Retornados (AGR)",
    )
    return msg, gold(
        "es",
        ev(
            title=t1,
            start_date="2026-12-17",
            start_time="09:00",
            end_time="12:30",
            venue="Hotel Casa Antigua, Salón Jade",
            event_type="media_engagement",
            registration_url=form,
            **common,
        ),
        ev(
            title=t2,
            start_date="2026-12-18",
            start_time="10:00",
            end_time="18:00",
            venue="Centro Cultural Kaqchikel, patio central",
            event_type="exhibition_cultural",
            **common,
        ),
    )


def h26() -> Case:
    title = "Niñez y adolescencia migrante no acompañada en el Cono Sur: respuestas coordinadas"
    url = "https://infanciasinfronteras.example.cl/evento-paralelo-inscripcion"
    body = f"""Estimado equipo de la Secretaría:

En el marco del Encuentro Regional de Examen del Pacto Mundial para la Migración en
Santiago, la Fundación Infancia sin Fronteras y la Red Sur de Protección organizan el
evento paralelo:

"{title}"

Fecha: miércoles 28 de octubre de 2026
Hora: 13:00 a 14:30 (hora de Chile)
Lugar: Centro de Convenciones Mapocho, Sala 4, Santiago
Formulario de inscripción: {url}

Cupos limitados a 60 personas.

Cordialmente,
Valentina Muñoz
Fundación Infancia sin Fronteras
"""
    msg = single(
        text(body, cte="base64"),
        sender=("Valentina Muñoz", "vmunoz@infanciasinfronteras.example.cl"),
        subject="Evento paralelo: niñez migrante no acompañada - 28 de octubre",
        date="Fri, 2 Oct 2026 17:45:00 -0300",
        mid="0a1b2c.fisf@infanciasinfronteras.example.cl",
    )
    return msg, gold(
        "es",
        ev(
            title=title,
            start_date="2026-10-28",
            start_time="13:00",
            end_time="14:30",
            timezone="America/Santiago",
            venue="Centro de Convenciones Mapocho, Sala 4",
            city="Santiago",
            country="CL",
            event_type="side_event",
            organizer="Fundación Infancia sin Fronteras y la Red Sur de Protección",
            registration_url=url,
        ),
    )


def h27() -> Case:
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#8b1e3f">Boletín Migraciones del Caribe · N.º 14 · Otoño 2026</h2>
<h3>Lo que pasó</h3>
<p>En septiembre, más de 200 personas participaron en nuestras mesas comunitarias en Santo Domingo
y Santiago de los Caballeros. Puedes leer el resumen en nuestro sitio web.</p>
<h3>Publicaciones</h3>
<p>Nuevo informe: <i>Trabajo doméstico y movilidad en el Caribe hispano</i> (PDF, 48 págs.).</p>
<h3>Próximamente</h3>
<p>Estamos preparando nuestras actividades para la Semana de las Migraciones. ¡Pronto
compartiremos fechas y lugares!</p>
<p style="font-size:11px;color:#777">Observatorio Caribeño de Migraciones · Av. Independencia 1020,
Santo Domingo · <a href="https://ocm.example.do/baja">Darse de baja</a></p>
</body></html>
"""
    plain = """Boletín Migraciones del Caribe - N.º 14 - Otoño 2026

Lo que pasó: en septiembre, más de 200 personas participaron en nuestras mesas comunitarias
en Santo Domingo y Santiago de los Caballeros.

Publicaciones: Trabajo doméstico y movilidad en el Caribe hispano (PDF, 48 págs.).

Próximamente: estamos preparando nuestras actividades para la Semana de las Migraciones.
¡Pronto compartiremos fechas y lugares!
"""
    msg = alt(
        plain,
        html,
        sender=("Observatorio Caribeño de Migraciones", "boletin@ocm.example.do"),
        subject="Boletín Migraciones del Caribe · Otoño 2026",
        date="Thu, 15 Oct 2026 14:00:00 -0400",
        mid="newsletter.14.ocm@ocm.example.do",
        extra={"List-Unsubscribe": "<https://ocm.example.do/baja>", "Precedence": "bulk"},
    )
    return msg, gold("es")


def h28() -> Case:
    body = """Estimados miembros del Grupo de Trabajo:

Adjuntamos en el cuerpo del mensaje el acta de la reunión virtual del Grupo de Trabajo
sobre Migración y Cambio Climático celebrada el martes 3 de febrero de 2026.

ACTA - Reunión n.º 7
Fecha: 3 de febrero de 2026, 15:00-16:30 (hora de Panamá), Microsoft Teams
Asistentes: 14 personas de 9 organizaciones

1. Aprobación del acta anterior: aprobada sin cambios.
2. Mapeo de desplazamientos por sequía en el Corredor Seco: la Universidad del Istmo
   presentará el borrador final en marzo.
3. Semana de las Migraciones: cada organización enviará sus propuestas antes del 30 de abril.
4. Próxima reunión: fecha por confirmar mediante encuesta Doodle.

Saludos,
Secretaría del Grupo de Trabajo
Ciudad de Panamá
"""
    msg = single(
        text(body),
        sender=("GT Migración y Clima", "gt-clima@redmesoamericana.example.pa"),
        subject="Acta reunión n.º 7 del GT Migración y Cambio Climático (3 de febrero)",
        date="Tue, 10 Feb 2026 11:30:00 -0500",
        mid="acta7.gtclima@redmesoamericana.example.pa",
    )
    return msg, gold("es")


# ----------------------------------------------------------------------------- Portuguese


def h29() -> Case:
    title = "Seminário Migração, Trabalho Decente e Cuidados"
    url = "https://www.sympla.com.br/evento/seminario-migracao-trabalho-decente-cuidados/2871234"
    html = f"""<div dir="ltr"><div>Olá, pessoal da Secretaria!</div><div><br></div>
<div>O Núcleo de Estudos de Mobilidade Humana (NEMH) convida para o</div>
<div><b><font size="4">{title}</font></b></div><div><br></div>
<div>📅 Quarta-feira, 22 de julho de 2026, das 14h às 18h (horário de Brasília)</div>
<div>📍 Auditório da Casa do Migrante Paulista – Rua Glicério, 225, Liberdade, São Paulo</div>
<div>📝 Inscrições gratuitas até 15 de julho: <a href="{url}">Sympla</a></div><div><br></div>
<div>Mesas com trabalhadoras bolivianas, haitianas e venezuelanas do setor de cuidados.</div>
<div><br></div><div>Abraços,</div>
<div>Beatriz Nogueira<br>NEMH – Campinas</div></div>
"""
    plain = f"""Olá, pessoal da Secretaria!

O Núcleo de Estudos de Mobilidade Humana (NEMH) convida para o
{title}

Quarta-feira, 22 de julho de 2026, das 14h às 18h (horário de Brasília)
Auditório da Casa do Migrante Paulista – Rua Glicério, 225, Liberdade, São Paulo
Inscrições gratuitas até 15 de julho: {url}

Mesas com trabalhadoras bolivianas, haitianas e venezuelanas do setor de cuidados.

Abraços,
Beatriz Nogueira
NEMH – Campinas
"""
    msg = alt(
        plain,
        html,
        sender=("Beatriz Nogueira", "beatriz.nemh@gmail.example.com"),
        subject="Convite: Seminário Migração, Trabalho Decente e Cuidados (22/7)",
        date="Mon, 29 Jun 2026 10:12:00 -0300",
        mid="CAMnemh2207@mail.gmail.com",
    )
    return msg, gold(
        "pt",
        ev(
            title=title,
            start_date="2026-07-22",
            start_time="14:00",
            end_time="18:00",
            timezone="America/Sao_Paulo",
            venue="Auditório da Casa do Migrante Paulista",
            city="São Paulo",
            country="BR",
            event_type="knowledge_sharing",
            organizer="Núcleo de Estudos de Mobilidade Humana (NEMH)",
            registration_url=url,
        ),
    )


def h30() -> Case:
    t1 = "Oficina técnica sobre gestão de fronteiras sensível ao género"
    t2 = "Consulta com associações de migrantes da África Austral"
    plain = f"""Caros parceiros,

O Fórum Moçambicano para as Migrações (FOMOMI) convida para duas sessões em Maputo,
no Centro de Conferências da Polana, Sala 3:

- {t1}: terça-feira, 8 de setembro de 2026, 08:30-16:00
- {t2}: quarta-feira, 9 de setembro de 2026, 09:00-12:30

Os convites de calendário seguem em anexo.

Cumprimentos,
Secretariado do FOMOMI
"""
    vtz = """BEGIN:VTIMEZONE
TZID:South Africa Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
END:STANDARD
END:VTIMEZONE"""

    def vevent(uid: str, summary: str, start: str, end: str) -> str:
        return f"""BEGIN:VEVENT
ORGANIZER;CN=Secretariado do FOMOMI:mailto:secretariado@fomomi.example.mz
ATTENDEE;RSVP=TRUE:mailto:{SECRETARIAT}
UID:{uid}
SUMMARY;LANGUAGE=pt-PT:{summary}
DTSTART;TZID=South Africa Standard Time:{start}
DTEND;TZID=South Africa Standard Time:{end}
LOCATION;LANGUAGE=pt-PT:Centro de Conferências da Polana\\, Sala 3\\, Maputo
DTSTAMP:20260811T080000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

    ics = "\n".join(
        [
            "BEGIN:VCALENDAR",
            "METHOD:REQUEST",
            "PRODID:Microsoft Exchange Server 2010",
            "VERSION:2.0",
            vtz,
            vevent("FOMOMI-2026-0908-oficina", t1, "20260908T083000", "20260908T160000"),
            vevent("FOMOMI-2026-0909-consulta", t2, "20260909T090000", "20260909T123000"),
            "END:VCALENDAR",
            "",
        ]
    )
    msg = MIMEMultipart("alternative")
    msg.attach(text(plain))
    msg.attach(calendar(ics, "REQUEST"))
    headers(
        msg,
        sender=("Secretariado do FOMOMI", "secretariado@fomomi.example.mz"),
        subject="Convite: duas sessões FOMOMI em Maputo (8 e 9 de setembro)",
        date="Tue, 11 Aug 2026 10:00:00 +0200",
        mid="MN2PR03MB4410.fomomi@namprd03.example.com",
    )
    common = dict(
        timezone="Africa/Maputo",
        venue="Centro de Conferências da Polana, Sala 3",
        city="Maputo",
        country="MZ",
        organizer="Fórum Moçambicano para as Migrações (FOMOMI)",
    )
    return msg, gold(
        "pt",
        ev(
            title=t1,
            start_date="2026-09-08",
            start_time="08:30",
            end_time="16:00",
            event_type="knowledge_sharing",
            **common,
        ),
        ev(
            title=t2,
            start_date="2026-09-09",
            start_time="09:00",
            end_time="12:30",
            event_type="stakeholder_consultation",
            **common,
        ),
    )


def h31() -> Case:
    title = "Formação para jornalistas: narrativas sobre migração sem estereótipos"
    url = "https://olmm.example.pt/formacao-jornalistas-2026"
    inner_body = f"""Exmos. Senhores,

O Observatório Lusófono de Migrações e Media tem o prazer de anunciar a
{title}, nos dias 14 e 15 de outubro de 2026,
na Casa da Imprensa, Sala 2, Rua da Horta Seca 20, Lisboa.

Horário: dia 14, das 9h30 às 17h00; dia 15, das 9h30 às 13h00.
Inscrições (vagas limitadas a 25 jornalistas): {url}

Com os melhores cumprimentos,
Observatório Lusófono de Migrações e Media
"""
    inner = single(
        text(inner_body),
        sender=("Observatório Lusófono de Migrações e Media", "geral@olmm.example.pt"),
        subject=f"{title} - 14 e 15 de outubro",
        date="Tue, 15 Sep 2026 11:00:00 +0100",
        mid="olmm.formacao.0915@olmm.example.pt",
        to="redes@migrantes-lisboa.example.pt",
    )
    msg = MIMEMultipart("mixed")
    msg.attach(
        text(
            """Bom dia,

Reencaminho em anexo a mensagem original do Observatório, para o calendário da Rede.

Obrigada,
Inês Carvalho
Rede de Associações de Migrantes de Lisboa
""",
            cte="8bit",
        )
    )
    msg.attach(MIMEMessage(inner))
    headers(
        msg,
        sender=("Inês Carvalho", "ines.carvalho@migrantes-lisboa.example.pt"),
        subject="Fw: Formação para jornalistas",
        date="Wed, 16 Sep 2026 09:20:00 +0100",
        mid="fw.formacao.0916@migrantes-lisboa.example.pt",
    )
    return msg, gold(
        "pt",
        ev(
            title=title,
            start_date="2026-10-14",
            end_date="2026-10-15",
            start_time="09:30",
            end_time="13:00",
            timezone="Europe/Lisbon",
            venue="Casa da Imprensa, Sala 2",
            city="Lisbon",
            country="PT",
            event_type="media_engagement",
            organizer="Observatório Lusófono de Migrações e Media",
            registration_url=url,
        ),
    )


def h32() -> Case:
    body = """Cara equipa da Secretaria,

Em nome da Associação Cabo-Verdiana do Porto, queremos agradecer a vossa participação
no Encontro Comunitário sobre Saúde e Migração, realizado no passado sábado, 21 de novembro.

Estiveram presentes mais de 90 pessoas e recolhemos muitos contributos. O relatório final
será partilhado até 18 de dezembro.

Até breve e um abraço,
Djeneba Semedo
Associação Cabo-Verdiana do Porto
"""
    msg = single(
        text(body),
        sender=("Djeneba Semedo", "djeneba@acvporto.example.pt"),
        subject="Obrigado! Encontro Comunitário sobre Saúde e Migração",
        date="Tue, 24 Nov 2026 18:03:00 +0000",
        mid="obrigado.1124@acvporto.example.pt",
    )
    return msg, gold("pt")


# ----------------------------------------------------------------------------- Arabic


def h33() -> Case:
    title = "الحوار الوطني حول الهجرة النظامية وسبل العيش المستدامة"
    body = f"""السادة أمانة الشبكة المحترمين،

تحية طيبة وبعد،

يتشرف المنتدى المصري للهجرة والتنمية بدعوتكم للمشاركة في

«{title}»

وذلك يوم الأربعاء ٧ أكتوبر ٢٠٢٦، من الساعة ١٠:٠٠ صباحاً حتى الساعة ٢:٠٠ ظهراً بتوقيت القاهرة،
في فندق النيل الكبير، قاعة اللوتس، جاردن سيتي، القاهرة.

يرجى تأكيد الحضور قبل ٢٥ سبتمبر ٢٠٢٦ عبر البريد الإلكتروني: rsvp@efmd.example.eg

وتفضلوا بقبول فائق الاحترام،
د. هالة عبد الرحمن
المديرة التنفيذية، المنتدى المصري للهجرة والتنمية
مكتب الإسكندرية: ١٢ شارع فؤاد، الإسكندرية
"""
    msg = single(
        text(body),
        sender=("هالة عبد الرحمن", "h.abdelrahman@efmd.example.eg"),
        subject=f"دعوة: {title}",
        date="Sun, 13 Sep 2026 10:30:00 +0300",
        mid="efmd.dawa.0913@efmd.example.eg",
    )
    return msg, gold(
        "ar",
        ev(
            title=title,
            start_date="2026-10-07",
            start_time="10:00",
            end_time="14:00",
            timezone="Africa/Cairo",
            venue="فندق النيل الكبير، قاعة اللوتس",
            city="Cairo",
            country="EG",
            event_type="policy_dialogue",
            organizer="المنتدى المصري للهجرة والتنمية",
        ),
    )


def h34() -> Case:
    title = "ورشة عمل حول حماية العاملات المهاجرات في قطاع العمل المنزلي"
    url = "https://us02web.zoom.us/meeting/register/lnmwr-workshop-0526"
    html = (
        OUTLOOK_HEAD.replace('lang="EN-GB"', 'lang="AR-LB" dir="rtl"')
        + mso(
            "الزملاء الأعزاء في أمانة الشبكة،",
            "&nbsp;",
            "تدعوكم الشبكة اللبنانية لحقوق العمال المهاجرين إلى",
            f"<b>{title}</b>",
            "&nbsp;",
        )
        + mso_table(
            [
                ("التاريخ", "الثلاثاء 26 أيار/مايو 2026"),
                ("الوقت", "09:30 – 15:00 (بتوقيت بيروت)"),
                ("المكان", "فندق الروشة، قاعة الأرز، بيروت – وعبر تطبيق زوم"),
                ("التسجيل", f'<a href="{url}">{url}</a>'),
            ]
        )
        + mso("&nbsp;", "مع أطيب التحيات،", "ريم الخوري", "منسقة البرامج")
        + small(
            "الشبكة اللبنانية لحقوق العمال المهاجرين – المكتب الإقليمي: شارع الرينبو، جبل عمّان، عمّان، الأردن",
            "هذه الرسالة سرية ومخصصة للمرسل إليه فقط. إذا وصلتك عن طريق الخطأ يرجى حذفها وإبلاغ المرسل.",
        )
        + OUTLOOK_TAIL
    )
    plain = f"""الزملاء الأعزاء في أمانة الشبكة،

تدعوكم الشبكة اللبنانية لحقوق العمال المهاجرين إلى
{title}

التاريخ: الثلاثاء 26 أيار/مايو 2026
الوقت: 09:30 – 15:00 (بتوقيت بيروت)
المكان: فندق الروشة، قاعة الأرز، بيروت – وعبر تطبيق زوم
التسجيل: {url}

مع أطيب التحيات،
ريم الخوري
منسقة البرامج
"""
    msg = alt(
        plain,
        html,
        sender=("ريم الخوري", "reem.khoury@lnmwr.example.lb"),
        subject="دعوة إلى ورشة عمل – 26 أيار 2026",
        date="Mon, 4 May 2026 13:15:00 +0300",
        mid="DB9PR02MB7221.lnmwr@eurprd02.example.com",
    )
    return msg, gold(
        "ar",
        ev(
            title=title,
            start_date="2026-05-26",
            start_time="09:30",
            end_time="15:00",
            timezone="Asia/Beirut",
            mode="hybrid",
            venue="فندق الروشة، قاعة الأرز",
            city="Beirut",
            country="LB",
            event_type="knowledge_sharing",
            organizer="الشبكة اللبنانية لحقوق العمال المهاجرين",
            registration_url=url,
        ),
    )


def h35() -> Case:
    title = "مهرجان ثقافات العبور"
    body = f"""إلى أمانة شبكة الأمم المتحدة المعنية بالهجرة،

يسر جمعية جسور للمهاجرين بالمغرب أن تعلن عن تنظيم الدورة الثالثة من

«{title}»

من ١٢ إلى ١٤ دجنبر ٢٠٢٦، يومياً من الساعة ١٧:٠٠ إلى الساعة ٢٢:٠٠،
بدار الثقافة بحي المحيط، الرباط.

يتضمن البرنامج حفلات موسيقية لفنانين من السنغال ومالي والكاميرون والمغرب، ومعرضاً للصور،
وعروضاً مسرحية. الدخول مجاني.

مع خالص التحيات،
يوسف العلمي
رئيس جمعية جسور
"""
    msg = single(
        text(body),
        sender=("يوسف العلمي", "y.alami@jousour.example.ma"),
        subject=f"إعلان: {title} – الرباط",
        date="Fri, 20 Nov 2026 16:00:00 +0100",
        mid="jousour.festival.1120@jousour.example.ma",
    )
    return msg, gold(
        "ar",
        ev(
            title=title,
            start_date="2026-12-12",
            end_date="2026-12-14",
            start_time="17:00",
            end_time="22:00",
            timezone="Africa/Casablanca",
            venue="دار الثقافة بحي المحيط",
            city="Rabat",
            country="MA",
            event_type="exhibition_cultural",
            organizer="جمعية جسور للمهاجرين بالمغرب",
        ),
    )


def h36() -> Case:
    title = "حماية الأجور للعمال المهاجرين في دول الخليج"
    body = f"""الزملاء الكرام،

نأسف لإبلاغكم بإلغاء الندوة الإلكترونية «{title}»
التي كانت مقررة يوم الأربعاء ١٥ أبريل ٢٠٢٦ من الساعة ١١:٠٠ حتى ١٢:٣٠ بتوقيت الدوحة (GMT+3) عبر منصة زوم،
وذلك لأسباب تنظيمية خارجة عن إرادتنا.

نعتذر عن أي إزعاج، وسنوافيكم بأنشطتنا القادمة.

مركز الخليج لدراسات العمل والهجرة
الدوحة، قطر
"""
    msg = single(
        text(body, cte="base64"),
        sender=("مركز الخليج لدراسات العمل والهجرة", "events@gclms.example.qa"),
        subject="إلغاء الندوة الإلكترونية حول حماية الأجور",
        date="Thu, 9 Apr 2026 09:05:00 +0300",
        mid="gclms.cancel.0409@gclms.example.qa",
    )
    return msg, gold(
        "ar",
        ev(
            title=title,
            status="cancelled",
            start_date="2026-04-15",
            start_time="11:00",
            end_time="12:30",
            timezone="Asia/Qatar",
            mode="online",
            event_type="knowledge_sharing",
            organizer="مركز الخليج لدراسات العمل والهجرة",
        ),
    )


# ----------------------------------------------------------------------------- other languages


def h37() -> Case:
    title = "Fachgespräch: Kommunale Integrationspolitik und der Globale Migrationspakt"
    url = "https://bmk-netzwerk.example.de/fachgespraech-2026/anmeldung"
    plain = f"""Sehr geehrte Damen und Herren,

das Bundesnetzwerk Migrantenorganisationen und Kommunen (BMK) lädt Sie herzlich ein zum

{title}

Datum: Donnerstag, 5. November 2026
Uhrzeit: 10:00–12:00 Uhr MEZ
Ort: Haus der Vielfalt, Saal 3, Kreuzberger Straße 12, Berlin
Anmeldung bis 22. Oktober: {url}

Mit freundlichen Grüßen
Jana Özdemir
Referentin, BMK

BMK e.V. | Geschäftsstelle: Kaiserstraße 40, 53113 Bonn
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.
"""
    html = (
        OUTLOOK_HEAD.replace('lang="EN-GB"', 'lang="DE"')
        + mso(
            "Sehr geehrte Damen und Herren,",
            "&nbsp;",
            "das Bundesnetzwerk Migrantenorganisationen und Kommunen (BMK) lädt Sie herzlich ein zum",
            "&nbsp;",
            f"<b>{title}</b>",
            "&nbsp;",
        )
        + mso_table(
            [
                ("Datum", "Donnerstag, 5. November 2026"),
                ("Uhrzeit", "10:00&#8211;12:00 Uhr MEZ"),
                ("Ort", "Haus der Vielfalt, Saal 3, Kreuzberger Straße 12, Berlin"),
                ("Anmeldung bis 22. Oktober", f'<a href="{url}">{url}</a>'),
            ]
        )
        + mso("&nbsp;", "Mit freundlichen Grüßen", "Jana Özdemir", "Referentin, BMK")
        + small(
            "BMK e.V. | Geschäftsstelle: Kaiserstraße 40, 53113 Bonn | Vereinsregister Bonn VR 11234",
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
            "informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
        )
        + OUTLOOK_TAIL
    )
    msg = alt(
        plain,
        html,
        sender=("Jana Özdemir", "j.oezdemir@bmk-netzwerk.example.de"),
        subject="Einladung zum Fachgespräch am 5. November 2026",
        date="Tue, 6 Oct 2026 14:22:00 +0200",
        mid="FR2P281MB1552.bmk@deup281.example.com",
    )
    return msg, gold(
        "de",
        ev(
            title=title,
            start_date="2026-11-05",
            start_time="10:00",
            end_time="12:00",
            timezone="Europe/Berlin",
            venue="Haus der Vielfalt, Saal 3",
            city="Berlin",
            country="DE",
            event_type="policy_dialogue",
            organizer="Bundesnetzwerk Migrantenorganisationen und Kommunen (BMK)",
            registration_url=url,
        ),
    )


def h38() -> Case:
    title = "Rassegna cinematografica «Mare di mezzo»"
    body = f"""Gentili colleghe e colleghi,

scusate, nel messaggio precedente ho indicato le date sbagliate: la rassegna si terrà
venerdì 16 e sabato 17 ottobre 2026 (non 15 e 16). Orari e luogo restano invariati.

Un caro saluto,
Francesca Lombardi
Associazione Ponti Mediterranei

Il giorno mar 29 set 2026 alle ore 10:14 Francesca Lombardi <f.lombardi@pontimed.example.it> ha scritto:
> Gentili colleghe e colleghi,
>
> l'Associazione Ponti Mediterranei è lieta di invitarvi alla
> {title}
> giovedì 15 e venerdì 16 ottobre 2026, dalle 20:30 alle 23:00,
> presso il Cinema Teatro Esquilino, Via Principe Amedeo 48, Roma.
>
> Quattro film sulle traversate del Mediterraneo centrale, seguiti da un dibattito con
> registi e protagonisti. Ingresso libero fino a esaurimento posti.
>
> Francesca Lombardi
"""
    msg = single(
        text(body, charset="iso-8859-1"),
        sender=("Francesca Lombardi", "f.lombardi@pontimed.example.it"),
        subject="Re: Invito - Rassegna cinematografica «Mare di mezzo»",
        date="Wed, 30 Sep 2026 08:47:00 +0200",
        mid="CAPontiMed0930@mail.gmail.com",
        extra={"In-Reply-To": "<CAPontiMed0929@mail.gmail.com>"},
    )
    return msg, gold(
        "it",
        ev(
            title=title,
            start_date="2026-10-16",
            end_date="2026-10-17",
            start_time="20:30",
            end_time="23:00",
            timezone="Europe/Rome",
            venue="Cinema Teatro Esquilino",
            city="Rome",
            country="IT",
            event_type="exhibition_cultural",
            organizer="Associazione Ponti Mediterranei",
        ),
    )


def h39() -> Case:
    title = "Консультация с организациями трудовых мигрантов по подготовке регионального обзора ГДМ"
    url = "https://forms.gle/atmca-bishkek-consult"
    body = f"""Уважаемые коллеги!

Ассоциация трудовых мигрантов Центральной Азии приглашает вас принять участие в мероприятии

«{title}»

Дата: 26 марта 2026 года (четверг)
Время: 10:00–13:00 (по времени Бишкека)
Место: Дом дружбы, конференц-зал, ул. Токтогула 98, Бишкек

Регистрация: {url}

Рабочие языки: русский и кыргызский.

С уважением,
Айгуль Садыкова
Ассоциация трудовых мигрантов Центральной Азии
Представительство в Алматы: пр. Абая 52
"""
    msg = single(
        text(body, charset="utf-8", cte="base64"),
        sender=("Айгуль Садыкова", "a.sadykova@atmca.example.kg"),
        subject="Приглашение: консультация с организациями трудовых мигрантов, 26 марта",
        date="Thu, 5 Mar 2026 11:40:00 +0600",
        mid="atmca.invite.0305@atmca.example.kg",
    )
    return msg, gold(
        "ru",
        ev(
            title=title,
            start_date="2026-03-26",
            start_time="10:00",
            end_time="13:00",
            timezone="Asia/Bishkek",
            venue="Дом дружбы, конференц-зал",
            city="Bishkek",
            country="KG",
            event_type="stakeholder_consultation",
            organizer="Ассоциация трудовых мигрантов Центральной Азии",
            registration_url=url,
        ),
    )


def h40() -> Case:
    title = "Mkutano wa Wadau kuhusu Uhamiaji Salama wa Wafanyakazi"
    body = f"""Ndugu wadau,

Mtandao wa Wafanyakazi Wahamiaji Tanzania (MWAWATA) unayo furaha kuwaalika kwenye

{title}

Tarehe: Alhamisi, 20 Agosti 2026
Muda: saa 3:00 asubuhi hadi saa 7:00 mchana
Mahali: Ukumbi wa Mikutano wa Kariakoo, Dar es Salaam

Mkutano huu utawakutanisha vyama vya wafanyakazi, mawakala wa ajira na familia za
wafanyakazi walioko nje ya nchi. Tafadhali thibitisha ushiriki wako kwa barua pepe
mwaliko@mwawata.example.tz kabla ya tarehe 10 Agosti.

Wako,
Neema Mushi
Mratibu, MWAWATA
Ofisi ya Arusha: Barabara ya Sokoine, Arusha
"""
    msg = single(
        text(body),
        sender=("Neema Mushi", "neema.mushi@mwawata.example.tz"),
        subject="Mwaliko: Mkutano wa Wadau kuhusu Uhamiaji Salama",
        date="Mon, 27 Jul 2026 09:10:00 +0300",
        mid="mwawata.mwaliko.0727@mwawata.example.tz",
    )
    return msg, gold(
        "sw",
        ev(
            title=title,
            start_date="2026-08-20",
            start_time="09:00",
            end_time="13:00",
            timezone="Africa/Dar_es_Salaam",
            venue="Ukumbi wa Mikutano wa Kariakoo",
            city="Dar es Salaam",
            country="TZ",
            event_type="stakeholder_consultation",
            organizer="Mtandao wa Wafanyakazi Wahamiaji Tanzania (MWAWATA)",
        ),
    )


CASES: dict[str, Callable[[], Case]] = {
    "h01_en_plain_relative": h01,
    "h02_en_outlook_table": h02,
    "h03_en_ics_request_teams": h03,
    "h04_en_ics_cancel": h04,
    "h05_en_us_dates_gmail": h05,
    "h06_en_jsonld": h06,
    "h07_en_gmail_forward": h07,
    "h08_en_reply_time_correction": h08,
    "h09_en_programme_three": h09,
    "h10_en_docx_attachment": h10,
    "h11_en_autoreply": h11,
    "h12_en_dsn_bounce": h12,
    "h13_en_question": h13,
    "h14_en_phishing": h14,
    "h15_fr_outlook_forward": h15,
    "h16_fr_latin1_demain": h16,
    "h17_fr_outlook_postponed": h17,
    "h18_fr_ics_allday": h18,
    "h19_fr_cp1252_deadline": h19,
    "h20_fr_gmail_side_event_online": h20,
    "h21_fr_autoreply_no_header": h21,
    "h22_es_mensaje_original": h22,
    "h23_es_gmail_proximo_jueves": h23,
    "h24_es_rescheduled": h24,
    "h25_es_outlook_two_events": h25,
    "h26_es_base64_side_event": h26,
    "h27_es_newsletter": h27,
    "h28_es_minutes": h28,
    "h29_pt_gmail_qp": h29,
    "h30_pt_ics_two_vevents": h30,
    "h31_pt_rfc822_attached": h31,
    "h32_pt_thank_you": h32,
    "h33_ar_plain_indic_digits": h33,
    "h34_ar_outlook_hybrid": h34,
    "h35_ar_festival_indic_digits": h35,
    "h36_ar_base64_cancelled": h36,
    "h37_de_outlook": h37,
    "h38_it_latin1_date_correction": h38,
    "h39_ru_base64": h39,
    "h40_sw_plain": h40,
}


def main() -> None:
    for stem, build in CASES.items():
        msg, answer = build()
        fixed_boundaries(msg, stem)
        (HERE / f"{stem}.eml").write_bytes(msg.as_bytes())
        (HERE / f"{stem}.json").write_text(
            json.dumps(answer, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(CASES)} cases to {HERE}")


if __name__ == "__main__":
    main()
