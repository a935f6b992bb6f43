"""Organiser: names come out tidy (no trailing punctuation, stray quotes or role tails), the
sender's signature counts only when the mail speaks as the event's holder, a heading or a
calendar LOCATION is a last fallback, and the confidence says which source was read. Every mail
here is written for this file."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.organizer import tidy
from parsers.settings import ExtractSettings
from parsers.types import FieldValue

_HEAD = (
    "From: Sender <s@example.org>\nTo: net@example.org\nSubject: {subject}\n"
    "Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <{mid}@example.org>\nMIME-Version: 1.0\n"
)
_PLAIN = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
_EXTRACTOR = Extractor(ExtractSettings(use_nlp=False))


def _ics(summary: str, location: str, organizer: str = "") -> str:
    org = f'ORGANIZER;CN="{organizer}":mailto:desk@example.org\r\n' if organizer else ""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:org-sources@example.org\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;TZID=Africa/Nairobi:20261118T100000\r\n"
        "DTEND;TZID=Africa/Nairobi:20261118T120000\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n{org}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _organizer(body: str, subject: str = "Invitation", ics: str = "") -> FieldValue:
    head = _HEAD.format(subject=subject, mid=abs(hash(subject + body + ics)))
    if ics:
        raw = (
            head
            + 'Content-Type: multipart/alternative; boundary="BB"\n\n--BB\n'
            + _PLAIN
            + body
            + "\n--BB\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\n\n"
            + ics
            + "\n--BB--\n"
        )
    else:
        raw = head + _PLAIN + body
    result = _EXTRACTOR.extract(raw.encode())
    assert result.events, "the test mail must be read as an event"
    return result.events[0].fields["organizer"]


# ------------------------------------------------------------------------------ 1. tidy names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ayuntamiento de Madrid.", "Ayuntamiento de Madrid"),
        ("Réseau Sahel Migration :", "Réseau Sahel Migration"),
        ("Kilima Workers Union,", "Kilima Workers Union"),
        ('"Kilima Diaspora Network"', "Kilima Diaspora Network"),
        ("Associação Lusa de Migrantes»", "Associação Lusa de Migrantes"),
        ("Lakeside Migration Forum (the organisers)", "Lakeside Migration Forum"),
        ("Red Andina de Migraciones (organizadores)", "Red Andina de Migraciones"),
        ("Lakeside Migration Forum, Secretariat", "Lakeside Migration Forum"),
        ("Red Andina de Migraciones, Equipo técnico", "Red Andina de Migraciones"),
        ("Kilima\n  Workers   Union", "Kilima Workers Union"),
    ],
)
def test_tidy_drops_trailing_punctuation_quotes_and_role_tails(raw: str, expected: str) -> None:
    """A trailing period, comma, colon, stray closing quote, '(the organisers)' or ', Secretariat'
    goes; line breaks and runs of spaces become one space."""
    assert tidy(raw) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Lakeside Forum Secretariat",
        "Secretariat of the Andean Network",
        "Migrantes Unidos S.A.",
        "Harbour Skills Ltd.",
        "Asociación «Nuevos Caminos» y «Puentes»",
        "Domestic Workers' Forum",
    ],
)
def test_tidy_keeps_what_belongs_to_the_name(name: str) -> None:
    """A role word inside the name, an abbreviation's period and balanced quotes stay."""
    assert tidy(name) == name


def test_labelled_organizador_line_is_read_without_its_period() -> None:
    """'Organizador: Ayuntamiento de X.' (singular Spanish label) gives the name, no period."""
    body = (
        "Estimados:\n\nTaller sobre migración laboral\nFecha: 18 de noviembre de 2026, 10:00\n"
        "Lugar: Centro Cultural Norte, Madrid\nOrganizador: Ayuntamiento de Villanueva.\n\n"
        "Saludos\n"
    )
    assert _organizer(body, "Taller sobre migración laboral").value == "Ayuntamiento de Villanueva"


def test_organised_by_a_quoted_name_loses_its_quotes() -> None:
    """'organised by "X Network"' gives X Network, without the quotes."""
    body = (
        "Dear all,\n\nA workshop on remittances will take place on 18 November 2026 at 10:00 "
        'in Nairobi, organised by "Kilima Diaspora Network".\n\nBest\n'
    )
    assert _organizer(body, "Workshop on remittances").value == "Kilima Diaspora Network"
