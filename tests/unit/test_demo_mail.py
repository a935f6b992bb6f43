"""Tests of the bundled demo inbox and its renderer (unmignet.demo_mail)."""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from datetime import date, timedelta
from email.message import EmailMessage, Message
from pathlib import Path

import pytest

from unmignet.demo_mail import (
    demo_templates,
    encode_words,
    format_date,
    message_id,
    render_demo_inbox,
    render_docx,
    render_pdf,
    render_template,
    resolve_offset,
    write_demo_inbox,
)

TODAY = date(2026, 11, 27)  # a Friday


@pytest.fixture(scope="module")
def inbox() -> dict[str, bytes]:
    """The demo inbox rendered once for TODAY."""
    return dict(render_demo_inbox(TODAY))


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def all_parts(message: Message) -> list[Message]:
    """Every part, including those inside attached messages."""
    parts: list[Message] = []
    for part in message.walk():
        parts.append(part)
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                assert isinstance(inner, Message)
                parts.extend(all_parts(inner))
    return parts


def text_of(message: EmailMessage) -> str:
    """The decoded text of all text/* parts of a mail."""
    chunks = []
    for part in all_parts(message):
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            chunks.append(part.get_content())
    return "\n".join(chunks)


def language(name: str) -> str:
    """Demo mails are named NN-LANG-slug.eml."""
    return name.split("-")[1]


def test_rendering_is_deterministic_for_a_day() -> None:
    """Rendering twice for the same day gives byte-identical mails (the demo is idempotent)."""
    assert render_demo_inbox(TODAY) == render_demo_inbox(TODAY)


def test_rendering_depends_on_the_day() -> None:
    """Another day moves the dates, so the mails differ."""
    assert render_demo_inbox(TODAY) != render_demo_inbox(date(2027, 3, 2))


def test_inbox_is_large_and_sorted(inbox: dict[str, bytes]) -> None:
    """There are at least 24 mails, named NAME.eml, returned sorted by name."""
    names = [name for name, _ in render_demo_inbox(TODAY)]
    assert len(names) >= 24
    assert names == sorted(names)
    assert all(name.endswith(".eml") for name in names)


def test_every_mail_parses_without_defects(inbox: dict[str, bytes]) -> None:
    """Every rendered mail parses with the stdlib default policy with no MIME or header defect."""
    for name, raw in inbox.items():
        message = parse(raw)
        for part in all_parts(message):
            assert part.defects == [], (name, part.defects)
            for key in part:
                header = part[key]
                assert getattr(header, "defects", ()) == (), (name, key)
        assert message["Message-ID"] == message_id(name.removesuffix(".eml")), name


def test_line_ends_are_crlf(inbox: dict[str, bytes]) -> None:
    """Every line ends with CRLF: no bare LF and no bare CR anywhere in a mail."""
    for name, raw in inbox.items():
        assert raw.count(b"\n") == raw.count(b"\r\n"), name
        assert raw.count(b"\r") == raw.count(b"\r\n"), name
        assert all(len(line) <= 998 for line in raw.split(b"\r\n")), name


def test_headers_are_ascii(inbox: dict[str, bytes]) -> None:
    """Header blocks are plain ASCII: non-ASCII subjects and names are RFC 2047 encoded."""
    for name, raw in inbox.items():
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert head.isascii(), name


def test_at_least_five_languages(inbox: dict[str, bytes]) -> None:
    """The inbox speaks en, fr, es, pt, ar and de or it (named in each file name)."""
    found = {language(name) for name in inbox}
    assert {"en", "fr", "es", "pt", "ar"} <= found
    assert found & {"de", "it"}


def test_about_half_the_mails_are_english(inbox: dict[str, bytes]) -> None:
    """English is the largest language but not overwhelming (40-65% of mails)."""
    tags = [language(name) for name in inbox]
    share = tags.count("en") / len(tags)
    assert 0.4 <= share <= 0.65


def test_non_event_kinds_are_present(inbox: dict[str, bytes]) -> None:
    """An auto-reply, a bulk newsletter and a delivery failure report are part of the inbox."""
    messages = [parse(raw) for raw in inbox.values()]
    assert any(m["Auto-Submitted"] == "auto-replied" for m in messages)
    assert any(m["List-Unsubscribe"] and m["Precedence"] == "bulk" for m in messages)
    assert any(m.get_content_type() == "multipart/report" for m in messages)


