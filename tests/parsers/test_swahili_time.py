"""Swahili clock times (parsers.swahili_time through parsers.times.find_times)."""

from __future__ import annotations

import pytest

from parsers.times import find_times


def clocks(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.start.strftime("%H:%M"), m.end.strftime("%H:%M") if m.end else None)
        for m in find_times(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("saa 3:00 asubuhi", ("09:00", None)),
        ("Saa 1 Asubuhi", ("07:00", None)),
        ("saa 6 mchana", ("12:00", None)),
        ("saa 8 mchana", ("14:00", None)),
        ("saa 10 jioni", ("16:00", None)),
        ("saa 2 usiku", ("20:00", None)),
        ("saa tatu asubuhi", ("09:00", None)),
        ("saa nne na nusu", ("10:30", None)),
        ("kuanzia saa 3:00 asubuhi hadi saa 7:00 mchana", ("09:00", "13:00")),
        ("saa 2 hadi 4 asubuhi", ("08:00", "10:00")),
    ],
)
def test_swahili_hours_count_from_dawn(text: str, expected: tuple[str, str | None]) -> None:
    """A Swahili hour is the international one minus six; the period word picks the half day."""
    assert clocks(text) == [expected]


def test_international_hour_with_a_period_word_is_kept() -> None:
    """ "saa 9:00 asubuhi" cannot be Swahili 03:00 in the morning: it is 09:00."""
    assert clocks("saa 9:00 asubuhi") == [("09:00", None)]


def test_twenty_four_hour_times_after_saa_stay_as_written() -> None:
    """ "saa 14:00 hadi 16:00" is an international range, joined by "hadi"."""
    assert clocks("saa 14:00 hadi 16:00") == [("14:00", "16:00")]


def test_russian_range_joined_by_do() -> None:
    """ "с 10:00 до 12:00" is one range."""
    assert clocks("с 10:00 до 12:00") == [("10:00", "12:00")]
