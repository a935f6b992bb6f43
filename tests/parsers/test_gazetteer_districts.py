"""A district written beside its city (comma, dash, slash, parentheses) never wins over the city."""

from __future__ import annotations

import pytest

from parsers.gazetteer import find_places


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Centro Cultural, Miraflores – Lima", "Lima"),
        ("Sala 4, Miraflores - Lima, Perú", "Lima"),
        ("Kültür Merkezi, Kadıköy/İstanbul", "Istanbul"),
        ("en el auditorio municipal de Lima (Miraflores)", "Lima"),
        ("Community Hall, Kensington, London", "London"),
        ("Hall communautaire, Brixton, London", "London"),
    ],
)
def test_district_beside_its_city_yields_to_the_city(text: str, city: str) -> None:
    """The smaller place written next to a larger city of its country is read as a district."""
    assert [p.city for p in find_places(text)] == [city]


def test_a_list_of_cities_keeps_every_city() -> None:
    """Cities joined by a comma and "and" stay cities: only a larger city after one demotes it."""
    cities = [p.city for p in find_places("Workshops in Lima, Cusco and Arequipa")]
    assert cities == ["Lima", "Cusco", "Arequipa"]


def test_cities_of_different_countries_are_both_kept() -> None:
    """ "Paris, London" names two cities: no namesake of Paris lies in Britain."""
    assert [p.city for p in find_places("Offices in Paris, London")] == ["Paris", "London"]
