"""A bulleted programme of one event's days stays one event; bulleted events of their own, with
no range before them that covers their days, stay separate events."""

from __future__ import annotations

from datetime import date

from mailkit import DATE_2026, events, only_event, plain_mail

from parsers.extract import Extractor

_PROGRAMME = """Caros parceiros,

O Fórum Lusófono sobre Mobilidade Laboral realiza-se nos dias 16 e 17 de novembro de 2026,
no Centro de Congressos de Maputo, Moçambique.

Programa resumido:
- 16 de novembro, 9h00: abertura e painel sobre recrutamento justo
- 17 de novembro, até às 12h30: conclusões e encerramento

Com os melhores cumprimentos,
Secretariado do Fórum
"""


def test_a_bulleted_programme_within_the_announced_range_is_one_event(
    extractor: Extractor,
) -> None:
    """Two bullets, one per day of the two days the introduction announces: one event from the
    first day's opening to the last day's close, not two events."""
    event = only_event(extractor, plain_mail("Fórum Lusófono", _PROGRAMME, date=DATE_2026))
    assert (event.value("start_date"), event.value("end_date"), event.value("city")) == (
        date(2026, 11, 16),
        date(2026, 11, 17),
        "Maputo",
    )


_TWO_EVENTS = """Dear partners,

Please list our two events in the calendar:

- Monday 16 November 2026: Launch of the Diaspora Skills Report, 10:00-11:30, Hotel Africa, Tunis
- Tuesday 17 November 2026: Workshop on Consular Protection, 14:00-17:00, Dar Lasram, Tunis

Best regards,
Diaspora Unit
"""


def test_bulleted_events_without_a_covering_range_stay_separate(extractor: Extractor) -> None:
    """Two bullets on consecutive days, each its own event with its own venue, and no range
    before them: two events."""
    found = events(extractor, plain_mail("Two events", _TWO_EVENTS, date=DATE_2026))
    assert [e.value("start_date") for e in found] == [date(2026, 11, 16), date(2026, 11, 17)]
