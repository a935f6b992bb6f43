"""Language detection for Swahili and Turkish mails, without mislabelling the others."""

from __future__ import annotations

import pytest

from parsers.language import detect_language

SW = (
    "Ndugu washirika, tunayo furaha kuwaalika kwenye warsha ya siku mbili kuhusu haki za "
    "wafanyakazi wahamiaji. Warsha itafanyika tarehe 20 Agosti katika ukumbi wa mikutano."
)
TR = (
    "Değerli ortaklarımız, göçmen işçilerin haklarına ilişkin çalıştayımız 3-5 Haziran "
    "tarihlerinde Ankara'da yapılacaktır. Katılım için lütfen kayıt formunu doldurunuz."
)


@pytest.mark.parametrize(("text", "lang"), [(SW, "sw"), (TR, "tr")])
def test_detects_swahili_and_turkish(text: str, lang: str) -> None:
    """Swahili and Turkish invitation paragraphs are recognised, not taken for es/pt/it."""
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Estimados colegas, la reunión de la red será en la sede del ministerio.", "es"),
        ("Prezados colegas, o seminário será realizado na sede da organização.", "pt"),
        ("Chers collègues, l'atelier aura lieu au siège de l'organisation.", "fr"),
        ("Gentili colleghi, l'incontro si terrà nella sede della rete.", "it"),
        ("Dear colleagues, the dialogue will be held in Nairobi, Kenya.", "en"),
    ],
)
def test_new_languages_do_not_take_existing_ones(text: str, lang: str) -> None:
    """Adding sw/tr function words leaves short es/pt/fr/it/en sentences with their language."""
    assert detect_language(text) == lang


def test_english_mail_with_swahili_place_names_stays_english() -> None:
    """Swahili place or office names inside an English mail do not make it Swahili."""
    text = (
        "Dear partners, please join us for the Mombasa county dialogue on labour mobility at "
        "Ukumbi wa Mikutano, Bandari Towers, on 12 May. Kind regards, the secretariat."
    )
    assert detect_language(text) == "en"
