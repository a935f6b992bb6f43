"""Multi-day events end at the LAST day's close, whether the days are named by date, weekday or
a "Day 2:" / "Jour 2 :" / "Día 2:" / "Dia 2:" label; a label's number is never read as an hour."""

from __future__ import annotations

from datetime import time

import pytest
from mailkit import PARTNER, only_event, plain_mail

from parsers.extract import Extractor
from parsers.temporal import find_times
from parsers.types import ExtractedEvent


def _one(extractor: Extractor, subject: str, body: str) -> ExtractedEvent:
    return only_event(extractor, plain_mail(subject, body, sender=PARTNER))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Day 1: 09:00–17:00", time(9, 0)),
        ("Jour 2 : 9h00 - 12h00", time(9, 0)),
        ("Día 1: 9:00 a 17:00", time(9, 0)),
        ("Dia 2: 13:00 encerramento", time(13, 0)),
        ("Session 3: 14:30 Closing", time(14, 30)),
    ],
)
def test_day_label_number_is_not_an_hour(text: str, start: time) -> None:
    """ "Day 1: 09:00" is 09:00, never 01:09."""
    found = find_times(text)
    assert found, text
    assert found[0].start == start


def test_a_session_time_after_a_label_word_still_counts() -> None:
    """ "Session 14:00-15:00" keeps its time: only a label's number before "N:" is blanked."""
    found = find_times("Session 14:00-15:00, Room 2")
    assert (found[0].start, found[0].end) == (time(14, 0), time(15, 0))


_CASES = [
    ("Regional Workshop",
     "Dear partners,\n\nWe invite you to the Regional Workshop on Labour Mobility, 9-10 December "
     "2025, at the Serena Hotel, Kampala.\n\nDay 1: 09:00–17:00 – opening and panels\n"
     "Day 2: 09:00–13:00 – working groups and closing\n\nBest,\nAmina\n", "09:00", "13:00"),
    ("Taller regional",
     "Estimados:\n\nLes invitamos al Taller Regional sobre Movilidad Laboral, del 9 al 10 de "
     "diciembre de 2025, en el Hotel Real, Tegucigalpa.\n\nDía 1: 9:00 a 17:00\n"
     "Día 2: 9:00 a 12:30\n\nSaludos\n", "09:00", "12:30"),
    ("Oficina regional",
     "Caros parceiros,\n\nConvidamos para a Oficina Regional sobre Mobilidade Laboral, de 9 a 10 "
     "de dezembro de 2025, no Hotel Polana, Maputo.\n\nDia 1: 09:00\nDia 2: 13:00 encerramento"
     "\n\nAtenciosamente\n", "09:00", "13:00"),
    ("Atelier",
     "Bonjour,\n\nAtelier sur la migration, du 9 au 11 décembre 2025 à Dakar, Hôtel Terrou-Bi.\n\n"
     "Jour 1 : 9h00 - 17h00\nJour 2 : 9h00 - 17h00\nJour 3 : 9h00 - 12h00\n\nCordialement\n",
     "09:00", "12:00"),
    ("Atelier régional",
     "Bonjour,\n\nL'Atelier régional sur la migration de travail se tiendra du 3 au 5 décembre "
     "2025, de 9h à 17h, à l'Hôtel Terrou-Bi, Dakar.\n\nCordialement\n", "09:00", "17:00"),
    ("Forum",
     "Dear all,\n\nThe Forum on Labour Migration runs 9-10 December 2025 at the Serena Hotel, "
     "Kampala, 09:00-17:00 daily; on the last day it closes at 13:00.\n\nBest\n", "09:00", "13:00"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body", "start", "end"), _CASES)
def test_multi_day_event_ends_at_the_last_days_close(
    extractor: Extractor, subject: str, body: str, start: str, end: str
) -> None:
    """start_time is the first day's opening, end_time the last day's close."""
    event = _one(extractor, subject, body)
    assert (event.value("start_time"), event.value("end_time")) == (start, end)
