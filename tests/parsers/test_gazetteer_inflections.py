"""Gazetteer: inflected and affixed city names (tr, ru, uk case forms, ar clitics, sw, id)."""

from __future__ import annotations

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.gazetteer import find_countries, find_places


def _cities(text: str) -> list[tuple[str, str]]:
    return [(p.city, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Çalıştay Ankara'da yapılacak.", "Ankara", "TR"),
        ("Toplantı İstanbul'daki ofisimizde olacak.", "Istanbul", "TR"),
        ("Eğitim Gaziantep'te düzenlenecek.", "Gaziantep", "TR"),
        ("Forum İzmir'de başlıyor.", "İzmir", "TR"),
        ("Katılımcılar Ankara'dan geliyor.", "Ankara", "TR"),
        ("Heyet Dar es Salaam'a gidiyor.", "Dar es Salaam", "TZ"),
        ("Seminer Kayseri’de yapılacak.", "Kayseri", "TR"),
    ],
)
def test_turkish_suffix_after_apostrophe(text: str, city: str, country: str) -> None:
    """A Turkish case suffix after an apostrophe (straight or curly) leaves the city name."""
    assert _cities(text) == [(city, country)]


def test_turkish_suffix_span_stops_at_the_apostrophe() -> None:
    """The place's text is the name as written, without the suffix."""
    text = "Çalıştay Ankara'da yapılacak."
    [place] = find_places(text)
    assert place.text == "Ankara" == text[place.span[0] : place.span[1]]


def test_turkish_suffix_written_on_in_turkish_text() -> None:
    """'Ankarada', 'Gaziantepte' (no apostrophe) count in a Turkish text, in vowel harmony."""
    assert _cities("Toplantı Ankarada, atölye Gaziantepte yapılacak.") == [
        ("Ankara", "TR"),
        ("Gaziantep", "TR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Agenda: Florida and Canada delegates meet.",  # no Turkish letters
        "Toplantı Ankarede yapılacak.",  # the suffix breaks vowel harmony
    ],
)
def test_turkish_suffix_written_on_needs_turkish_and_harmony(text: str) -> None:
    """A word ending like a Turkish suffix is no inflected city outside those conditions."""
    assert _cities(text) == []


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Семинар пройдет в Москве.", "Moscow", "RU"),
        ("Встреча состоится в Санкт-Петербурге.", "Saint Petersburg", "RU"),
        ("Форум пройдет в Алматы.", "Almaty", "KZ"),
        ("Встреча в Бишкеке.", "Bishkek", "KG"),
        ("Тренинг в Ташкенте.", "Tashkent", "UZ"),
        ("Конференция в Киеве.", "Kyiv", "UA"),
        ("Делегация из Москвы прибудет.", "Moscow", "RU"),
        ("Круглый стол в Казани.", "Kazan", "RU"),
        ("Конференція відбудеться в Києві.", "Kyiv", "UA"),
        ("Зустріч у Львові.", "Lviv", "UA"),
        ("Семінар у Харкові.", "Kharkiv", "UA"),
        ("Тренінг в Одесі.", "Odesa", "UA"),
    ],
)
def test_russian_and_ukrainian_case_forms(text: str, city: str, country: str) -> None:
    """Prepositional and genitive case forms resolve to the city's nominative name."""
    assert _cities(text) == [(city, country)]


def test_small_city_in_a_case_form_needs_a_place_word() -> None:
    """A smaller city in a case form counts after 'в' but not on its own."""
    assert _cities("Семинар пройдет в Караколе.") == [("Karakol", "KG")]
    assert _cities("Семинар. Караколе нет.") == []


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("ورشة عمل بالقاهرة", "Cairo", "EG"),
        ("ندوة في عمان والرباط", "Amman", "JO"),
        ("ورشة عمل بالدار البيضاء", "Casablanca", "MA"),
        ("ينعقد اللقاء في الدار البيضاء", "Casablanca", "MA"),
    ],
)
def test_arabic_clitics_also_on_multiword_names(text: str, city: str, country: str) -> None:
    """An attached و/ب/ل is undone on one-word names and on the first word of longer ones."""
    assert _cities(text)[0] == (city, country)


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Mkutano utafanyika jijini Dar es Salaam.", "Dar es Salaam", "TZ"),
        ("Warsha itafanyika mjini Mombasa.", "Mombasa", "KE"),
        ("Lokakarya diadakan di Jakarta.", "Jakarta", "ID"),
        ("Pelatihan di Kota Bandung.", "Bandung", "ID"),
    ],
)
def test_swahili_and_indonesian_place_phrases(text: str, city: str, country: str) -> None:
    """Swahili 'jijini'/'mjini' and Indonesian 'di'/'Kota' leave the city name readable."""
    assert (city, country) in _cities(text)


def test_inflected_common_word_is_no_city() -> None:
    """A common word kept from cities stays one with a suffix ('Mission's')."""
    assert _cities("The Mission's report is out.") == []


def test_turkish_country_with_suffix() -> None:
    """Country names take the same suffixes ('Kenya'da')."""
    assert [code for code, _ in find_countries("Toplantı Kenya'da yapılacak.")] == ["KE"]


@pytest.mark.parametrize(
    ("body", "city", "zone"),
    [
        (
            "Sayın ortaklar,\n\nGöç ve istihdam çalıştayı 20 Kasım 2025 tarihinde saat 10:00'da "
            "Gaziantep'te yapılacaktır.\n",
            "Gaziantep",
            "Europe/Istanbul",
        ),
        (
            "Шановні колеги,\n\nСемінар з питань трудової міграції відбудеться 20 листопада "
            "2025 року о 10:00 у Львові.\n",
            "Lviv",
            "Europe/Kyiv",
        ),
    ],
)
def test_event_city_and_zone_from_inflected_name(
    extractor: Extractor, body: str, city: str, zone: str
) -> None:
    """An event mail naming its city only in an inflected form gets the city and its zone."""
    raw = plain_mail(
        "Invitation", body, sender="Ana Ruiz <ana@partner.example>", transfer_encoding=None
    )
    result = extractor.extract(raw)
    assert result.events
    fields = result.events[0].fields
    assert (fields["city"].value, fields["timezone"].value) == (city, zone)
