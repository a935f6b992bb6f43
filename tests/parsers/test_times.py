"""The time-of-day grammar (parsers.times.find_times) on short texts written for these tests."""

from __future__ import annotations

from datetime import time

import pytest

from parsers.times import TimeMention, find_times


def one(text: str) -> TimeMention:
    found = find_times(text)
    assert len(found) == 1, found
    return found[0]


def hm(value: time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


@pytest.mark.parametrize(
    ("text", "start", "end", "zone"),
    [
        ("10am - 1pm EAT", "10:00", "13:00", "EAT"),
        ("10:00-12:00 CET", "10:00", "12:00", "CET"),
        ("2pm", "14:00", None, None),
        ("14h00 GMT", "14:00", None, "GMT"),
        ("14 h 30", "14:30", None, None),
        ("9:30 a.m. (EST)", "09:30", None, "EST"),
        ("de 9h à 13h", "09:00", "13:00", None),
        ("de 15:00 a 18:00 horas", "15:00", "18:00", None),
        ("das 14h30 às 17h30", "14:30", "17:30", None),
        ("1:15 – 2:30 p.m. (EDT)", "13:15", "14:30", "EDT"),
        ("17 h 30 à 20 h", "17:30", "20:00", None),
        ("10 - 1pm", "10:00", "13:00", None),
        ("9-11am", "09:00", "11:00", None),
        ("11:30 – 1 p.m.", "11:30", "13:00", None),
        ("12 noon", "12:00", None, None),
        ("12am", "00:00", None, None),
        ("10:00 GMT+3", "10:00", None, "GMT+3"),
        ("10:00 (UTC+05:45)", "10:00", None, "UTC+05:45"),
        ("09:00 Geneva time", "09:00", None, "Geneva time"),
        ("10:00 heure de Genève", "10:00", None, "heure de Genève"),
        ("15:00 hrs CET/CEST", "15:00", None, "CET/CEST"),
        ("14:00 بتوقيت جرينتش", "14:00", None, "بتوقيت جرينتش"),
        ("10.30 am", "10:30", None, None),
        ("a las 10 de la mañana", "10:00", None, None),
        ("a las 7 de la tarde", "19:00", None, None),
        ("10:00 ET", "10:00", None, "ET"),
        ("15 Uhr", "15:00", None, None),
        ("09:00:00", "09:00", None, None),
    ],
)
def test_times_and_ranges(text: str, start: str, end: str | None, zone: str | None) -> None:
    """Clock times, ranges and zones in en/fr/es/pt/de forms."""
    mention = one(text)
    assert (hm(mention.start), hm(mention.end), mention.zone) == (start, end, zone)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("الساعة ١٠:٠٠ صباحاً", "10:00"),
        ("١:٠٠ ظهراً", "13:00"),
        ("١٢:٠٠ ظهراً", "12:00"),
        ("٧:٣٠ مساءً", "19:30"),
        ("الساعة 3:00 م", "15:00"),
        ("الساعة ١٠", "10:00"),
    ],
)
def test_arabic_times(text: str, start: str) -> None:
    """Arabic-Indic digits with صباحاً (am), ظهراً (noon: 1 is 13:00), مساءً (pm)."""
    assert hm(one(text).start) == start


def test_span_and_text_index_the_original() -> None:
    """The span covers the times and the zone in the original text (Arabic digits kept)."""
    text = "Le webinaire commence à 14 h 30 (heure de Genève)."
    mention = one(text)
    assert text[mention.span[0] : mention.span[1]] == mention.text
    assert mention.text.startswith("14 h 30")
    assert mention.zone == "heure de Genève"


def test_range_with_am_start_keeps_a_later_end() -> None:
    """ "10am - 2" ends at 14:00: the end follows the start."""
    mention = one("10am - 2")
    assert (hm(mention.start), hm(mention.end)) == ("10:00", "14:00")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Registration: 8:30", "registration"),
        ("Accueil des participants à 8h30", "registration"),
        ("Welcome coffee 9:00-9:30", "coffee"),
        ("Lunch 12:30-13:30", "lunch"),
        ("Almuerzo a las 13:00", "lunch"),
        ("Doors open at 18:00", "arrival"),
        ("Cocktail reception from 19:00", "reception"),
        ("Time: 10:00-12:00 CET", "event"),
        ("10:00-12:00 CET", None),
    ],
)
def test_cues(text: str, cue: str | None) -> None:
    """Words before a time on its line say what the time is for."""
    assert one(text).cue == cue


