"""Time ranges as partners write them in fr/es/pt/de/it/en, and end times stated in words."""

from __future__ import annotations

from datetime import time

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.times import find_times


def _hm(value: time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("de 10h00 à 12h30", "10:00", "12:30"),
        ("10 h – 12 h", "10:00", "12:00"),
        ("de 10:00 a 12:30 horas", "10:00", "12:30"),
        ("das 8h às 16h30", "08:00", "16:30"),
        ("10h00-12h00", "10:00", "12:00"),
        ("entre las 10 y las 12 h", "10:00", "12:00"),
        ("15.30–17.00 Uhr", "15:30", "17:00"),
        ("de 10h jusqu'à 12h30", "10:00", "12:30"),
        ("de 10 h 00 jusqu’à 12 h 30", "10:00", "12:30"),
        ("das 8h até às 12h", "08:00", "12:00"),
        ("das 8h até as 12h", "08:00", "12:00"),
        ("von 10 Uhr bis um 12 Uhr", "10:00", "12:00"),
        ("dalle 10 alle 12", "10:00", "12:00"),
        ("desde las 10:00 hasta las 12:30", "10:00", "12:30"),
    ],
)
def test_a_range_gives_both_ends(text: str, start: str, end: str) -> None:
    """A written range yields one mention with its start and its end."""
    found = find_times(text)
    assert [(_hm(t.start), _hm(t.end)) for t in found] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "el lunes, de 10:00 a\n12:30, en la sala",
        "le mardi de 10 h à\n12 h 30 dans la salle",
        "on Friday from 10:00 to\n12:30 at the hall",
    ],
)
def test_a_range_wrapped_after_its_connector_stays_one_range(text: str) -> None:
    """A hard-wrapped line that ends with the range's connector ("a", "à", "to") continues it."""
    found = find_times(text)
    assert [(_hm(t.start), _hm(t.end)) for t in found] == [("10:00", "12:30")]


def test_a_time_then_a_dash_item_on_the_next_line_is_no_range() -> None:
    """A line ending with a time and a next line opening with "- 12:00" are two times."""
    found = find_times("Start: 10:00\n- 12:00 lunch with the speakers")
    assert [(_hm(t.start), _hm(t.end)) for t in found] == [("10:00", None), ("12:00", None)]


@pytest.mark.parametrize(
    ("subject", "body", "start", "end"),
    [
        (
            "Seminar on diaspora bonds",
            "Dear partners,\n\nThe seminar on diaspora bonds opens on 20 November 2025 at "
            "10:00 and runs until 1 p.m. at the Civic Hall, Lusaka.\n\nBest,\nKim\n",
            "10:00",
            "13:00",
        ),
        (
            "Conversatorio sobre remesas",
            "Estimados:\n\nEl conversatorio sobre remesas comenzará el 20 de noviembre de 2025 a "
            "las 9:30 y se extenderá hasta las 12:00 en la Casa de la Cultura, Quito.\n\nSaludos\n",
            "09:30",
            "12:00",
        ),
        (
            "Atelier sur la pêche",
            "Bonjour,\n\nL'atelier sur la pêche artisanale débutera le 20 novembre 2025 à 9 h "
            "et se poursuivra jusqu'à 13 h à la Maison des jeunes, Ziguinchor.\n\nCordialement\n",
            "09:00",
            "13:00",
        ),
        (
            "Atelier sur les semences",
            "Bonjour,\n\nL'atelier sur les semences se tiendra les 20 et 21 novembre 2025 à la "
            "Maison des jeunes, Kolda.\n\nLes travaux débuteront à 9 h 00 le 20 novembre et "
            "prendront fin à 13 h 00 le\n21 novembre.\n\nCordialement\n",
            "09:00",
            "13:00",
        ),
        (
            "Roda de conversa sobre remessas",
            "Olá,\n\nConvidamos para a roda de conversa sobre remessas no dia 20 de novembro de "
            "2025, às 14h, no Centro Cultural, Manaus. O término está previsto às 16h30.\n\n"
            "Abraços\n",
            "14:00",
            "16:30",
        ),
    ],
)
def test_an_end_time_said_in_words_is_the_event_end(
    extractor: Extractor, subject: str, body: str, start: str, end: str
) -> None:
    """ "until 1 p.m.", "hasta las 12:00", "jusqu'à 13 h", "prendront fin à", "o término ... às"
    after the start time give the event's end."""
    raw = plain_mail(subject, body)
    result = extractor.extract(raw)
    assert len(result.events) == 1
    event = result.events[0]
    assert (event.value("start_time"), event.value("end_time")) == (start, end)


def test_lunch_until_a_later_time_is_not_the_end(extractor: Extractor) -> None:
    """A later time for lunch or another side item ("lunch until 14:00") does not end the event."""
    body = (
        "Dear partners,\n\nThe dialogue on seasonal work starts on 20 November 2025 at 9:00 at "
        "the Town Hall, Lusaka; lunch is served until 14:00.\n\nBest,\nKim\n"
    )
    raw = plain_mail("Dialogue on seasonal work", body)
    event = extractor.extract(raw).events[0]
    assert (event.value("start_time"), event.value("end_time")) == ("09:00", None)
