"""Invitation words around the event's name are noise: Malay "Jemputan ke …" and Indonesian
"Undangan menghadiri …" before it, Turkish "… -(n/y)a davet" after it (the name then loses its
dative ending), and a Turkish predicate or place word next to a name read from prose."""

from __future__ import annotations

import pytest

from parsers.title import choose_title, strip_subject, turkish_invited


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Jemputan ke Bengkel Pengurusan Data Migrasi", "Bengkel Pengurusan Data Migrasi"),
        ("Jemputan: Persidangan Serantau Mobiliti Buruh", "Persidangan Serantau Mobiliti Buruh"),
        (
            "Jemputan Menghadiri Majlis Pelancaran Laporan Tahunan",
            "Majlis Pelancaran Laporan Tahunan",
        ),
        (
            "Undangan Menghadiri Sosialisasi Hak Pekerja Rumah Tangga",
            "Sosialisasi Hak Pekerja Rumah Tangga",
        ),
        (
            "Undangan untuk Mengikuti Webinar Reintegrasi Purna Migran",
            "Webinar Reintegrasi Purna Migran",
        ),
        ("Undangan Lokakarya Data Mobilitas Penduduk", "Lokakarya Data Mobilitas Penduduk"),
        ("Davet: Sınır Ötesi Hareketlilik Çalıştayına davet", "Sınır Ötesi Hareketlilik Çalıştayı"),
        ("Kırsal Göç Konferansına Davetiye", "Kırsal Göç Konferansı"),
        ("Mevsimlik İşçiler Toplantısına Davet", "Mevsimlik İşçiler Toplantısı"),
        (
            "Invitation to the Peer Learning Workshop on Return",
            "Peer Learning Workshop on Return",
        ),
    ],
)
def test_subject_invitation_words_are_stripped(subject: str, title: str) -> None:
    """The invitation word (and its preposition, verb or case ending) leaves the subject."""
    assert strip_subject(subject) == title


@pytest.mark.parametrize(
    "text",
    [
        "Jemputan ke rumah terbuka keluarga",
        "Ali Yılmaz'a davet",
        "Toplantıya katılım",
        "Undangan",
    ],
)
def test_invitation_without_event_word_is_kept(text: str) -> None:
    """Without an event word after (or, in Turkish, before) it, the text is left whole."""
    assert turkish_invited(text) is None
    assert strip_subject(text) == text


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (
            "Davet",
            "Sayın ilgili,\n\nKayıt Dışı İstihdam ve Göç Çalıştayına sizi davet ediyoruz. "
            "20 Mayıs 2025, İzmir.\n",
            "Kayıt Dışı İstihdam ve Göç Çalıştayı",
        ),
        (
            "Davet",
            "Sayın ilgili,\n\nVakfımızca düzenlenecek Göçmen Kadınlar ile Dayanışma Paneline "
            "katılımınızı rica ederiz.\n",
            "Göçmen Kadınlar ile Dayanışma Paneli",
        ),
        (
            "Davet",
            "Sayın ilgili,\n\nBursa'da Bölgesel Uyum Forumu 20 Mayıs 2025 tarihinde "
            "gerçekleştirilecektir.\n",
            "Bölgesel Uyum Forumu",
        ),
        (
            "Jemputan",
            "Tuan/Puan,\n\nDengan sukacitanya kami menjemput tuan/puan ke Bengkel Hak Pekerja "
            "Asing pada 20 Mei 2025 di Ipoh.\n",
            "Bengkel Hak Pekerja Asing",
        ),
        (
            "Undangan",
            "Yth. Bapak/Ibu,\n\nKami mengundang Bapak/Ibu untuk menghadiri Lokakarya Tata Kelola "
            "Migrasi Desa pada hari Selasa, 20 Mei 2025 di Mataram.\n",
            "Lokakarya Tata Kelola Migrasi Desa",
        ),
        (
            "Save the date",
            "Dear colleagues,\n\nThe Climate and Mobility Forum will be held on 20 May 2025 in "
            "Suva.\n",
            "Climate and Mobility Forum",
        ),
    ],
)
def test_body_name_around_invitation(subject: str, body: str, title: str) -> None:
    """Under a generic subject the body's name is read without the invitation verb, the case
    ending, the predicate, a place word before it or its "on <date>" tail."""
    cand = choose_title(subject, body)
    assert cand is not None and cand.text == title
