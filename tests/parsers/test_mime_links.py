"""Links wrapped by mail gateways are unwrapped to the real URL, in text and in table cells."""

from __future__ import annotations

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.mime import unwrap_links

_REAL = "https://forms.example.org/inscripcion?id=7"


@pytest.mark.parametrize(
    "wrapped",
    [
        "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fforms.example.org"
        "%2Finscripcion%3Fid%3D7&data=05%7C02%7Cx&sdata=abc&reserved=0",
        "https://www.google.com/url?q=https://forms.example.org/inscripcion?id%3D7&sa=D&ust=1",
        "https://urldefense.com/v3/__https://forms.example.org/inscripcion?id=7__;!!Q1w$",
        "https://urldefense.proofpoint.com/v2/url?u=https-3A__forms.example.org_inscripcion"
        "-3Fid-3D7&d=DwMF&c=x",
    ],
)
def test_gateway_wrappers_are_unwrapped(wrapped: str) -> None:
    """Safelinks, google.com/url?q= and urldefense v2/v3 links become the link they wrap."""
    assert unwrap_links(f"Inscripción: {wrapped}\n") == f"Inscripción: {_REAL}\n"


def test_plain_links_are_left_alone() -> None:
    """A link without a wrapper is not touched."""
    text = "Register: https://example.org/url?q=1 <https://forms.example.org/a>"
    assert unwrap_links(text) == text


@pytest.mark.parametrize(
    "cell",
    [
        "<td>Inscripción</td><td><a href='{url}'>enlace</a></td>",
        "<td><a href='{url}'>Inscrição</a></td>",
        "<td><a href='{url}'>التسجيل</a></td>",
    ],
)
def test_a_wrapped_link_in_a_table_cell_is_the_registration_url(
    extractor: Extractor, cell: str
) -> None:
    """A registration link given only as a cell's href, behind safelinks, is the real form."""
    url = (
        "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fforms.example.org"
        "%2Finscripcion%3Fid%3D7&amp;data=05%7C02&amp;reserved=0"
    )
    body = (
        "<p>Estimados socios: la Red Andina de Movilidad les invita al taller sobre empleo "
        "juvenil el 25 de noviembre de 2025, de 9:00 a 13:00, en el Hotel Sol, Quito.</p>"
        f"<table><tr>{cell.format(url=url)}</tr></table>"
    )
    raw = plain_mail(
        "Taller",
        body,
        sender="Ana <ana@partner.example>",
        content_type="text/html",
        transfer_encoding=None,
    )
    result = extractor.extract(raw)
    assert result.events[0].fields["registration_url"].value == _REAL