def test_mime_shapes_are_covered(inbox: dict[str, bytes]) -> None:
    """Invitations (request and cancel), attached messages and documents, QP and base64 occur."""
    types: set[str] = set()
    methods: set[str] = set()
    encodings: set[str] = set()
    for raw in inbox.values():
        for part in all_parts(parse(raw)):
            types.add(part.get_content_type())
            encodings.add(str(part.get("Content-Transfer-Encoding", "")).lower())
            if part.get_content_type() == "text/calendar":
                methods.add(str(part.get_param("method", "")))
    assert {"text/html", "message/rfc822", "multipart/alternative"} <= types
    assert "application/vnd.openxmlformats-officedocument.wordprocessingml.document" in types
    assert {"REQUEST", "CANCEL"} <= methods
    assert {"base64", "quoted-printable"} <= encodings


def test_legacy_charsets_decode(inbox: dict[str, bytes]) -> None:
    """Mails in iso-8859-1 and windows-1252 occur and decode to accented text."""
    charsets = {}
    for name, raw in inbox.items():
        for part in all_parts(parse(raw)):
            charset = part.get_content_charset()
            if charset in ("iso-8859-1", "windows-1252"):
                charsets[charset] = name
    assert set(charsets) == {"iso-8859-1", "windows-1252"}
    for name in charsets.values():
        assert not text_of(parse(inbox[name])).isascii(), name


def test_dates_of_sample_mails_land_relative_to_today(inbox: dict[str, bytes]) -> None:
    """The Almaty workshop starts on the first Tuesday at least 14 days ahead; the mail is
    dated two days before today."""
    message = parse(inbox["01-en-almaty-predeparture-workshop.eml"])
    assert "Tuesday, 15 December 2026" in text_of(message)
    assert message["Date"].datetime.date() == date(2026, 11, 25)


def test_ics_dates_are_relative_to_today(inbox: dict[str, bytes]) -> None:
    """The Outlook invitation's DTSTART is computed from today."""
    message = parse(inbox["05-en-ohchr-geneva-consultation-outlook-invite.eml"])
    calendar = next(p for p in all_parts(message) if p.get_content_type() == "text/calendar")
    assert isinstance(calendar, EmailMessage)
    expected = format_date(resolve_offset(TODAY, "+9>thu"), "ics")
    assert f"DTSTART;TZID=W. Europe Standard Time:{expected}T" in calendar.get_content()


def test_write_demo_inbox_writes_eml_files(tmp_path: Path) -> None:
    """write_demo_inbox writes one NAME.eml per mail with the rendered bytes."""
    paths = write_demo_inbox(TODAY, tmp_path / "inbox")
    rendered = dict(render_demo_inbox(TODAY))
    assert sorted(p.name for p in paths) == sorted(rendered)
    assert all(p.read_bytes() == rendered[p.name] for p in paths)


def test_date_formats_in_each_language() -> None:
    """Long dates use each language's weekday and month names and word order."""
    day = date(2026, 12, 9)
    assert format_date(day, "en_long") == "Wednesday, 9 December 2026"
    assert format_date(day, "us_long") == "Wednesday, December 9, 2026"
    assert format_date(day, "fr_long") == "mercredi 9 décembre 2026"
    assert format_date(day, "es_long") == "miércoles 9 de diciembre de 2026"
    assert format_date(day, "pt_long") == "quarta-feira, 9 de dezembro de 2026"
    assert format_date(day, "de_long") == "Mittwoch, 9. Dezember 2026"
    assert format_date(day, "it_short") == "9 dicembre 2026"
    assert format_date(day, "ar_short@ind") == "٩ ديسمبر ٢٠٢٦"
    assert (format_date(day, "dmy"), format_date(day, "ics")) == ("09/12/2026", "20261209")


def test_offsets_with_weekday_anchor() -> None:
    """'+3>tue+1' is the day after the first Tuesday at least three days ahead."""
    assert resolve_offset(TODAY, "+3") == date(2026, 11, 30)
    assert resolve_offset(TODAY, "+3>tue") == date(2026, 12, 1)
    assert resolve_offset(TODAY, "+3>tue+1") == date(2026, 12, 2)
    assert resolve_offset(TODAY, "-2") == date(2026, 11, 25)


def test_unknown_token_is_a_template_error() -> None:
    """A misspelt token fails loudly with the template's name."""
    with pytest.raises(ValueError, match="broken"):
        render_template("broken", "Subject: {{dat:+1:iso}}\n\nx\n", TODAY)


def test_encoded_words_round_trip() -> None:
    """Q and B encoded words decode back to the text, each word at most 75 characters."""
    text = "Séminaire régional « Migrations et climat » – appel à contributions, Dakar 2026"
    for style, charset in (("B", "utf-8"), ("Q", "iso-8859-1"), ("Q", "utf-8")):
        latin = charset == "iso-8859-1"
        sample = text.replace("–", "-") if latin else text
        encoded = encode_words(sample, style, charset)
        assert all(len(word) <= 75 for word in encoded.split("\n "))
        message = parse(f"Subject: {encoded}\n\nx\n".encode("ascii"))
        assert message["Subject"] == sample


