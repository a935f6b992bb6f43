"""Organiser: names come out tidy (no trailing punctuation, stray quotes or role tails), the
sender's signature counts only when the mail speaks as the event's holder, a heading or a
calendar LOCATION is a last fallback, and the confidence says which source was read. Every mail
here is written for this file."""

from __future__ import annotations

import pytest
from mailkit import mail_with_calendar

from parsers.extract import Extractor
from parsers.organizer import tidy
from parsers.settings import ExtractSettings
from parsers.types import FieldValue

# The finder's own confidence (a feature of parsers.scorer), not the calibrated P(right).
_EXTRACTOR = Extractor(ExtractSettings(use_nlp=False, calibrate=False))


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
    result = _EXTRACTOR.extract(mail_with_calendar(subject, body, ics))
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


# ------------------------------------------------------------------------------ 3. signature


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        (
            "Roundtable on skills",
            "Hi all,\n\nWe are organising a roundtable on skills partnerships on 18 November 2026 "
            "at 10:00 at the Serena Hotel, Nairobi.\n\nBest regards,\nJohn Kamau\n"
            "Programme Officer\nKilima Workers Union\n",
            "Kilima Workers Union",
        ),
        (
            "Invitation: Roundtable on skills",
            "Dear colleagues,\n\nWe are pleased to invite you to a roundtable on skills "
            "partnerships on 18 November 2026 at 10:00 at the Serena Hotel, Nairobi.\n\n"
            "Best regards,\nJohn Kamau\nProgramme Officer\nKilima Workers Union\n",
            "Kilima Workers Union",
        ),
        (
            "Cancelled: Roundtable on skills",
            "Dear colleagues,\n\nWe regret to inform you that the roundtable on skills "
            "partnerships planned for 18 November 2026 at 10:00 at the Serena Hotel, Nairobi, has "
            "been cancelled.\n\nBest regards,\nJohn Kamau\nKilima Workers Union\n",
            "Kilima Workers Union",
        ),
        (
            "Table ronde",
            "Bonjour,\n\nNous organisons une table ronde sur la migration de travail le 18 "
            "novembre 2026 à 10h00 à Dakar.\n\nCordialement,\nAwa Diop\nChargée de programme\n"
            "Réseau Sahel Migration\n",
            "Réseau Sahel Migration",
        ),
        (
            "Invitation : table ronde",
            "Chers collègues,\n\nNous avons le plaisir de vous inviter à une table ronde sur la "
            "migration de travail le 18 novembre 2026 à 10h00 à Dakar.\n\nCordialement,\n"
            "Awa Diop\nRéseau Sahel Migration\n",
            "Réseau Sahel Migration",
        ),
        (
            "Taller",
            "Hola:\n\nEstamos organizando un taller sobre movilidad laboral el 18 de noviembre de "
            "2026 a las 10:00 en Lima.\n\nSaludos cordiales,\nAna Pérez\nCoordinadora\n"
            "Red Andina de Migraciones\n",
            "Red Andina de Migraciones",
        ),
        (
            "Invitación: taller",
            "Estimados:\n\nTenemos el gusto de invitarle a un taller sobre movilidad laboral el 18 "
            "de noviembre de 2026 a las 10:00 en Lima.\n\nSaludos cordiales,\nAna Pérez\n"
            "Red Andina de Migraciones\n",
            "Red Andina de Migraciones",
        ),
        (
            "Seminário adiado",
            "Prezados,\n\nO nosso seminário sobre migração laboral, previsto para 18 de novembro "
            "de 2026 às 10h em Lisboa, foi adiado.\n\nAtenciosamente,\nJoão Silva\n"
            "Associação Lusa de Migrantes\n",
            "Associação Lusa de Migrantes",
        ),
        (
            "ورشة عمل حول الهجرة",
            "الزملاء الأعزاء،\n\nننظم ورشة عمل حول هجرة العمالة يوم 18 نوفمبر 2026 الساعة 10:00 في "
            "عمّان.\n\nمع خالص التحية،\nسارة أحمد\nمنسقة البرامج\nجمعية جسور الأردن\n",
            "جمعية جسور الأردن",
        ),
    ],
)
def test_signature_organisation_when_the_mail_speaks_as_the_holder(
    subject: str, body: str, expected: str
) -> None:
    """First person about holding, inviting to or changing the event ('we are organising', 'nous
    avons le plaisir de vous inviter', 'estamos organizando', 'o nosso seminário', 'ننظم', 'we
    regret to inform'): the signature's organisation is the organiser, at confidence 0.6."""
    found = _organizer(body, subject)
    assert (found.value, found.confidence) == (expected, 0.6)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "FYI: roundtable on skills",
            "Hi all,\n\nFYI: there is a roundtable on skills partnerships on 18 November 2026 at "
            "10:00 at the Serena Hotel, Nairobi.\n\nBest regards,\nJohn Kamau\nProgramme Officer\n"
            "Kilima Workers Union\n",
        ),
        (
            "Roundtable on skills",
            "Hi all,\n\nSharing for information: a roundtable on skills partnerships on 18 "
            "November 2026 at 10:00 at the Serena Hotel, Nairobi.\n\nBest regards,\nJohn Kamau\n"
            "Kilima Workers Union\nJoin us on Twitter @kilima\n",
        ),
        (
            "Seminário",
            "Olá,\n\nPara conhecimento: haverá um seminário sobre migração laboral em 18 de "
            "novembro de 2026 às 10h em Lisboa.\n\nAtenciosamente,\nJoão Silva\nAssessor\n"
            "Associação Lusa de Migrantes\n",
        ),
        (
            "ورشة عمل حول الهجرة",
            "الزملاء الأعزاء،\n\nللعلم: هناك ورشة عمل حول هجرة العمالة يوم 18 نوفمبر 2026 الساعة "
            "10:00 في عمّان.\n\nمع خالص التحية،\nسارة أحمد\nمنسقة البرامج\nجمعية جسور الأردن\n",
        ),
    ],
)
def test_a_note_passing_on_an_event_leaves_the_organiser_blank(subject: str, body: str) -> None:
    """'FYI: there is a roundtable ...', 'Para conhecimento', 'للعلم': the sender only passes the
    event on, so the signature's organisation is not taken (a blank beats a wrong organiser)."""
    assert _organizer(body, subject).value is None


