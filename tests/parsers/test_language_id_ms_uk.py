"""Language detection for Indonesian, Malay and Ukrainian mails (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from parsers.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kepada Bapak/Ibu yang kami hormati, kami mengundang Anda untuk hadir dalam "
            "lokakarya tentang migrasi tenaga kerja yang akan diadakan di Jakarta.",
            "id",
        ),
        (
            "Dengan hormat, tuan dan puan dijemput hadir ke majlis yang akan diadakan di Dewan "
            "Besar. Sila hubungi pejabat kami jika ada sebarang pertanyaan.",
            "ms",
        ),
        ("Шановні колеги, запрошуємо вас на семінар, який відбудеться у Києві.", "uk"),
        ("Уважаемые коллеги, приглашаем вас на семинар, который состоится в Москве.", "ru"),
        ("Dear colleagues, the dialogue will be held in Jakarta, Indonesia.", "en"),
    ],
)
def test_indonesian_malay_ukrainian_detected(text: str, lang: str) -> None:
    """Indonesian and Malay are told apart from each other and from English; Ukrainian from
    Russian by the letters only one of them writes."""
    assert detect_language(text) == lang
