"""parsers.zones: zones written as '<time word> <city or region>' in Arabic, Russian, Swahili,
Turkish, French, Spanish, Portuguese and English map to the place's IANA zone."""

from __future__ import annotations

import pytest
from mailkit import DATE_2026, plain_mail

from parsers.extract import Extractor
from parsers.times import find_times
from parsers.zones import zone_from_text


@pytest.mark.parametrize(
    ("written", "zone"),
    [
        ("بتوقيت الدار البيضاء", "Africa/Casablanca"),
        ("بتوقيت جدة", "Asia/Riyadh"),
        ("بتوقيت القاهرة عبر", "Africa/Cairo"),
        ("по московскому времени", "Europe/Moscow"),
        ("МСК", "Europe/Moscow"),
        ("мск", "Europe/Moscow"),
        ("по ташкентскому времени", "Asia/Tashkent"),
        ("по времени Бишкека", "Asia/Bishkek"),
        ("по минскому времени", "Europe/Minsk"),
        ("saa za Afrika Mashariki", "Africa/Nairobi"),
        ("saa za Tanzania", "Africa/Dar_es_Salaam"),
        ("saa za Kigali", "Africa/Kigali"),
        ("TSİ", "Europe/Istanbul"),
        ("Türkiye saati", "Europe/Istanbul"),
    ],
)
def test_written_zone_names(written: str, zone: str) -> None:
    """Russian, Swahili and Turkish zone phrases and Arabic city names after 'بتوقيت' map to
    the zone; words read past an Arabic city are dropped."""
    assert zone_from_text(written) == zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("начало в 15:00 по московскому времени", "Europe/Moscow"),
        ("начало в 15:00 (мск)", "Europe/Moscow"),
        ("kuanzia 14:00 saa za Afrika Mashariki", "Africa/Nairobi"),
        ("saat 14:00 TSİ", "Europe/Istanbul"),
        ("a las 15:00 hora de Lima", "America/Lima"),
        ("الساعة 15:00 بتوقيت الدار البيضاء", "Africa/Casablanca"),
    ],
)
def test_zone_phrases_after_a_clock_time(text: str, zone: str) -> None:
    """The time grammar reads these zone phrases after a clock time ('hora de' is no hours
    word before a place) and they map to the place's zone."""
    mentions = [m for m in find_times(text) if m.zone]
    assert mentions and zone_from_text(mentions[0].zone or "") == zone


def test_online_russian_webinar_in_moscow_time(extractor: Extractor) -> None:
    """An online Russian webinar 'в 11:00 МСК' has the Moscow zone though it names no city."""
    body = (
        "Коллеги,\n\nПриглашаем вас на вебинар о трудовой миграции 18 ноября 2026 года "
        "в 11:00 МСК.\nСсылка: https://zoom.us/j/987654321\n"
    )
    raw = plain_mail("Вебинар", body, date=DATE_2026)
    result = extractor.extract(raw)
    fields = {name: fv.value for name, fv in result.events[0].fields.items()}
    assert fields["timezone"] == "Europe/Moscow" and fields["mode"] == "online"
