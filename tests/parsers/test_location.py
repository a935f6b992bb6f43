"""Attendance mode and venue lines."""

from __future__ import annotations

import pytest

from parsers.gazetteer import find_places
from parsers.location import detect_mode, find_venue


def test_in_person_by_default_with_a_venue() -> None:
    """No online evidence and a physical venue: in person."""
    signal = detect_mode("Join us at the Hotel Sunrise on 3 May.", has_physical_venue=True)
    assert signal.mode == "in_person"


@pytest.mark.parametrize(
    "text",
    [
        "This webinar will take place on 3 May at 14:00 CET.",
        "La session se tiendra en ligne le 3 mai.",
        "El conversatorio virtual será el 3 de mayo.",
        "Join: https://us02web.zoom.us/j/123456789",
        "الندوة ستعقد عن بعد يوم ٣ مايو",
    ],
)
def test_online_evidence_alone_is_online(text: str) -> None:
    """Online words in several languages, or a meeting link, without a venue: online."""
    signal = detect_mode(text, has_physical_venue=False)
    assert signal.mode == "online"
    assert signal.span is not None


@pytest.mark.parametrize(
    "text",
    [
        "The dialogue will be hybrid.",
        "Participation in person and online.",
        "Réunion en mode hybride.",
        "Modalidad: presencial y virtual.",
        "Evento híbrido na sede.",
    ],
)
def test_explicit_hybrid_words(text: str) -> None:
    """Hybrid words and 'in person and online' phrases give hybrid."""
    assert detect_mode(text, has_physical_venue=True).mode == "hybrid"


def test_venue_plus_meeting_link_is_hybrid() -> None:
    """A physical venue and a Teams link for remote participants: hybrid."""
    text = "Venue: Palais des Nations, Room 7.\nRemote: https://teams.microsoft.com/l/meetup-join/x"
    assert detect_mode(text, has_physical_venue=True).mode == "hybrid"


def test_register_online_is_not_attendance() -> None:
    """'Register online' does not make an in-person event hybrid."""
    text = "The workshop is at the Grand Hotel. Please register online before 3 May."
    assert detect_mode(text, has_physical_venue=True).mode == "in_person"


def test_webinar_with_an_institute_address_stays_online() -> None:
    """A webinar stays online even when an organiser's building is named."""
    text = "Webinar hosted by the Migration Research Centre, Example University."
    assert detect_mode(text, has_physical_venue=True).mode == "online"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Venue: Palais des Nations, Room XII, Geneva, Switzerland",
            "Palais des Nations, Room XII",
        ),
        ("Lieu : Hôtel Azur, salle Baobab, Dakar", "Hôtel Azur, salle Baobab"),
        ("Lugar: Centro Cultural Norte, Sala 3, Ciudad de México", "Centro Cultural Norte, Sala 3"),
        ("Local: Auditório Central, Lisboa, Portugal", "Auditório Central"),
        ("المكان: فندق النخيل، قاعة الياسمين، عمّان", "فندق النخيل، قاعة الياسمين"),
    ],
)
def test_labelled_venue_lines_without_city_tail(text: str, venue: str) -> None:
    """Labelled lines in five languages give the venue without its city/country tail."""
    places = find_places(text)
    found = find_venue(text, city=places[0] if places else None)
    assert found is not None
    value, (start, end) = found
    assert value == venue
    assert text[start:end] == venue


def test_street_address_and_postcode_are_stripped() -> None:
    """Street and postcode segments are not part of the venue."""
    text = "Lieu : Maison de la Paix, salle 2, rue de Lausanne 12, 1202 Genève"
    found = find_venue(text, city=find_places(text)[0])
    assert found is not None and found[0] == "Maison de la Paix, salle 2"


def test_venue_phrase_in_prose() -> None:
    """Without a label, a capitalised phrase around a building word is the venue."""
    text = "The training will take place at the Blue Lagoon Hotel on 3 May in Accra."
    found = find_venue(text, city=find_places(text)[0])
    assert found is not None and found[0] == "Blue Lagoon Hotel"


def test_corrected_label_wins() -> None:
    """A label carrying a correction word wins over the original venue label."""
    text = "New venue: Riverside Hotel, Hall B\n\n> Venue: Old Town Hotel"
    found = find_venue(text, city=None)
    assert found is not None and found[0] == "Riverside Hotel, Hall B"


def test_online_label_is_not_a_venue() -> None:
    """'Venue: Online (Zoom)' gives no venue."""
    assert find_venue("Venue: Online (Zoom)\nAll welcome.", city=None) is None


def test_leading_lowercase_clause_is_dropped() -> None:
    """'Venue: the new venue is the Harbour Hotel' gives 'Harbour Hotel'."""
    found = find_venue("Venue: the new venue is the Harbour Hotel, Suva", city=None)
    assert found is not None and found[0] == "Harbour Hotel"


def test_no_venue_in_plain_text() -> None:
    """A text without labels or building words has no venue."""
    assert find_venue("We look forward to your participation.", city=None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Screening at the Rex Cinema, Kigali. A recording will be available online afterwards.",
        "Projection au cinéma Le Méliès ; le film sera disponible en ligne ultérieurement.",
        "Proyección en la Cinemateca; la grabación estará en línea más tarde.",
        "Vorführung im Kino Lichtblick; die Aufzeichnung ist später online abrufbar.",
    ],
)
def test_a_recording_or_later_online_viewing_keeps_an_event_in_person(text: str) -> None:
    """Watching a recording online later is not attending online: the event stays in person."""
    assert detect_mode(text, has_physical_venue=True).mode == "in_person"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("au Centre de formation de Kaolack, à Kaolack.", "Centre de formation de Kaolack"),
        ("Médiathèque municipale de Nantes, 2e étage", "Médiathèque municipale de Nantes"),
        ("na Galeria Nacional de Arte, em Luanda.", "Galeria Nacional de Arte"),
        ("en la Biblioteca pública del Estado, Oaxaca", "Biblioteca pública del Estado"),
    ],
)
def test_romance_venue_names_keep_their_lowercase_words(text: str, venue: str) -> None:
    """A lowercase adjective or noun inside a Romance venue name ('Centre de formation de X',
    'Biblioteca pública del Estado') stays in the name when a capitalised word follows."""
    found = find_venue(text, city=None)
    assert found is not None
    assert found[0] == venue


def test_lowercase_words_do_not_carry_a_venue_into_the_sentence() -> None:
    """An English venue name stops before 'in the city of ...'."""
    found = find_venue("at the Hotel Meridian in the city of Kampala", city=None)
    assert found is not None
    assert found[0] == "Hotel Meridian"


def test_venue_after_at_beats_an_earlier_ministry_line() -> None:
    """A building after 'at the' wins over a ministry named earlier as the host."""
    text = (
        "Under the auspices of the Ministry of Health and Social Protection, we invite you to\n"
        "the launch on 4 December 2025 at the Riverside Convention Hall, Kigali.\n"
    )
    found = find_venue(text, city=None)
    assert found is not None and found[0] == "Riverside Convention Hall"


def test_venue_line_ending_with_the_city_beats_the_inviting_foundation() -> None:
    """'Fundación X les invita' is the host; 'Casa X, <city>' on its own line is the venue."""
    text = (
        "La Fundación Caminos Abiertos les invita a la Feria de Sabores Migrantes.\n\n"
        "Domingo 14 de diciembre de 2025, de 10:00 a 18:00\nCasa de la Cultura Norte, Cali\n"
    )
    city = find_places(text)[-1]
    found = find_venue(text, city=city)
    assert found is not None and found[0] == "Casa de la Cultura Norte"
