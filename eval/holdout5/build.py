# ruff: noqa: E501
"""Build the holdout5 blind evaluation set: 40 partner mails (.eml) with their gold (.json).

Run from the project root with the project's interpreter (python-docx is needed for two
attachments; the PDFs and the PNG are written by hand below, no other library is used):

    .venv/bin/python eval/holdout5/build.py

Every byte is fixed (boundaries, Message-IDs, docx and zip timestamps, PDF and PNG bytes), so a
rebuild is identical. All people, organisations, venues and storylines are invented for this set.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import quopri
import struct
import zipfile
import zlib
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


def raw8(text: str, charset: str) -> str:
    """Text in a non-UTF-8 charset, carried as lone surrogates until the final write."""
    return text.encode(charset).decode("ascii", "surrogateescape")


def hdr(text: str, charset: str = "utf-8", enc: str = "b") -> str:
    """An RFC 2047 header value when the text is not plain ASCII."""
    if text.isascii():
        return text
    if enc == "q":
        from email import charset as cs

        c = cs.Charset(charset)
        c.header_encoding = cs.QP
        return Header(text, c).encode()
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
    enc: str = "b",
    extra: tuple[str, ...] = (),
) -> str:
    lines = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {hdr(subject, charset, enc)}",
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
    if cte == "8bit" and charset.lower() not in ("utf-8", "us-ascii"):
        return leaf(ctype, raw8(text, charset), cte)
    assert cte == "8bit" or text.isascii(), "7bit part with non-ASCII text"
    return leaf(ctype, text, cte)


def attachment(ctype: str, filename: str, data: bytes) -> str:
    return leaf(
        f'{ctype}; name="{filename}"',
        b64(data),
        "base64",
        extra=(f'Content-Disposition: attachment; filename="{filename}"',),
    )


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


def vtz(name: str, offset: str) -> list[str]:
    """A VTIMEZONE without daylight saving, as Outlook writes it for a fixed-offset zone."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{name}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


VTZ_ROMANCE = [
    "BEGIN:VTIMEZONE",
    "TZID:Romance Standard Time",
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
]


# ---------------------------------------------------------------- attachments


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(title: str, pages: list[list[tuple[int, str]]]) -> bytes:
    """A minimal PDF 1.4: Helvetica (WinAnsi) text, one (size, line) list per page."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font_ref = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        stream = b"BT\n/F1 11 Tf\n72 770 Td\n"
        for size, line in lines:
            lead = size + 5
            stream += f"/F1 {size} Tf\n0 -{lead} Td\n".encode() + _pdf_string(line) + b" Tj\n"
        stream += b"ET\n"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font_ref} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream")
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objects.append(b"<< /Title " + _pdf_string(title) + b" /Producer (holdout5 build) >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(width: int, height: int, bands: list[tuple[int, int, int]]) -> bytes:
    """A small RGB PNG of horizontal colour bands (a stand-in for a designed flyer)."""
    rows = b""
    for y in range(height):
        colour = bands[y * len(bands) // height]
        rows += b"\x00" + bytes(colour) * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def stable_docx(d: Any, when: dt.datetime, author: str) -> bytes:
    props = d.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            stable = zipfile.ZipInfo(info.filename, date_time=stamp)
            stable.compress_type = zipfile.ZIP_DEFLATED
            stable.external_attr = 0o644 << 16
            dst.writestr(stable, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- gold


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


# ---------------------------------------------------------------- details in attachments


V01_PDF = pdf(
    "Concept Note - Regional Policy Dialogue on Climate Mobility",
    [
        [
            (16, "CONCEPT NOTE"),
            (
                14,
                "Regional Policy Dialogue on Climate Mobility and Pastoral Corridors in the Sahel",
            ),
            (11, ""),
            (11, "Dates: Tuesday 23 and Wednesday 24 February 2027"),
            (11, "Time: 09:00 - 17:30 (GMT) on both days"),
            (
                11,
                "Venue: Résidence Almadies Conference Centre, Salle Baobab, Route des Almadies, Dakar, Senegal",
            ),
            (
                11,
                "Organisers: West Africa Climate Mobility Platform and the Ministry of Environment of Senegal",
            ),
            (11, "Languages: French and English, with simultaneous interpretation"),
            (11, ""),
            (12, "1. Background"),
            (
                11,
                "Pastoralist communities across the Sahel move with their herds along corridors that cross",
            ),
            (
                11,
                "national borders. Droughts and floods are changing these routes, and disputes over water",
            ),
            (
                11,
                "and grazing land are rising. Few regional frameworks address mobility as adaptation.",
            ),
            (11, ""),
            (12, "2. Objectives"),
            (
                11,
                "- Take stock of national practice on transhumance certificates and cross-border corridors;",
            ),
            (11, "- Agree on three regional recommendations for the GCM regional review;"),
            (
                11,
                "- Connect herders' associations with ministries of environment, livestock and interior.",
            ),
            (11, ""),
            (12, "3. Participation and key dates"),
            (11, "About 70 participants from 9 countries. Nominations are due by 5 February 2027."),
            (11, "Register online: https://climatemobility-wa.example.org/dialogue2027"),
            (11, "The outcome report will be published by 31 March 2027."),
        ]
    ],
)

add(
    "v01_en_pdf_concept",
    head(
        addr("Aminata Diallo", "a.diallo@climatemobility-wa.example.org"),
        "Concept note for the calendar",
        "Tue, 12 Jan 2027 11:20:45 +0000",
        "CAF3k9dQ2-7xLm@mail.climatemobility-wa.example.org",
    )
    + multipart(
        "mixed",
        "000000000000a1b2c3d4e5f60718",
        [
            text_part(
                """Dear colleagues,

Please find attached the concept note of our regional dialogue next month.
We would be grateful if it could be listed on the Network's calendar.

Best regards,
Aminata Diallo
Programme Officer
West Africa Climate Mobility Platform
""",
                "us-ascii",
                "7bit",
            ),
            attachment("application/pdf", "Concept_Note_Sahel_Dialogue_2027.pdf", V01_PDF),
        ],
    ),
    gold(
        "en",
        event(
            "Regional Policy Dialogue on Climate Mobility and Pastoral Corridors in the Sahel",
            "scheduled",
            "2027-02-23",
            "2027-02-24",
            "09:00",
            "17:30",
            "Africa/Dakar",
            "in_person",
            "Résidence Almadies Conference Centre, Salle Baobab",
            "Dakar",
            "SN",
            "policy_dialogue",
            "West Africa Climate Mobility Platform and the Ministry of Environment of Senegal",
            "https://climatemobility-wa.example.org/dialogue2027",
        ),
    ),
)


def v02_programme() -> bytes:
    d = docx.Document()
    d.add_heading("PROGRAMME", level=0)
    d.add_heading(
        "Atelier de formation sur la protection consulaire des travailleurs migrants", level=1
    )
    d.add_paragraph("Mardi 9 mars 2027 – Maison de la Diaspora, salle Akwaba, Plateau, Abidjan")
    d.add_paragraph(
        "Organisé par la Direction générale des Ivoiriens de l'extérieur et l'Alliance Migrations Côte d'Ivoire"
    )
    table = d.add_table(rows=0, cols=2)
    for hour, item in (
        ("08h30", "Accueil et enregistrement des participants"),
        ("09h00", "Cérémonie d'ouverture"),
        ("09h30", "Module 1 : le cadre juridique de la protection consulaire"),
        ("11h00", "Pause-café"),
        ("11h15", "Module 2 : assistance aux travailleurs en détresse – études de cas"),
        ("13h00", "Déjeuner"),
        ("14h00", "Module 3 : coopération avec les pays d'accueil et les associations"),
        ("16h00", "Évaluation et remise des attestations"),
        ("16h30", "Clôture"),
    ):
        row = table.add_row().cells
        row[0].text = hour
        row[1].text = item
    d.add_paragraph(
        "Participants : 35 agents consulaires et représentants d'associations. "
        "Confirmation de participation par courriel à formation@alliance-migrations.example.ci avant le 26 février 2027."
    )
    return stable_docx(d, dt.datetime(2027, 2, 15, 9, 30), "Alliance Migrations CI")


add(
    "v02_fr_docx_programme",
    head(
        addr("Koffi Yao Séraphin", "s.koffi@alliance-migrations.example.ci"),
        "Programme de l'atelier du 9 mars",
        "Mon, 15 Feb 2027 10:12:00 +0000",
        "f1c2d3e4.atelier0309@alliance-migrations.example.ci",
        enc="q",
    )
    + multipart(
        "mixed",
        "----=_Part_21458_1736219.1771150320000",
        [
            text_part(
                """Bonjour,

Veuillez trouver ci-joint le programme de notre atelier de formation du 9 mars.
Merci de bien vouloir le relayer auprès des membres du Réseau.

Cordialement,
Séraphin Koffi Yao
Alliance Migrations Côte d'Ivoire
""",
                "utf-8",
                "quoted-printable",
            ),
            attachment(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Programme_atelier_protection_consulaire.docx",
                v02_programme(),
            ),
        ],
    ),
    gold(
        "fr",
        event(
            "Atelier de formation sur la protection consulaire des travailleurs migrants",
            "scheduled",
            "2027-03-09",
            "2027-03-09",
            "09:00",
            "16:30",
            "Africa/Abidjan",
            "in_person",
            "Maison de la Diaspora, salle Akwaba",
            "Abidjan",
            "CI",
            "knowledge_sharing",
            "Direction générale des Ivoiriens de l'extérieur et l'Alliance Migrations Côte d'Ivoire",
            None,
        ),
    ),
)

V03_PDF = pdf(
    "Afiche - Muestra de cine Fronteras que nos unen",
    [
        [
            (12, "Colectivo Caminantes  |  Fundación Puentes del Sur"),
            (11, ""),
            (22, "Muestra de cine"),
            (22, "«Fronteras que nos unen»"),
            (11, ""),
            (14, "14, 15 y 16 de abril de 2027"),
            (14, "19:00 a 21:30"),
            (14, "Sala Ágora, Casa Cultural La Floresta"),
            (12, "Calle Galavis N27-118, Quito"),
            (11, ""),
            (12, "Tres noches de documentales sobre movilidad humana en los Andes,"),
            (12, "con conversatorios junto a sus directoras y directores."),
            (11, ""),
            (13, "ENTRADA LIBRE - aforo limitado"),
        ]
    ],
)

add(
    "v03_es_pdf_flyer",
    head(
        addr("Colectivo Caminantes", "contacto@caminantes.example.ec"),
        "Afiche: muestra de cine en Quito",
        "Thu, 25 Mar 2027 17:40:12 -0500",
        "muestra2027.afiche@caminantes.example.ec",
    )
    + multipart(
        "mixed",
        "=_caminantes_afiche_0325",
        [
            text_part(
                """Estimadas y estimados:

Les compartimos el afiche de nuestra muestra de cine de abril. ¡Les
agradeceríamos difundirlo en sus redes!

