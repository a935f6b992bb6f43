"""A plain mail listing events as a name line followed by labelled lines ("Date :", "Lieu :",
"Fecha:", "Venue:") gives one event per name line; a single such block stays one event."""

from __future__ import annotations

from mailkit import PARTNER, events, plain_mail

from parsers.extract import Extractor
from parsers.sections import heading_sections


def _titles_dates(extractor: Extractor, subject: str, body: str) -> list[tuple[str, str]]:
    found = events(extractor, plain_mail(subject, body, sender=PARTNER))
    return [(e.value("title"), e.value("start_date").isoformat()) for e in found]


_FR_TWO = (
    "Bonjour,\n\nVoici nos prochaines activités :\n\n"
    "Atelier sur le recrutement équitable\nDate : 12 novembre 2025\nHeure : 09h00 - 12h00\n"
    "Lieu : Hôtel Azalaï, Bamako\n\n"
    "Dialogue avec les associations de migrants\nDate : 14 novembre 2025\n"
    "Heure : 15h00 - 17h30\nLieu : Maison des jeunes, Kayes\n\nCordialement\n"
)
_ES_THREE = (
    "Estimados:\n\nCompartimos la agenda del mes:\n\n"
    "Taller sobre trata de personas\nFecha: 12 de noviembre de 2025\nLugar: Hotel Barceló, "
    "San José\n\nConversatorio sobre refugio y asilo\nFecha: 14 de noviembre de 2025\n"
    "Lugar: Universidad de Costa Rica, San José\n\n"
    "Festival de culturas migrantes\nFecha: 16 de noviembre de 2025\nLugar: Parque Central, "
    "Heredia\n\nSaludos\n"
)
_EN_TWO = (
    "Dear partners,\n\nPlease note two events:\n\n"
    "Training on Migration Data\nDate: 12 November 2025\nTime: 10:00-13:00\n"
    "Venue: UN House, Accra\n\nPhotography Exhibition on Return\nDate: 19 November 2025\n"
    "Venue: National Museum, Accra\n\nBest regards\n"
)


def test_two_french_blocks_are_two_events(extractor: Extractor) -> None:
    """Two 'name / Date : / Heure : / Lieu :' blocks give two events with their own names."""
    assert _titles_dates(extractor, "Nos activités", _FR_TWO) == [
        ("Atelier sur le recrutement équitable", "2025-11-12"),
        ("Dialogue avec les associations de migrants", "2025-11-14"),
    ]


def test_three_spanish_blocks_are_three_events(extractor: Extractor) -> None:
    """Three 'name / Fecha: / Lugar:' blocks give three events."""
    assert _titles_dates(extractor, "Agenda de noviembre", _ES_THREE) == [
        ("Taller sobre trata de personas", "2025-11-12"),
        ("Conversatorio sobre refugio y asilo", "2025-11-14"),
        ("Festival de culturas migrantes", "2025-11-16"),
    ]


def test_two_english_blocks_are_two_events(extractor: Extractor) -> None:
    """Two 'name / Date: / Venue:' blocks give two events."""
    assert [t for t, _ in _titles_dates(extractor, "Two events", _EN_TWO)] == [
        "Training on Migration Data",
        "Photography Exhibition on Return",
    ]


def test_one_block_stays_one_event(extractor: Extractor) -> None:
    """A single name line with its labelled lines is one event, not split."""
    body = (
        "Dear all,\n\nWorkshop on Return and Reintegration\nDate: 12 November 2025\n"
        "Time: 09:00-12:00\nVenue: Serena Hotel, Kampala\n\nBest regards\n"
    )
    assert _titles_dates(extractor, "Workshop on return", body) == [
        ("Workshop on Return and Reintegration", "2025-11-12")
    ]


def test_a_name_line_needs_a_date_label_below() -> None:
    """A line above labelled lines without a date ('Contact:', 'Email:') opens no section."""
    text = "Focal point\nContact: Ana Ruiz\nLocation: Room 4\n"
    assert heading_sections(text) == []
