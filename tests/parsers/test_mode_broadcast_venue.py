"""Mode and venue: a live broadcast of a physical event is hybrid (en/fr/es/pt/ar), an Arabic
webinar with no hall is online, the organiser named after 'organised by' is not the venue,
'de l'Hôtel X' stays in the venue, iCalendar escapes are undone. Every text here is written for
this file."""

from __future__ import annotations

import pytest
from mailkit import DATE_2026, plain_mail

from parsers.extract import Extractor
from parsers.location import detect_mode, find_venue


def _fields(
    extractor: Extractor, body: str, subject: str = "Panel on labour migration"
) -> dict[str, object]:
    result = extractor.extract(plain_mail(subject, body, date=DATE_2026))
    assert result.events, "the test mail must be read as an event"
    return {name: fv.value for name, fv in result.events[0].fields.items()}


@pytest.mark.parametrize(
    "text",
    [
        "The panel takes place at the Civic Hall, Lusaka, and will be livestreamed on YouTube.",
        "Le panel aura lieu à la Maison des Jeunes, Abidjan, et sera retransmis en direct.",
        "El panel será en el Auditorio Central, Lima, y será transmitido en vivo por Facebook.",
        "O painel decorre no Auditório da Reitoria, Porto, com transmissão ao vivo no YouTube.",
        "تقام الندوة في قاعة المؤتمرات بفندق النيل، القاهرة، مع بث مباشر على صفحتنا.",
    ],
)
def test_a_live_broadcast_of_a_physical_event_is_hybrid(text: str) -> None:
    """'livestreamed', 'retransmis en direct', 'transmitido en vivo', 'transmissão ao vivo',
    'بث مباشر' beside a hall: the event is held in person and followed online."""
    assert detect_mode(text, has_physical_venue=True).mode == "hybrid"


def test_a_webinar_streamed_live_stays_online() -> None:
    """An online-only format ('webinar') streamed live is still online."""
    text = "Join our webinar on remittances, streamed live on YouTube."
    assert detect_mode(text, has_physical_venue=False).mode == "online"


def test_a_recording_published_later_is_not_a_broadcast() -> None:
    """'the recording will be available on YouTube later' says nothing about attendance."""
    text = "The seminar is at the Town Library. The recording will be livestream on YouTube later."
    assert detect_mode(text, has_physical_venue=True).mode == "in_person"


def test_arabic_zoom_webinar_is_online_without_venue(extractor: Extractor) -> None:
    """'ندوة إلكترونية ... عبر منصة زوم' with the organiser's centre in the signature: online,
    no venue, no city."""
    body = (
        "الزملاء الأعزاء،\n\nيسر مركز دراسات الهجرة دعوتكم إلى ندوة إلكترونية حول هجرة الشباب "
        "يوم 18 نوفمبر 2026 من الساعة 14:00 إلى 16:00 عبر منصة زوم.\n\nمع التحية\n"
        "مركز دراسات الهجرة، القاهرة\n"
    )
    got = _fields(extractor, body, "ندوة إلكترونية حول هجرة الشباب")
    assert got["mode"] == "online"
    assert got["venue"] is None
    assert got["city"] is None


def test_the_organiser_is_not_the_venue_of_a_streamed_event(extractor: Extractor) -> None:
    """'organised by the X Centre ... in Lusaka and livestreamed': hybrid, the city kept, and
    the organiser's centre is not the venue."""
    body = (
        "Dear colleagues,\n\nThe panel on labour migration, organised by the Migration Research "
        "Centre, will take place on 18 November 2026, 10:00-12:00, in Lusaka and will be "
        "livestreamed on YouTube.\n\nBest\n"
    )
    got = _fields(extractor, body)
    assert got["mode"] == "hybrid"
    assert got["venue"] is None
    assert got["city"] == "Lusaka"
    assert got["organizer"] == "Migration Research Centre"


def test_elided_article_keeps_the_building_in_the_venue() -> None:
    """'dans la Salle Senghor de l'Hôtel Teranga': the hotel is part of the venue."""
    text = "La réunion se tiendra dans la Salle Senghor de l'Hôtel Teranga, à Dakar."
    found = find_venue(text, city=None)
    assert found is not None
    assert found[0] == "Salle Senghor de l'Hôtel Teranga"


def test_ics_escaped_commas_in_the_body_are_undone() -> None:
    """A LOCATION pasted with its iCalendar escapes ('Room 2\\, Harbour House\\, Mombasa')
    gives the room and building, no backslashes, spans unchanged."""
    text = "Meeting on 18 November.\nLocation: Conference Room 2\\, Harbour House\\, Mombasa\n"
    found = find_venue(text, city=None)
    assert found is not None
    assert found[0] == "Conference Room 2, Harbour House"
    assert text[found[1][0] : found[1][0] + 10] == "Conference"


def test_join_through_teams_beside_an_in_person_welcome_is_hybrid() -> None:
    """'welcome in person at X; others can join through Teams': hybrid."""
    text = "Guests are welcome in person at the Town Library; others can join through Teams."
    assert detect_mode(text, has_physical_venue=True).mode == "hybrid"


@pytest.mark.parametrize(
    "location",
    [
        "Conference Room 2, Harbour House / Microsoft Teams Meeting",
        "Conference Room 2, Harbour House; Zoom",
    ],
)
def test_the_platform_half_of_a_hybrid_location_is_not_venue(location: str) -> None:
    """A LOCATION 'room, building / Microsoft Teams Meeting' gives the room and building."""
    found = find_venue(location, city=None)
    assert found is not None
    assert found[0] == "Conference Room 2, Harbour House"
