"""Event type: briefings and information sessions, panels, and Swahili/Turkish/Russian basics.
Every title here is written for this file."""

from __future__ import annotations

import pytest

from parsers.event_type import classify_event_type


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Partners update",
            "Please join the online briefing on the new guidelines.",
            "knowledge_sharing",
        ),
        ("Séance d'information pour les partenaires", "", "knowledge_sharing"),
        ("Sesión informativa para socios", "", "knowledge_sharing"),
        ("Sessão informativa sobre o novo guia", "", "knowledge_sharing"),
        ("Брифинг для партнёров", "", "knowledge_sharing"),
        ("Press briefing on the new report", "", "media_engagement"),
        ("Panel on fair recruitment", "", "policy_dialogue"),
        ("Warsha kuhusu uhamiaji wa wafanyakazi", "", "knowledge_sharing"),
        ("Mkutano wa wadau kuhusu uhamiaji", "", "stakeholder_consultation"),
        ("Göç ve uyum çalıştayı", "", "knowledge_sharing"),
        ("Sivil toplum ile istişare toplantısı", "", "stakeholder_consultation"),
        ("Göç üzerine yuvarlak masa", "", "policy_dialogue"),
        ("Fotoğraf sergisi: Yollar", "", "exhibition_cultural"),
        ("Консультация с гражданским обществом", "", "stakeholder_consultation"),
        ("Семинар по трудовой миграции", "", "knowledge_sharing"),
    ],
)
def test_briefings_panels_and_more_languages(title: str, body: str, expected: str) -> None:
    """A briefing (not for the press), an information session, a panel, and Swahili, Turkish
    and Russian workshop/consultation/roundtable/exhibition words get their type."""
    assert classify_event_type(title, body)[0] == expected


@pytest.mark.parametrize("title", ["Toplantı", "Mkutano", "Partners update"])
def test_a_bare_meeting_word_names_no_type(title: str) -> None:
    """'Toplantı', 'Mkutano' (a meeting) alone say nothing about the kind of event."""
    assert classify_event_type(title, "")[0] == "other"
