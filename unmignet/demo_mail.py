"""Render the bundled demo inbox: readable templates in, raw RFC 5322 mails out.

The templates in ``unmignet/demo_inbox/NAME.eml.tmpl`` are whole mails written with LF line
ends, in readable text (UTF-8 in the file, whatever charset the mail declares). Rendering is pure
and deterministic for a given ``today``: the same day gives byte-identical mails, so `unmignet
demo` can be re-run safely.

Token language (substituted everywhere, before any encoding):

=====================================  ===================================================
``{{date:OFFSET:FORMAT}}``             a date relative to ``today``
``{{rfc2822:OFFSET[:ZONE[:HHMM]]}}``   a ``Date:`` header value; the time of day is fixed
                                       per file name unless given, the zone defaults to +0000
``{{msgid}}`` / ``{{msgid:NAME}}``     a Message-ID derived from this (or another) file name
=====================================  ===================================================

OFFSET is ``+N``/``-N`` days, optionally followed by ``>wd`` ("then the first such weekday on or
after", wd in mon..sun) and another ``+N``: ``+9>tue+1`` is the Wednesday after the first Tuesday
at least nine days away. FORMAT is ``iso`` (2026-12-09), ``dmy`` (09/12/2026), ``mdy``
(12/09/2026), ``dmy_dot`` (09.12.2026), ``ics`` (20261209), ``day`` (9), ``year`` or
``LANG_STYLE`` with LANG in en, us, fr, es, pt, de, it, ar and STYLE ``long`` (weekday, day,
month, year), ``short`` (day month year), ``dm`` (day month), ``month`` or ``weekday``. A
trailing ``@ind`` writes Arabic-Indic digits.

Directives (headers that the renderer applies and then removes):

- ``X-Demo-Encoding: base64 | quoted-printable | 8bit`` on a leaf part encodes its body in the
  charset its Content-Type declares and sets Content-Transfer-Encoding.
- ``X-Demo-Generate: docx | pdf`` on a leaf part turns its body (``= `` title, ``# `` headings,
  ``| a | b |`` table rows, paragraphs) into a document, sent base64.
- ``X-Demo-Header-Encoding: Q iso-8859-1`` (default ``B utf-8``) sets how non-ASCII header values
  of that header block are written as RFC 2047 encoded words; address headers only encode names.

Line ends become CRLF at the end.

Conventions of the bundled templates (tests rely on them): files are named ``NN-LANG-slug``
(LANG the mail's main language); event days are written with a weekday anchor (``+9>tue``) while
deadlines and mail dates use plain offsets, and the anchors are spread so that a run on any
weekday finds events in the next seven days and in the next calendar week.
"""

from __future__ import annotations

import base64
import hashlib
import io
import quopri
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.message import Message
from email.utils import format_datetime, formataddr, getaddresses
from importlib import resources
from pathlib import Path

TEMPLATE_SUFFIX = ".eml.tmpl"
MSGID_DOMAIN = "demo.unmignet.example.org"

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "pt": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
    ),
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
}  # fmt: skip

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": (
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo",
    ),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}  # fmt: skip

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender"})

_TOKEN = re.compile(r"\{\{(\w+)(?::([^{}]*))?\}\}")
_OFFSET = re.compile(r"^([+-]\d+)(?:>(mon|tue|wed|thu|fri|sat|sun)([+-]\d+)?)?$")


@dataclass(frozen=True)
class Header:
    """One header of a template: its name, unfolded value and the lines as written."""

    name: str
    value: str
    raw: str


@dataclass(frozen=True)
class _Part:
    """A header block and the body text below it (LF line ends)."""

    headers: tuple[Header, ...]
    body: str


# --- dates -----------------------------------------------------------------------------------


def resolve_offset(today: date, offset: str) -> date:
    """Return the day that OFFSET (``+9``, ``-2``, ``+9>tue``, ``+9>tue+1``) names."""
    match = _OFFSET.match(offset.strip())
    if match is None:
        raise ValueError(f"bad date offset {offset!r}")
    day = today + timedelta(days=int(match.group(1)))
    if match.group(2):
        wanted = WEEKDAY_KEYS.index(match.group(2))
        day += timedelta(days=(wanted - day.weekday()) % 7)
    if match.group(3):
        day += timedelta(days=int(match.group(3)))
    return day


