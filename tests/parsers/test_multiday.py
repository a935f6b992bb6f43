"""Multi-day events: start is the programme's first item, end is the close on the last day."""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.temporal import find_dates


def _times(extractor: Extractor, body: str) -> tuple[object, object, object, object]:
    raw = plain_mail("Invitation", body)
    event = extractor.extract(raw).events[0].fields
    return (
        event["start_date"].value,
        event["end_date"].value,
        event["start_time"].value,
        event["end_time"].value,
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Training on migration data for journalists\n\n"
            "From 24 to 26 November 2025 in Lusaka, 9:00 to 17:00 each day, "
            "ending at 13:00 on 26 November.\n",
            (date(2025, 11, 24), date(2025, 11, 26), "09:00", "13:00"),
        ),
        (
            "Séminaire sur les retours volontaires\n\nDu 1er au 2 décembre 2025, Abidjan\n\n"
            "Programme\nLundi 1er décembre\n  8h00  Accueil des participants\n"
            "  8h45  Ouverture officielle\n  12h30  Déjeuner\n"
            "Mardi 2 décembre\n  9h00  Travaux en groupes\n  15h45  Clôture\n",
            (date(2025, 12, 1), date(2025, 12, 2), "08:45", "15:45"),
        ),
        (
            "Encuentro de redes de acogida\n\nsábado 6 y domingo 7 de diciembre de 2025, "
            "en Rosario\n\nHorario: sábado de 9:00 a 19:00; domingo de 10:00 a 13:30\n",
            (date(2025, 12, 6), date(2025, 12, 7), "09:00", "13:30"),
        ),
    ],
)
def test_multiday_close_on_last_day(
    extractor: Extractor, body: str, expected: tuple[object, ...]
) -> None:
    """The end time is the last day's close (a sentence, a per-day programme, per-day hours);
    a welcome/registration line of the programme is not the start."""
    assert _times(extractor, body) == expected


def test_consecutive_days_joined_by_and_are_one_range() -> None:
    """'30 de noviembre y 1 de diciembre' is a two-day range; non-consecutive days are not."""
    ref = date(2025, 11, 1)
    joined = find_dates("el 30 de noviembre y el 1 de diciembre de 2025", reference=ref)
    assert [(m.start, m.end) for m in joined][:1] != [] and joined[0].end == date(2025, 12, 1)
    apart = find_dates("on 4 December and 12 December 2025", reference=ref)
    assert [(m.start, m.end) for m in apart] == [
        (date(2025, 12, 4), date(2025, 12, 4)),
        (date(2025, 12, 12), date(2025, 12, 12)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Day 2 – 13 November 2025", [(date(2025, 11, 13), date(2025, 11, 13))]),
        ("Jour 1 - 12 novembre 2025", [(date(2025, 11, 12), date(2025, 11, 12))]),
        ("Sesión 3 – 14 de noviembre de 2025", [(date(2025, 11, 14), date(2025, 11, 14))]),
        ("12-13 November 2025", [(date(2025, 11, 12), date(2025, 11, 13))]),
    ],
)
def test_counter_before_a_date_is_no_range(text: str, expected: list[tuple[date, date]]) -> None:
    """'Day 2 – 13 November' is the 13th (a day counter), never the range 2-13 November."""
    found = find_dates(text, reference=date(2025, 11, 3))
    assert [(m.start, m.end) for m in found] == expected


def test_day_headed_programme_closes_on_the_last_days_closing(extractor: Extractor) -> None:
    """Under 'Day 1 – date'/'Day 2 – date' headings the end is the last day's closing item."""
    body = (
        "Subregional Workshop on Coastal Displacement, 18-19 November 2025, Hotel Lagoon, "
        "Cotonou.\n\nDay 1 – 18 November 2025\n09:00 Opening\n10:30 Panel on data\n\n"
        "Day 2 – 19 November 2025\n09:00 Working groups\n15:30 Closing session\n"
    )
    assert _times(extractor, body) == (date(2025, 11, 18), date(2025, 11, 19), "09:00", "15:30")


def test_one_day_programme_ends_with_its_last_item(extractor: Extractor) -> None:
    """A one-day programme of time lines ends with the last item's end, not the first's."""
    body = (
        "National Consultation on Migration Data, 18 November 2025, Hotel Lagoon, Cotonou.\n\n"
        "09:00-09:30 Opening remarks\n09:30-11:00 Panel on census data\n"
        "11:30-13:00 Working groups and conclusions\n"
    )
    assert _times(extractor, body) == (date(2025, 11, 18), date(2025, 11, 18), "09:00", "13:00")
