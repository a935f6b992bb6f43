"""Organiser: the body's named organisers beat a calendar ORGANIZER or a signature office; a
labelled venue line, a venue, a clause or a place phrase is never the organiser. Every mail
here is written for this file."""

from __future__ import annotations

import pytest
from mailkit import mail_with_calendar

from parsers.extract import Extractor
from parsers.organizer import clean_org, is_clause, is_organisation


def _ics(organizer: str, summary: str, location: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:org-first@example.org\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;TZID=Africa/Nairobi:20261118T100000\r\n"
        "DTEND;TZID=Africa/Nairobi:20261118T120000\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        f'ORGANIZER;CN="{organizer}":mailto:desk@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    )


def _fields(
    extractor: Extractor, body: str, subject: str = "Invitation", ics: str = ""
) -> dict[str, object]:
    result = extractor.extract(mail_with_calendar(subject, body, ics))
    assert result.events, "the test mail must be read as an event"
    return {name: fv.value for name, fv in result.events[0].fields.items()}


def test_hosted_by_in_the_body_beats_the_calendar_organizer(extractor: Extractor) -> None:
    """An invitation whose ORGANIZER CN is the sender's secretariat: the host the body names
    ('hosted by X in partnership with Y') is the organiser."""
    body = (
        "Dear partners,\n\nYou are invited to a regional dialogue on fair recruitment of "
        "domestic workers, hosted by the Lakeside Labour Mobility Forum in partnership with the "
        "Kilima Workers Union.\n\nBest regards,\nNetwork Secretariat\n"
    )
    ics = _ics("Regional Network Secretariat", "Dialogue on fair recruitment", "Nairobi")
    got = _fields(extractor, body, "Invitation: Dialogue on fair recruitment", ics)
    assert got["organizer"] == "Lakeside Labour Mobility Forum and the Kilima Workers Union"


def test_calendar_organizer_is_the_fallback_and_needs_an_entity(extractor: Extractor) -> None:
    """With no organiser in the body the calendar CN is used when it names an entity; a first
    name ('Ann') is no organiser."""
    body = "Dear colleagues,\n\nPlease find the invitation attached.\n\nBest,\nAnn\n"
    subject = "Invitation: Expert meeting on remittances"
    hub = _fields(
        extractor, body, subject, _ics("Remittances Policy Hub", "Expert meeting", "Nairobi")
    )
    assert hub["organizer"] == "Remittances Policy Hub"
    ann = _fields(extractor, body, subject, _ics("Ann", "Expert meeting on remittances", "Nairobi"))
    assert ann["organizer"] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dear colleagues,\n\nThe consultation on return and reintegration, convened by the "
            "Coastal Migrant Associations Platform, will take place on 18 November 2026 from "
            "10:00 to 12:00 in Mombasa.\n\nKind regards,\n\nJane Wanjiru\nProgramme Officer\n"
            "Regional Coordination Secretariat\n",
            "Coastal Migrant Associations Platform",
        ),
        (
            "Chers partenaires,\n\nLe séminaire « Climat et mobilité », organisé conjointement "
            "par l'Observatoire des migrations du fleuve et le Collectif des jeunes du delta, "
            "aura lieu le 18 novembre 2026 de 9h à 13h à Niamey.\n\nCordialement,\n"
            "Secrétariat du Réseau\n",
            "Observatoire des migrations du fleuve et le Collectif des jeunes du delta",
        ),
        (
            "Estimados socios:\n\nEl conversatorio sobre movilidad en la frontera, convocado "
            "por la Red Fronteriza de Acogida, se realizará el 18 de noviembre de 2026 de 10:00 "
            "a 12:00 en Tapachula.\n\nSaludos cordiales,\nSecretaría Técnica\n",
            "Red Fronteriza de Acogida",
        ),
        (
            "Prezados parceiros,\n\nO seminário sobre acolhimento, promovido pelo Fórum "
            "Municipal de Migrantes, terá lugar no dia 18 de novembro de 2026, das 9h às 12h, "
            "em Belo Horizonte.\n\nAtenciosamente,\nSecretaria Executiva da Rede\n",
            "Fórum Municipal de Migrantes",
        ),
        (
            "الزملاء الأعزاء،\n\nندعوكم لحضور ورشة عمل حول حماية العمال المهاجرين، تنظمه "
            "جمعية التضامن مع المهاجرين، وذلك يوم 18 نوفمبر 2026 من الساعة 10:00 إلى 12:00 "
            "في عمّان.\n\nمع أطيب التحيات،\nأمانة الشبكة\n",
            "جمعية التضامن مع المهاجرين",
        ),
    ],
)
def test_body_named_convener_beats_the_signature_office(
    extractor: Extractor, body: str, expected: str
) -> None:
    """'convened by', 'organisé conjointement par', 'convocado por', 'promovido pelo', 'تنظمه':
    the named body is the organiser, cut before the clause that follows it, not the
    secretariat signing the mail."""
    assert _fields(extractor, body)["organizer"] == expected


