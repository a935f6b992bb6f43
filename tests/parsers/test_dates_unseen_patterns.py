"""The date grammar on forms seen in partner mail where whole events were missed: Indonesian,
Malay and Ukrainian dates, 'this Saturday' in more languages, emoji-labelled lines and invisible
characters, streets named after a date, and a publication date beside the event date. All
sentences and mails are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import PARTNER, only_event, plain_mail

from parsers.dates import find_dates
from parsers.extract import Extractor
from parsers.fold import fold

REF = date(2026, 11, 2)  # a Monday


def spans(text: str, language: str | None = None) -> list[tuple[str, str]]:
    found = find_dates(text, reference=REF, language=language)
    return [(m.start.isoformat(), m.end.isoformat()) for m in found]


def cues(text: str, language: str | None = None) -> list[str | None]:
    return [m.cue for m in find_dates(text, reference=REF, language=language)]


# --- Indonesian, Malay, Ukrainian ---


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Kamis, 18 November 2026", "id", "2026-11-18", "2026-11-18"),
        ("Jumat, tanggal 4 Desember", "id", "2026-12-04", "2026-12-04"),
        ("lokakarya tiga hari, 18–20 November", "id", "2026-11-18", "2026-11-20"),
        ("18 s.d. 20 November 2026", "id", "2026-11-18", "2026-11-20"),
        ("18 s/d 20 Nov 2026", "id", "2026-11-18", "2026-11-20"),
        ("dari 18 November sampai 20 November 2026", "id", "2026-11-18", "2026-11-20"),
        ("tanggal 18 hingga 20 Januari 2027", "id", "2027-01-18", "2027-01-20"),
        ("Sabtu, 21 Agustus 2027", "id", "2027-08-21", "2027-08-21"),
        ("5 Agt 2027", "id", "2027-08-05", "2027-08-05"),
        ("9 Okt 2027", "id", "2027-10-09", "2027-10-09"),
        ("12 Des", "id", "2026-12-12", "2026-12-12"),
        ("2 Maret 2027", "id", "2027-03-02", "2027-03-02"),
        ("Khamis, 3 Disember 2026", "ms", "2026-12-03", "2026-12-03"),
        ("10 Ogos 2027", "ms", "2027-08-10", "2027-08-10"),
        ("18 листопада 2026 року", "uk", "2026-11-18", "2026-11-18"),
        ("з 3 по 5 грудня", "uk", "2026-12-03", "2026-12-05"),
        ("у п\u02bcятницю, 20 листопада", "uk", "2026-11-20", "2026-11-20"),
    ],
)
def test_indonesian_malay_ukrainian_dates(text: str, lang: str, start: str, end: str) -> None:
    """Indonesian/Malay months, abbreviations, weekdays, 'tanggal', 's.d.'/'sampai'/'hingga'
    ranges and Ukrainian genitive months give the written dates."""
    assert spans(text, lang) == [(start, end)]


def test_des_is_a_month_only_in_indonesian() -> None:
    """'Des' (Desember) without a year is a month in Indonesian, not in French '12 des pays'."""
    assert spans("12 des pays membres", "fr") == []
    assert spans("12 Des", "id") == [("2026-12-12", "2026-12-12")]


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        ("Pendaftaran paling lambat 10 November 2026", "id", "deadline"),
        ("Batas pendaftaran: 10 November 2026", "id", "deadline"),
        ("Mohon mendaftar melalui formulir sebelum 10 November", "id", "deadline"),
        ("Acara akan diselenggarakan pada 18 November 2026", "id", "event"),
        ("Kegiatan ini telah dilaksanakan pada 18 Oktober 2026", "id", "past"),
        ("Семінар відбудеться 18 листопада", "uk", "event"),
        ("Реєстрація триває до 10 листопада", "uk", "deadline"),
    ],
)
def test_indonesian_and_ukrainian_cues(text: str, lang: str, cue: str) -> None:
    """Deadline ('paling lambat', 'batas pendaftaran', 'sebelum'), event and past phrases in
    Indonesian and Ukrainian give the date its cue."""
    assert cues(text, lang) == [cue]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("besok pukul 10.00", "id", "2026-11-03"),
        ("lusa", "id", "2026-11-04"),
        ("hari Sabtu ini", "id", "2026-11-07"),
        ("Sabtu ini", "id", "2026-11-07"),
        ("Kamis depan", "id", "2026-11-05"),
        ("pada hari Minggu", "id", "2026-11-08"),
        ("Jumamosi hii", "sw", "2026-11-07"),
        ("Jumamosi ijayo", "sw", "2026-11-07"),
        ("ce samedi", "fr", "2026-11-07"),
        ("samedi prochain", "fr", "2026-11-07"),
        ("este sábado", "es", "2026-11-07"),
        ("el sábado", "es", "2026-11-07"),
        ("no próximo sábado", "pt", "2026-11-07"),
        ("السبت القادم", "ar", "2026-11-07"),
        ("هذا السبت", "ar", "2026-11-07"),
        ("наступного четверга", "uk", "2026-11-05"),
        ("у цю суботу", "uk", "2026-11-07"),
        ("післязавтра", "uk", "2026-11-04"),
    ],
)
def test_relative_days_resolve_against_the_sent_date(text: str, lang: str, day: str) -> None:
    """'this/next Saturday', 'tomorrow' and 'the day after' in id/sw/fr/es/pt/ar/uk resolve
    against the reference (a Monday)."""
    assert spans(text, lang) == [(day, day)]


def test_minggu_depan_is_next_week_not_a_sunday() -> None:
    """Indonesian 'minggu' is both Sunday and week: 'minggu depan' (next week) is no date."""
    assert spans("Laporan akan dikirim minggu depan.", "id") == []


def test_lusa_is_indonesian_only() -> None:
    """'lusa' (the day after tomorrow) is not read in Portuguese ('Agência Lusa')."""
    assert spans("segundo a agência Lusa", "pt") == []


# --- emoji labels and invisible characters ---


@pytest.mark.parametrize(
    "text",
    [
        "📅 Sabtu, 21 November 2026",
        "📅\ufe0f21 November 2026",
        "21\u200dNovember 2026",
        "21\u200bNovember 2026",
        "21\u00a0November 2026",
        "21\u200f نوفمبر 2026",
    ],
)
def test_emoji_and_invisible_characters_do_not_block_a_date(text: str) -> None:
    """An emoji with its variation selector before a date, a zero-width joiner/space, an NBSP or
    a bidi mark between day and month leave the date readable."""
    assert spans(text) == [("2026-11-21", "2026-11-21")]


def test_fold_keeps_length_with_invisible_characters() -> None:
    """Folding maps each zero-width character to one space, so spans stay the original's."""
    text = "🗓\ufe0f 21\u200dNov\u2060"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text", ["🗓️ 21/11", "📅 21/11 pukul 10.00", "Tanggal: 21/11"])
