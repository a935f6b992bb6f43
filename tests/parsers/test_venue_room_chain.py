"""Venue: an institution after a French, Spanish or Portuguese locative ('à l'Institut', 'au
Centre', 'en el Instituto', 'no Instituto') keeps its lowercase name words and the room and
building segments after it ('salle 12, bâtiment A', 'sala 3'). Every text here is written for
this file."""

from __future__ import annotations

import pytest

from parsers.gazetteer import find_places
from parsers.location import find_venue


def _venue(text: str) -> str | None:
    places = find_places(text)
    found = find_venue(text, city=places[-1] if places else None)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "L'atelier se tiendra le 4 mars à l'Institut de recherche pour la paix, "
            "salle 12, bâtiment A, Dakar.",
            "Institut de recherche pour la paix, salle 12, bâtiment A",
        ),
        (
            "La séance aura lieu au Centre culturel Douta Seck, salle 2, Dakar.",
            "Centre culturel Douta Seck, salle 2",
        ),
        (
            "Rendez-vous le 4 mars à la Maison des jeunes, salle polyvalente, Bouaké.",
            "Maison des jeunes, salle polyvalente",
        ),
        (
            "El taller será el 4 de marzo en el Instituto de Estudios Andinos, sala 3, Cusco.",
            "Instituto de Estudios Andinos, sala 3",
        ),
        (
            "A oficina será no dia 4 de março no Instituto de Estudos Sociais, sala 3, Beira.",
            "Instituto de Estudos Sociais, sala 3",
        ),
        (
            "The clinic is at the Institute for Rural Studies, Room 4, Block C, Kisumu.",
            "Institute for Rural Studies, Room 4, Block C",
        ),
    ],
)
def test_institution_with_rooms_after_a_locative(text: str, venue: str) -> None:
    """The institution's whole name and its room/building segments are the venue; the city
    after them is not."""
    assert _venue(text) == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Reunión en el Instituto de Estudios Andinos, Cusco.", "Instituto de Estudios Andinos"),
        ("Pukul 09.00 WIB di Hotel Melati, Ruang Anggrek, Bandung.", "Hotel Melati, Ruang Anggrek"),
    ],
)
def test_words_before_the_locative_stay_out(text: str, venue: str) -> None:
    """A capitalised word before 'en el' or 'di' (a sentence opener, a zone abbreviation) is
    not part of the venue's name."""
    assert _venue(text) == venue


def test_prose_after_a_room_word_is_no_room() -> None:
    """A long clause after 'salle' is prose, not a room segment, so it stays out."""
    text = "La rencontre aura lieu au Centre de conférences, salle qui sera indiquée sur place."
    assert _venue(text) == "Centre de conférences"
