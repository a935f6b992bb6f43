"""Indonesian, Malay and Ukrainian invitations are announcements with a type; thank-you notes and
reports in those languages stay non-events. Every mail here is written for this file."""

from __future__ import annotations

import pytest
from mailkit import headers_only

from parsers.event_type import classify_event_type
from parsers.extract import Extractor
from parsers.notification import announces_event, content_verdict
from parsers.settings import ExtractSettings


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Pemberitahuan", "Kami mengundang Bapak/Ibu pada tanggal 4 Maret 2026."),
        ("Info", "Lokakarya hak pekerja migran akan diselenggarakan 4 Maret 2026."),
        ("Info", "Pelatihan paralegal akan dilaksanakan pada 4 Maret 2026 di Medan."),
        ("Info", "Sosialisasi prosedur penempatan, Rabu 4 Maret 2026."),
        ("Info", "Acara peluncuran kajian remitansi, 4 Maret 2026."),
        ("Makluman", "Pihak kami ingin menjemput tuan/puan ke bengkel pada 4 Mac 2026."),
        ("Повідомлення", "Запрошуємо вас 4 березня 2026 року до Львова."),
        ("Інформація", "Круглий стіл щодо трудової міграції відбудеться 4 березня."),
        ("Інформація", "4 березня відкриється виставка фотографій про переселенців."),
    ],
)
def test_id_ms_uk_invitation_words_announce_an_event(subject: str, text: str) -> None:
    """Indonesian/Malay (mengundang, lokakarya, akan diselenggarakan, menjemput, bengkel) and
    Ukrainian (запрошуємо, круглий стіл, відбудеться, виставка) words make an announcement."""
    assert announces_event(subject, text)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Pemberitahuan", "Kantor kami pindah ke alamat baru mulai 4 Maret 2026."),
        ("Повідомлення", "Офіс буде зачинено 4 березня 2026 року."),
    ],
)
def test_plain_notices_announce_nothing(subject: str, text: str) -> None:
    """An office notice in Indonesian or Ukrainian without an event word is no announcement."""
    assert not announces_event(subject, text)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Terima kasih atas partisipasi",
            "Lokakarya telah dilaksanakan dengan baik minggu lalu. Laporan menyusul 20 Maret.",
        ),
        (
            "Terima kasih",
            "Terima kasih kerana hadir ke bengkel minggu lepas. Rakaman dikongsi 20 Mac.",
        ),
        (
            "Дякуємо за участь",
            "Дякуємо за участь у семінарі, що відбувся вчора. Звіт надішлемо 20 березня.",
        ),
    ],
)
def test_thanks_about_a_past_event_stay_non_events(subject: str, text: str) -> None:
    """An Indonesian, Malay or Ukrainian thank-you about a past event is no announcement, even
    with an event noun and a later date in it."""
    verdict = content_verdict(headers_only(subject), text, upcoming_dates=1, past_dates=0)
    assert not verdict.is_event_notification and "thank-you" in verdict.reason


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Laporan kegiatan lokakarya", "Berikut laporan lokakarya tanggal 10 Februari."),
        ("Звіт про семінар", "Надсилаємо звіт про семінар, що пройшов 10 лютого."),
    ],
)
def test_reports_about_past_events_are_reports(subject: str, text: str) -> None:
    """'Laporan' / 'Звіт' with only past dates is a report, not an event."""
    verdict = content_verdict(headers_only(subject), text, upcoming_dates=0, past_dates=1)
    assert not verdict.is_event_notification and verdict.reason.startswith("report")


@pytest.mark.parametrize(
    ("title", "language", "expected"),
    [
        ("Lokakarya perlindungan pekerja migran", "id", "knowledge_sharing"),
        ("Pelatihan paralegal untuk pendamping", "id", "knowledge_sharing"),
        ("Bengkel hak pekerja asing", "ms", "knowledge_sharing"),
        ("Dialog kebijakan migrasi tenaga kerja", "id", "policy_dialogue"),
        ("Meja bundar tata kelola migrasi", "id", "policy_dialogue"),
        ("Konsultasi dengan masyarakat sipil", "id", "stakeholder_consultation"),
        ("Konsultasi publik rancangan peraturan", "id", "stakeholder_consultation"),
        ("Pameran foto perjalanan pekerja migran", "id", "exhibition_cultural"),
        ("Peluncuran laporan remitansi 2026", "id", "knowledge_sharing"),
        ("Konferensi pers hari migran", "id", "media_engagement"),
        ("Семінар з трудової міграції", "uk", "knowledge_sharing"),
        ("Круглий стіл щодо повернення мігрантів", "uk", "policy_dialogue"),
        ("Консультації з громадянським суспільством", "uk", "stakeholder_consultation"),
        ("Виставка фотографій переселенців", "uk", "exhibition_cultural"),
        ("Прес-конференція до Дня мігранта", "uk", "media_engagement"),
    ],
)
def test_id_ms_uk_event_types(title: str, language: str, expected: str) -> None:
    """Indonesian, Malay and Ukrainian format words get their type: a workshop or training is
    knowledge sharing, a dialogue or round table a policy dialogue, a consultation a stakeholder
    consultation, an exhibition cultural, a press conference media; a report launch shares
    knowledge."""
    assert classify_event_type(title, "", language=language)[0] == expected


def test_bare_launch_word_in_the_body_is_weak() -> None:
    """A bare 'peluncuran' (launch) in the body alone is too weak to name a type."""
    assert classify_event_type("Acara", "Peluncuran program baru.", language="id")[0] == "other"


_HEAD = (
    "From: Mitra <mitra@partner.example>\nTo: net@example.org\nSubject: {subject}\n"
    "Date: Mon, 02 Nov 2026 09:00:00 +0700\nMessage-ID: <{mid}@partner.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
)


@pytest.mark.parametrize(
    ("subject", "body", "language"),
    [
        (
            "Undangan",
            "Yth. Bapak/Ibu,\n\nKami mengundang Bapak/Ibu untuk hadir pada lokakarya tentang "
            "pendataan pekerja migran yang akan diselenggarakan pada hari Selasa, 17 November "
            "2026, pukul 09.00 - 12.00 WIB di Surabaya.\n\nHormat kami,\nMitra\n",
            "id",
        ),
        (
            "Запрошення",
            "Шановні колеги,\n\nЗапрошуємо вас на семінар про захист прав мігрантів, який "
            "відбудеться 17 листопада 2026 року о 10:00 в Одесі.\n\nЗ повагою,\nМітра\n",
            "uk",
        ),
    ],
)
def test_id_and_uk_invitations_are_extracted(subject: str, body: str, language: str) -> None:
    """A whole Indonesian or Ukrainian invitation is an event notification with its date and a
    knowledge-sharing type."""
    raw = (_HEAD.format(subject=subject, mid=language) + body).encode()
    result = Extractor(ExtractSettings(use_nlp=False)).extract(raw)
    assert result.is_event_notification and result.language == language
    fields = result.events[0].fields
    assert str(fields["start_date"].value) == "2026-11-17"
    assert fields["event_type"].value == "knowledge_sharing"