Un abrazo,
Colectivo Caminantes
""",
                "iso-8859-1",
                "quoted-printable",
            ),
            attachment("application/pdf", "afiche_muestra_cine.pdf", V03_PDF),
        ],
    ),
    gold(
        "es",
        event(
            "Fronteras que nos unen",
            "scheduled",
            "2027-04-14",
            "2027-04-16",
            "19:00",
            "21:30",
            "America/Guayaquil",
            "in_person",
            "Sala Ágora, Casa Cultural La Floresta",
            "Quito",
            "EC",
            "exhibition_cultural",
            "Colectivo Caminantes y Fundación Puentes del Sur",
            None,
        ),
    ),
)


# ---------------------------------------------------------------- bulletins and series

V04_TEXT = """SOUTHERN AFRICA MIGRATION PARTNERS FORUM - PARTNER BULLETIN No. 22 (March 2027)

NEWS
- Our study "Paying to Leave: Recruitment Fees in the SADC Region" was published on 1 March.
- Thank you to everyone who joined the Lusaka dialogue on 18 February.
- Call for papers: abstracts for the Forum's annual review are due by 30 April 2027.

UPCOMING EVENTS
13 April 2027, 09:00-13:00 SAST | Consultation with Migrant Traders' Associations on the SADC Simplified Trade Regime | Beitbridge Civic Hall, Beitbridge, Zimbabwe | Organised by the Cross-Border Traders Alliance | Register: https://cbta.example.org/beitbridge-consultation
21 April 2027, 14:00-15:30 SAST | Webinar: Remittance Costs in Southern Africa - New Evidence | Online (Zoom) | Organised by the Remit Fair Institute | Register: https://remitfair.example.org/webinar-april
3-8 May 2027, 10:00-18:00 daily | Photo exhibition "Roads Home" | Galeria Kanimambo, Avenida Julius Nyerere 412, Maputo, Mozambique | Organised by the Mozambican Migrant Voices Collective | Free entry

Forum Secretariat, 14 Juta Street, Braamfontein, Johannesburg
You receive this bulletin as a partner of the Forum. Unsubscribe: https://samp-forum.example.org/unsubscribe
"""

V04_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoTable15Grid4Accent1 {border:solid #8EAADB 1.0pt;}
--></style></head>
<body lang="EN-ZA">
<div class="WordSection1">
<p class="MsoNormal" style="background:#1F3864"><b><span style="font-size:16pt;color:white">SOUTHERN AFRICA MIGRATION PARTNERS FORUM<o:p></o:p></span></b></p>
<p class="MsoNormal"><span style="color:#1F3864">Partner Bulletin No. 22 &#8211; March 2027<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>NEWS<o:p></o:p></b></p>
<ul>
<li class="MsoNormal">Our study <i>Paying to Leave: Recruitment Fees in the SADC Region</i> was published on 1&nbsp;March.</li>
<li class="MsoNormal">Thank you to everyone who joined the Lusaka dialogue on 18&nbsp;February.</li>
<li class="MsoNormal">Call for papers: abstracts for the Forum&#8217;s annual review are due by 30&nbsp;April&nbsp;2027.</li>
</ul>
<p class="MsoNormal"><b>UPCOMING EVENTS<o:p></o:p></b></p>
<table class="MsoTable15Grid4Accent1" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr style="background:#4472C4"><td><p class="MsoNormal"><b><span style="color:white">When</span></b></p></td><td><p class="MsoNormal"><b><span style="color:white">What</span></b></p></td><td><p class="MsoNormal"><b><span style="color:white">Where</span></b></p></td><td><p class="MsoNormal"><b><span style="color:white">Organiser</span></b></p></td></tr>
<tr><td valign="top"><p class="MsoNormal">13&nbsp;April&nbsp;2027<br>09:00&#8211;13:00 SAST</p></td>
<td valign="top"><p class="MsoNormal"><a href="https://cbta.example.org/beitbridge-consultation">Consultation with Migrant Traders&#8217; Associations on the SADC Simplified Trade Regime</a></p></td>
<td valign="top"><p class="MsoNormal">Beitbridge Civic Hall, Beitbridge, Zimbabwe</p></td>
<td valign="top"><p class="MsoNormal">Cross-Border Traders Alliance</p></td></tr>
<tr><td valign="top"><p class="MsoNormal">21&nbsp;April&nbsp;2027<br>14:00&#8211;15:30 SAST</p></td>
<td valign="top"><p class="MsoNormal"><a href="https://remitfair.example.org/webinar-april">Webinar: Remittance Costs in Southern Africa &#8211; New Evidence</a></p></td>
<td valign="top"><p class="MsoNormal">Online (Zoom)</p></td>
<td valign="top"><p class="MsoNormal">Remit Fair Institute</p></td></tr>
<tr><td valign="top"><p class="MsoNormal">3&#8211;8&nbsp;May&nbsp;2027<br>10:00&#8211;18:00 daily</p></td>
<td valign="top"><p class="MsoNormal">Photo exhibition &#8220;Roads Home&#8221; (free entry)</p></td>
<td valign="top"><p class="MsoNormal">Galeria Kanimambo, Avenida Julius Nyerere 412, Maputo, Mozambique</p></td>
<td valign="top"><p class="MsoNormal">Mozambican Migrant Voices Collective</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">Forum Secretariat, 14 Juta Street, Braamfontein, Johannesburg. You receive this bulletin as a partner of the Forum. <a href="https://samp-forum.example.org/unsubscribe">Unsubscribe</a><o:p></o:p></span></p>
</div></body></html>
"""

add(
    "v04_en_bulletin_three",
    head(
        addr("SAMP Forum Secretariat", "bulletin@samp-forum.example.org"),
        "Partner Bulletin No. 22 - March 2027",
        "Fri, 19 Mar 2027 08:00:00 +0200",
        "JNAP275MB0412C0FFEE22@JNAP275MB0412.ZAFP275.PROD.OUTLOOK.COM",
        extra=(
            "List-Unsubscribe: <https://samp-forum.example.org/unsubscribe>",
            "Precedence: bulk",
        ),
    )
    + multipart(
        "alternative",
        "_000_JNAP275MB0412C0FFEE22_",
        [
            text_part(V04_TEXT, "utf-8", "quoted-printable"),
            text_part(V04_HTML, "utf-8", "quoted-printable", "html"),
        ],
    ),
    gold(
        "en",
        event(
            "Consultation with Migrant Traders' Associations on the SADC Simplified Trade Regime",
            "scheduled",
            "2027-04-13",
            "2027-04-13",
            "09:00",
            "13:00",
            "Africa/Harare",
            "in_person",
            "Beitbridge Civic Hall",
            "Beitbridge",
            "ZW",
            "stakeholder_consultation",
            "Cross-Border Traders Alliance",
            "https://cbta.example.org/beitbridge-consultation",
        ),
        event(
            "Remittance Costs in Southern Africa - New Evidence",
            "scheduled",
            "2027-04-21",
            "2027-04-21",
            "14:00",
            "15:30",
            "Africa/Johannesburg",
            "online",
            None,
            None,
            None,
            "knowledge_sharing",
            "Remit Fair Institute",
            "https://remitfair.example.org/webinar-april",
        ),
        event(
            "Roads Home",
            "scheduled",
            "2027-05-03",
            "2027-05-08",
            "10:00",
            "18:00",
            "Africa/Maputo",
            "in_person",
            "Galeria Kanimambo",
            "Maputo",
            "MZ",
            "exhibition_cultural",
            "Mozambican Migrant Voices Collective",
            None,
        ),
    ),
    crlf=True,
)

add(
    "v05_en_bulletin_none",
    head(
        addr("Migration Policy Digest", "digest@migpolicy-digest.example.net"),
        "Migration Policy Digest #41: new data on labour corridors, vacancies, and more",
        "Wed, 3 Feb 2027 06:30:00 +0000",
        "digest41.20270203@migpolicy-digest.example.net",
        extra=(
            "List-Id: Migration Policy Digest <digest.migpolicy-digest.example.net>",
            "Precedence: bulk",
        ),
    )
    + text_part(
        """MIGRATION POLICY DIGEST #41 - February 2027
=============================================

IN THIS ISSUE

1. New data: labour corridors between South Asia and the Gulf
   Our updated dataset now covers 14 corridors and 2019-2026. Download it at
   https://migpolicy-digest.example.net/data/corridors

2. From the partners
   - The Caribbean Mobility Observatory has released a toolkit on
     disaster displacement planning for municipalities.
   - A new podcast series on diaspora investment started in January.

3. Vacancies
   - Research Associate (Nairobi), closing date 28 February 2027
   - Communications Intern (remote), closing date 15 March 2027

4. Events
   Our annual conference will return later this year. Dates and venue will
   be announced in a coming issue - watch this space!

You receive this digest because you subscribed at migpolicy-digest.example.net.
Unsubscribe: https://migpolicy-digest.example.net/unsubscribe?u=8812
""",
        "us-ascii",
        "7bit",
    ),
    gold("en"),
)

V06_URL = "https://globalskills.example.eu/series/smp-2027"

add(
    "v06_en_webinar_series",
    head(
        addr("Global Skills Exchange Network", "events@globalskills.example.eu"),
        "Learning series: Skills Mobility Partnerships in Practice (3 webinars, March 2027)",
        "Mon, 8 Feb 2027 10:05:00 +0100",
        "smp-series-2027.0208@globalskills.example.eu",
    )
    + text_part(
        f"""Dear partners,

The Global Skills Exchange Network is pleased to open registration for its
spring learning series "Skills Mobility Partnerships in Practice". Each
webinar stands alone; you may join one, two or all three.

  Session 1 - Tuesday 2 March 2027
  Designing Skills Mobility Partnerships: Lessons from Ten Agreements

  Session 2 - Tuesday 16 March 2027
  Recognition of Qualifications and Skills Across Borders

  Session 3 - Tuesday 30 March 2027
  The Role of Employers in Skills Partnerships

All sessions run from 13:00 to 14:30 CET on Zoom, with English-French
interpretation. One registration covers the whole series:
{V06_URL}

Recordings will be posted on our website within a week of each session.

Kind regards,
Events team
Global Skills Exchange Network
Rue de la Loi 155, 1040 Brussels, Belgium
""",
        "us-ascii",
        "7bit",
    ),
    gold(
        "en",
        *(
            event(
                title,
                "scheduled",
                day,
                day,
                "13:00",
                "14:30",
                "Europe/Brussels",
                "online",
                None,
                None,
                None,
                "knowledge_sharing",
                "Global Skills Exchange Network",
                V06_URL,
            )
            for title, day in (
                (
                    "Designing Skills Mobility Partnerships: Lessons from Ten Agreements",
                    "2027-03-02",
                ),
                ("Recognition of Qualifications and Skills Across Borders", "2027-03-16"),
                ("The Role of Employers in Skills Partnerships", "2027-03-30"),
            )
        ),
    ),
)