def _numeric(day: date, fmt: str) -> str | None:
    table = {
        "iso": day.isoformat(),
        "dmy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "mdy": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "dmy_dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "ics": f"{day.year:04d}{day.month:02d}{day.day:02d}",
        "day": str(day.day),
        "year": str(day.year),
    }
    return table.get(fmt)


def _day_month(day: date, lang: str) -> str:
    month = MONTHS[lang][day.month - 1]
    if lang in ("es", "pt"):
        return f"{day.day} de {month}"
    if lang == "de":
        return f"{day.day}. {month}"
    return f"{day.day} {month}"


def _short(day: date, lang: str) -> str:
    joiner = " de " if lang in ("es", "pt") else " "
    return f"{_day_month(day, lang)}{joiner}{day.year}"


def _long(day: date, lang: str) -> str:
    weekday = WEEKDAYS[lang][day.weekday()]
    if lang in ("fr", "it", "es"):
        return f"{weekday} {_short(day, lang)}"
    if lang == "ar":
        return f"{weekday}، {_short(day, lang)}"
    return f"{weekday}, {_short(day, lang)}"


def _us(day: date, style: str) -> str:
    month = MONTHS["en"][day.month - 1]
    weekday = WEEKDAYS["en"][day.weekday()]
    styles = {
        "long": f"{weekday}, {month} {day.day}, {day.year}",
        "short": f"{month} {day.day}, {day.year}",
        "dm": f"{month} {day.day}",
    }
    return styles.get(style) or _worded(day, "en", style)


def _worded(day: date, lang: str, style: str) -> str:
    if lang == "us":
        return _us(day, style)
    if lang not in MONTHS:
        raise ValueError(f"unknown language {lang!r}")
    styles: dict[str, Callable[[date, str], str]] = {
        "long": _long,
        "short": _short,
        "dm": _day_month,
        "month": lambda d, lg: MONTHS[lg][d.month - 1],
        "weekday": lambda d, lg: WEEKDAYS[lg][d.weekday()],
    }
    if style not in styles:
        raise ValueError(f"unknown date style {style!r}")
    return styles[style](day, lang)


def format_date(day: date, fmt: str) -> str:
    """Write DAY in FORMAT (see the module docstring), e.g. ``fr_long`` -> ``mardi 9 ...``."""
    base, _, modifier = fmt.partition("@")
    text = _numeric(day, base)
    if text is None:
        lang, _, style = base.partition("_")
        text = _worded(day, lang, style)
    if modifier == "ind":
        return text.translate(ARABIC_INDIC)
    if modifier:
        raise ValueError(f"unknown date modifier {modifier!r}")
    return text


# --- tokens ----------------------------------------------------------------------------------


def _name_hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def message_id(name: str) -> str:
    """Return the deterministic Message-ID of the demo mail NAME (file name without suffix)."""
    return f"<{_name_hash(name)[:20]}.{name}@{MSGID_DOMAIN}>"


def _zone(text: str) -> timezone:
    match = re.fullmatch(r"([+-])(\d\d)(\d\d)", text)
    if match is None:
        raise ValueError(f"bad zone {text!r}")
    minutes = int(match.group(2)) * 60 + int(match.group(3))
    return timezone(timedelta(minutes=-minutes if match.group(1) == "-" else minutes))


