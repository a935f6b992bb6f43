"""A suburb named alone resolves to the nearby, much larger city the mail names elsewhere
(same country, within 30 km); a distant or foreign city, or a city of similar size, does not."""

from __future__ import annotations

from parsers.gazetteer import Place, city_by_name, find_places, metro_city


def _place(name: str, country: str) -> Place:
    place = city_by_name(name, country)
    assert place is not None
    return place


def test_suburb_goes_to_its_city() -> None:
    """Papatoetoe lies in Auckland, Brixton in London."""
    found = metro_city(_place("Papatoetoe", "NZ"), [_place("Auckland", "NZ")])
    assert found is not None and found.city == "Auckland"
    found = metro_city(_place("Brixton", "GB"), find_places("Best wishes, Network, London"))
    assert found is not None and found.city == "London"


def test_far_foreign_or_similar_city_is_kept_apart() -> None:
    """A city 100+ km away, in another country, or not ten times larger does not absorb it."""
    assert metro_city(_place("Papatoetoe", "NZ"), [_place("Wellington", "NZ")]) is None
    assert metro_city(_place("Brixton", "GB"), [_place("Paris", "FR")]) is None
    assert metro_city(_place("Petaling Jaya", "MY"), [_place("Shah Alam", "MY")]) is None
    assert metro_city(_place("Auckland", "NZ"), [_place("Papatoetoe", "NZ")]) is None
