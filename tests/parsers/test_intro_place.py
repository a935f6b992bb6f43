"""Events of a multi-event mail share the city its introduction names for all of them, unless
an event names its own; an office city in the introduction is not the events' place."""

from __future__ import annotations

import pytest
from mailkit import PARTNER, events, plain_mail

from parsers.extract import Extractor
from parsers.types import ExtractedEvent


def _events(extractor: Extractor, subject: str, body: str) -> tuple[ExtractedEvent, ...]:
    return events(extractor, plain_mail(subject, body, sender=PARTNER))


_EN = (
    "Dear partners,\n\nDuring the week, the Network and its partners will hold three dialogues "
    "in Dhaka.\n\n"
    "1. Dialogue on Ethical Recruitment\n   Tuesday 9 December 2025, 10:00-12:00, Hotel Sarina\n\n"
    "2. Dialogue on Skills Partnerships\n   Wednesday 10 December 2025, 14:00-16:00, "
    "BRAC Centre Inn\n\n"
    "3. Dialogue on Returnee Reintegration\n   Thursday 11 December 2025, 10:00-13:00, "
    "Hotel Sarina\n\nBest regards,\nRumana\n"
)
_ES = (
    "Estimadas y estimados:\n\nLa Mesa de Movilidad Humana organizará dos actividades en la "
    "Ciudad de Guatemala.\n\n"
    "1. Taller sobre Protección Consular\n   Lunes 8 de diciembre de 2025, de 9:00 a 12:00, "
    "Hotel Westin Camino Real\n\n"
    "2. Foro sobre Niñez Migrante\n   Martes 9 de diciembre de 2025, de 14:00 a 17:00, "
    "Universidad Rafael Landívar\n\nSaludos,\nLucía\n"
)
_PT = (
    "Caros parceiros,\n\nA rede realizará duas atividades em Maputo:\n\n"
    "1. Oficina sobre Migração Laboral\n   3 de dezembro de 2025, das 9h às 12h, "
    "Hotel Polana\n\n"
    "2. Diálogo com a Diáspora\n   5 de dezembro de 2025, das 14h às 17h, Centro Cultural\n\n"
    "Atenciosamente,\nJoão\n"
)


@pytest.mark.parametrize(
    ("subject", "body", "city", "zone"),
    [
        ("Three dialogues", _EN, "Dhaka", "Asia/Dhaka"),
        ("Actividades", _ES, "Guatemala City", "America/Guatemala"),
        ("Atividades da rede", _PT, "Maputo", "Africa/Maputo"),
    ],
)
def test_every_event_takes_the_city_of_the_introduction(
    extractor: Extractor, subject: str, body: str, city: str, zone: str
) -> None:
    """Each event of the programme gets the introduction's city, country and zone."""
    events = _events(extractor, subject, body)
    assert len(events) >= 2
    assert {e.value("city") for e in events} == {city}
    assert {e.value("timezone") for e in events} == {zone}


_OWN_CITY = (
    "Dear partners,\n\nOur office in Nairobi is pleased to share two events.\n\n"
    "1. Workshop on Climate Mobility\n   Tuesday 9 December 2025, 10:00-12:00, "
    "Golf Course Hotel\n\n"
    "2. Seminar on Pastoralist Mobility\n   Thursday 11 December 2025, 14:00-16:00, "
    "Palace Hotel\n\nBest regards,\nAmina\n"
)


def test_an_office_city_in_the_introduction_is_not_shared(extractor: Extractor) -> None:
    """The sender's office city in the introduction is not where the events are held."""
    events = _events(extractor, "Two events", _OWN_CITY)
    assert [e.value("city") for e in events] == [None, None]