def test_cue_comes_from_the_nearest_word() -> None:
    """Registration at 8:30 then the opening at 9:00: each time gets its own cue."""
    found = find_times("Registration 8:30; opening session 9:00")
    assert [m.cue for m in found] == ["registration", "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Call +41 22 917 1234 or +254 20 762 1234",
        "The fee is $10, or 12.50 EUR",
        "CH-1211 Geneva 10",
        "version 2.1 and 10.12",
        "GCM Objective 6",
        "Room 12.03, floor 3",
        "meeting on 30.01.2024 in room 10-12",
        "https://example.org/live?t=10:00",
        "at 10 locations across 3 countries",
        "a 2h session with 8 hours of training",
        "from 9 to 5",
        "1st and 2nd editions",
        "10-12 March",
        "1:2 ratio",
        "2024",
    ],
)
def test_false_hits_are_avoided(text: str) -> None:
    """Phones, money, postcodes, versions, rooms, dates, URLs, counts, durations: not times."""
    assert find_times(text) == []


def test_several_times_in_order() -> None:
    """Times of a programme come back in text order."""
    text = "09:00 Registration\n09:30-11:00 Panel 1\n11:00 Coffee\n2pm - 4pm (CET) Panel 2"
    found = find_times(text)
    assert [(hm(m.start), hm(m.end)) for m in found] == [
        ("09:00", None),
        ("09:30", "11:00"),
        ("11:00", None),
        ("14:00", "16:00"),
    ]
    assert found[-1].zone == "CET"


def test_lowercase_et_is_not_a_zone() -> None:
    """French "et" after a time is a conjunction, not Eastern Time."""
    mention = one("10:00 et 12:00")
    assert mention.zone is None
    assert (hm(mention.start), hm(mention.end)) == ("10:00", "12:00")


def test_noon_words_end_or_start_a_range() -> None:
    """ "10am to noon", "de 9h à midi", "noon - 2pm": noon words are 12:00 in a range."""
    assert [(hm(m.start), hm(m.end)) for m in find_times("10am to noon; de 9h à midi")] == [
        ("10:00", "12:00"),
        ("09:00", "12:00"),
    ]
    assert (hm(one("noon - 2pm").start), hm(one("noon - 2pm").end)) == ("12:00", "14:00")


def test_a_range_never_spans_two_lines() -> None:
    """Two times on consecutive lines are two times, not a range."""
    assert [(hm(m.start), hm(m.end)) for m in find_times("09:00\n11:00 coffee")] == [
        ("09:00", None),
        ("11:00", None),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("10.00-12.00 CET", "10:00", "12:00"),
        ("10.00 CET", "10:00", None),
        ("15.00-17.00", "15:00", "17:00"),
        ("15.00-17.00 Uhr", "15:00", "17:00"),
    ],
)
def test_dotted_times_in_ranges_or_with_a_zone(text: str, start: str, end: str | None) -> None:
    """ "10.00-12.00" is a time range; a dotted number alone or a small decimal range is not."""
    mention = one(text)
    assert (hm(mention.start), hm(mention.end)) == (start, end)
    assert find_times("price 1.50-2.50, score 10.30") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("من الساعة ٩:٠٠ صباحاً حتى الساعة ٢:٠٠ ظهراً", "09:00", "14:00"),
        ("de las 9:00 a las 14:00", "09:00", "14:00"),
        ("de la 1 a las 3 de la tarde", "13:00", "15:00"),
    ],
)
def test_clock_word_repeated_after_the_connector(text: str, start: str, end: str) -> None:
    """ "from the hour X until the hour Y" (ar), "de las X a las Y" (es) are ranges."""
    mention = one(text)
    assert (hm(mention.start), hm(mention.end)) == (start, end)


def test_city_in_parentheses_is_the_zone() -> None:
    """ "10:00 (Geneva), 04:00 (New York)": a known city in parentheses is the zone as written."""
    assert [m.zone for m in find_times("10:00 (Geneva), 04:00 (New York)")] == [
        "(Geneva)",
        "(New York)",
    ]
    assert one("10:00 (Room 4)").zone is None


