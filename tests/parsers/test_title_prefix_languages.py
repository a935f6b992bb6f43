"""Invitation and save-the-date labels heading a subject are noise in every language the network
writes in (sw, tr, ru, uk, de, it, pt, id, fr, es, ar): the title is the event's own name."""

from __future__ import annotations

import pytest

from parsers.title import subject_title

_LABELLED = [
    ("Mwaliko: Warsha ya wadau kuhusu uhamiaji wa kazi", "Warsha ya wadau kuhusu uhamiaji wa kazi"),
    ("Davet: Mevsimlik tarım işçileri çalıştayı", "Mevsimlik tarım işçileri çalıştayı"),
    ("Davetiye - Göç ve iklim semineri", "Göç ve iklim semineri"),
    ("Приглашение: Круглый стол по защите прав мигрантов", "Круглый стол по защите прав мигрантов"),
    ("Запрошення: Вебінар про повернення мігрантів", "Вебінар про повернення мігрантів"),
    ("Einladung: Fachtagung Integration in Kommunen", "Fachtagung Integration in Kommunen"),
    ("Invito: Tavola rotonda sui corridoi umanitari", "Tavola rotonda sui corridoi umanitari"),
    (
        "Convite: Oficina sobre remessas e desenvolvimento",
        "Oficina sobre remessas e desenvolvimento",
    ),
    ("Undangan: Lokakarya Perlindungan Pekerja Migran", "Lokakarya Perlindungan Pekerja Migran"),
    ("Save the date – Regional Review of the Compact", "Regional Review of the Compact"),
    ("Réservez la date : Forum des maires sur la mobilité", "Forum des maires sur la mobilité"),
    ("Reserve la fecha – Encuentro de redes de retorno", "Encuentro de redes de retorno"),
    ("Reserve a data: Feira de emprego para migrantes", "Feira de emprego para migrantes"),
    ("احجز الموعد: منتدى الشباب حول الهجرة", "منتدى الشباب حول الهجرة"),
    ("Fwd: Сохраните дату: Форум диаспор Центральной Азии", "Форум диаспор Центральной Азии"),
]


@pytest.mark.parametrize(("subject", "title"), _LABELLED)
def test_label_and_colon_are_stripped(subject: str, title: str) -> None:
    """A language's invitation or save-the-date label before a colon/dash leaves the name."""
    assert subject_title(subject) == title


_INVITATION_TO = [
    (
        "Приглашение на семинар по вопросам трудовой миграции",
        "Семинар по вопросам трудовой миграции",
    ),
    ("Запрошення на семінар з питань реінтеграції", "Семінар з питань реінтеграції"),
    ("Invitation to the Regional Workshop on Return", "Regional Workshop on Return"),
    (
        "Invitation au séminaire sur les migrations climatiques",
        "Séminaire sur les migrations climatiques",
    ),
    (
        "Invitación al Taller de periodistas sobre migración",
        "Taller de periodistas sobre migración",
    ),
    ("Einladung zur Konferenz Arbeitsmigration 2026", "Konferenz Arbeitsmigration 2026"),
    ("Mwaliko wa Warsha ya Vijana kuhusu Uhamiaji", "Warsha ya Vijana kuhusu Uhamiaji"),
    ("Undangan Lokakarya Pekerja Migran Perempuan", "Lokakarya Pekerja Migran Perempuan"),
]


@pytest.mark.parametrize(("subject", "title"), _INVITATION_TO)
def test_invitation_to_an_event_word_is_stripped(subject: str, title: str) -> None:
    """'Invitation to the <event>' / 'Приглашение на <семинар>' leaves the event, capitalised."""
    assert subject_title(subject) == title


def test_invitation_without_an_event_word_is_kept() -> None:
    """Without an event word after it, 'Invitation to ...' is left as it is (nothing to name)."""
    assert subject_title("Invitation to celebrate with us") == "Invitation to celebrate with us"
