"""Multi-day events: start is the programme's first item, end is the close on the last day."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.extract import Extractor
from parsers.settings import ExtractSettings
from parsers.temporal import find_dates

_HEAD = (
    "From: Sender <s@example.org>\nTo: net@example.org\nSubject: Invitation\n"
    "Date: Mon, 03 Nov 2025 09:00:00 +0000\nMessage-ID: <{mid}@example.org>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
)


def _times(body: str) -> tuple[object, object, object, object]:
    raw = (_HEAD.format(mid=abs(hash(body))) + body).encode()
    event = Extractor(ExtractSettings(use_nlp=False)).extract(raw).events[0].fields
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
def test_multiday_close_on_last_day(body: str, expected: tuple[object, ...]) -> None:
    """The end time is the last day's close (a sentence, a per-day programme, per-day hours);
    a welcome/registration line of the programme is not the start."""
    assert _times(body) == expected


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
