"""parsers.mime: raw bytes -> ParsedMessage, defects recorded, bodies checked against the stdlib."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.mime import decode_bytes, decode_header_value, parse_message
from unmignet.errors import ParseError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def _mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\r\n\r\n" + body).replace("\n", "\r\n").encode("utf-8")


def test_mislabelled_utf8_body_is_decoded_as_utf8_and_recorded() -> None:
    """An 8-bit body declared us-ascii but holding UTF-8 decodes as UTF-8, with a defect note."""
    parsed = parse_message((FIXTURES / "mislabelled_utf8.eml").read_bytes())
    assert "régional aura lieu à Dakar" in parsed.text_plain
    assert "L’atelier" in parsed.text_plain
    assert any("held UTF-8" in d for d in parsed.defects)
    assert parsed.subject == "Atelier régional sur la mobilité"


def test_latin1_and_cp1252_bodies_decode_in_their_charset() -> None:
    """Declared single-byte charsets decode strictly; undecodable bytes fall back, noted."""
    assert decode_bytes("Genève".encode("latin-1"), "iso-8859-1") == ("Genève", None)
    text, note = decode_bytes("“Foro” – 2024".encode("cp1252"), "windows-1252")
    assert text == "“Foro” – 2024" and note is None
    text, note = decode_bytes(b"caf\xe9", "utf-8")
    assert text == "café" and note is not None and "cp1252" in note


def test_unknown_charset_falls_back_without_raising() -> None:
    """A charset name Python does not know is read as UTF-8 and recorded."""
    text, note = decode_bytes(b"hello", "x-unknown-charset")
    assert text == "hello" and note is not None


def test_rfc2047_header_decoding() -> None:
    """Encoded words in headers are decoded; garbage is returned as is."""
    assert decode_header_value("=?iso-8859-1?q?Semaine_des_migrations_=E0_Gen=E8ve?=") == (
        "Semaine des migrations à Genève"
    )
    assert decode_header_value("=?bogus?q?x?=") != ""


def test_calendar_parts_and_alternatives_are_separated() -> None:
    """text/calendar goes to calendars, text/plain to text_plain; headers and date are typed."""
    parsed = parse_message((FIXTURES / "calendar_outlook.eml").read_bytes())
    assert len(parsed.calendars) == 1 and "BEGIN:VCALENDAR" in parsed.calendars[0]
    assert "expert meeting" in parsed.text_plain
    assert parsed.date is not None and parsed.date.year == 2024
    assert parsed.from_addr == "events@example.org"
    assert parsed.header("subject") == "Expert meeting on seasonal work schemes"


def test_attached_message_becomes_embedded() -> None:
    """A message/rfc822 part is parsed into ParsedMessage.embedded, not an attachment."""
    inner = "From: a@example.org\nSubject: Inner announcement\n\nInner body text.\n"
    raw = _mail(
        """From: fwd@example.org
Subject: Fwd: Inner announcement
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"
""",
        "--XX\nContent-Type: text/plain\n\nSee attached.\n--XX\nContent-Type: message/rfc822\n\n"
        + inner
        + "--XX--\n",
    )
    parsed = parse_message(raw)
    assert len(parsed.embedded) == 1
    assert parsed.embedded[0].subject == "Inner announcement"
    assert "Inner body text." in parsed.embedded[0].text_plain
    assert parsed.attachments == ()


def test_broken_multipart_is_recorded_not_raised() -> None:
    """A multipart without its boundary still yields a message with a recorded defect."""
    raw = _mail(
        "From: x@example.org\nSubject: broken\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="NEVER"',
        "no boundary here at all\n",
    )
    parsed = parse_message(raw)
    assert parsed.subject == "broken"
    assert parsed.defects


def test_empty_input_raises_parse_error() -> None:
    """Only bytes with nothing usable raise ParseError."""
    with pytest.raises(ParseError):
        parse_message(b"")
    with pytest.raises(ParseError):
        parse_message(b"   \r\n  ")


def test_raw_8bit_utf8_subject_is_decoded() -> None:
    """A subject sent as raw UTF-8 bytes (no RFC 2047) is read as UTF-8, not replaced."""
    raw = "From: r@example.org\r\nSubject: Oficina sobre integração\r\n\r\nCorpo.\r\n".encode()
    assert parse_message(raw).subject == "Oficina sobre integração"