V07_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Prezadas e prezados parceiros,</p>
<p>O <b>Observatório das Migrações Laborais (OML)</b> e o <b>Instituto Travessias</b> convidam para o ciclo de webinários <b>«Migração e Trabalho Digno»</b>, com três encontros quinzenais:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f0fe"><th>Data</th><th>Tema</th></tr>
<tr><td>Quinta-feira, 6 de maio de 2027</td><td>Trabalhadoras domésticas migrantes: direitos e proteção social</td></tr>
<tr><td>Quinta-feira, 20 de maio de 2027</td><td>Recrutamento equitativo e cobrança ilegal de taxas</td></tr>
<tr><td>Quinta-feira, 3 de junho de 2027</td><td>Retorno e reintegração de trabalhadores migrantes</td></tr>
</table>
<p><b>Horário:</b> das 15h às 16h30 (horário de Brasília)<br>
<b>Plataforma:</b> Zoom, com tradução para espanhol<br>
<b>Inscrições:</b> <a href="https://oml.example.org.br/ciclo-trabalho-digno">https://oml.example.org.br/ciclo-trabalho-digno</a></p>
<p>Os certificados serão emitidos até 30 de junho de 2027.</p>
<p>Abraços,<br>Equipe OML<br>Belo Horizonte - MG</p>
</body></html>
"""

add(
    "v07_pt_webinar_series",
    head(
        addr("Observatório das Migrações Laborais", "contato@oml.example.org.br", "iso-8859-1"),
        "Ciclo de webinários «Migração e Trabalho Digno» - inscrições abertas",
        "Tue, 20 Apr 2027 09:15:00 -0300",
        "ciclo-oml-2027-04-20@oml.example.org.br",
        charset="iso-8859-1",
        enc="q",
    )
    + text_part(V07_HTML, "iso-8859-1", "quoted-printable", "html"),
    gold(
        "pt",
        *(
            event(
                title,
                "scheduled",
                day,
                day,
                "15:00",
                "16:30",
                "America/Sao_Paulo",
                "online",
                None,
                None,
                None,
                "knowledge_sharing",
                "Observatório das Migrações Laborais (OML) e Instituto Travessias",
                "https://oml.example.org.br/ciclo-trabalho-digno",
            )
            for title, day in (
                ("Trabalhadoras domésticas migrantes: direitos e proteção social", "2027-05-06"),
                ("Recrutamento equitativo e cobrança ilegal de taxas", "2027-05-20"),
                ("Retorno e reintegração de trabalhadores migrantes", "2027-06-03"),
            )
        ),
    ),
)
# ---------------------------------------------------------------- programmes


add(
    "v08_en_programme_activities",
    head(
        addr("Kampala Urban Refugee Network", "secretariat@kurn.example.ug"),
        "Our programme for Migration Week 2027 (three activities)",
        "Thu, 11 Nov 2027 15:48:31 +0300",
        "kurn-mw2027-programme@kurn.example.ug",
    )
    + text_part(
        """Dear Network secretariat,

For Migration Week 2027 the Kampala Urban Refugee Network will hold three
activities in Kampala. We would be happy to see each of them on the
Network's calendar.

1) Photo exhibition "Faces of Kisenyi"
   Monday 13 to Friday 17 December 2027, open 09:00-17:00
   Makerere Art Hub, Wandegeya, Kampala
   Portraits of urban refugee traders by young photographers from the
   neighbourhood. Free entry.

2) Dialogue between refugee-led organisations and Kampala Capital City Authority
   Wednesday 15 December 2027, 10:00-13:00
   Kampala City Hall, Council Chamber
   Co-organised with Kampala Capital City Authority. Refugee-led groups
   will present their priorities for the city's inclusion plan. Places are
   limited; register by 8 December: https://kurn.example.ug/dialogue-kcca

3) Film screening "Home Is Here" followed by a discussion with the director
   Saturday 18 December 2027, 18:30-21:00
   Kisenyi Community Hall, Kampala

A short report on the week will be shared with partners by 21 January 2028.

With thanks,
Grace Nakato
Coordinator, Kampala Urban Refugee Network
""",
        "us-ascii",
        "7bit",
    ),
    gold(
        "en",
        event(
            "Faces of Kisenyi",
            "scheduled",
            "2027-12-13",
            "2027-12-17",
            "09:00",
            "17:00",
            "Africa/Kampala",
            "in_person",
            "Makerere Art Hub",
            "Kampala",
            "UG",
            "exhibition_cultural",
            "Kampala Urban Refugee Network",
            None,
        ),
        event(
            "Dialogue between refugee-led organisations and Kampala Capital City Authority",
            "scheduled",
            "2027-12-15",
            "2027-12-15",
            "10:00",
            "13:00",
            "Africa/Kampala",
            "in_person",
            "Kampala City Hall, Council Chamber",
            "Kampala",
            "UG",
            "stakeholder_consultation",
            "Kampala Urban Refugee Network and Kampala Capital City Authority",
            "https://kurn.example.ug/dialogue-kcca",
        ),
        event(
            "Home Is Here",
            "scheduled",
            "2027-12-18",
            "2027-12-18",
            "18:30",
            "21:00",
            "Africa/Kampala",
            "in_person",
            "Kisenyi Community Hall",
            "Kampala",
            "UG",
            "exhibition_cultural",
            "Kampala Urban Refugee Network",
            None,
        ),
    ),
)

add(
    "v09_en_workshop_sessions",
    head(
        addr("Dr. Ramon Villanueva", "r.villanueva@apmhn.example.ph"),
        "Programme: Regional Workshop on Migrant Health Data, 7-8 September 2027",
        "Mon, 9 Aug 2027 13:02:44 +0800",
        "apmhn-workshop-0809.4471@apmhn.example.ph",
    )
    + text_part(
        """Dear colleagues,

The Asia Pacific Migrant Health Network invites you to its

    REGIONAL WORKSHOP ON MIGRANT HEALTH DATA
    7-8 September 2027
    Intramuros Learning Centre, Hall B, General Luna Street, Manila

PROGRAMME

Tuesday 7 September
08:30  Registration and coffee
09:00  Opening session: why migrant health data matters
10:30  Session 1: Health information systems and migration status
13:30  Session 2: Linking border health records with national systems
15:30  Group work
17:00  End of day 1

Wednesday 8 September
09:00  Session 3: Privacy and data protection for migrants
11:00  Session 4: Country action plans
14:30  Closing session and next steps
16:00  Close of the workshop

Registration is open until 20 August 2027:
https://apmhn.example.ph/workshops/health-data-2027

Best wishes,
Ramon Villanueva, MD
Network Coordinator
Asia Pacific Migrant Health Network - Cebu office
""",
        "us-ascii",
        "7bit",
    ),
    gold(
        "en",
        event(
            "Regional Workshop on Migrant Health Data",
            "scheduled",
            "2027-09-07",
            "2027-09-08",
            "09:00",
            "16:00",
            "Asia/Manila",
            "in_person",
            "Intramuros Learning Centre, Hall B",
            "Manila",
            "PH",
            "knowledge_sharing",
            "Asia Pacific Migrant Health Network",
            "https://apmhn.example.ph/workshops/health-data-2027",
        ),
    ),
)

# ---------------------------------------------------------------- calendars

V10_URL = "https://wb-migstat.example.rs/egm-2027/register"
V10_ICS = ics(
    [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        *[
            "BEGIN:VTIMEZONE",
            "TZID:Central Europe Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16011028T030000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010325T020000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ],
        "BEGIN:VEVENT",
        "CLASS:PUBLIC",
        "CREATED:20270406T091500Z",
        "DESCRIPTION:Expert Group Meeting organised by the Western Balkans Migration Statistics Initiative.\\nNational statistical offices and ministries of interior will review the draft regional guidelines on labour migration statistics.\\nRegistration: "
        + V10_URL
        + "\\n",
        'DTEND;TZID="Central Europe Standard Time":20270519T163000',
        "DTSTAMP:20270406T091500Z",
        'DTSTART;TZID="Central Europe Standard Time":20270518T093000',
        "LAST-MODIFIED:20270406T091500Z",
        "LOCATION:Statistical Office Conference Centre\\, Room 4\\, Milana Rakića 5\\, Belgrade",
        'ORGANIZER;CN="Western Balkans Migration Statistics Initiative":mailto:egm@wb-migstat.example.rs',
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-gb:Expert Group Meeting on Labour Migration Statistics in the Western Balkans",
        "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000B0C7E21A4B0ADD01000000000000000010000000A1B2C3D4E5F60718",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)

add(
    "v10_en_ics_attached",
    head(
        addr("Tomasz Nowicki", "t.nowicki@wb-migstat.example.rs"),
        "EGM invitation (calendar file attached)",
        "Tue, 6 Apr 2027 11:16:02 +0200",
        "VI1PR09MB4120D2E3F4A5B6C7D8E9F0A1B2C3@VI1PR09MB4120.eurprd09.prod.outlook.com",
    )
    + multipart(
        "mixed",
        "_002_VI1PR09MB4120D2E3F4A5_",
        [
            text_part(
                """Dear colleagues,

Please find attached the invitation to our expert group meeting in May.
Opening the file will add it to your calendar; the registration link is in
the invitation.

Kind regards,
Tomasz Nowicki
Statistics Adviser
""",
                "us-ascii",
                "7bit",
            ),
            attachment(
                "application/ics", "EGM_Labour_Migration_Statistics.ics", V10_ICS.encode("utf-8")
            ),
        ],
    ),
    gold(
        "en",
        event(
            "Expert Group Meeting on Labour Migration Statistics in the Western Balkans",
            "scheduled",
            "2027-05-18",
            "2027-05-19",
            "09:30",
            "16:30",
            "Europe/Belgrade",
            "in_person",
            "Statistical Office Conference Centre, Room 4",
            "Belgrade",
            "RS",
            "policy_dialogue",
            "Western Balkans Migration Statistics Initiative",
            V10_URL,
        ),
    ),
    crlf=True,
)

# ---------------------------------------------------------------- Russian

V11_URL = "https://zhol-center.example.kz/kruglyj-stol-2027"
V11_DESC = (
    "Центр поддержки трудовых мигрантов «Жол» приглашает вас на круглый стол "
    "«Цифровые сервисы для трудовых мигрантов в Центральной Азии».\n"
    "Представители министерств труда, банков и мигрантских объединений Казахстана, "
    "Кыргызстана, Таджикистана и Узбекистана обсудят приложения для поиска работы, "
    "денежных переводов и защиты прав.\n"
    "Регистрация: " + V11_URL + "\n"
)
V11_ICS = ics(
    [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        *vtz("Central Asia Standard Time", "+0500"),
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Айгерим Сапарова:mailto:a.saparova@zhol-center.example.kz",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=UN Network on Migration:mailto:unmignet@iom.int",
        "DESCRIPTION;LANGUAGE=ru-RU:" + V11_DESC.replace(",", "\\,").replace("\n", "\\n"),
        "UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DD010000000000000000100000005A6B7C8D9E0F1A2B",
        "SUMMARY;LANGUAGE=ru-RU:Круглый стол «Цифровые сервисы для трудовых мигрантов в Центральной Азии»",
        "DTSTART;TZID=Central Asia Standard Time:20270622T100000",
        "DTEND;TZID=Central Asia Standard Time:20270622T130000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20270601T043000Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=ru-RU:Бизнес-центр «Нурлы Тау»\\, конференц-зал 2\\, пр. Аль-Фараби 17\\, Алматы",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)

add(
    "v11_ru_calendar_request",
    head(
        addr("Айгерим Сапарова", "a.saparova@zhol-center.example.kz"),
        "Приглашение: Круглый стол «Цифровые сервисы для трудовых мигрантов в Центральной Азии» @ 22 июня 2027 г. 10:00 – 13:00",
        "Tue, 1 Jun 2027 09:30:00 +0500",
        "AS8P250MB0811E2F3A4B5C6D7E8F9A0B1C2D3@AS8P250MB0811.EURP250.PROD.OUTLOOK.COM",
        extra=("Content-Language: ru-RU",),
    )
    + multipart(
        "alternative",
        "_000_AS8P250MB0811E2F3A4B5_",
        [
            text_part(V11_DESC, "utf-8", "base64"),
            leaf(
                'text/calendar; charset="utf-8"; method=REQUEST',
                b64(V11_ICS.encode("utf-8")),
                "base64",
            ),
        ],
    ),
    gold(
        "ru",
        event(
            "Цифровые сервисы для трудовых мигрантов в Центральной Азии",
            "scheduled",
            "2027-06-22",
            "2027-06-22",
            "10:00",
            "13:00",
            "Asia/Almaty",
            "in_person",
            "Бизнес-центр «Нурлы Тау», конференц-зал 2",
            "Almaty",
            "KZ",
            "policy_dialogue",
            "Центр поддержки трудовых мигрантов «Жол»",
            V11_URL,
        ),
    ),
    crlf=True,
)

add(
    "v12_ru_cp1251_media",
    head(
        addr("Общественный фонд «Мигрант-Медиа»", "info@migrant-media.example.kg", "windows-1251"),
        "Семинар для журналистов 14-15 октября, Бишкек",
        "Mon, 6 Sep 2027 12:40:00 +0600",
        "seminar-zhurnalisty-2027@migrant-media.example.kg",
        charset="windows-1251",
    )
    + text_part(
        """Уважаемые коллеги!

