"""A subject tail after a dash, bar or in brackets made only of status, correction,
scheduling, relative-day or clock words is a note on the mail, never part of the name."""

from __future__ import annotations

import pytest

from parsers.title import subject_title

_TAILS = [
    (
        "Regionaler Dialog zur Arbeitsmobilität – KORREKTUR DATUM",
        "Regionaler Dialog zur Arbeitsmobilität",
    ),
    ("Coastal Resilience Roundtable - CORRECTION", "Coastal Resilience Roundtable"),
    (
        "Atelier sur les mobilités climatiques – nouvelle date",
        "Atelier sur les mobilités climatiques",
    ),
    ("Diaspora Investment Breakfast | UPDATED TIME", "Diaspora Investment Breakfast"),
    ("Siku ya Vijana Wahamiaji — Jumamosi hii!!", "Siku ya Vijana Wahamiaji"),
    ("Neighbourhood Supper Club - this Saturday!", "Neighbourhood Supper Club"),
    ("Taller de Acogida Comunitaria – mañana", "Taller de Acogida Comunitaria"),
    ("Roda de Conversa sobre Acolhimento - amanhã 10h", "Roda de Conversa sobre Acolhimento"),
    ("Youth Mobility Exchange – reminder", "Youth Mobility Exchange"),
    ("Youth Mobility Exchange (rescheduled)", "Youth Mobility Exchange"),
    ("Youth Mobility Exchange [REVISED]", "Youth Mobility Exchange"),
    ("Göç ve Kent Çalıştayı - yarın", "Göç ve Kent Çalıştayı"),
    ("Lokakarya Migrasi Pesisir - besok pukul 10.00", "Lokakarya Migrasi Pesisir"),
    ("Круглый стол по трудовой миграции – перенос", "Круглый стол по трудовой миграции"),
    ("Seminario sulla mobilità – aggiornamento orario", "Seminario sulla mobilità"),
    ("ندوة الهجرة والتنمية – التاريخ الجديد", "ندوة الهجرة والتنمية"),
]


@pytest.mark.parametrize(("subject", "title"), _TAILS)
def test_status_tail_is_cut(subject: str, title: str) -> None:
    """A tail of status/scheduling words after a dash, bar or in brackets leaves the subject."""
    assert subject_title(subject) == title


_KEPT = [
    "Climate Finance Forum - Time for Action",
    "Dialogue on Return - The New Normal",
    "Migrants Day | Voices of the Diaspora",
]


@pytest.mark.parametrize("subject", _KEPT)
def test_named_tail_is_kept(subject: str) -> None:
    """A tail with any word outside the status lexicon is a subtitle and stays."""
    assert subject_title(subject) == subject
