"""parsers.event_type: an explicit format (side event, public consultation) beats topic words."""

from __future__ import annotations

import pytest

from parsers.event_type import classify_event_type


@pytest.mark.parametrize(
    ("title", "body", "language"),
    [
        ("Policy dialogue on migrant health", "An ancillary event to the Regional Review.", "en"),
        ("Dialogue on labour mobility", "A satellite event of the Global Forum.", "en"),
        ("Dialogue politique sur la mobilité", "Un événement satellite du Forum régional.", "fr"),
        ("Diálogo sobre movilidad laboral", "Evento paralelo del Foro Regional.", "es"),
        ("Diálogo sobre mobilidade", "Um evento à margem do Fórum Regional.", "pt"),
        ("حوار حول هجرة اليد العاملة", "جلسة جانبية خلال المنتدى الإقليمي.", "ar"),
        ("Round table on remittances", "Held in the margins of the Global Forum.", "en"),
    ],
)
def test_side_event_words_beat_dialogue_words(title: str, body: str, language: str) -> None:
    """A dialogue or round table called a side/ancillary/satellite event is a side event."""
    assert classify_event_type(title, body, language=language)[0] == "side_event"


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Public consultation and policy dialogue on the migration strategy", "en"),
        ("Consultation publique et dialogue politique sur la stratégie migratoire", "fr"),
        ("Consulta pública y diálogo político sobre la estrategia migratoria", "es"),
        ("Consulta pública e diálogo político sobre a estratégia migratória", "pt"),
        ("استشارة عامة وحوار حول سياسة الهجرة", "ar"),
        ("Call for inputs: dialogue on the regional review", "en"),
    ],
)
def test_public_consultation_is_a_stakeholder_consultation(title: str, language: str) -> None:
    """A public consultation or call for inputs stays a consultation beside a dialogue word."""
    body = "The dialogue is open to everyone; policy makers will take part."
    assert classify_event_type(title, body, language=language)[0] == "stakeholder_consultation"


def test_plain_policy_dialogue_stays_a_dialogue() -> None:
    """Without a consultation or side-event word a policy dialogue stays a policy dialogue."""
    title, body = (
        "Policy dialogue on labour migration",
        "Ministers and experts will exchange views.",
    )
    assert classify_event_type(title, body, language="en")[0] == "policy_dialogue"
