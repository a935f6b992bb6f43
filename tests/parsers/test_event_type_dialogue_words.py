"""parsers.event_type: encounter and dialogue nouns (لقاء, встреча, mazungumzo, diyalog) lean to
a policy dialogue, talk formats (charla, palestra, causerie, fireside chat, söyleşi, лекция) are
knowledge sharing, and a bare meeting word still names no type."""

from __future__ import annotations

import pytest

from parsers.event_type import classify_event_type
from parsers.notification import announces_event


@pytest.mark.parametrize(
    ("title", "body", "language", "expected"),
    [
        (
            "لقاء حول العمل اللائق",
            "ندعوكم إلى لقاء عبر الإنترنت حول العمل اللائق.",
            "ar",
            "policy_dialogue",
        ),
        ("دعوة", "يسرنا دعوتكم للقاء افتراضي مع ممثلي الجاليات.", "ar", "policy_dialogue"),
        (
            "Онлайн-встреча",
            "Приглашаем на онлайн-встречу о правах мигрантов.",
            "ru",
            "policy_dialogue",
        ),
        (
            "Mazungumzo ya mtandaoni",
            "Karibuni kwenye mazungumzo kuhusu uhamiaji.",
            "sw",
            "policy_dialogue",
        ),
        ("Göç diyaloğu", "Çevrimiçi diyaloğumuza davetlisiniz.", "tr", "policy_dialogue"),
        ("Charla virtual", "Charla sobre movilidad laboral.", "es", "knowledge_sharing"),
        ("Palestra online", "Palestra sobre migração e clima.", "pt", "knowledge_sharing"),
        ("Causerie en ligne", "Causerie sur la mobilité des jeunes.", "fr", "knowledge_sharing"),
        ("Fireside chat", "A fireside chat on labour migration.", "en", "knowledge_sharing"),
        ("Roda de conversa", "Roda de conversa sobre refúgio.", "pt", "knowledge_sharing"),
        ("Söyleşi", "Göçmen kadınlar üzerine söyleşi.", "tr", "knowledge_sharing"),
        ("Открытая лекция", "Лекция о миграционной политике.", "ru", "knowledge_sharing"),
    ],
)
def test_dialogue_and_talk_words(title: str, body: str, language: str, expected: str) -> None:
    """Encounter/dialogue nouns weigh toward policy_dialogue; talk formats toward
    knowledge_sharing, in several languages."""
    assert classify_event_type(title, body, language=language)[0] == expected


@pytest.mark.parametrize(
    ("title", "body", "language"),
    [
        ("Meeting", "Our online meeting on migration.", "en"),
        ("اجتماع", "اجتماع عبر الإنترنت.", "ar"),
        ("Toplantı", "Çevrimiçi toplantı.", "tr"),
        ("Совещание", "Онлайн-совещание.", "ru"),
        ("إعلان", "سيتم إلقاء كلمة افتتاحية.", "ar"),
    ],
)
def test_bare_meeting_words_and_ilqa_stay_other(title: str, body: str, language: str) -> None:
    """A bare meeting word names no type, and 'إلقاء' (delivering a speech) is not 'لقاء'."""
    assert classify_event_type(title, body, language=language)[0] == "other"


def test_ilqa_is_no_event_word() -> None:
    """'إلقاء كلمة' (giving a speech) alone does not announce an event."""
    assert not announces_event("إعلان", "سيتم إلقاء كلمة في الحفل الذي أقيم أمس.")