# ------------------------------------------------------------------------- 2. heading, location

_PASSED_ON = (
    "Dear colleagues,\n\nPlease note the session on 18 November 2026 at 10:00 at the Serena "
    "Hotel, Nairobi.\n\nBest,\nJohn\n"
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("UNHCR briefing on protection at sea", "UNHCR"),
        ("Fwd: IOM Kenya: Webinar on labour mobility", "IOM Kenya"),
        ("Webinaire de l'OIM sur la migration de travail", "OIM"),
        ("Taller de la OIM sobre reclutamiento justo", "OIM"),
    ],
)
def test_an_acronym_in_the_heading_is_a_low_confidence_fallback(
    subject: str, expected: str
) -> None:
    """With no organiser stated anywhere, an acronym leading the heading or owning its event
    noun ('UNHCR briefing', 'Taller de la OIM') is the organiser at confidence 0.4."""
    found = _organizer(_PASSED_ON, subject)
    assert (found.value, found.confidence) == (expected, 0.4)


@pytest.mark.parametrize(
    "subject",
    [
        "WEBINAR ON LABOUR MIGRATION",
        "COVID briefing for partners",
        "GCM review workshop",
        "UN Migration Week: dialogue on skills",
        "Africa Day celebration",
    ],
)
def test_a_heading_without_an_organisation_gives_none(subject: str) -> None:
    """An ALL-CAPS banner, a topic acronym (COVID, GCM) or an umbrella occasion ('UN Migration
    Week') names no organiser."""
    assert _organizer(_PASSED_ON, subject).value is None


def test_an_office_in_the_calendar_location_is_a_low_confidence_fallback() -> None:
    """An invitation held at 'UNHCR Office, Room 4' that names no organiser: UNHCR, at 0.4; a
    hotel LOCATION names none."""
    body = "Dear all,\n\nBriefing on protection at sea, see the invitation.\n"
    office = _organizer(
        body, "Briefing", _ics("Briefing on protection at sea", "UNHCR Office, Room 4")
    )
    hotel = _organizer(body, "Briefing", _ics("Briefing on protection at sea", "Serena Hotel"))
    assert (office.value, office.confidence, hotel.value) == ("UNHCR", 0.4, None)


def test_a_stated_organiser_beats_the_heading() -> None:
    """'organised by X' in the body wins over the acronym in the heading."""
    body = (
        "Dear all,\n\nThe briefing on protection at sea, organised by the Kilima Diaspora "
        "Network, takes place on 18 November 2026 at 10:00 in Nairobi.\n"
    )
    assert _organizer(body, "UNHCR briefing on protection").value == "Kilima Diaspora Network"


# ------------------------------------------------------------------------------ 4. confidence


def test_confidence_follows_the_source() -> None:
    """'organised by' and a labelled line 0.9 > calendar ORGANIZER 0.85 > an introduction 0.8 >
    a holder's signature 0.6 > a heading's acronym 0.4 > a blank 0.3."""
    by = _organizer(
        "Dear all,\n\nA workshop on remittances, organised by the Kilima Diaspora Network, takes "
        "place on 18 November 2026 at 10:00 in Nairobi.\n"
    )
    label = _organizer(
        "Workshop on remittances\nDate: 18 November 2026, 10:00\nVenue: Nairobi\n"
        "Organiser: Kilima Diaspora Network\n"
    )
    calendar = _organizer(
        "Dear all,\n\nPlease find the invitation attached.\n",
        "Invitation: Workshop on remittances",
        _ics("Workshop on remittances", "Nairobi", "Kilima Diaspora Network"),
    )
    intro = _organizer(
        "Dear all,\n\nThe Kilima Diaspora Network is pleased to invite you to a workshop on "
        "remittances on 18 November 2026 at 10:00 in Nairobi.\n"
    )
    signature = _organizer(
        "Dear all,\n\nWe are organising a workshop on remittances on 18 November 2026 at 10:00 "
        "in Nairobi.\n\nBest regards,\nAmina Otieno\nKilima Diaspora Network\n"
    )
    heading = _organizer(_PASSED_ON, "UNHCR briefing on remittances")
    blank = _organizer(_PASSED_ON, "Briefing on remittances")
    got = [by, label, calendar, intro, signature, heading, blank]
    assert [f.confidence for f in got] == [0.9, 0.9, 0.85, 0.8, 0.6, 0.4, 0.3]
    assert all(f.value == "Kilima Diaspora Network" for f in got[:5])
