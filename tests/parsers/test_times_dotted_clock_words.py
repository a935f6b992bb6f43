"""A dotted clock time after a clock word is a time on its own ("в 14.00", "saat 10.00",
"um 14.00", "alle ore 10.00", "pukul 10.00", "klo 10.00"); a dotted date or number is not."""

from __future__ import annotations

from datetime import time

import pytest

from parsers.times import find_times


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Встреча начнётся в 15.30 по местному времени.", time(15, 30), None),
        ("Круглый стол пройдёт с 09.30 до 13.00 в Ташкенте.", time(9, 30), time(13, 0)),
        ("Toplantı saat 14.00'te başlayacaktır.", time(14, 0), None),
        ("Çalıştay 09.30-17.00 saatleri arasında yapılacaktır.", time(9, 30), time(17, 0)),
        ("Program saat 10.00 ile 12.30 arasında.", time(10, 0), time(12, 30)),
        ("Die Tagung beginnt um 09.30 im Rathaus.", time(9, 30), None),
        ("L'incontro inizierà alle ore 15.00 in sala A.", time(15, 0), None),
        ("Acara dimulai pukul 13.00 WITA di Makassar.", time(13, 0), None),
        ("Rapat jam 09.00 sampai 11.00 di kantor.", time(9, 0), time(11, 0)),
        ("Tilaisuus alkaa klo 10.00.", time(10, 0), None),
    ],
)
def test_dotted_time_after_a_clock_word(text: str, start: time, end: time | None) -> None:
    """The dotted time (or range) after a clock word in ru/tr/de/it/id/fi is read."""
    found = find_times(text)
    assert [(m.start, m.end) for m in found] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Семинар состоится 18.11.2025 в Алматы.",
        "Отчёт за период в 18.11 году не найден.",
        "Download the agenda v2.10 before the meeting.",
        "The fee rose by 1.50 last year.",
        "Il documento 10.30 è allegato.",
    ],
)
def test_dotted_dates_and_numbers_are_no_times(text: str) -> None:
    """A dotted date, a version or a lone number (no clock word) gives no time."""
    assert find_times(text) == []
