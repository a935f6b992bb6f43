"""Clock times told by a day-period word give 24 h times: Malay/Indonesian pagi, siang, petang,
sore, malam; Spanish, Portuguese and French period phrases; Arabic hour words with a period and
no "الساعة"; noon words as a range's start."""

from __future__ import annotations

from datetime import time

import pytest

from parsers.times import find_times


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Bengkel bermula 9.00 pagi hingga 1.00 petang.", time(9, 0), time(13, 0)),
        ("Majlis pada jam 8 malam di dewan utama.", time(20, 0), None),
        ("Acara pukul 10 pagi sampai 3 sore di aula.", time(10, 0), time(15, 0)),
        ("Rapat dimulai jam 1 siang.", time(13, 0), None),
        ("Sesi pukul 11 siang di bilik mesyuarat.", time(11, 0), None),
        ("Makan tengah hari pukul 12 tengah hari.", time(12, 0), None),
        ("Diskusi pukul 08.30 s.d. 12.00 WIB.", time(8, 30), time(12, 0)),
        ("Lokakarya pukul 13.00 s/d 16.00 WITA.", time(13, 0), time(16, 0)),
        ("Pelatihan pukul 09.00 sampai dengan 15.00 WIB.", time(9, 0), time(15, 0)),
        ("El foro empieza a las 10 de la mañana.", time(10, 0), None),
        ("La charla es a las 4 de la tarde.", time(16, 0), None),
        ("Abre desde el mediodía hasta las 3 de la tarde.", time(12, 0), time(15, 0)),
        ("A oficina começa às 10 da manhã.", time(10, 0), None),
        ("O debate é às 3 da tarde.", time(15, 0), None),
        ("Aberto do meio-dia às 15h.", time(12, 0), time(15, 0)),
        ("La séance débute à 15 h.", time(15, 0), None),
        ("L'atelier se tient de 10 h à midi.", time(10, 0), time(12, 0)),
        ("Rendez-vous à 14h30 devant la mairie.", time(14, 30), None),
        ("تبدأ الجلسة في العاشرة صباحًا.", time(10, 0), None),
        ("من التاسعة صباحاً حتى الواحدة ظهراً", time(9, 0), time(13, 0)),
        ("اللقاء الساعة 3 مساءً في القاعة.", time(15, 0), None),
        ("Lunch talk from noon to 2 in the hall.", time(12, 0), time(14, 0)),
        ("The briefing starts at midday.", time(12, 0), None),
    ],
)
def test_day_period_gives_24h_time(text: str, start: time, end: time | None) -> None:
    """The time or range written with a day-period word is read on the 24 h clock."""
    found = find_times(text)
    assert [(m.start, m.end) for m in found] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Sesi pagi akan membincangkan dasar baharu.",
        "Pada malam itu kami berkumpul.",
        "الدورة العاشرة للمنتدى صباحا",
        "الجلسة الثانية من المنتدى",
        "Nos vemos por la tarde en la sede.",
    ],
)
def test_period_word_without_hour_is_no_time(text: str) -> None:
    """A period word with no hour before it, or an Arabic ordinal without one, is no time."""
    assert find_times(text) == []
