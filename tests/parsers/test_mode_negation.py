"""parsers.location.detect_mode: a negated stream or online option leaves the event in person."""

from __future__ import annotations

import pytest

from parsers.location import detect_mode


@pytest.mark.parametrize(
    "text",
    [
        "The seminar is held at the Town Hall, in person (not livestreamed).",
        "Town Hall, Room 3. There will be no livestream and no online participation.",
        "In-person only; the session will not be streamed live on YouTube.",
        "Online participation will not be possible; please come to Room 2.",
        "Atelier à la Maison des associations, présentiel uniquement, sans retransmission.",
        "Taller en la Casa de la Cultura, solo presencial, sin transmisión en vivo.",
        "Oficina na Casa de Cultura, apenas presencial, sem transmissão ao vivo.",
        "ورشة عمل في فندق الريتز، حضوري فقط، لن يتم البث المباشر.",
    ],
)
def test_negated_online_words_mean_in_person(text: str) -> None:
    """'not livestreamed', 'sans retransmission', 'solo presencial' leave it in person."""
    assert detect_mode(text, has_physical_venue=True).mode == "in_person"


def test_affirmed_livestream_stays_hybrid() -> None:
    """Without the negation a livestreamed in-person event is still hybrid."""
    text = "At the Town Hall, in person; it will be livestreamed on YouTube."
    assert detect_mode(text, has_physical_venue=True).mode == "hybrid"
