"""A suburb named alone resolves to the nearby, much larger city the mail names elsewhere
(same country, within 30 km); a distant or foreign city, or a city of similar size, does not."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.gazetteer import Place, city_by_name, find_places, metro_city
from parsers.settings import ExtractSettings


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(ExtractSettings(use_nlp=False))


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


def _mail(body: str) -> bytes:
    return (
        "From: Partner <p@example.org>\r\nTo: inbox@example.org\r\n"
        "Subject: Neighbourhood workshop on migrant housing\r\n"
        "Date: Mon, 03 Mar 2025 09:00:00 +0000\r\nMessage-ID: <m1@example.org>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
    ).encode()


def test_event_city_prefers_the_city_the_signature_names(extractor: Extractor) -> None:
    """Only a suburb at the venue, the city in the signature: the event is in the city."""
    body = (
        "Dear all,\r\n\r\nOur workshop is on 12 March 2025, 14:00-16:00, at the Youth Hall, "
        "Brixton.\r\n\r\nBest,\r\nTenants Forum\r\nLondon\r\n"
    )
    event = extractor.extract(_mail(body)).events[0]
    assert event.fields["city"].value == "London"


def test_event_city_stays_the_suburb_alone(extractor: Extractor) -> None:
    """With no larger city named anywhere, the suburb is the city."""
    body = (
        "Dear all,\r\n\r\nOur workshop is on 12 March 2025, 14:00-16:00, at the Youth Hall, "
        "Brixton.\r\n\r\nBest,\r\nTenants Forum\r\n"
    )
    event = extractor.extract(_mail(body)).events[0]
    assert event.fields["city"].value == "Brixton"
