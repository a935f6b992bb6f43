"""Event type classification from title and body lexicons."""

from __future__ import annotations

import pytest

from parsers.event_type import anchor_of, classify_event_type, classify_event_type_signal
from parsers.types import EVENT_TYPES


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ministerial Meeting on Labour Migration", "high_level_event"),
        ("High-Level Pledging Conference for Displaced Communities", "high_level_event"),
        ("Round Table on Fair Recruitment", "policy_dialogue"),
        ("Expert Group Meeting on Migration Statistics", "policy_dialogue"),
        (
            "National Consultation with Civil Society on the Global Compact",
            "stakeholder_consultation",
        ),
        ("Listening Session with Seasonal Farmworkers' Unions", "stakeholder_consultation"),
        ("Webinar: Data for Migration Policy", "knowledge_sharing"),
        ("Training Workshop on Border Management", "knowledge_sharing"),
        ("Launch of the Study on Remittance Costs", "knowledge_sharing"),
        ("Photo Exhibition: Journeys", "exhibition_cultural"),
        ("Film Screening and Concert", "exhibition_cultural"),
        ("Press Briefing on the Migration Report", "media_engagement"),
        ("Social Media Campaign: #MigrantsContribute", "media_engagement"),
    ],
)
def test_english_titles(title: str, expected: str) -> None:
    """English titles alone decide the type."""
    assert classify_event_type(title, "")[0] == expected


@pytest.mark.parametrize(
    ("title", "lang", "expected"),
    [
        ("Atelier de renforcement des capacités", "fr", "knowledge_sharing"),
        ("Table ronde sur la migration de main-d'œuvre", "fr", "policy_dialogue"),
        ("Taller sobre migración laboral", "es", "knowledge_sharing"),
        ("Mesa redonda: migración y clima", "es", "policy_dialogue"),
        ("Consulta regional con la sociedad civil", "es", "stakeholder_consultation"),
        ("Exposición fotográfica «Voces»", "es", "exhibition_cultural"),
        ("Seminário sobre integração de migrantes", "pt", "knowledge_sharing"),
        ("Oficina sobre mobilidade laboral", "pt", "knowledge_sharing"),
        ("حوار إقليمي حول هجرة اليد العاملة", "ar", "policy_dialogue"),
        ("ورشة عمل حول إدارة الحدود", "ar", "knowledge_sharing"),
    ],
)
def test_titles_in_other_languages(title: str, lang: str, expected: str) -> None:
    """French, Spanish, Portuguese and Arabic lexicons classify titles."""
    assert classify_event_type(title, "", language=lang)[0] == expected


def test_spanish_oficina_is_an_office_not_a_workshop() -> None:
    """'oficina' is a workshop only in Portuguese: a Spanish office is not knowledge sharing."""
    result = classify_event_type("Reunión en la oficina", "", language="es")
    assert result[0] != "knowledge_sharing"


@pytest.mark.parametrize(
    "title",
    [
        "Side event: Skills Partnerships (online workshop)",
        "Évènement parallèle : dialogue sur la mobilité",
        "Evento paralelo/side event: taller sobre remesas",
        "Evento paralelo sobre migración climática",
    ],
)
def test_side_event_always_wins(title: str) -> None:
    """A side-event phrase decides the type whatever other words say."""
    assert classify_event_type(title, "A workshop and a round table.")[0] == "side_event"


def test_side_event_in_the_body_wins_too() -> None:
    """'Side event' announced in the body counts, and the evidence says it is the body."""
    signal = classify_event_type_signal("Skills for Migrants", "Join our side event at the forum.")
    assert signal.event_type == "side_event"
    assert signal.source == "body" and signal.span is not None


def test_training_for_journalists_is_media_engagement() -> None:
    """A training for journalists is media engagement, not knowledge sharing."""
    assert classify_event_type("Training for journalists on migration reporting", "")[0] == (
        "media_engagement"
    )
    assert classify_event_type("Formation des journalistes", "", language="fr")[0] == (
        "media_engagement"
    )
    assert classify_event_type("Taller para periodistas", "", language="es")[0] == (
        "media_engagement"
    )