def test_directives_encode_bodies_and_disappear() -> None:
    """X-Demo-Encoding applies the transfer encoding in the declared charset and is removed."""
    template = (
        "Subject: t\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n"
        "X-Demo-Encoding: quoted-printable\n\nRéunion le {{date:+1:fr_long}}\n"
    )
    raw = render_template("t", template, TODAY)
    assert b"X-Demo" not in raw
    assert b"R=E9union" in raw
    message = parse(raw)
    assert message["Content-Transfer-Encoding"] == "quoted-printable"
    assert message.get_content().strip() == "Réunion le samedi 28 novembre 2026"


def test_generated_docx_is_deterministic_and_readable() -> None:
    """The .docx attachment is the same bytes for a day and holds the markup's text."""
    markup = "= Concept note\n# Background\nA paragraph.\n| Date | Venue |\n| 1 May | Lima |\n"
    first, second = render_docx(markup, TODAY), render_docx(markup, TODAY)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Concept note" in body and "Lima" in body
    assert 'w:val="Title"' in body


def test_generated_pdf_is_readable() -> None:
    """The hand-built PDF opens with pypdf and its text comes back."""
    import pypdf

    data = render_pdf("# Programa\nInauguración a las 10:00 (sala 2)\n", TODAY)
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = reader.pages[0].extract_text()
    assert "Programa" in text and "Inauguración a las 10:00 (sala 2)" in text


def test_long_non_ascii_display_names_decode_with_their_spaces(inbox: dict[str, bytes]) -> None:
    """A display name longer than one encoded word decodes to the same words and spaces."""
    message = parse(inbox["26-ar-muscat-warsha-tadrib.eml"])
    assert message["From"].addresses[0].display_name == "المرصد العربي للهجرة والعمل"


def event_days(today: date) -> set[tuple[str, date]]:
    """Event days of the templates: by convention written with a weekday anchor (``+9>tue``),
    while deadlines and mail dates use plain offsets."""
    days = set()
    for name, template in demo_templates():
        for offset in re.findall(r"\{\{date:([+-]\d+>\w+(?:[+-]\d+)?):", template):
            days.add((name, resolve_offset(today, offset)))
    return days


@pytest.mark.parametrize("weekday", range(7))
def test_every_weekday_gives_the_weekly_digest_content(weekday: int) -> None:
    """Whatever the day the demo runs, at least eight event days fall in the next seven days
    and at least eight in the next Monday-to-Sunday week, and all are in the future."""
    today = date(2026, 11, 23) + timedelta(days=weekday)
    next_monday = today + timedelta(days=7 - today.weekday())
    days = [day for _, day in event_days(today)]
    assert all(day > today for day in days)
    assert sum(1 <= (day - today).days <= 7 for day in days) >= 8
    assert sum(0 <= (day - next_monday).days < 7 for day in days) >= 8


def test_attached_message_with_8bit_text_is_declared_8bit() -> None:
    """A message/rfc822 part whose inner mail has 8-bit text gets Content-Transfer-Encoding 8bit."""
    template = (
        'Subject: fw\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
        "--b\nContent-Type: message/rfc822\n\n"
        "Subject: inner\nContent-Type: text/plain; charset=utf-8\n\nCafé à 10 h\n--b--\n"
    )
    message = parse(render_template("fw", template, TODAY))
    attached = next(p for p in message.walk() if p.get_content_type() == "message/rfc822")
    assert attached["Content-Transfer-Encoding"] == "8bit"
    assert "Café à 10 h" in text_of(message)


def test_correction_and_cancellation_point_at_their_originals(inbox: dict[str, bytes]) -> None:
    """The date correction replies to the original announcement, and the cancellation carries
    the same calendar UID as the invitation it cancels."""
    original = parse(inbox["10-en-mekong-centre-peer-learning-course.eml"])
    correction = parse(inbox["11-en-mekong-centre-course-date-correction.eml"])
    assert correction["In-Reply-To"] == original["Message-ID"]
    uids = []
    for name in (
        "06-en-undp-welcome-centres-training-invite",
        "07-en-undp-welcome-centres-training-cancel",
    ):
        calendar = next(
            p
            for p in all_parts(parse(inbox[f"{name}.eml"]))
            if p.get_content_type() == "text/calendar"
        )
        assert isinstance(calendar, EmailMessage)
        unfolded = calendar.get_content().replace("\r\n ", "").replace("\n ", "")
        match = re.search(r"^UID:(.+)$", unfolded, re.M)
        assert match is not None
        uids.append(match.group(1).strip())
    assert uids[0] == uids[1]
