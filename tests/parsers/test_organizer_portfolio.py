"""Organisers whose names enumerate a portfolio after a comma (ministries) are read whole."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.settings import ExtractSettings

_HEAD = (
    "From: Ana Ruiz <ana@partner.example>\nTo: net@example.org\nSubject: Invitation\n"
    "Date: Mon, 03 Nov 2025 09:00:00 +0000\nMessage-ID: <{mid}@example.org>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
)
_EXTRACTOR = Extractor(ExtractSettings(use_nlp=False))


def _organizer(body: str) -> str | None:
    result = _EXTRACTOR.extract((_HEAD.format(mid=abs(hash(body))) + body).encode())
    assert result.events, "the test mail must be read as an event"
    value = result.events[0].fields["organizer"].value
    return None if value is None else str(value)


_FR_MINISTRY = "Ministère de la Jeunesse, de l'Emploi et de la Formation"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bonjour,\n\nOrganisé par le Ministère de la Jeunesse, de l'Emploi et de la "
            "Formation et la Coalition Route du Fleuve, un atelier sur la mobilité des jeunes "
            "aura lieu le 18 novembre 2025 à 9h30 à Bamako.\n",
            f"{_FR_MINISTRY} et la Coalition Route du Fleuve",
        ),
        (
            "Bonjour,\n\nUn atelier sur la mobilité des jeunes aura lieu le 18 novembre 2025 à "
            "9h30 à Bamako, organisé par le Ministère de la Jeunesse, de l'Emploi et de la "
            "Formation.\n",
            _FR_MINISTRY,
        ),
        (
            "Hola,\n\nLa mesa técnica sobre movilidad laboral, organizada por el Ministerio de "
            "Producción, Comercio y Turismo, se realizará el 18 de noviembre de 2025 a las "
            "9:30 en Quito.\n",
            "Ministerio de Producción, Comercio y Turismo",
        ),
    ],
)
def test_inline_portfolio_after_comma(body: str, expected: str) -> None:
    """'organisé par le Ministère de X, de Y et de Z' is not cut at the comma."""
    assert _organizer(body) == expected


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        (f"Awa Traoré\n{_FR_MINISTRY}\nBamako, Mali\n", _FR_MINISTRY),
        (
            "João Mabunda\nMinistério da Agricultura, Pescas e Desenvolvimento Rural\nMaputo\n",
            "Ministério da Agricultura, Pescas e Desenvolvimento Rural",
        ),
        (
            "Abebe Tadesse\nMinistry of Youth, Sports and Culture\nAddis Ababa\n",
            "Ministry of Youth, Sports and Culture",
        ),
    ],
)
def test_closing_line_portfolio_after_comma(signature: str, expected: str) -> None:
    """A closing-block line naming a ministry with an enumerated portfolio stays one name."""
    body = (
        "Dear colleagues,\n\nOur workshop on youth mobility takes place on 18 November 2025 at "
        f"9:30.\n\nBest regards,\n\n{signature}"
    )
    assert _organizer(body) == expected


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("Abebe Tadesse\nMinistry of Interior, Addis Ababa\n", "Ministry of Interior"),
        (
            "Abebe Tadesse\nProgramme Officer, Horn Mobility Network\nAddis Ababa\n",
            "Horn Mobility Network",
        ),
    ],
)
def test_closing_line_comma_still_separates(signature: str, expected: str) -> None:
    """A city or a role after the comma is no portfolio item: the line is still split there."""
    body = (
        "Dear colleagues,\n\nOur workshop on youth mobility takes place on 18 November 2025 at "
        f"9:30.\n\nBest regards,\n\n{signature}"
    )
    assert _organizer(body) == expected
