"""Gazetteer: a country name that also names its capital is the capital city when a capital or
city word marks it ('تونس العاصمة', 'la ciudad de Túnez'); alone it stays the country. Every
text here is written for this file."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.gazetteer import find_places
from parsers.settings import ExtractSettings


def _cities(text: str) -> list[tuple[str, str]]:
    return [(p.city, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("تعقد الورشة في تونس العاصمة يوم 4 مارس.", "Tunis", "TN"),
        ("تعقد الورشة في العاصمة تونس يوم 4 مارس.", "Tunis", "TN"),
        ("اللقاء بالعاصمة تونس", "Tunis", "TN"),
        ("ينعقد المنتدى في الكويت العاصمة", "Kuwait City", "KW"),
        ("El taller será en la ciudad de Túnez.", "Tunis", "TN"),
        ("Atelier à Djibouti ville, au siège.", "Djibouti", "DJ"),
        ("Forum held in the capital of Djibouti.", "Djibouti", "DJ"),
    ],
)
def test_capital_marked_country_name_is_the_city(text: str, city: str, country: str) -> None:
    """'<country> العاصمة', 'العاصمة <country>', 'ciudad de <country>', '<country> ville' name
    the capital that carries the country's name."""
    assert _cities(text) == [(city, country)]


@pytest.mark.parametrize("text", ["في تونس", "Migration in Tunisia", "Migración en Túnez"])
def test_a_bare_country_name_is_no_city(text: str) -> None:
    """Without a capital or city word, the country name stays the country."""
    assert _cities(text) == []


def test_arabic_invitation_in_tunis_gets_city_and_zone() -> None:
    """An Arabic invitation held 'في تونس العاصمة' gets Tunis and Africa/Tunis."""
    head = (
        "From: Shabaka <info@partner.example>\nTo: net@example.org\nSubject: دعوة\n"
        "Date: Mon, 02 Nov 2026 09:00:00 +0100\nMessage-ID: <tunis-1@partner.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    body = (
        "السادة الشركاء،\n\nيسرنا دعوتكم إلى ورشة عمل حول إدماج المهاجرين، التي ستعقد في تونس "
        "العاصمة يوم الثلاثاء 17 نوفمبر 2026 من الساعة 9:00 إلى الساعة 12:00.\n\nمع التحية\n"
    )
    result = Extractor(ExtractSettings(use_nlp=False)).extract((head + body).encode())
    fields = result.events[0].fields
    assert (fields["city"].value, fields["timezone"].value) == ("Tunis", "Africa/Tunis")
