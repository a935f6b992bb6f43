"""Gazetteer: cities named like common words (Porto, Nice, Split) count in a place context."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.gazetteer import find_places


def _cities(text: str) -> list[tuple[str, str]]:
    return [(p.city, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Reunião no Porto, Portugal.", "Porto", "PT"),
        ("O seminário decorre no Porto.", "Porto", "PT"),
        ("Rua das Flores 12, Porto", "Porto", "PT"),
        ("Conférence à Nice, France.", "Nice", "FR"),
        ("Meeting in Split, Croatia.", "Split", "HR"),
        ("Workshop in Mobile, Alabama.", "Mobile", "US"),
        ("Round table in Reading, UK.", "Reading", "GB"),
        ("Forum in Male, Maldives.", "Male", "MV"),
    ],
)
def test_word_like_city_in_a_place_context(text: str, city: str, country: str) -> None:
    """A city named like a common word counts when capitalised in a clear place context."""
    assert _cities(text) == [(city, country)]


@pytest.mark.parametrize(
    "text",
    [
        "Nice to meet you all.",
        "Split the cost between partners.",
        "Mobile money for remittances.",
        "Reading list attached.",
        "Male and female participants.",
        "No Porto de pesca, a carga chega amanhã.",
        "o porto de pesca",
    ],
)
def test_word_like_city_as_a_word(text: str) -> None:
    """The same words as ordinary words, or 'Porto de X' (a port), are no city."""
    assert _cities(text) == []


def test_event_in_porto_gets_city_and_zone(extractor: Extractor) -> None:
    """A Portuguese mail held 'no Porto' gets Porto and Europe/Lisbon."""
    body = (
        "Caros colegas,\n\nO seminário sobre migração laboral decorre no dia 20 de novembro "
        "de 2025, às 10:00, no Porto.\n"
    )
    head = (
        "From: Ana Ruiz <ana@partner.example>\nTo: net@example.org\nSubject: Convite\n"
        "Date: Mon, 03 Nov 2025 09:00:00 +0000\nMessage-ID: <porto-1@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    result = extractor.extract((head + body).encode())
    assert result.events
    fields = result.events[0].fields
    assert (fields["city"].value, fields["timezone"].value) == ("Porto", "Europe/Lisbon")
