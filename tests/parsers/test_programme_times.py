"""An event's hours from its programme: the opening of the first day, the close of the last; a
session's range on a programme line is not the event's hours, stated hours still win."""

from __future__ import annotations

from mailkit import only_event, plain_mail

from parsers.extract import Extractor
from parsers.types import ExtractedEvent


def _one(extractor: Extractor, subject: str, body: str) -> ExtractedEvent:
    return only_event(extractor, plain_mail(subject, body))


_LEAD = (
    "Dear colleagues,\n\nPlease find below the programme, in Spanish, of the regional forum on "
    "labour migration that our network co-organises in Trujillo next month.\n\nBest,\nLucía\n\n"
    "------------------------------------------------------------\n"
    "FORO REGIONAL SOBRE MIGRACIÓN LABORAL Y CADENAS AGRÍCOLAS\n"
    "Trujillo, Perú – del 9 al 11 de diciembre de 2025\n"
    "Lugar: Auditorio de la Cámara de Comercio de La Libertad\n"
    "------------------------------------------------------------\n\n"
)
_DAYS = (
    "Martes 9 de diciembre\n08:30  Registro de participantes\n09:00  Apertura\n"
    "10:00  Panel 1: marcos normativos\n14:00  Grupos de trabajo\n\n"
    "Miércoles 10 de diciembre\n09:00  Panel 2: contratación equitativa\n"
    "14:00  Visita de campo\n\n"
    "Jueves 11 de diciembre\n09:00  Conclusiones de los grupos\n11:00  Hoja de ruta\n"
    "15:30 – 16:30  Clausura\n"
)


def test_a_multi_day_programme_opens_with_its_first_item_not_a_later_session_range(
    extractor: Extractor,
) -> None:
    """Start = the first day's opening (after registration), end = the last day's close; the
    closing session's range is not the event's hours."""
    event = _one(extractor, "Programme: regional forum on labour migration", _LEAD + _DAYS)
    assert (event.value("start_time"), event.value("end_time")) == ("09:00", "16:30")


def test_a_one_day_programme_with_a_ranged_item_later(extractor: Extractor) -> None:
    """A one-day programme whose only range is its third item starts at its first item."""
    body = (
        "Dear partners,\n\nYou are invited to the Dialogue on Seasonal Workers' Housing on "
        "Thursday 20 November 2025 at the Town Hall, Lusaka.\n\nProgramme\n"
        "09:30  Welcome\n10:00  Panel on housing standards\n"
        "11:30 – 12:45  Working groups\n\nBest,\nKim\n"
    )
    event = _one(extractor, "Dialogue on Seasonal Workers' Housing", body)
    assert (event.value("start_time"), event.value("end_time")) == ("09:30", "12:45")


def test_stated_event_hours_win_over_the_programme(extractor: Extractor) -> None:
    """ "from 10:00 to 16:00" said for the event beats the programme's lines."""
    body = (
        "Dear partners,\n\nYou are invited to the Dialogue on Seasonal Workers' Housing on "
        "Thursday 20 November 2025, from 10:00 to 16:00, at the Town Hall, Lusaka.\n\n"
        "Programme\n09:30  Welcome coffee\n10:00  Panel on housing standards\n"
        "14:00 – 15:00  Working groups\n\nBest,\nKim\n"
    )
    event = _one(extractor, "Dialogue on Seasonal Workers' Housing", body)
    assert (event.value("start_time"), event.value("end_time")) == ("10:00", "16:00")