def _clock(name: str, hhmm: str) -> time:
    if hhmm:
        return time(int(hhmm[:2]), int(hhmm[2:4]), 0)
    seed = int(_name_hash(name)[:8], 16)
    return time(7 + seed % 11, (seed // 11) % 60, (seed // 660) % 60)


def rfc2822_date(today: date, name: str, arg: str) -> str:
    """Return a Date header value for ``{{rfc2822:OFFSET[:ZONE[:HHMM]]}}`` in mail NAME."""
    offset, _, rest = arg.partition(":")
    zone, _, hhmm = rest.partition(":")
    day = resolve_offset(today, offset)
    moment = datetime.combine(day, _clock(name, hhmm), tzinfo=_zone(zone or "+0000"))
    return format_datetime(moment)


def substitute(text: str, today: date, name: str) -> str:
    """Replace every ``{{...}}`` token in TEXT, for the mail NAME rendered on TODAY."""

    def replace(match: re.Match[str]) -> str:
        kind, arg = match.group(1), match.group(2) or ""
        if kind == "date":
            offset, _, fmt = arg.partition(":")
            return format_date(resolve_offset(today, offset), fmt)
        if kind == "rfc2822":
            return rfc2822_date(today, name, arg)
        if kind == "msgid":
            return message_id(arg or name)
        raise ValueError(f"{name}: unknown token {match.group(0)!r}")

    return _TOKEN.sub(replace, text)


# --- RFC 2047 headers ------------------------------------------------------------------------

_Q_SAFE = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_char(char: str, charset: str) -> str:
    if char == " ":
        return "_"
    data = char.encode(charset)
    if len(data) == 1 and data[0] in _Q_SAFE:
        return char
    return "".join(f"={byte:02X}" for byte in data)


def _encoded_chunks(text: str, style: str, charset: str) -> list[str]:
    """Split TEXT into pieces whose encoded form fits one 75-character encoded word."""
    room = 75 - len(f"=?{charset}?{style}??=")
    chunks: list[str] = []
    current = ""
    for char in text:
        candidate = current + char
        if current and _encoded_length(candidate, style, charset) > room:
            chunks.append(current)
            candidate = char
        current = candidate
    if current:
        chunks.append(current)
    return chunks


def _encoded_length(text: str, style: str, charset: str) -> int:
    if style == "B":
        return (len(text.encode(charset)) + 2) // 3 * 4
    return sum(len(_q_char(char, charset)) for char in text)


def encode_words(text: str, style: str = "B", charset: str = "utf-8") -> str:
    """Write TEXT as RFC 2047 encoded words, folded with LF + space between words."""
    words = []
    for chunk in _encoded_chunks(text, style, charset):
        if style == "B":
            payload = base64.b64encode(chunk.encode(charset)).decode("ascii")
        else:
            payload = "".join(_q_char(char, charset) for char in chunk)
        words.append(f"=?{charset}?{style}?{payload}?=")
    return "\n ".join(words)


def _encode_phrase(display: str, style: str, charset: str) -> str:
    """Encode a display name, breaking only between words.

    Decoders disagree on whitespace between encoded words inside a phrase (RFC 2047 drops it,
    the standard library keeps one space), so each word boundary falls between two encoded
    words and no word is split unless it alone is too long.
    """
    room = 75 - len(f"=?{charset}?{style}??=")
    groups: list[str] = []
    for word in display.split():
        joined = f"{groups[-1]} {word}" if groups else word
        if groups and _encoded_length(joined, style, charset) <= room:
            groups[-1] = joined
        else:
            groups.append(word)
    return "\n ".join(encode_words(group, style, charset) for group in groups)


def _encode_addresses(value: str, style: str, charset: str) -> str:
    rendered = []
    for display, address in getaddresses([value]):
        if display.isascii():
            rendered.append(formataddr((display, address)))
        else:
            rendered.append(f"{_encode_phrase(display, style, charset)} <{address}>")
    return ",\n ".join(rendered)


def _header_line(header: Header, style: str, charset: str) -> str:
    if header.value.isascii():
        return header.raw
    if header.name.lower() in ADDRESS_HEADERS:
        return f"{header.name}: {_encode_addresses(header.value, style, charset)}"
    return f"{header.name}: {encode_words(header.value, style, charset)}"


# --- template structure ----------------------------------------------------------------------


def _parse_headers(lines: list[str]) -> tuple[Header, ...]:
    grouped: list[list[str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and grouped:
            grouped[-1].append(line)
        else:
            grouped.append([line])
    headers = []
    for group in grouped:
        name, sep, first = group[0].partition(":")
        if not sep:
            raise ValueError(f"not a header line: {group[0]!r}")
        value = " ".join([first.strip(), *(line.strip() for line in group[1:])]).strip()
        headers.append(Header(name.strip(), value, "\n".join(group)))
    return tuple(headers)


def split_part(text: str) -> _Part:
    """Split a template message or part into its headers and body (blank line between)."""
    lines = text.split("\n")
    end = lines.index("") if "" in lines else len(lines)
    return _Part(_parse_headers(lines[:end]), "\n".join(lines[end + 1 :]))


def _get(headers: tuple[Header, ...], name: str) -> str:
    for header in headers:
        if header.name.lower() == name.lower():
            return header.value
    return ""


def _content_type(headers: tuple[Header, ...]) -> Message:
    probe = Message()
    probe["Content-Type"] = _get(headers, "Content-Type") or "text/plain"
    return probe


def _split_multipart(body: str, boundary: str) -> tuple[list[str], list[list[str]], list[str]]:
    """Return (preamble lines, part line lists, epilogue lines) of a multipart body."""
    preamble: list[str] = []
    parts: list[list[str]] = []
    epilogue: list[str] = []
    current = preamble
    for line in body.split("\n"):
        stripped = line.rstrip()
        if stripped == f"--{boundary}" and current is not epilogue:
            parts.append([])
            current = parts[-1]
        elif stripped == f"--{boundary}--":
            current = epilogue
        else:
            current.append(line)
    return preamble, parts, epilogue


# --- rendering -------------------------------------------------------------------------------


def _render_headers(headers: tuple[Header, ...], extra: dict[str, str]) -> bytes:
    style, _, charset = (_get(headers, "X-Demo-Header-Encoding") or "B utf-8").partition(" ")
    lines = []
    for header in headers:
        lowered = header.name.lower()
        if lowered.startswith("x-demo-") or lowered in extra:
            continue
        lines.append(_header_line(header, style, charset.strip()))
    lines.extend(f"{name.title()}: {value}" for name, value in extra.items())
    return "\n".join(lines).encode("ascii")


def render_part(text: str, today: date) -> bytes:
    """Render one template message or MIME part (already token-substituted) to LF bytes."""
    part = split_part(text)
    content_type = _content_type(part.headers)
    if content_type.get_content_maintype() == "multipart":
        body = _render_multipart(part.body, content_type.get_param("boundary"), today)
        extra: dict[str, str] = {}
    elif content_type.get_content_type() == "message/rfc822":
        body = render_part(part.body, today)
        extra = {} if body.isascii() else {"content-transfer-encoding": "8bit"}
    else:
        body, extra = _render_leaf(part, content_type, today)
    return _render_headers(part.headers, extra) + b"\n\n" + body


def _render_multipart(body: str, boundary: object, today: date) -> bytes:
    if not isinstance(boundary, str):
        raise ValueError("multipart part without a boundary")
    preamble, parts, epilogue = _split_multipart(body, boundary)
    marker = f"--{boundary}".encode("ascii")
    chunks = ["\n".join(preamble).encode("ascii")] if preamble else []
    for lines in parts:
        chunks.append(marker)
        chunks.append(render_part("\n".join(lines).rstrip("\n"), today))
    chunks.append(marker + b"--")
    chunks.append("\n".join(epilogue).encode("ascii"))
    return b"\n".join(chunks)


def _render_leaf(part: _Part, content_type: Message, today: date) -> tuple[bytes, dict[str, str]]:
    generator = _get(part.headers, "X-Demo-Generate")
    if generator:
        data = GENERATORS[generator](part.body, today)
        return _base64_lines(data), {"content-transfer-encoding": "base64"}
    charset = content_type.get_content_charset() or "us-ascii"
    data = part.body.encode(charset)
    encoding = _get(part.headers, "X-Demo-Encoding").lower()
    if encoding == "base64":
        if content_type.get_content_maintype() == "text":
            data = data.replace(b"\n", b"\r\n")
        return _base64_lines(data), {"content-transfer-encoding": "base64"}
    if encoding == "quoted-printable":
        encoded = quopri.encodestring(data, quotetabs=False)
        return encoded.rstrip(b"\n"), {"content-transfer-encoding": "quoted-printable"}
    if encoding or not data.isascii():
        return data, {"content-transfer-encoding": encoding or "8bit"}
    return data, {}


def _base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


# --- attachments -----------------------------------------------------------------------------


def _doc_blocks(text: str) -> list[tuple[str, list[str]]]:
    """Read the attachment markup: ("title"|"h"|"p", [text]) or ("t", [cells])."""
    blocks: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("= "):
            blocks.append(("title", [stripped[2:]]))
        elif stripped.startswith("# "):
            blocks.append(("h", [stripped[2:]]))
        elif stripped.startswith("|") and stripped.endswith("|"):
            blocks.append(("t", [cell.strip() for cell in stripped[1:-1].split("|")]))
        elif stripped:
            blocks.append(("p", [stripped]))
    return blocks


def _fixed_zip(data: bytes, stamp: date) -> bytes:
    """Rewrite a zip with a fixed timestamp on every member, so the bytes are deterministic."""
    out = io.BytesIO()
    moment = (stamp.year, stamp.month, stamp.day, 9, 30, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=moment)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def render_docx(text: str, today: date) -> bytes:
    """Build a .docx document from the attachment markup, deterministic for TODAY."""
    import docx

    document = docx.Document()
    written = datetime.combine(today - timedelta(days=6), time(9, 30))
    document.core_properties.created = written
    document.core_properties.modified = written
    document.core_properties.author = "Programme team"
    document.core_properties.last_modified_by = "Programme team"
    table = None
    for kind, values in _doc_blocks(text):
        if kind == "t":
            table = table or document.add_table(rows=0, cols=len(values))
            for cell, value in zip(table.add_row().cells, values, strict=False):
                cell.text = value
            continue
        table = None
        if kind in ("title", "h"):
            document.add_heading(values[0], level=0 if kind == "title" else 1)
        else:
            document.add_paragraph(values[0])
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), today - timedelta(days=6))


def _pdf_escape(line: str) -> bytes:
    data = line.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf_page_stream(lines: list[str]) -> bytes:
    rows = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
    for line in lines:
        rows.append(b"(" + _pdf_escape(line) + b") Tj T*")
    rows.append(b"ET")
    return b"\n".join(rows)


def render_pdf(text: str, today: date) -> bytes:
    """Build a small one-font PDF whose text is the attachment markup's lines."""
    lines = [kind_text for _, values in _doc_blocks(text) for kind_text in [" | ".join(values)]]
    pages = [lines[i : i + 50] for i in range(0, len(lines), 50)] or [[]]
    count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode("ascii"),
    ]
    font_ref = 3 + 2 * count
    for index, page in enumerate(pages):
        stream = _pdf_page_stream(page)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * index} 0 R "
            f"/Resources << /Font << /F1 {font_ref} 0 R >> >> >>".encode("ascii")
        )
        objects.append(
            f"<< /Length {len(stream)} >>\nstream\n".encode("ascii") + stream + b"\nendstream"
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")  # fmt: skip
    stamp = (today - timedelta(days=5)).strftime("%Y%m%d")
    objects.append(f"<< /Producer (unmignet demo) /CreationDate (D:{stamp}093000Z) >>".encode())
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
    out += trailer.encode("ascii") + f"startxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


GENERATORS: dict[str, Callable[[str, date], bytes]] = {"docx": render_docx, "pdf": render_pdf}


# --- public API ------------------------------------------------------------------------------


def render_template(name: str, template: str, today: date) -> bytes:
    """Render the template text of mail NAME for TODAY to raw RFC 5322 bytes (CRLF)."""
    try:
        text = substitute(template.replace("\r\n", "\n"), today, name)
        raw = render_part(text.rstrip("\n"), today)
    except (ValueError, KeyError, UnicodeEncodeError) as err:
        raise ValueError(f"demo template {name}: {err}") from err
    return raw.rstrip(b"\n").replace(b"\n", b"\r\n") + b"\r\n"


def demo_templates() -> list[tuple[str, str]]:
    """Return (mail name, template text) for every bundled template, sorted by name."""
    folder = resources.files("unmignet.demo_inbox")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(TEMPLATE_SUFFIX):
            found.append((entry.name[: -len(TEMPLATE_SUFFIX)], entry.read_text(encoding="utf-8")))
    return sorted(found)


def render_demo_inbox(today: date) -> list[tuple[str, bytes]]:
    """Render the demo inbox for TODAY: (file name, raw RFC 5322 bytes), sorted by name."""
    return [
        (f"{name}.eml", render_template(name, template, today))
        for name, template in demo_templates()
    ]


def write_demo_inbox(today: date, folder: Path) -> list[Path]:
    """Write the demo inbox for TODAY into FOLDER as NAME.eml files; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, raw in render_demo_inbox(today):
        path = folder / file_name
        path.write_bytes(raw)
        written.append(path)
    return written
