"""Language detection by script and function words."""

from __future__ import annotations

import pytest

from parsers.language import detect_language, language_scores


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dear colleagues, we are pleased to invite you to the regional workshop.", "en"),
        ("Chers collègues, nous avons le plaisir de vous inviter à l'atelier régional.", "fr"),
        ("Estimados colegas, nos complace invitarles al taller regional que se realizará.", "es"),
        (
            "Prezados colegas, temos o prazer de convidá-los para o seminário que será na sede.",
            "pt",
        ),
        ("Sehr geehrte Damen und Herren, wir laden Sie herzlich zu der Veranstaltung ein.", "de"),
        ("Gentili colleghi, siamo lieti di invitarvi all'incontro che si terrà nella sede.", "it"),
        ("الزملاء الأعزاء، يسرنا دعوتكم إلى الحوار الإقليمي حول هجرة اليد العاملة", "ar"),
        ("Уважаемые коллеги, приглашаем вас на семинар по вопросам миграции.", "ru"),
        ("亲爱的同事们，我们诚挚邀请您参加关于移民问题的研讨会。", "zh"),
    ],
)
def test_detects_each_supported_language(text: str, lang: str) -> None:
    """Short invitation sentences are recognised in each supported language."""
    assert detect_language(text) == lang


def test_empty_and_numeric_text_default_to_english() -> None:
    """A text without words falls back to English."""
    assert detect_language("") == "en"
    assert detect_language("12:00 - 13:30 | 2024-01-31") == "en"


def test_arabic_body_with_latin_urls_is_arabic() -> None:
    """A mostly Arabic text stays Arabic even with Latin links and names in it."""
    text = "ندعوكم للمشاركة في ورشة العمل. التسجيل: https://example.org/register IOM ILO"
    assert detect_language(text) == "ar"


def test_shared_words_count_less_than_distinctive_words() -> None:
    """Words shared by languages ('de', 'la') are split between them; distinctive words decide."""
    scores = language_scores("la reunión de la red será en la sede del ministerio")
    assert max(scores, key=lambda k: scores[k]) == "es"
    assert scores["es"] > scores.get("fr", 0.0)