def test_bare_day_month_after_a_calendar_emoji_or_label(text: str) -> None:
    """A year-less '21/11' on a line opened by a calendar emoji or a date label is a date."""
    assert spans(text) == [("2026-11-21", "2026-11-21")]


def test_bare_day_month_in_prose_is_still_no_date() -> None:
    """Without such a label a year-less '21/11' stays unread (a score, a fraction)."""
    assert spans("The vote ended 21/11 in favour.") == []


# --- streets named after a date ---


@pytest.mark.parametrize(
    "text",
    [
        "Rua 25 de Abril, 120",
        "Avenida 9 de Julio 1020",
        "Av. 9 de Julio 1020",
        "Calle 10 de Agosto",
        "Place du 14 Juillet",
        "12 rue du 4 Septembre",
        "شارع 26 يوليو",
        "ميدان 6 أكتوبر",
        "Praça 7 de Setembro",
        "Jl. 17 Agustus No. 5",
        "Jalan 17 Agustus",
        "Via 20 Settembre 8",
    ],
)
def test_street_named_after_a_date_is_no_date(text: str) -> None:
    """A date-looking phrase right after a street or square word is part of an address."""
    assert spans(text) == []


def test_event_date_beside_a_date_named_street_is_kept() -> None:
    """The street's date is dropped, the event date on the same line is kept."""
    text = "Na Rua 25 de Abril, 120, no dia 19 de novembro de 2026"
    assert spans(text, "pt") == [("2026-11-19", "2026-11-19")]


