"""Hybrid mode: an in-person venue plus 'also online' words in seven languages, or a join link."""

from __future__ import annotations

import pytest

from parsers.location import detect_mode


@pytest.mark.parametrize(
    "text",
    [
        "Venue: Riverside Hall, Lyon. The session will also be online.",
        "Lieu : Maison des associations, Nantes ; en ligne également.",
        "Lugar: Casa del Barrio, Cuenca, y también en línea.",
        "Local: Auditório Norte, Braga, também online.",
        "Ort: Alte Mühle, Kassel – auch online.",
        "Sede: Sala Verdi, Parma, anche online.",
        "Venue: Lakeside Centre, Kisumu. You can also join remotely.",
    ],
)
def test_in_person_with_online_words_is_hybrid(text: str) -> None:
    """A physical venue with an 'also online' phrase is hybrid."""
    assert detect_mode(text, has_physical_venue=True).mode == "hybrid"


def test_recording_later_is_not_hybrid() -> None:
    """A recording published online afterwards does not make an in-person event hybrid."""
    text = "Venue: Lakeside Centre, Kisumu. A recording will be available online later."
    assert detect_mode(text, has_physical_venue=True).mode == "in_person"
