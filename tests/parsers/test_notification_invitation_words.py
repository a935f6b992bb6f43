"""parsers.notification: common invitation verbs and event nouns in eight languages announce an
event; thanks and reports in Turkish, Russian and Swahili stay non-events."""

from __future__ import annotations

import pytest
from mailkit import headers_only

from parsers.notification import announces_event, content_verdict


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Information", "Nous vous convions à une séance d'échange le 3 mars à Lomé."),
        ("Note", "Une causerie sur la mobilité des jeunes se tient le 3 mars."),
        ("Aviso", "La sesión informativa sobre visados es el 3 de marzo."),
        ("Aviso", "Haverá uma roda de conversa no dia 3 de março."),
        ("Aviso", "Haverá uma mesa-redonda e uma palestra no dia 3 de março."),
        ("إعلان", "لقاء مفتوح مع الجالية يوم 3 مارس."),
        ("إعلان", "جلسة نقاش حول العمالة المنزلية يوم 3 مارس."),
        ("إعلان", "ملتقى الشباب المهاجرين يوم 3 مارس."),
        ("Update", "Our town hall with the regional director is on 3 March."),
        ("Update", "A fireside chat on return and reintegration, 3 March."),
        ("Информация", "3 марта пройдёт лекция о правах мигрантов."),
        ("Информация", "Заседание рабочей группы назначено на 3 марта."),
        ("Bilgi", "3 Mart'ta göç paneli düzenlenecektir."),
        ("Bilgi", "3 Mart'ta bilgilendirme oturumu yapılacak."),
        ("Taarifa", "Kikao cha wadau kitafanyika tarehe 3 Machi."),
        ("Taarifa", "Kutakuwa na mazungumzo kuhusu uhamiaji tarehe 3 Machi."),
    ],
)
def test_common_invitation_words_announce_an_event(subject: str, text: str) -> None:
    """Invitation verbs ('convions') and event nouns (séance, roda de conversa, لقاء, лекция
    in any case ending, oturum, kikao) make a dated mail an announcement."""
    assert announces_event(subject, text)


def test_il_convient_is_no_invitation() -> None:
    """French 'il convient de' (it is fitting) is not the verb 'convier'."""
    assert not announces_event("Note", "Il convient de relire le document avant le 3 mars.")


@pytest.mark.parametrize(
    ("subject", "text", "reason"),
    [
        (
            "Teşekkürler",
            "Geçen hafta yapılan panel için teşekkür ederiz. Rapor 20 Kasım'da paylaşılacak.",
            "thank-you",
        ),
        (
            "Спасибо за участие",
            "Благодарим за участие во вчерашней встрече. Отчёт пришлём 20 ноября.",
            "thank-you",
        ),
        (
            "Asante kwa ushiriki",
            "Asante kwa kushiriki katika warsha ya wiki iliyopita. Ripoti itatumwa 20 Novemba.",
            "thank-you",
        ),
    ],
)
def test_thanks_after_a_past_event_stay_non_events(subject: str, text: str, reason: str) -> None:
    """A Turkish, Russian or Swahili thank-you about a past event is no announcement, even
    with an event noun and a later date in it."""
    verdict = content_verdict(headers_only(subject), text, upcoming_dates=1, past_dates=0)
    assert not verdict.is_event_notification and reason in verdict.reason


def test_russian_minutes_of_a_past_meeting_are_a_report() -> None:
    """'Протокол заседания' with only past dates is a report, not an event."""
    verdict = content_verdict(
        headers_only("Протокол заседания"),
        "Направляем протокол заседания, которое состоялось 10 октября.",
        upcoming_dates=0,
        past_dates=1,
    )
    assert not verdict.is_event_notification and verdict.reason.startswith("report")
