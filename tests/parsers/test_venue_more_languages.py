"""parsers.location: venue labels and room/hall phrases in Turkish, Russian, Swahili, German,
Italian, Portuguese and Arabic. Every mail here is written for this file."""

from __future__ import annotations

import pytest
from mailkit import DATE_2026, plain_mail

from parsers.extract import Extractor
from parsers.location import find_venue


def _fields(extractor: Extractor, body: str, subject: str) -> dict[str, object]:
    raw = plain_mail(subject, body, date=DATE_2026)
    result = extractor.extract(raw)
    assert result.events, "the test mail must be read as an event"
    return {name: fv.value for name, fv in result.events[0].fields.items()}


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Yer: Hilton Oteli, Büyük Balo Salonu, İzmir", "Hilton Oteli, Büyük Balo Salonu"),
        ("Mekan: Kadıköy Belediyesi Evlendirme Salonu", "Kadıköy Belediyesi Evlendirme Salonu"),
        ("Место проведения: Дом дружбы, Душанбе", "Дом дружбы"),
        ("Адрес: гостиница «Достык», Алматы", "гостиница «Достык»"),
        ("Mahali: Hoteli ya Serena, Dar es Salaam", "Hoteli ya Serena"),
        ("Ort: Haus der Begegnung, Köln", "Haus der Begegnung"),
        ("Sede: Sala Consiliare, Bologna", "Sala Consiliare"),
        ("Local: Auditório da Reitoria, Lisboa", "Auditório da Reitoria"),
        ("المكان: قاعة الاجتماعات، وزارة العمل، الرباط", "قاعة الاجتماعات، وزارة العمل"),
    ],
)
def test_venue_labels_in_more_languages(line: str, venue: str) -> None:
    """'Yer:', 'Mekan:', 'Место проведения:', 'Адрес:', 'Mahali:', 'Ort:', 'Sede:', 'Local:'
    and 'المكان:' introduce the venue line; the city after it is dropped."""
    found = find_venue(f"Bilgi notu\n\n{line}\n", city=None)
    assert found is not None and found[0] == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Семинар пройдёт в гостинице «Ак Орда» в Астане.", "гостинице «Ак Орда»"),
        ("Встреча состоится в здании «Дом прессы», Душанбе.", "здании «Дом прессы»"),
        ("Встреча пройдёт в конференц-зале Союза журналистов.", "конференц-зале Союза"),
        ("Warsha itafanyika katika ukumbi wa Chuo Kikuu cha Arusha.", "ukumbi wa Chuo Kikuu"),
        (
            "Panel 18 Kasım'da Ege Üniversitesi Rektörlük Salonu'nda yapılacak.",
            "Ege Üniversitesi Rektörlük Salonu",
        ),
        ("Çalıştay 3 Mart'ta Bursa Kültür Merkezinde yapılacak.", "Bursa Kültür Merkezi"),
        (
            "Die Lesung findet im Großen Saal der Stadtbücherei statt.",
            "Großen Saal der Stadtbücherei",
        ),
        ("ستعقد الندوة في قاعة المحاضرات بكلية الحقوق.", "قاعة المحاضرات بكلية الحقوق"),
    ],
)
def test_room_and_hall_phrases_in_more_languages(text: str, venue: str) -> None:
    """Room and hall words (гостиница, зал, здание, ukumbi, Salonu, Merkezi, Saal, قاعة) open
    a venue phrase; a quoted name closes it; a Turkish case ending is not part of the name."""
    found = find_venue(text, city=None)
    assert found is not None and found[0].startswith(venue)


@pytest.mark.parametrize(
    "text",
    [
        "Mkutano utafanyika katika ukumbi huo tarehe 3 Machi.",
        "Il se tiendra à la salle de réunion du 3e étage.",
        "Мы встретимся в зале после обеда.",
    ],
)
def test_a_room_word_without_a_name_is_no_venue(text: str) -> None:
    """A lowercase room word followed by a date or by no name names no venue."""
    assert find_venue(text, city=None) is None


def test_turkish_venue_line_keeps_the_city(extractor: Extractor) -> None:
    """A Turkish labelled venue is read and the city after it stays the city; 'Bilgi' in a
    university's name is a Turkish word, not a town in India."""
    fields = _fields(
        extractor,
        "Merhaba,\n\nGöç söyleşimize davetlisiniz.\n\nTarih: 18 Kasım 2026, 14:00-16:00\n"
        "Yer: İstanbul Bilgi Üniversitesi Santral Salonu, İstanbul\n",
        "Söyleşi daveti",
    )
    assert fields["venue"] == "İstanbul Bilgi Üniversitesi Santral Salonu"
    assert fields["city"] == "Istanbul" and fields["country"] == "TR"


def test_swahili_hall_phrase_in_a_mail(extractor: Extractor) -> None:
    """'katika ukumbi wa X, Nairobi' gives the hall as venue and Nairobi as city."""
    fields = _fields(
        extractor,
        "Ndugu wadau,\n\nTunawaalika kwenye warsha tarehe 18 Novemba 2026 saa 3 asubuhi "
        "katika ukumbi wa Mikutano wa Kimataifa wa Kenyatta, Nairobi.\n",
        "Mwaliko: warsha ya wadau",
    )
    assert fields["venue"] == "ukumbi wa Mikutano wa Kimataifa wa Kenyatta"
    assert fields["city"] == "Nairobi"