Общественный фонд «Мигрант-Медиа» приглашает журналистов и редакторов
на двухдневный семинар

«Как писать о миграции без стереотипов»

Даты: 14-15 октября 2027 года (четверг и пятница)
Время: с 9:30 до 17:00
Место: Медиацентр «Ордо», ул. Киевская 95, г. Бишкек

В программе: этические стандарты, работа с данными, интервью с
мигрантами и их семьями, практикум по подготовке материалов.

Заявки принимаются до 30 сентября 2027 г. по ссылке:
https://migrant-media.example.kg/seminar-2027
Сборник лучших материалов участников выйдет в декабре 2027 года.

С уважением,
Нурлан Осмонов
координатор программ
ОФ «Мигрант-Медиа», офис в г. Ош
""",
        "windows-1251",
        "8bit",
    ),
    gold(
        "ru",
        event(
            "Как писать о миграции без стереотипов",
            "scheduled",
            "2027-10-14",
            "2027-10-15",
            "09:30",
            "17:00",
            "Asia/Bishkek",
            "in_person",
            "Медиацентр «Ордо»",
            "Bishkek",
            "KG",
            "media_engagement",
            "Общественный фонд «Мигрант-Медиа»",
            "https://migrant-media.example.kg/seminar-2027",
        ),
    ),
)

add(
    "v13_ru_cancel",
    head(
        addr("Ассоциация агентств занятости", "office@aaz-uz.example.uz"),
        "ОТМЕНА: Региональный диалог по организованному набору трудовых мигрантов (17 ноября)",
        "Fri, 5 Nov 2027 16:20:00 +0500",
        "otmena-dialog-1117@aaz-uz.example.uz",
    )
    + text_part(
        """Уважаемые партнёры,

С сожалением сообщаем, что Региональный диалог по организованному набору
трудовых мигрантов, запланированный на среду, 17 ноября 2027 года
(10:00-17:00, конгресс-холл «Шёлковый путь», Ташкент), ОТМЕНЁН в связи с
изменением графика министерств-участников.

Проведение диалога в этом году больше не планируется. Приносим извинения
за неудобства и благодарим всех, кто уже подтвердил участие.

С уважением,
Секретариат
Ассоциация частных агентств занятости Узбекистана
""",
        "utf-8",
        "base64",
    ),
    gold(
        "ru",
        event(
            "Региональный диалог по организованному набору трудовых мигрантов",
            "cancelled",
            "2027-11-17",
            "2027-11-17",
            "10:00",
            "17:00",
            "Asia/Tashkent",
            "in_person",
            "конгресс-холл «Шёлковый путь»",
            "Tashkent",
            "UZ",
            "policy_dialogue",
            "Ассоциация частных агентств занятости Узбекистана",
            None,
        ),
    ),
)

add(
    "v14_ru_autoreply",
    head(
        addr("Елена Кравцова", "e.kravtsova@migrforum.example.ru", "koi8-r"),
        "Автоматический ответ: Неделя миграции 2027 - приглашение партнёрам",
        "Mon, 28 Dec 2026 09:01:13 +0300",
        "autoreply.20261228060113.118@migrforum.example.ru",
        charset="koi8-r",
        extra=(
            "Auto-Submitted: auto-replied",
            "X-Autoreply: yes",
            "In-Reply-To: <mw2027-invite@iom.int>",
        ),
    )
    + text_part(
        """Здравствуйте!

Я нахожусь в отпуске до 11 января 2027 года и не имею доступа к почте.
По срочным вопросам обращайтесь к Сергею Белову: s.belov@migrforum.example.ru

С уважением,
Елена Кравцова
""",
        "koi8-r",
        "quoted-printable",
    ),
    gold("ru"),
)
# ---------------------------------------------------------------- Chinese

add(
    "v15_zh_gb2312_next_wednesday",
    head(
        addr("广州市新市民服务协会", "xieshang@xinshimin-gz.example.cn", "gb2312"),
        "邀请：外籍务工人员法律援助志愿者培训（下周三下午）",
        "Thu, 4 Mar 2027 10:26:18 +0800",
        "20270304022618.31742@xinshimin-gz.example.cn",
        charset="gb2312",
    )
    + text_part(
        """各位伙伴：

您好！广州市新市民服务协会定于下周三下午举办“外籍务工人员法律援助志愿者培训”，
诚邀贵机构推荐志愿者参加。

时间：下周三（3月10日）下午2:30-5:00
地点：广州市越秀区社区服务中心三楼多功能厅
内容：劳动合同与工资纠纷的基本知识、外籍人员投诉渠道、个案转介流程

请于3月8日前将参加人员名单发送至 peixun@xinshimin-gz.example.cn。
培训结束后将颁发志愿服务证书。

广州市新市民服务协会
联系人：梁老师  020-8000 1234
""",
        "gb2312",
        "base64",
    ),
    gold(
        "zh",
        event(
            "外籍务工人员法律援助志愿者培训",
            "scheduled",
            "2027-03-10",
            "2027-03-10",
            "14:30",
            "17:00",
            "Asia/Shanghai",
            "in_person",
            "广州市越秀区社区服务中心三楼多功能厅",
            "Guangzhou",
            "CN",
            "knowledge_sharing",
            "广州市新市民服务协会",
            None,
        ),
    ),
)

add(
    "v16_zh_gb18030_this_month",
    head(
        addr("北京国际人口流动研究中心", "webinar@bj-mobility.example.cn", "gb18030"),
        "线上研讨会：东南亚劳务移民与数字汇款（本月20日）",
        "Mon, 3 May 2027 09:00:00 +0800",
        "bjmrc-webinar-20270503@bj-mobility.example.cn",
        charset="gb18030",
    )
    + text_part(
        """尊敬的合作伙伴：

北京国际人口流动研究中心将于本月20日（星期四）北京时间15:00-16:30举办线上研讨会
“东南亚劳务移民与数字汇款”，邀请来自菲律宾、越南、柬埔寨的研究人员介绍最新调研成果，
并讨论降低汇款成本的政策选项。

会议形式：腾讯会议（线上）
报名链接：https://bj-mobility.example.cn/seminar/remit-2027
报名截止：本月18日

研究报告全文将于6月底发布。

北京国际人口流动研究中心 学术交流部
""",
        "gb18030",
        "quoted-printable",
    ),
    gold(
        "zh",
        event(
            "东南亚劳务移民与数字汇款",
            "scheduled",
            "2027-05-20",
            "2027-05-20",
            "15:00",
            "16:30",
            "Asia/Shanghai",
            "online",
            None,
            None,
            None,
            "knowledge_sharing",
            "北京国际人口流动研究中心",
            "https://bj-mobility.example.cn/seminar/remit-2027",
        ),
    ),
)

V17_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Microsoft YaHei',sans-serif;font-size:14px">
<p>各位好：</p>
<p>更正一下：圆桌对话的<b>时间应为下午14:00-17:30</b>，上一封邮件写成了上午，非常抱歉。日期和地点不变。</p>
<p>周敏<br>云南跨境发展研究院</p>
</div>
<div style="border-top:1px solid #ccc;padding-top:6px;margin-top:12px;font-size:13px;color:#555">
<p><b>发件人：</b>周敏 &lt;zhoumin@yn-crossborder.example.cn&gt;<br>
<b>发送时间：</b>2027年8月23日 10:02<br>
<b>收件人：</b>unmignet@iom.int<br>
<b>主题：</b>邀请：跨境劳务合作圆桌对话（9月16日，昆明）</p>
<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">
<p>各位伙伴：</p>
<p>云南跨境发展研究院将举办<b>“中国—湄公河国家跨境劳务合作圆桌对话”</b>，邀请各国劳动部门、商会和工人组织代表共同探讨跨境务工的规范化管理。</p>
<p>时间：2027年9月16日（星期四）上午9:00-12:30<br>
地点：昆明市春城会议中心2号厅<br>
形式：现场会议，同时提供腾讯会议线上参会<br>
报名：<a href="https://yn-crossborder.example.cn/roundtable-2027">https://yn-crossborder.example.cn/roundtable-2027</a></p>
<p>周敏<br>云南跨境发展研究院 国际合作部</p>
</blockquote>
</div>
</body></html>
"""

add(
    "v17_zh_reply_correction",
    head(
        addr("周敏", "zhoumin@yn-crossborder.example.cn"),
        "回复: 邀请：跨境劳务合作圆桌对话（9月16日，昆明）",
        "Mon, 23 Aug 2027 15:47:09 +0800",
        "ync-rt-correction.0823@yn-crossborder.example.cn",
        extra=("In-Reply-To: <ync-rt-invite.0823@yn-crossborder.example.cn>",),
    )
    + text_part(V17_HTML, "utf-8", "base64", "html"),
    gold(
        "zh",
        event(
            "中国—湄公河国家跨境劳务合作圆桌对话",
            "scheduled",
            "2027-09-16",
            "2027-09-16",
            "14:00",
            "17:30",
            "Asia/Shanghai",
            "hybrid",
            "春城会议中心2号厅",
            "Kunming",
            "CN",
            "policy_dialogue",
            "云南跨境发展研究院",
            "https://yn-crossborder.example.cn/roundtable-2027",
        ),
    ),
)