def test_outlook_when_line_keeps_the_display_zone() -> None:
    """Outlook's "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris" is kept whole as the zone."""
    mention = one(
        "When: 15 May 2024 2:00 PM-3:30 PM. (UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
    )
    assert (hm(mention.start), hm(mention.end)) == ("14:00", "15:30")
    assert mention.zone == "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"


def test_numeric_date_repeated_before_the_end_time() -> None:
    """ "15/05/2024 09:00 - 15/05/2024 17:00" is one time range."""
    mention = one("15/05/2024 09:00 - 15/05/2024 17:00")
    assert (hm(mention.start), hm(mention.end)) == ("09:00", "17:00")


def test_zone_city_with_a_lowercase_link_word() -> None:
    """ "hora de Ciudad de México" is kept whole."""
    assert one("9:00 a 10:30 (hora de Ciudad de México)").zone == "hora de Ciudad de México"


@pytest.mark.parametrize(
    ("text", "start", "end", "zone"),
    [
        ("1400 hrs EAT", "14:00", None, "EAT"),
        ("1000-1230hrs", "10:00", "12:30", None),
        ("1000 to 1230 hrs (GMT+3)", "10:00", "12:30", "GMT+3"),
        ("0930h CET", "09:30", None, "CET"),
    ],
)
def test_four_digit_times_with_an_hours_suffix(
    text: str, start: str, end: str | None, zone: str | None
) -> None:
    """ "1400 hrs" is 14:00; four digits without the suffix ("room 1400", "in 2024") are not."""
    mention = one(text)
    assert (hm(mention.start), hm(mention.end), mention.zone) == (start, end, zone)
    assert find_times("room 1400, in 2024, call 1234") == []


@pytest.mark.parametrize(
    "text", ["10:00 CET - 12:00", "10:00 (GMT+3) to 12:00", "9am ET - 11am ET"]
)
def test_zone_written_after_the_first_end_of_a_range(text: str) -> None:
    """A zone after the start time does not break the range."""
    mention = one(text)
    assert mention.end is not None
    assert mention.zone is not None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("الساعة العاشرة صباحاً", "10:00", None),
        ("من الساعة التاسعة والنصف صباحاً حتى الساعة الواحدة ظهراً", "09:30", "13:00"),
        ("الساعة السابعة مساءً", "19:00", None),
        ("الساعة الحادية عشرة والربع", "11:15", None),
    ],
)
def test_arabic_hours_in_words(text: str, start: str, end: str | None) -> None:
    """Arabic hours written as ordinal words, with والنصف/والربع and صباحاً/ظهراً/مساءً."""
    mention = one(text)
    assert (hm(mention.start), hm(mention.end)) == (start, end)
    assert text[mention.span[0] : mention.span[1]] == mention.text


def test_arabic_word_time_keeps_its_zone() -> None:
    """ "بتوقيت القاهرة" after a time in words is its zone."""
    assert one("الساعة الثانية عشرة ظهراً بتوقيت القاهرة").zone == "بتوقيت القاهرة"


@pytest.mark.parametrize(
    "text",
    [
        "The debate starts at noon.",
        "Rendez-vous à midi.",
        "Empieza al mediodía.",
        "Início ao meio-dia.",
    ],
)
def test_noon_word_alone_is_twelve(text: str) -> None:
    """'at noon', 'à midi', 'al mediodía', 'ao meio-dia' alone are 12:00 without an end."""
    [mention] = find_times(text)
    assert (mention.start, mention.end) == (time(12, 0), None)


def test_noon_without_a_preposition_and_durations_are_not_times() -> None:
    """'before noon' is no time; '14 heures de débat' is a duration, not 14:00."""
    assert find_times("Please reply before noon.") == []
    assert find_times("Nous prévoyons 14 heures de débat.") == []


def test_opening_event_and_daily_hours_are_cued() -> None:
    """A vernissage time and the daily opening hours carry different cues."""
    found = find_times("Vernissage : jeudi à 18 h 30. Horaires d'ouverture : 10 h - 19 h.")
    assert [(m.start, m.cue) for m in found] == [(time(18, 30), "vernissage"), (time(10), "hours")]
