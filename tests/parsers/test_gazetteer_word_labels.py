"""Gazetteer: common words of the newly supported languages that are also city names (the
'Тема:'/'Tema:' label, Indonesian 'Acara', 'Kami', 'Kota', Swahili 'Leo', 'Chuo') are no city as
words, yet the cities count in a clear place context. Every text here is written for this file."""

from __future__ import annotations

import pytest

from parsers.gazetteer import find_places


def _cities(text: str) -> list[tuple[str, str]]:
    return [(p.city, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Тема: трудова міграція",
        "Tema: migración laboral y derechos",
        "Acara ini terbuka untuk umum.",
        "Kami mengundang Bapak/Ibu untuk hadir.",
        "Kita akan membahas perlindungan pekerja.",
        "Anda dapat mendaftar melalui tautan ini.",
        "Jam 09.00 sampai selesai",
        "Mari bergabung bersama kami!",
        "Salam hormat,\nBudi",
        "Leo tunawaalika kwenye mkutano.",
        "Wote mnakaribishwa.",
        "Göre bu karar, toplantı ertelendi.",
    ],
)
def test_common_words_are_no_city(text: str) -> None:
    """A label, pronoun or sentence-opening common word that GeoNames also has as a town gives
    no city."""
    assert _cities(text) == []


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Workshop in Tema, Ghana.", "Tema", "GH"),
        ("Atelier à Tema, Ghana.", "Tema", "GH"),
        ("Training in Kota, Rajasthan.", "Kota", "IN"),
        ("Reunião no Porto, Portugal.", "Porto", "PT"),
        ("Meeting in Sana, Yemen.", "Sanaa", "YE"),
    ],
)
def test_the_same_names_in_a_place_context_are_cities(text: str, city: str, country: str) -> None:
    """Written capitalised with a country or region after a comma, the city counts."""
    assert _cities(text) == [(city, country)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Chuo Kikuu cha Nairobi", "Nairobi"),
        ("di Kota Bandung", "Bandung"),
        ("Kota: Surabaya", "Surabaya"),
        ("Kota Kinabalu, Sabah", "Kota Kinabalu"),
    ],
)
def test_a_word_before_a_city_leaves_the_city(text: str, city: str) -> None:
    """'Chuo' (college) and 'Kota' (city) before a city name are no city themselves; 'Kota
    Kinabalu' stays one name."""
    assert [c for c, _ in _cities(text)] == [city]