add(
    "v18_zh_consultation_deadlines",
    head(
        addr("上海新市民互助中心", "huzhu@sh-xinshimin.example.cn"),
        "社区咨询会通知：随迁子女入学政策听取意见",
        "Mon, 24 May 2027 14:12:55 +0800",
        "shxsm-zixunhui-0524@sh-xinshimin.example.cn",
    )
    + text_part(
        """各位伙伴、各位家长代表：

为了解随迁子女在入学、转学中遇到的实际困难，上海新市民互助中心与闵行区七宝镇人民政府
将联合举办“随迁子女入学政策社区咨询会”，听取外来务工家庭、学校和社区组织的意见。

日期：2027年6月12日（星期六）
时间：上午9:30-11:30
地点：七宝镇社区文化活动中心二楼会议室（上海市闵行区）

不能到场的朋友，可于6月30日前提交书面意见；调研报告预计9月发布。
报名请扫描海报二维码或回复本邮件。

上海新市民互助中心
""",
        "utf-8",
        "8bit",
    ),
    gold(
        "zh",
        event(
            "随迁子女入学政策社区咨询会",
            "scheduled",
            "2027-06-12",
            "2027-06-12",
            "09:30",
            "11:30",
            "Asia/Shanghai",
            "in_person",
            "七宝镇社区文化活动中心二楼会议室",
            "Shanghai",
            "CN",
            "stakeholder_consultation",
            "上海新市民互助中心与闵行区七宝镇人民政府",
            None,
        ),
    ),
)

# ---------------------------------------------------------------- image-only flyer

V19_PNG = png(240, 340, [(0, 102, 94), (247, 181, 0), (214, 40, 57), (255, 255, 255), (0, 102, 94)])

add(
    "v19_en_image_flyer",
    head(
        addr("Eastleigh Youth for Inclusion", "hello@eastleigh-youth.example.or.ke"),
        "Flyer - Diaspora Food and Music Festival",
        "Wed, 1 Sep 2027 18:05:40 +0300",
        "CAKx9f2Lp0QmZ7@mail.eastleigh-youth.example.or.ke",
    )
    + multipart(
        "mixed",
        "000000000000f00dfeed19",
        [
            multipart(
                "alternative",
                "000000000000f00dfeed20",
                [
                    text_part(
                        """Hi all,

Sharing the flyer for our Diaspora Food and Music Festival on Sunday 19
September 2027 in Nairobi. Please circulate, everyone is welcome!

Eastleigh Youth for Inclusion
""",
                        "utf-8",
                        "7bit",
                    ),
                    text_part(
                        """<div dir="ltr">Hi all,<div><br></div><div>Sharing the flyer for our Diaspora Food and Music Festival on Sunday 19 September 2027 in Nairobi. Please circulate, everyone is welcome!</div><div><br></div><div>Eastleigh Youth for Inclusion</div></div>""",
                        "utf-8",
                        "7bit",
                        "html",
                    ),
                ],
            ).replace("This is a multi-part message in MIME format.\n\n", ""),
            leaf(
                'image/png; name="festival_flyer.png"',
                b64(V19_PNG),
                "base64",
                extra=(
                    'Content-Disposition: attachment; filename="festival_flyer.png"',
                    "X-Attachment-Id: f_lx19flyer0",
                    "Content-ID: <f_lx19flyer0>",
                ),
            ),
        ],
    ),
    gold(
        "en",
        event(
            "Diaspora Food and Music Festival",
            "scheduled",
            "2027-09-19",
            "2027-09-19",
            None,
            None,
            "Africa/Nairobi",
            "in_person",
            None,
            "Nairobi",
            "KE",
            "exhibition_cultural",
            "Eastleigh Youth for Inclusion",
            None,
        ),
    ),
)

# ---------------------------------------------------------------- forwards, corrections, changes

add(
    "v20_fr_fwd_postponed",
    head(
        addr("Youssef Benali", "y.benali@reseau-sud-nord.example.ma"),
        "TR: Report - Journée de concertation avec les associations de migrants (14 octobre)",
        "Mon, 4 Oct 2027 12:31:07 +0100",
        "CAM3bq7Yb2_fwd.1004@mail.reseau-sud-nord.example.ma",
    )
    + text_part(
        """Bonjour à l'équipe du Réseau,

Pour information, ci-dessous le message du Collectif : la journée est reportée.

Youssef Benali
Réseau Sud-Nord pour la mobilité, bureau de Tanger

---------- Message transféré ---------
De : Collectif Migrations Solidaires Maroc <contact@cms-maroc.example.ma>
Date : lun. 4 oct. 2027 à 10:55
Objet : Report - Journée de concertation avec les associations de migrants
À : partenaires@cms-maroc.example.ma

Chères et chers partenaires,

Nous sommes au regret de vous informer que la Journée de concertation
avec les associations de migrants subsahariens, prévue le jeudi
14 octobre 2027 de 9h30 à 16h00 à l'Espace associatif Hay Riad (Rabat),
est reportée à une date ultérieure, en raison de l'indisponibilité de la
salle.

Nous vous communiquerons la nouvelle date dès que possible. Les
inscriptions déjà enregistrées restent valables.

Le Collectif Migrations Solidaires Maroc
""",
        "utf-8",
        "quoted-printable",
    ),
    gold(
        "fr",
        event(
            "Journée de concertation avec les associations de migrants subsahariens",
            "postponed",
            "2027-10-14",
            "2027-10-14",
            "09:30",
            "16:00",
            "Africa/Casablanca",
            "in_person",
            "Espace associatif Hay Riad",
            "Rabat",
            "MA",
            "stakeholder_consultation",
            "Collectif Migrations Solidaires Maroc",
            None,
        ),
    ),
)

V21_TEXT = """Estimadas y estimados colegas:

Les informamos que el Diálogo Regional sobre Movilidad Laboral en Centroamérica cambia de fecha a solicitud de los ministerios participantes.

Fecha anterior: 24 y 25 de junio de 2027
Nueva fecha: jueves 8 y viernes 9 de julio de 2027
Horario: 8:30 a 17:00
Lugar: Centro de Convenciones Los Próceres, Salón Maya, Ciudad de Guatemala (sin cambios)
Inscripción: https://redcml.example.org.gt/dialogo-2027

Las inscripciones ya realizadas siguen vigentes.

Saludos cordiales,
Mariela Fuentes Orellana
Secretaría Técnica – Red Centroamericana de Movilidad Laboral
Oficina regional, San Salvador, El Salvador
"""

V21_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="ES-GT">
<div class="WordSection1">
<p class="MsoNormal">Estimadas y estimados colegas:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Les informamos que el <b>Diálogo Regional sobre Movilidad Laboral en Centroamérica</b>, organizado por la Red Centroamericana de Movilidad Laboral y el Ministerio de Trabajo y Previsión Social de Guatemala, <b>cambia de fecha</b> a solicitud de los ministerios participantes.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><s>Fecha anterior</s></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal"><s>24 y 25 de junio de 2027</s></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Nueva fecha</b></p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>jueves 8 y viernes 9 de julio de 2027</b></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Horario</p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">8:30 a 17:00</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Lugar</p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal">Centro de Convenciones Los Próceres, Salón Maya, Ciudad de Guatemala (sin cambios)</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Inscripción</p></td><td style="padding:0cm 5.4pt"><p class="MsoNormal"><a href="https://redcml.example.org.gt/dialogo-2027">https://redcml.example.org.gt/dialogo-2027</a></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Las inscripciones ya realizadas siguen vigentes.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Saludos cordiales,<o:p></o:p></p>
<p class="MsoNormal"><b>Mariela Fuentes Orellana</b><br>Secretaría Técnica – Red Centroamericana de Movilidad Laboral<br>Oficina regional, San Salvador, El Salvador<o:p></o:p></p>
</div></body></html>
"""

add(
    "v21_es_outlook_rescheduled",
    head(
        addr("Fuentes Orellana, Mariela", "m.fuentes@redcml.example.org.gt"),
        "CAMBIO DE FECHA: Diálogo Regional sobre Movilidad Laboral en Centroamérica – 8 y 9 de julio",
        "Wed, 19 May 2027 16:44:21 -0600",
        "SJ0PR10MB5521F1E2D3C4B5A6978897A6B5C4@SJ0PR10MB5521.namprd10.prod.outlook.com",
        charset="windows-1252",
        enc="q",
        extra=("Content-Language: es-GT",),
    )
    + multipart(
        "alternative",
        "_000_SJ0PR10MB5521F1E2D3C4_",
        [
            text_part(V21_TEXT.replace("–", "-"), "windows-1252", "quoted-printable"),
            text_part(V21_HTML, "windows-1252", "quoted-printable", "html"),
        ],
    ),
    gold(
        "es",
        event(
            "Diálogo Regional sobre Movilidad Laboral en Centroamérica",
            "rescheduled",
            "2027-07-08",
            "2027-07-09",
            "08:30",
            "17:00",
            "America/Guatemala",
            "in_person",
            "Centro de Convenciones Los Próceres, Salón Maya",
            "Guatemala City",
            "GT",
            "policy_dialogue",
            "Red Centroamericana de Movilidad Laboral y el Ministerio de Trabajo y Previsión Social de Guatemala",
            "https://redcml.example.org.gt/dialogo-2027",
        ),
    ),
    crlf=True,
)

add(
    "v22_pt_hybrid_latin1",
    head(
        addr(
            "Associação Lusofonia Solidária", "geral@lusofonia-solidaria.example.pt", "iso-8859-1"
        ),
        "Sessão de auscultação: acolhimento de imigrantes em Lisboa (18 de março)",
        "Mon, 1 Mar 2027 10:10:10 +0000",
        "auscultacao-2027-03@lusofonia-solidaria.example.pt",
        charset="iso-8859-1",
    )
    + text_part(
        """Caras e caros parceiros,

A Associação Lusofonia Solidária e a Câmara Municipal de Lisboa convidam
as associações de imigrantes para uma

  Sessão de auscultação sobre o acolhimento de imigrantes em Lisboa

quinta-feira, 18 de março de 2027, das 18h00 às 20h30,
no Espaço Intercultural do Intendente, Sala 1 (Largo do Intendente, Lisboa).

A sessão é híbrida: quem não puder estar presente poderá participar via
Zoom. Inscrições: https://lusofonia-solidaria.example.pt/auscultacao

Os contributos escritos podem ser enviados até 31 de março de 2027; o
relatório final será apresentado em maio.

Com os melhores cumprimentos,
Helena Tavares
Associação Lusofonia Solidária - sede no Porto
Rua de Cedofeita 210, 4050-174 Porto
""",
        "iso-8859-1",
        "8bit",
    ),
    gold(
        "pt",
        event(
            "Sessão de auscultação sobre o acolhimento de imigrantes em Lisboa",
            "scheduled",
            "2027-03-18",
            "2027-03-18",
            "18:00",
            "20:30",
            "Europe/Lisbon",
            "hybrid",
            "Espaço Intercultural do Intendente, Sala 1",
            "Lisbon",
            "PT",
            "stakeholder_consultation",
            "Associação Lusofonia Solidária e a Câmara Municipal de Lisboa",
            "https://lusofonia-solidaria.example.pt/auscultacao",
        ),
    ),
)

add(
    "v23_ar_iso88596_side_event",
    head(
        addr("الشبكة العربية للهجرة والتنمية", "events@arab-mignet.example.org", "iso-8859-6"),
        "دعوة لحدث جانبي على هامش الاستعراض الإقليمي - القاهرة",
        "Sun, 7 Feb 2027 11:00:00 +0200",
        "side-event-cairo-2027@arab-mignet.example.org",
        charset="iso-8859-6",
    )
    + text_part(
        """الزملاء الأعزاء،

