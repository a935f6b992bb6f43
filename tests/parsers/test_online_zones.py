"""Time zone of online events: a named city decides; an abbreviation takes the organiser's city."""

from __future__ import annotations

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.types import ExtractedEvent


def _event(extractor: Extractor, body: str) -> ExtractedEvent:
    raw = plain_mail("Online session", body)
    result = extractor.extract(raw)
    assert len(result.events) == 1
    return result.events[0]


@pytest.mark.parametrize(
    ("body", "zone"),
    [
        (
            "Dear colleagues,\n\nWebinar on skills partnerships, 27 November 2025, "
            "13:00-14:00 EAT, via Zoom https://zoom.us/j/555\n\nKind regards,\nOmar Said\n"
            "Officer | Skills Desk | Kampala, Uganda | +256 700 000000\n",
            "Africa/Kampala",
        ),
        (
            "Dear colleagues,\n\nOur Addis Ababa office invites you to a webinar on "
            "diaspora savings, 27 November 2025, 13:00-14:00 EAT, via Zoom "
            "https://zoom.us/j/556\n",
            "Africa/Addis_Ababa",
        ),
        (
            "Dear colleagues,\n\nThe office in Dakar invites you to an online briefing, "
            "28 November 2025, 11:00-12:00 GMT, via Zoom https://zoom.us/j/557\n",
            "Africa/Dakar",
        ),
        (
            "Estimados:\n\nWebinario sobre remesas, 22 de noviembre de 2025, 9:00 a 11:00 "
            "(hora de Bogotá), por Zoom: https://zoom.us/j/558\n\nSaludos,\nRed Andina\n"
            "Lima, Perú\n",
            "America/Bogota",
        ),
        (
            "Chers collègues,\n\nWebinaire sur les transferts, 21 novembre 2025 de 10h à 12h "
            "(heure de Dakar), en ligne : https://zoom.us/j/559\n\nCordialement,\n"
            "Réseau, Abidjan, Côte d'Ivoire\n",
            "Africa/Dakar",
        ),
        (
            "Dear colleagues,\n\nWebinar on visas, 27 November 2025, 13:00-14:00 CET, online "
            "via Zoom https://zoom.us/j/560\n\nRegards,\nTeam in Nairobi\n",
            "Europe/Paris",
        ),
        (
            "Cari colleghi,\n\nWebinar sulle rimesse, 27 novembre 2025, ore 10:00 (ora di Roma), "
            "su Zoom https://zoom.us/j/561\n",
            "Europe/Rome",
        ),
        (
            "Liebe Kolleginnen und Kollegen,\n\nOnline-Seminar zu Rücküberweisungen, "
            "27. November 2025, 10:00 Uhr Wiener Zeit, über Zoom https://zoom.us/j/562\n",
            "Europe/Vienna",
        ),
    ],
)
def test_zone_of_online_events(extractor: Extractor, body: str, zone: str) -> None:
    """A named city ('hora de Bogotá', 'heure de Dakar', 'ora di Roma', 'Wiener Zeit') decides;
    an abbreviation with the organiser's clock takes the organiser's city (signature or 'our
    office in'); an abbreviation on another clock than the organiser's keeps its own zone."""
    assert _event(extractor, body).fields["timezone"].value == zone


def test_signature_city_is_never_the_online_event_city(extractor: Extractor) -> None:
    """The organiser's signature city gives an online event's zone, never its city or country."""
    body = (
        "Dear colleagues,\n\nWebinar on fair recruitment, 25 November 2025, 10:00-11:00 EAT, "
        "on Zoom https://zoom.us/j/563\n\nBest,\nLina\nProgramme Officer\nKampala, Uganda\n"
    )
    fields = _event(extractor, body).fields
    assert fields["mode"].value == "online"
    assert (fields["city"].value, fields["country"].value) == (None, None)
    assert fields["timezone"].value == "Africa/Kampala"


@pytest.mark.parametrize(
    ("body", "zone"),
    [
        (
            "Hola:\n\nConversatorio virtual sobre cuidados, miércoles 26 de noviembre de 2025, "
            "19:00 h (hora argentina), por Zoom: https://zoom.us/j/564\n",
            "America/Argentina/Buenos_Aires",
        ),
        (
            "Bonjour,\n\nWebinaire sur la migration circulaire, le 26 novembre 2025 à 10h "
            "(heure sénégalaise), en ligne : https://zoom.us/j/565\n",
            "Africa/Dakar",
        ),
        (
            "Ciao,\n\nWebinar sulla mobilità dei lavoratori, 26 novembre 2025 alle 10:00 ora "
            "italiana, su Zoom https://zoom.us/j/566\n",
            "Europe/Rome",
        ),
    ],
)
def test_country_adjective_names_the_zone(extractor: Extractor, body: str, zone: str) -> None:
    """'hora argentina', 'heure sénégalaise', 'ora italiana' give that country's zone."""
    assert _event(extractor, body).fields["timezone"].value == zone