def test_title_weighs_more_than_body() -> None:
    """A workshop title beats a body that mentions a round table once."""
    body = "The workshop follows last year's round table."
    assert classify_event_type("Workshop on Data", body)[0] == "knowledge_sharing"


def test_nothing_known_is_other_with_low_confidence() -> None:
    """Without any lexicon hit the type is 'other', confidence low and no span."""
    event_type, confidence, span = classify_event_type("Gathering", "See you there.")
    assert (event_type, span) == ("other", None)
    assert confidence < 0.5


def test_result_is_always_a_schema_type() -> None:
    """Whatever the input, the type is one of EVENT_TYPES and the span indexes the title."""
    title = "Seminar"
    event_type, confidence, span = classify_event_type(title, "")
    assert event_type in EVENT_TYPES and 0 < confidence <= 1
    assert span is not None and title[span[0] : span[1]] == "Seminar"


def test_anchor_of_patterns() -> None:
    """A phrase's anchor is a literal that every match contains (or empty for alternations)."""
    assert anchor_of(r"round[- ]?tables?") == "round"
    assert anchor_of(r"side[- ]events?") == "event"
    assert anchor_of(r"cuisine|food fair") == ""


@pytest.mark.parametrize(
    ("title", "lang", "expected"),
    [
        ("Fachgespräch zur Anerkennung ausländischer Abschlüsse", "de", "policy_dialogue"),
        ("Wanderausstellung „Zwischen zwei Häfen“", "de", "exhibition_cultural"),
        ("Vernissage: Porträts aus dem Hafenviertel", "de", "exhibition_cultural"),
        ("Online-Schulung für Beratungsstellen", "de", "knowledge_sharing"),
        ("Convegno sulle rimesse e lo sviluppo locale", "it", "policy_dialogue"),
        ("Evento collaterale: voci delle seconde generazioni", "it", "side_event"),
        ("Conversatorio sobre remesas y familias", "es", "knowledge_sharing"),
        ("Colóquio sobre mobilidade estudantil", "pt", "knowledge_sharing"),
        ("مائدة مستديرة حول العمالة الموسمية", "ar", "policy_dialogue"),
        ("Круглый стол по трудовой миграции", "ru", "policy_dialogue"),
    ],
)
def test_titles_in_more_languages(title: str, lang: str, expected: str) -> None:
    """German compounds, Italian, Spanish, Portuguese, Arabic and Russian type words in a title."""
    assert classify_event_type(title, "", language=lang)[0] == expected


def test_framing_sentence_decides_when_the_title_has_no_type_word() -> None:
    """With no type word in the title, the phrase after 'we are organising' outweighs a
    passing mention elsewhere in the body."""
    body = (
        "We are organising a round table on seasonal work visas.\n"
        "A short training for volunteers will follow next year."
    )
    assert classify_event_type("Seasonal work visas", body, language="en")[0] == ("policy_dialogue")


def test_phrases_match_across_a_line_break() -> None:
    """A multi-word phrase wrapped over two lines still matches ("formation\ndes journalistes")."""
    body = "Nous organisons un atelier de formation\ndes journalistes sur la migration."
    assert classify_event_type("Atelier", body, language="fr")[0] == "media_engagement"


def test_anchor_of_a_pattern_with_a_leading_word_class() -> None:
    """A leading \\w* is optional text, not part of the literal anchor."""
    assert anchor_of(r"\w*ausstellung(?:en)?") == "ausstellung"


@pytest.mark.parametrize(
    ("title", "lang", "expected"),
    [
        ("Public hearing on street-vending permits for migrants", "en", "stakeholder_consultation"),
        ("Audiencia pública sobre permisos de trabajo", "es", "stakeholder_consultation"),
        ("Street-food market of the diaspora kitchens", "en", "exhibition_cultural"),
    ],
)
def test_hearings_and_food_markets(title: str, lang: str, expected: str) -> None:
    """Public hearings are consultations; food markets and intercultural fairs are cultural."""
    assert classify_event_type(title, "", language=lang)[0] == expected