على هامش الاستعراض الإقليمي العربي للاتفاق العالمي من أجل الهجرة، تنظم
الشبكة العربية للهجرة والتنمية حدثاً جانبياً بعنوان:

"حماية المهاجرين في حالات النزاع: تجارب من المنطقة العربية"

اليوم: الأربعاء 24 فبراير 2027
الوقت: من 13:15 إلى 14:45 بتوقيت القاهرة
المكان: مقر جامعة الدول العربية، القاعة 3، القاهرة

يرجى تأكيد الحضور بالبريد الإلكتروني على events@arab-mignet.example.org
قبل 17 فبراير.

مع خالص التحية،
الشبكة العربية للهجرة والتنمية - مكتب بيروت
""",
        "iso-8859-6",
        "base64",
    ),
    gold(
        "ar",
        event(
            "حماية المهاجرين في حالات النزاع: تجارب من المنطقة العربية",
            "scheduled",
            "2027-02-24",
            "2027-02-24",
            "13:15",
            "14:45",
            "Africa/Cairo",
            "in_person",
            "مقر جامعة الدول العربية، القاعة 3",
            "Cairo",
            "EG",
            "side_event",
            "الشبكة العربية للهجرة والتنمية",
            None,
        ),
    ),
)

add(
    "v24_de_reply_correction",
    head(
        addr("Katrin Vogt", "k.vogt@pflege-ohne-grenzen.example.de"),
        'Re: Einladung zum Fachtag "Migration und Pflege" am 15.09.2027',
        "Thu, 22 Jul 2027 08:15:32 +0200",
        "5f2e8a91-korrektur@pflege-ohne-grenzen.example.de",
        charset="iso-8859-15",
        extra=("In-Reply-To: <3b1c7d22-einladung@pflege-ohne-grenzen.example.de>",),
    )
    + text_part(
        """Liebe Kolleginnen und Kollegen,

Korrektur zu meiner gestrigen Mail: Der Fachtag findet am DIENSTAG,
14. September 2027 statt, nicht am 15. September. Uhrzeit und Ort bleiben
unverändert. Entschuldigen Sie bitte das Versehen.

Viele Grüße
Katrin Vogt

Am 21.07.2027 um 16:40 schrieb Katrin Vogt:
> Liebe Kolleginnen und Kollegen,
>
> das Netzwerk Pflege ohne Grenzen Sachsen e.V. lädt Sie herzlich ein zum
> Fachtag "Migration und Pflege: Anerkennung, Ausbildung, Arbeitsbedingungen"
>
> am Mittwoch, 15. September 2027, 10:00 bis 16:00 Uhr,
> im Haus der Begegnung, Saal 2, Großenhainer Straße 93, Dresden.
>
> Anmeldung bis 31. August: https://pflege-ohne-grenzen.example.de/fachtag2027
>
> Viele Grüße
> Katrin Vogt
> Netzwerk Pflege ohne Grenzen Sachsen e.V. - Büro Leipzig
""",
        "iso-8859-15",
        "quoted-printable",
    ),
    gold(
        "de",
        event(
            "Migration und Pflege: Anerkennung, Ausbildung, Arbeitsbedingungen",
            "scheduled",
            "2027-09-14",
            "2027-09-14",
            "10:00",
            "16:00",
            "Europe/Berlin",
            "in_person",
            "Haus der Begegnung, Saal 2",
            "Dresden",
            "DE",
            "knowledge_sharing",
            "Netzwerk Pflege ohne Grenzen Sachsen e.V.",
            "https://pflege-ohne-grenzen.example.de/fachtag2027",
        ),
    ),
)
# ---------------------------------------------------------------- more languages

V25_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Georgia,serif">
<p>Care amiche e cari amici,</p>
<p>il <b>Coordinamento Diaspore Piemonte</b> e la <b>Città di Torino</b> vi invitano alla</p>
<h3 style="color:#7a1f1f">Consultazione con le associazioni della diaspora sul Piano cittadino per l'inclusione 2028-2030</h3>
<p><b>Quando:</b> mercoledì 28 aprile 2027, ore 17.00-19.30<br>
<b>Dove:</b> Casa delle Culture di San Salvario, Sala Mandela, via Nizza 51, Torino<br>
<b>Iscrizioni:</b> entro il 23 aprile su <a href="https://diasporepiemonte.example.it/consultazione">diasporepiemonte.example.it/consultazione</a></p>
<p>La bozza del Piano sarà inviata agli iscritti il 21 aprile.</p>
<p>Un caro saluto,<br>Segreteria del Coordinamento</p>
</body></html>
"""

add(
    "v25_it_consultation",
    head(
        addr("Coordinamento Diaspore Piemonte", "segreteria@diasporepiemonte.example.it"),
        "Invito: consultazione sul Piano cittadino per l'inclusione - 28 aprile",
        "Fri, 9 Apr 2027 12:00:00 +0200",
        "consultazione-piano-0409@diasporepiemonte.example.it",
    )
    + text_part(V25_HTML, "iso-8859-1", "quoted-printable", "html"),
    gold(
        "it",
        event(
            "Consultazione con le associazioni della diaspora sul Piano cittadino per l'inclusione 2028-2030",
            "scheduled",
            "2027-04-28",
            "2027-04-28",
            "17:00",
            "19:30",
            "Europe/Rome",
            "in_person",
            "Casa delle Culture di San Salvario, Sala Mandela",
            "Turin",
            "IT",
            "stakeholder_consultation",
            "Coordinamento Diaspore Piemonte e Città di Torino",
            "https://diasporepiemonte.example.it/consultazione",
        ),
    ),
)

add(
    "v26_sw_swahili_time",
    head(
        addr("Shirika la Bahari Salama", "info@bahari-salama.example.or.ke"),
        "Mwaliko: Warsha ya Mafunzo kuhusu Uhamiaji Salama kwa Wavuvi",
        "Mon, 19 Jul 2027 09:45:00 +0300",
        "warsha-wavuvi-2027@bahari-salama.example.or.ke",
    )
    + text_part(
        """Ndugu washirika,

Shirika la Bahari Salama linawaalika kwenye Warsha ya Mafunzo kuhusu
Uhamiaji Salama kwa Wavuvi.

Tarehe: Jumanne 10 hadi Alhamisi 12 Agosti 2027
Muda: kuanzia saa tatu asubuhi hadi saa kumi jioni
Mahali: Ukumbi wa Kituo cha Jamii Likoni, Mombasa

Warsha hii itawaleta pamoja wavuvi wanaovuka mipaka kati ya Kenya na
Tanzania, maafisa wa uhamiaji na viongozi wa vyama vya wavuvi.

Jisajili kabla ya tarehe 31 Julai kupitia:
https://bahari-salama.example.or.ke/warsha

Wako,
Halima Juma
Mratibu wa Programu, Shirika la Bahari Salama
""",
        "utf-8",
        "quoted-printable",
    ),
    gold(
        "sw",
        event(
            "Warsha ya Mafunzo kuhusu Uhamiaji Salama kwa Wavuvi",
            "scheduled",
            "2027-08-10",
            "2027-08-12",
            "09:00",
            "16:00",
            "Africa/Nairobi",
            "in_person",
            "Ukumbi wa Kituo cha Jamii Likoni",
            "Mombasa",
            "KE",
            "knowledge_sharing",
            "Shirika la Bahari Salama",
            "https://bahari-salama.example.or.ke/warsha",
        ),
    ),
)

add(
    "v27_tr_online_base64",
    head(
        addr(
            "Anadolu Göç ve Çocuk Hakları Platformu",
            "bilgi@anadolu-gocplatform.example.org.tr",
            "iso-8859-9",
        ),
        "Çevrim içi seminer: Mevsimlik tarım işçisi göçmen çocuklar ve eğitim (4 Kasım)",
        "Tue, 19 Oct 2027 10:30:00 +0300",
        "seminer-1104@anadolu-gocplatform.example.org.tr",
        charset="iso-8859-9",
    )
    + text_part(
        """Değerli paydaşlarımız,

Anadolu Göç ve Çocuk Hakları Platformu olarak "Mevsimlik Tarım İşçisi
Göçmen Çocuklar ve Eğitim" başlıklı çevrim içi seminerimize davet
ediyoruz.

Tarih: 4 Kasım 2027 Perşembe
Saat: 14.00-15.30 (TSİ)
Platform: Zoom

Seminerde öğretmenler, sosyal hizmet uzmanları ve çocuk hakları
savunucuları sahadaki deneyimlerini paylaşacak.

Kayıt: https://anadolu-gocplatform.example.org.tr/seminer-kayit

Saygılarımızla,
Platform Sekretaryası - Adana
""",
        "iso-8859-9",
        "base64",
    ),
    gold(
        "tr",
        event(
            "Mevsimlik Tarım İşçisi Göçmen Çocuklar ve Eğitim",
            "scheduled",
            "2027-11-04",
            "2027-11-04",
            "14:00",
            "15:30",
            "Europe/Istanbul",
            "online",
            None,
            None,
            None,
            "knowledge_sharing",
            "Anadolu Göç ve Çocuk Hakları Platformu",
            "https://anadolu-gocplatform.example.org.tr/seminer-kayit",
        ),
    ),
)

add(
    "v28_id_policy_dialogue",
    head(
        addr("Jaringan Buruh Migran Jawa Timur", "sekretariat@jbm-jatim.example.or.id"),
        "Undangan Dialog Kebijakan Pelindungan Pekerja Migran di Tingkat Desa",
        "Wed, 30 Jun 2027 13:20:00 +0700",
        "undangan-dialog-0630@jbm-jatim.example.or.id",
    )
    + text_part(
        """Yth. Bapak/Ibu mitra jaringan,

Jaringan Buruh Migran Jawa Timur bersama Dinas Tenaga Kerja dan
Transmigrasi Provinsi Jawa Timur mengundang Bapak/Ibu untuk hadir dalam

  Dialog Kebijakan Pelindungan Pekerja Migran Indonesia di Tingkat Desa

Hari/tanggal : Kamis, 15 Juli 2027
Waktu        : pukul 09.00 - 15.00 WIB
Tempat       : Aula Graha Migran, Jl. Kertajaya 88, Surabaya

Peserta terdiri dari kepala desa, petugas layanan terpadu satu atap,
serikat buruh migran dan keluarga pekerja migran.

Pendaftaran paling lambat 9 Juli 2027 melalui
https://jbm-jatim.example.or.id/dialog-desa

Hormat kami,
Sekretariat JBM Jatim
""",
        "utf-8",
        "quoted-printable",
    ),
    gold(
        "id",
        event(
            "Dialog Kebijakan Pelindungan Pekerja Migran Indonesia di Tingkat Desa",
            "scheduled",
            "2027-07-15",
            "2027-07-15",
            "09:00",
            "15:00",
            "Asia/Jakarta",
            "in_person",
            "Aula Graha Migran",
            "Surabaya",
            "ID",
            "policy_dialogue",
            "Jaringan Buruh Migran Jawa Timur bersama Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Timur",
            "https://jbm-jatim.example.or.id/dialog-desa",
        ),
    ),
)