def test_take_place_before_a_date_is_no_square() -> None:
    """'takes place 14 July' is a date: only 'Place du' names a square."""
    assert spans("The dialogue takes place 14 July 2027.") == [("2027-07-14", "2027-07-14")]


# --- publication dates and deadlines beside the event date ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The report, published on 28 October 2026, will be launched on 18 November 2026.", "en"),
        ("Le rapport publié le 28 octobre 2026 sera présenté le 18 novembre 2026.", "fr"),
        ("El informe publicado el 28 de octubre de 2026 se presentará el 18 de noviembre.", "es"),
        ("Laporan yang diterbitkan pada 28 Oktober 2026 akan diluncurkan pada 18 November.", "id"),
    ],
)
def test_publication_date_is_not_the_event_date(text: str, lang: str) -> None:
    """A date right after 'published'/'publié'/'publicado'/'diterbitkan' is not the event's."""
    assert cues(text, lang) == ["past", "event"]


def test_a_future_publication_launch_is_not_past() -> None:
    """'will be published on' is no past publication: the date keeps its ordinary cue."""
    assert cues("The study will be published on 18 November 2026.") != ["past"]


def _start(extractor: Extractor, subject: str, body: str) -> date | None:
    raw = plain_mail(subject, body, sender=PARTNER, date="Mon, 02 Nov 2026 09:00:00 +0300")
    start: date | None = only_event(extractor, raw).value("start_date")
    return start


@pytest.mark.parametrize(
    ("subject", "body", "day"),
    [
        (
            "Invitation: community dialogue",
            "Dear partners,\n\nYou are invited to a community dialogue on safe migration.\n\n"
            "🗓️ 21/11\n🕙 10:00–12:00\n📍 Town Hall, Kampala\n\nPlease confirm your attendance.\n",
            date(2026, 11, 21),
        ),
        (
            "Mwaliko: mkutano wa wadau",
            "Ndugu washirika,\n\nTunawaalika kwenye mkutano wa wadau kuhusu uhamiaji salama "
            "Jumamosi hii saa 4 asubuhi katika ukumbi wa mikutano, Mombasa.\n\nAsante\n",
            date(2026, 11, 7),
        ),
        (
            "دعوة: ورشة عمل",
            "الزملاء الأعزاء،\n\nندعوكم لحضور ورشة عمل حول الهجرة الآمنة هذا السبت الساعة العاشرة "
            "صباحا في مقر الجمعية، القاهرة.\n\nمع التحية\n",
            date(2026, 11, 7),
        ),
        (
            "Convite: roda de conversa",
            "Prezados parceiros,\n\nConvidamos para uma roda de conversa sobre migração no "
            "próximo sábado, às 10h, na sede da associação, Rua 25 de Abril, 120, Lisboa.\n\n"
            "Atenciosamente\n",
            date(2026, 11, 7),
        ),
        (
            "Invitation: launch of the migration report",
            "Dear partners,\n\nThe Network's annual report, published on 28 October 2026, will "
            "be presented at a launch event.\nRegistration deadline: 12 November 2026.\nThe "
            "launch takes place on Thursday 19 November at 14:00 at UN House, Nairobi.\n\n"
            "Kind regards\n",
            date(2026, 11, 19),
        ),
    ],
)
def test_mails_with_these_forms_are_events_on_the_right_day(
    extractor: Extractor, subject: str, body: str, day: date
) -> None:
    """Whole mails: an emoji-labelled '21/11', 'Jumamosi hii', 'هذا السبت', a street named
    after a date beside 'próximo sábado', a report date and a deadline beside the event date."""
    assert _start(extractor, subject, body) == day
