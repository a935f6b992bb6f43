"""Organiser extraction: explicit sources first, never an address, a person or the forwarder."""

from __future__ import annotations

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.organizer import clean_org, is_organisation, looks_like_person


def _organizer(extractor: Extractor, body: str, subject: str = "Invitation") -> str | None:
    raw = plain_mail(subject, body)
    result = extractor.extract(raw)
    assert result.events, "the test mail must be read as an event"
    value = result.events[0].fields["organizer"].value
    return None if value is None else str(value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dear all,\n\nWorkshop on seasonal labour permits\n\nOrganizer(s): Coastal Towns "
            "Migration Forum\nDate: 18 November 2025, 10:00-12:00\nVenue: Harbour Hall, Lisbon\n",
            "Coastal Towns Migration Forum",
        ),
        (
            "Chers collègues,\n\nAtelier sur la mobilité étudiante, le 20 novembre 2025 de 9 h à "
            "12 h à Dakar.\nOrganisé par l'Observatoire ouest-africain des mobilités (OOAM) en "
            "collaboration avec la Chambre de commerce de Thiès.\n",
            "Observatoire ouest-africain des mobilités (OOAM) et la Chambre de commerce de Thiès",
        ),
        (
            "Liebe Kolleginnen und Kollegen,\n\nder Verein Brückenbau Leipzig freut sich, Sie "
            "zur Fachtagung Pflegekräfte aus dem Ausland einzuladen.\n\nam 21. November 2025, "
            "10:00 bis 15:00 Uhr, Rathaus Leipzig\n",
            "Verein Brückenbau Leipzig",
        ),
        (
            "Care colleghe e cari colleghi,\n\nl'Associazione Porto Aperto è lieta di invitarvi "
            "al seminario sulla mobilità dei pescatori, il 24 novembre 2025 alle 15:00 a Genova.\n",
            "Associazione Porto Aperto",
        ),
        (
            "Estimados socios:\n\nLa Red Andina de Movilidad tiene el agrado de invitarles al "
            "taller sobre empleo juvenil el 25 de noviembre de 2025, 9:00 a 13:00, en Quito.\n",
            "Red Andina de Movilidad",
        ),
        (
            "Caros parceiros,\n\nO Instituto Ponte Atlântica tem o prazer de convidar para o "
            "seminário sobre remessas no dia 26 de novembro de 2025, às 14h, em Maputo.\n",
            "Instituto Ponte Atlântica",
        ),
        (
            "Dear partners,\n\nJoin us on 27 November 2025, 14:00-16:00, at the Town Hall, "
            "Accra, for a webinar on return and reintegration.\n\nBest regards,\n\nKofi Mensah\n"
            "Programme Officer\nSavanna Returnees Network\n12 Liberation Road, Accra\n",
            "Savanna Returnees Network",
        ),
        (
            "Organizer | Delta Farmworkers Association\nDate | 28 November 2025\n"
            "Time | 10:00 - 12:00\nVenue | Community Centre, Cairo\n",
            "Delta Farmworkers Association",
        ),
    ],
)
def test_organizer_from_explicit_sources(extractor: Extractor, body: str, expected: str) -> None:
    """Labelled lines and table rows, 'organised by' with co-organisers, introduction sentences in
    de/it/es/pt (a lowercase article after a greeting), and the organisation of the closing block
    (not the person, not the street address)."""
    assert _organizer(extractor, body) == expected


def test_person_and_address_are_not_organisations() -> None:
    """A person's name, a street address and a mailbox are never organisers; an entity is."""
    assert looks_like_person("Amina Diallo")
    assert not is_organisation("Amina Diallo")
    assert not is_organisation("88 Harbour Street East, Halifax")
    assert not is_organisation("events@example.org")
    assert is_organisation("Coastal Towns Migration Forum")


def test_clean_org_drops_roles_and_support_credits() -> None:
    """'Secretariat of the X' is X; a support credit is not a co-organiser; 'I am' is nobody."""
    assert clean_org("The Secretariat of the Pacific Labour Alliance") == "Pacific Labour Alliance"
    assert clean_org("the Delta Network, with the support of the Lake Fund,") == "Delta Network"
    assert clean_org("I am pleased to") == ""