add(
    "v29_uk_koi8u_hybrid",
    head(
        addr("БФ Дорога додому", "office@doroha-dodomu.example.org.ua", "koi8-u"),
        "Запрошення: круглий стіл про повернення та реінтеграцію, 9 червня, Львів",
        "Wed, 19 May 2027 11:11:11 +0300",
        "kruglyi-stil-0609@doroha-dodomu.example.org.ua",
        charset="koi8-u",
    )
    + text_part(
        """Шановні партнери!

Благодійний фонд "Дорога додому" запрошує вас до участі у круглому столі

"Повернення та реінтеграція: роль територіальних громад"

Дата: середа, 9 червня 2027 року
Час: 11:00-14:00
Місце: Центр "Простір громад", зала 1, вул. Городоцька 36, Львів
Формат: змішаний - можна долучитися онлайн через Zoom

Реєстрація до 4 червня: https://doroha-dodomu.example.org.ua/kruglyi-stil

З повагою,
Оксана Гнатюк
Благодійний фонд "Дорога додому", Київ
""",
        "koi8-u",
        "quoted-printable",
    ),
    gold(
        "uk",
        event(
            "Повернення та реінтеграція: роль територіальних громад",
            "scheduled",
            "2027-06-09",
            "2027-06-09",
            "11:00",
            "14:00",
            "Europe/Kyiv",
            "hybrid",
            'Центр "Простір громад", зала 1',
            "Lviv",
            "UA",
            "policy_dialogue",
            'Благодійний фонд "Дорога додому"',
            "https://doroha-dodomu.example.org.ua/kruglyi-stil",
        ),
    ),
)

V30_ORIGINAL = """From: Amman Fair Recruitment Alliance <info@afra.example.jo>
To: partners@afra.example.jo
Subject: Invitation: High-Level Launch of the National Framework on Fair Recruitment
Date: Sun, 12 Sep 2027 10:00:00 +0300
Message-ID: <afra-launch-invite-0912@afra.example.jo>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Excellencies, dear partners,

The Ministry of Labour of Jordan and the Amman Fair Recruitment Alliance
request the pleasure of your company at the

   High-Level Launch of the National Framework on Fair Recruitment

Wednesday, 6 October 2027
10:00 - 12:30 (GMT+3)
Zahran Conference Hall, Amman

The Minister of Labour will present the Framework, followed by remarks by
ambassadors of countries of origin and a panel of employers and workers.

Please register by 29 September: https://afra.example.jo/launch-2027

Amman Fair Recruitment Alliance
"""

add(
    "v30_en_fwd_rfc822",
    head(
        addr("Lucia Moretti", "l.moretti@migration-partners.example.ch"),
        "Fwd: Invitation: High-Level Launch of the National Framework on Fair Recruitment",
        "Tue, 14 Sep 2027 09:12:40 +0200",
        "fwd-afra-0914.lm@migration-partners.example.ch",
    )
    + multipart(
        "mixed",
        "------------0A1B2C3D4E5F60718293A4B5",
        [
            text_part(
                """Dear colleagues,

Forwarding the invitation below on behalf of our partners in Amman, for the
Network's calendar.

Best,
Lucia Moretti
Migration Partners Platform, Geneva
""",
                "us-ascii",
                "7bit",
            ),
            leaf(
                "message/rfc822",
                V30_ORIGINAL,
                "7bit",
                extra=('Content-Disposition: attachment; filename="Invitation.eml"',),
            ),
        ],
    ),
    gold(
        "en",
        event(
            "High-Level Launch of the National Framework on Fair Recruitment",
            "scheduled",
            "2027-10-06",
            "2027-10-06",
            "10:00",
            "12:30",
            "Asia/Amman",
            "in_person",
            "Zahran Conference Hall",
            "Amman",
            "JO",
            "high_level_event",
            "Ministry of Labour of Jordan and the Amman Fair Recruitment Alliance",
            "https://afra.example.jo/launch-2027",
        ),
    ),
)

