"""One language decision per message, per block in a mail that mixes languages (issue 9 item 2).

``parsers.extract`` decides the language once (``detect_language`` on the message, then
``block_languages`` per event block) and passes it down; the organiser finder uses the block's
language for the word that joins two organisers instead of guessing the language again.
"""

from __future__ import annotations

from mailkit import plain_mail

from parsers import fields as F
from parsers.extract import Extractor, gather_sources
from parsers.language import BLOCK_MIN_LETTERS, block_languages
from parsers.mime import parse_message
from parsers.organizer import organizer
from parsers.settings import ExtractSettings

_FR = (
    "Atelier sur la protection des travailleurs migrants saisonniers, le 12 mars 2026 à Lyon. "
    "Les participants échangeront sur les pratiques des communes et des associations de la "
    "région, avec une attention particulière pour les femmes et les jeunes qui arrivent pour "
    "la première fois dans le pays et qui ne connaissent pas encore leurs droits."
)
_EN = (
    "Workshop on the protection of seasonal migrant workers, on 19 March 2026 in Leeds. The "
    "participants will exchange on the practices of the councils and of the associations of "
    "the region, with a particular focus on the women and the young people who arrive for the "
    "first time in the country and who do not yet know their rights at work."
)


def test_long_blocks_of_a_mixed_mail_get_their_own_language() -> None:
    """In a mail of several blocks, a block long enough to judge gets its own language."""
    assert block_languages([_FR, _EN], "en") == ("fr", "en")


def test_short_block_and_lone_block_keep_the_message_language() -> None:
    """A short block, or the only block of a mail, keeps the message's language."""
    short = "Atelier le 12 mars à Lyon."
    assert len(short) < BLOCK_MIN_LETTERS
    assert block_languages([short, _EN], "en") == ("en", "en")
    assert block_languages([_FR], "en") == ("en",)


def test_extract_gives_each_block_of_a_mixed_mail_its_language(extractor: Extractor) -> None:
    """The extractor decides the language once per block and the events carry it through:
    the French item of an English mail is read as French. (``_prepare`` is the step that
    decides; it is called here to see the decision itself.)"""
    body = (
        f"Dear colleagues,\n\nTwo workshops:\n\n1. {_FR}\n\n2. {_EN}\n\nBest regards,\nThe team\n"
    )
    prepared = extractor._prepare(plain_mail("Two workshops in March", body))
    assert prepared.language == "en"
    assert [b.language for b in prepared.blocks] == ["fr", "en"]


def test_organiser_names_are_joined_in_the_language_passed_down() -> None:
    """Two organisations that only NER reads are joined with the block's own "and" ("na" in a
    Swahili mail), the language extract.py decided, not one guessed again by counting words."""
    body = (
        "Ndugu washirika,\n\nTunawaalika kwenye warsha kuhusu haki za wafanyakazi wahamiaji "
        "tarehe 14 Machi 2026 mjini Mombasa.\n\nKaribuni sana.\n"
    )
    msg = parse_message(plain_mail("Mwaliko: warsha ya wafanyakazi wahamiaji", body))
    sources = gather_sources(msg, ExtractSettings(use_nlp=False))
    block = F.event_blocks(sources, "sw")[0]
    names = ("Mtandao wa Wakimbizi wa Pwani", "Chama cha Wafanyakazi Wahamiaji")
    found = organizer(block, names, sources, "sw")
    assert found.value == "Mtandao wa Wakimbizi wa Pwani na Chama cha Wafanyakazi Wahamiaji"