@pytest.mark.parametrize(
    "venue_line",
    [
        "Lugar: Centro Cultural Las Palmas, Avenida Bolívar 45, Quito",
        "Local: Auditório da Biblioteca Municipal, Rua Direita 10, Lisboa",
        "Venue: Kenyatta International Convention Centre, Nairobi",
    ],
)
def test_a_labelled_venue_line_is_not_the_organiser(extractor: Extractor, venue_line: str) -> None:
    """The last lines of a mail with no sign-off hold the venue line: 'Lugar: Centro X' is
    where, not who."""
    body = (
        "Dear colleagues,\n\nYou are invited to the workshop on migrant health.\n\n"
        f"Date: 18 November 2026, 10:00-12:00\n{venue_line}\n"
    )
    assert _fields(extractor, body)["organizer"] is None


def test_a_hotel_or_conference_centre_signing_is_not_the_organiser(extractor: Extractor) -> None:
    """A closing line naming a conference centre (the venue) gives no organiser."""
    body = (
        "Dear colleagues,\n\nThe training on migrant data will take place at the Riverside "
        "Conference Centre, Kisumu on 18 November 2026, 10:00-12:00.\n\nBest,\nAnne Otieno\n"
        "Riverside Conference Centre\n"
    )
    assert _fields(extractor, body)["organizer"] is None


def test_a_sentence_in_the_closing_lines_is_not_the_organiser(extractor: Extractor) -> None:
    """'The meeting will take place at the Council Chamber of X City Hall' is a clause."""
    body = (
        "Dear all,\n\nJoin us on 18 November 2026, 10:00-12:00, for the launch.\n\n"
        "The meeting will take place at the Council Chamber of Cape Town City Hall, "
        "12 Darling Street.\n"
    )
    assert _fields(extractor, body)["organizer"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Coastal Migrant Associations Platform, will take place",
        "Red Fronteriza de Acogida, se realizará",
        "Hosted at the Riverside Conference Centre",
        "يسعدنا دعوتكم إلى ندوة حول الهجرة",
        "Meeting on 18 November at 10:00",
    ],
)
def test_clauses_and_place_phrases_are_not_organisations(text: str) -> None:
    """A candidate with a finite verb, a time or a locative head is a clause, not a name."""
    assert is_clause(text)
    assert not is_organisation(text)


def test_relative_clause_is_cut_but_an_acronym_who_stays() -> None:
    """', who are co-organising it' goes; the acronym WHO is part of the name."""
    assert clean_org("the Harbour Workers Centre and IOM Kenya, who are co-organising it") == (
        "Harbour Workers Centre and IOM Kenya"
    )
    assert clean_org("the WHO Country Office in Kenya and IOM Kenya") == (
        "WHO Country Office in Kenya and IOM Kenya"
    )