V31_TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3YzE5MDItNDRhZS00ZjU4LWJiYzQtOTg3NjU0MzIxMGFi%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4-0000-4e5f-8a9b-0c1d2e3f4a5b%22%7d"
V31_TEXT = (
    "Le Réseau Migrations & Territoires vous invite au webinaire « Migrations climatiques en Afrique centrale : "
    "quelles réponses des collectivités ? ».\n\n"
    "Intervenants : maires de Garoua et de Moundou, chercheurs et associations de déplacés.\n\n"
    "________________________________________________________________________________\n"
    "Réunion Microsoft Teams\n"
    "Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle\n"
    f"Cliquez ici pour rejoindre la réunion<{V31_TEAMS}>\n"
    "ID de réunion : 284 551 903 662\n"
    "Code secret : q7Ur4K\n"
    "________________________________________________________________________________\n"
)
V31_ICS = ics(
    [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        *VTZ_ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Réseau Migrations & Territoires:mailto:webinaires@migrations-territoires.example.fr",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=UN Network on Migration:mailto:unmignet@iom.int",
        "DESCRIPTION;LANGUAGE=fr-FR:"
        + V31_TEXT.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"),
        "UID:040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4DC01000000000000000010000000C0FFEE00BADC0DE1",
        "SUMMARY;LANGUAGE=fr-FR:Webinaire : Migrations climatiques en Afrique centrale : quelles réponses des collectivités ?",
        "DTSTART;TZID=Romance Standard Time:20270128T100000",
        "DTEND;TZID=Romance Standard Time:20270128T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261210T141500Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)

add(
    "v31_fr_teams_request",
    head(
        addr("Réseau Migrations & Territoires", "webinaires@migrations-territoires.example.fr"),
        "Webinaire : Migrations climatiques en Afrique centrale : quelles réponses des collectivités ?",
        "Thu, 10 Dec 2026 15:15:00 +0100",
        "PR1P264MB3310A9B8C7D6E5F4A3B2C1D0E9F8@PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM",
        enc="q",
        extra=("Content-Language: fr-FR",),
    )
    + multipart(
        "alternative",
        "_000_PR1P264MB3310A9B8C7D6_",
        [
            text_part(V31_TEXT, "utf-8", "quoted-printable"),
            leaf(
                'text/calendar; charset="utf-8"; method=REQUEST',
                b64(V31_ICS.encode("utf-8")),
                "base64",
            ),
        ],
    ),
    gold(
        "fr",
        event(
            "Migrations climatiques en Afrique centrale : quelles réponses des collectivités ?",
            "scheduled",
            "2027-01-28",
            "2027-01-28",
            "10:00",
            "11:30",
            "Europe/Paris",
            "online",
            None,
            None,
            None,
            "knowledge_sharing",
            "Réseau Migrations & Territoires",
            V31_TEAMS,
        ),
    ),
    crlf=True,
)

# ---------------------------------------------------------------- attachments again


def v38_advisory() -> bytes:
    d = docx.Document()
    d.add_heading("MEDIA ADVISORY", level=0)
    d.add_heading(
        "Journalist Training on Reporting Human Trafficking and Migrant Smuggling in the Caribbean",
        level=1,
    )
    d.add_paragraph(
        "The Caribbean Journalists for Migration Network will train 25 reporters and editors from eight "
        "Caribbean countries on ethical and accurate reporting of trafficking and smuggling cases."
    )
    table = d.add_table(rows=0, cols=2)
    for label, value in (
        ("When", "Tuesday 24 and Wednesday 25 August 2027, 09:00-16:00 (Jamaica time)"),
        ("Where", "Caribbean Media Institute, Studio 2, 12 Hope Road, Kingston, Jamaica"),
        ("Who", "Caribbean Journalists for Migration Network"),
        ("Apply", "https://cjmn.example.org.jm/training-2027 (applications close 6 August 2027)"),
    ):
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
    d.add_paragraph("Media contact: press@cjmn.example.org.jm")
    return stable_docx(d, dt.datetime(2027, 7, 20, 14, 0), "CJMN")


add(
    "v38_en_docx_media",
    head(
        addr("CJMN Press", "press@cjmn.example.org.jm"),
        "Media advisory attached",
        "Tue, 20 Jul 2027 14:30:00 -0500",
        "cjmn-advisory-0720@cjmn.example.org.jm",
    )
    + multipart(
        "mixed",
        "=_cjmn_advisory_20270720",
        [
            text_part(
                """Good afternoon,

Please see the attached media advisory for our training in August.

CJMN Press Office
""",
                "us-ascii",
                "7bit",
            ),
            attachment(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "CJMN_Media_Advisory_August_2027.docx",
                v38_advisory(),
            ),
        ],
    ),
    gold(
        "en",
        event(
            "Journalist Training on Reporting Human Trafficking and Migrant Smuggling in the Caribbean",
            "scheduled",
            "2027-08-24",
            "2027-08-25",
            "09:00",
            "16:00",
            "America/Jamaica",
            "in_person",
            "Caribbean Media Institute, Studio 2",
            "Kingston",
            "JM",
            "media_engagement",
            "Caribbean Journalists for Migration Network",
            "https://cjmn.example.org.jm/training-2027",
        ),
    ),
)

V39_PDF = pdf(
    "Nota conceptual - Evento paralelo",
    [
        [
            (16, "NOTA CONCEPTUAL"),
            (13, "Evento paralelo al Examen Regional del Pacto Mundial para la Migración"),
            (14, "Niñez migrante no acompañada en la ruta andina"),
            (11, ""),
            (11, "Fecha: jueves 11 de marzo de 2027"),
            (11, "Hora: 13:00 a 14:30 (hora de Chile)"),
            (11, "Lugar: Sede de la CEPAL, Sala 3, Av. Dag Hammarskjöld 3477, Santiago"),
            (11, "Modalidad: híbrida (transmisión y participación por Zoom)"),
            (11, "Organizan: Coalición Andina por la Niñez Migrante y Fundación Senderos"),
            (11, "Inscripción: https://coalicionandina.example.cl/evento-paralelo"),
            (11, ""),
            (12, "Antecedentes"),
            (
                11,
                "Cada año miles de niñas, niños y adolescentes cruzan solos las fronteras de la región andina.",
            ),
            (
                11,
                "El evento presentará datos de cinco países y propuestas de protección transfronteriza.",
            ),
            (11, ""),
            (12, "Panelistas"),
            (
                11,
                "Defensorías de la niñez de Chile, Perú y Bolivia; adolescentes migrantes; UNICEF.",
            ),
        ],
        [
            (12, "Agenda"),
            (11, "13:00  Palabras de bienvenida"),
            (11, "13:10  Presentación de datos regionales"),
            (11, "13:30  Panel de discusión"),
            (11, "14:15  Preguntas y cierre"),
        ],
    ],
)

add(
    "v39_es_pdf_side_event",
    head(
        addr(
            "Coalición Andina por la Niñez Migrante",
            "contacto@coalicionandina.example.cl",
            "iso-8859-1",
        ),
        "Evento paralelo - nota conceptual",
        "Mon, 15 Feb 2027 18:02:11 -0300",
        "evento-paralelo-nc-0215@coalicionandina.example.cl",
        charset="iso-8859-1",
    )
    + multipart(
        "mixed",
        "----=_NextPart_000_0042_01DD2F3A.5B6C7D80",
        [
            text_part(
                """Estimados:

Adjuntamos la nota conceptual de nuestro evento paralelo al Examen
Regional. Agradeceremos incluirlo en el calendario de la Red.

Saludos,
Coalición Andina por la Niñez Migrante
""",
                "iso-8859-1",
                "base64",
            ),
            attachment("application/pdf", "Nota_conceptual_evento_paralelo.pdf", V39_PDF),
        ],
    ),
    gold(
        "es",
        event(
            "Niñez migrante no acompañada en la ruta andina",
            "scheduled",
            "2027-03-11",
            "2027-03-11",
            "13:00",
            "14:30",
            "America/Santiago",
            "hybrid",
            "Sede de la CEPAL, Sala 3",
            "Santiago",
            "CL",
            "side_event",
            "Coalición Andina por la Niñez Migrante y Fundación Senderos",
            "https://coalicionandina.example.cl/evento-paralelo",
        ),
    ),
)

V40_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style></head>
<body lang="EN-US">
<div class="WordSection1">
<p class="MsoNormal">Excellencies, dear colleagues,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">On behalf of the Mekong Labour Mobility Partnership and the Ministry of Labour of Thailand, I am pleased to invite you to the<o:p></o:p></p>
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:14pt;color:#0F4761">High-Level Meeting on Labour Migration in the Mekong Region<o:p></o:p></span></b></p>
<p class="MsoNormal" align="center" style="text-align:center">Wednesday, 24 November 2027, 09:00&#8211;13:00 (ICT)<o:p></o:p></p>
<p class="MsoNormal" align="center" style="text-align:center">United Nations Conference Centre, Meeting Room C, Rajdamnern Nok Avenue, Bangkok<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ministers of labour of the six Mekong countries will adopt a joint statement on portability of skills and social protection. The meeting will also be webcast, and registered partners may follow and intervene online.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please confirm your participation by 10 November 2027 at <a href="https://mlmp.example.org/hlm-2027">https://mlmp.example.org/hlm-2027</a>. The meeting report will be circulated in January 2028.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Yours sincerely,<o:p></o:p></p>
<p class="MsoNormal"><b>Sophea Chan</b><o:p></o:p></p>
<p class="MsoNormal">Head of Secretariat, Mekong Labour Mobility Partnership<o:p></o:p></p>
<p class="MsoNormal">No. 41, Street 240, Daun Penh, Phnom Penh, Cambodia<o:p></o:p></p>
</div></body></html>
"""

add(
    "v40_en_outlook_high_level",
    head(
        addr("Chan, Sophea", "sophea.chan@mlmp.example.org"),
        "Invitation – High-Level Meeting on Labour Migration in the Mekong Region, 24 November 2027",
        "Mon, 18 Oct 2027 10:00:00 +0700",
        "SG2PR06MB5577B1A2C3D4E5F6A7B8C9D0E1F2@SG2PR06MB5577.apcprd06.prod.outlook.com",
        extra=(
            "Thread-Topic: Invitation - High-Level Meeting on Labour Migration in the Mekong Region",
        ),
    )
    + text_part(V40_HTML, "utf-8", "base64", "html"),
    gold(
        "en",
        event(
            "High-Level Meeting on Labour Migration in the Mekong Region",
            "scheduled",
            "2027-11-24",
            "2027-11-24",
            "09:00",
            "13:00",
            "Asia/Bangkok",
            "hybrid",
            "United Nations Conference Centre, Meeting Room C",
            "Bangkok",
            "TH",
            "high_level_event",
            "Mekong Labour Mobility Partnership and the Ministry of Labour of Thailand",
            "https://mlmp.example.org/hlm-2027",
        ),
    ),
    crlf=True,
)
# ---------------------------------------------------------------- mail that announces no event

V32_ORIGINAL = """From: UN Network on Migration <unmignet@iom.int>
To: info@closed-ngo.example.net
Subject: Reminder: Partner call on Migration Week 2027 planning, 9 March
Date: Mon, 1 Mar 2027 09:00:02 +0100
Message-ID: <partner-call-reminder-0301@iom.int>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear partners,

A reminder that the partner call on Migration Week 2027 planning takes place
on Tuesday 9 March 2027, 15:00-16:00 CET, on Zoom:
https://zoom.example.us/j/8812345678

Network secretariat
"""

add(
    "v32_en_bounce",
    head(
        "Mail Delivery System <MAILER-DAEMON@mx1.iom.example.int>",
        "Undelivered Mail Returned to Sender",
        "Mon, 1 Mar 2027 09:00:41 +0100 (CET)",
        "20270301080041.7C21D1C0031@mx1.iom.example.int",
        extra=("Auto-Submitted: auto-replied",),
    )
    + multipart(
        "report",
        "7C21D1C0031.1772352041/mx1.iom.example.int",
        [
            leaf(
                "text/plain; charset=us-ascii",
                """This is the mail system at host mx1.iom.example.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<info@closed-ngo.example.net>: host mail.closed-ngo.example.net[198.51.100.23]
    said: 550 5.1.1 Mailbox does not exist (in reply to RCPT TO command)
""",
                "7bit",
                extra=("Content-Description: Notification",),
            ),
            leaf(
                "message/delivery-status",
                """Reporting-MTA: dns; mx1.iom.example.int
Arrival-Date: Mon, 1 Mar 2027 09:00:39 +0100 (CET)

Final-Recipient: rfc822; info@closed-ngo.example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist
""",
                "7bit",
                extra=("Content-Description: Delivery report",),
            ),
            leaf(
                "message/rfc822",
                V32_ORIGINAL,
                "7bit",
                extra=("Content-Description: Undelivered Message",),
            ),
        ],
        params="; report-type=delivery-status",
    ),
    gold("en"),
)

add(
    "v33_pt_thanks",
    head(
        addr("Rede Amazónia Migrante", "rede@amazonia-migrante.example.org.br"),
        "Obrigado pela participação no seminário de Manaus!",
        "Fri, 19 Nov 2027 17:25:00 -0400",
        "obrigado-seminario-1119@amazonia-migrante.example.org.br",
    )
    + text_part(
        """Queridas e queridos parceiros,

Muito obrigado a todas e todos que participaram do seminário "Fronteiras
Amazônicas e Direitos dos Migrantes", realizado em Manaus nos dias 16 e 17
de novembro. Foram mais de 120 participantes de quatro países!

As apresentações e fotos já estão disponíveis em
https://amazonia-migrante.example.org.br/seminario-2027/materiais

Em breve enviaremos o relatório final. Esperamos encontrá-los novamente
no próximo ano.

Um abraço,
Equipe da Rede Amazônia Migrante
""",
        "utf-8",
        "quoted-printable",
    ),
    gold("pt"),
)

add(
    "v34_de_question",
    head(
        addr("Martin Kessler", "m.kessler@integrationsrat-graz.example.at"),
        "Frage zur Aufnahme in den Veranstaltungskalender",
        "Wed, 13 Jan 2027 14:02:19 +0100",
        "frage-kalender-0113@integrationsrat-graz.example.at",
    )
    + text_part(
        """Sehr geehrte Damen und Herren,

der Integrationsrat Graz überlegt, im Herbst 2027 erstmals eine
Veranstaltung im Rahmen der Migrationswoche durchzuführen. Termin und Ort
stehen noch nicht fest.

Könnten Sie mir sagen, welche Angaben Sie für die Aufnahme in den
Kalender des Netzwerks benötigen und bis wann wir diese einreichen
sollten? Gibt es ein Formular dafür?

Vielen Dank im Voraus und freundliche Grüße
Martin Kessler
Integrationsrat Graz
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    gold("de"),
)

add(
    "v35_en_phishing",
    head(
        '"SharePoint Online" <no-reply@sharepoint-docs.example.net>',
        'Lina Haddad shared "Global Migration Summit 2027 - Invitation.pdf" with you',
        "Sat, 6 Feb 2027 02:14:55 +0000",
        "spo-share-77e1a9c2@sharepoint-docs.example.net",
    )
    + text_part(
        """<html><body style="font-family:Segoe UI,sans-serif">
<p>Lina Haddad shared a file with you</p>
<p style="font-size:18px"><b>Global Migration Summit 2027 - Invitation.pdf</b></p>
<p>This link will work for anyone at iom.int. Your mailbox session has expired:
please sign in again with your email password to view the invitation.</p>
<p><a href="http://login-verify.example.net/o365/?u=unmignet@iom.int" style="background:#0078d4;color:white;padding:8px 16px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#888">Microsoft respects your privacy. This message was sent to unmignet@iom.int.
If you do not verify within 24 hours your account will be suspended.</p>
</body></html>
""",
        "utf-8",
        "quoted-printable",
        "html",
    ),
    gold("en"),
)

add(
    "v36_fr_report_release",
    head(
        addr("Observatoire Sahélien des Migrations", "publications@osm-sahel.example.ne"),
        "Parution : rapport 2026 sur les migrations saisonnières au Sahel",
        "Tue, 16 Mar 2027 08:45:00 +0100",
        "rapport-2026-parution@osm-sahel.example.ne",
        enc="q",
    )
    + text_part(
        """Madame, Monsieur,

L'Observatoire Sahélien des Migrations a le plaisir d'annoncer la parution
de son rapport annuel « Migrations saisonnières au Sahel : tendances 2026 ».

Le rapport analyse les déplacements saisonniers entre le Niger, le Mali,
le Burkina Faso et les pays côtiers, ainsi que l'effet des sécheresses de
2025 et 2026 sur les routes de transhumance.

Il est téléchargeable gratuitement en français et en anglais :
https://osm-sahel.example.ne/rapports/2026

Bonne lecture,
Service des publications
Observatoire Sahélien des Migrations, Niamey
""",
        "iso-8859-1",
        "8bit",
    ),
    gold("fr"),
)

add(
    "v37_ar_autoreply",
    head(
        addr("سامر الخطيب", "s.khatib@levant-rights.example.lb", "windows-1256"),
        "رد تلقائي: دعوة للمشاركة في أسبوع الهجرة 2027",
        "Mon, 2 Aug 2027 07:30:12 +0300",
        "ooo-20270802-0430@levant-rights.example.lb",
        charset="windows-1256",
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
    )
    + text_part(
        """شكراً لرسالتكم.

أنا خارج المكتب حتى 23 أغسطس 2027 ولن أتمكن من الاطلاع على البريد
الإلكتروني. للأمور العاجلة يرجى التواصل مع الزميلة ريم منصور على
r.mansour@levant-rights.example.lb

سامر الخطيب
""",
        "windows-1256",
        "quoted-printable",
    ),
    gold("ar"),
)


# ---------------------------------------------------------------- write


def main() -> None:
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names)) == 40, (len(names), names)
    for stale in HERE.glob("v*.eml"):
        stale.unlink()
    for stale in HERE.glob("v*.json"):
        stale.unlink()
    for name, message, answer, crlf in sorted(CASES):
        # 8bit parts in a legacy charset travel as lone surrogates (see raw8)
        raw = message.encode("utf-8", "surrogateescape")
        if crlf:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        (HERE / f"{name}.eml").write_bytes(raw)
        (HERE / f"{name}.json").write_text(
            json.dumps(answer, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(CASES)} messages to {HERE}")


if __name__ == "__main__":
    main()
