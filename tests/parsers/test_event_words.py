"""More kinds of gatherings and invitation verbs make a dated mail an event notification."""

from __future__ import annotations

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Veillée des familles",
            "Bonjour,\n\nUne veillée de chants des familles arrivées cette année, le jeudi "
            "20 novembre 2025 à 19 h, salle paroissiale de Sherbrooke.\n",
        ),
        (
            "Plano municipal",
            "Prezados,\n\nA prefeitura convida para a consulta sobre o plano municipal em 26 de "
            "novembro de 2025, das 14h às 17h, na Câmara Municipal de Curitiba.\n",
        ),
        (
            "Saturday in the park",
            "Hello all,\n\nA community football tournament for newcomer youth on Saturday "
            "22 November 2025, 10:00-16:00, Victoria Park, Leicester.\n",
        ),
        (
            "Termin",
            "Liebe Alle,\n\nwir laden Sie herzlich zum Austausch mit Ehrenamtlichen am "
            "20. November 2025 um 18 Uhr im Bürgerhaus Kassel.\n",
        ),
    ],
)
def test_gatherings_and_invitations_are_events(
    extractor: Extractor, subject: str, body: str
) -> None:
    """A vigil/veillée, a consultation, a tournament or 'laden Sie ... zum Austausch' with a
    date ahead is an event notification."""
    assert extractor.extract(plain_mail(subject, body)).is_event_notification


def test_month_named_march_is_no_event_word(extractor: Extractor) -> None:
    """'March' as a month never counts as a 'march' (demonstration) event word."""
    body = "Hi,\n\nThe office move happens on 12 March 2026 at 10:00.\n\nSam\n"
    assert not extractor.extract(plain_mail("Office move", body)).is_event_notification


def test_ou_label_picks_the_city_on_its_line(extractor: Extractor) -> None:
    """An 'Où :' line is a venue line: its last city wins over a city-named building on it."""
    body = (
        "Bonjour,\n\nSoirée de contes du monde.\n\nQuand : le 20 novembre 2025 à 19 h 30\n"
        "Où : Salle Lausanne, 12, rue des Érables, Sherbrooke\n"
    )
    event = extractor.extract(plain_mail("Soirée de contes", body)).events[0]
    assert (event.fields["city"].value, event.fields["country"].value) == ("Sherbrooke", "CA")
