"""A training announcement that also names a registration deadline, a publication date and an
address on a street named after a date is still an event notification; the date grammar reads
Portuguese, Spanish and French 'takes place' verbs, publication dates and street names."""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import only_event, plain_mail

from parsers.dates import find_dates
from parsers.extract import Extractor
from parsers.notification import announces_event

REF = date(2025, 11, 3)


def cues(text: str) -> list[tuple[str, str | None]]:
    return [(m.start.isoformat(), m.cue) for m in find_dates(text, reference=REF)]


@pytest.mark.parametrize(
    "text",
    [
        "na sede, Rua 1.º de Dezembro, n.º 45",
        "no auditório, Av. 5 de Outubro, 120",
        "Largo 25 de Abril, 3, Coimbra",
        "Rotunda 1.º de Maio, Porto",
        "Estrada 25 de Abril, 10",
        "Glorieta 2 de Mayo, Madrid",
        "Avenue du 8 Mai 1945, Sarcelles",
        "Quai du 4 Septembre, Paris",
    ],
)
def test_street_named_after_a_date_is_no_date(text: str) -> None:
    """A street, square or roundabout named after a date (also with an ordinal) is an address."""
    assert find_dates(text, reference=REF) == []


def test_a_course_on_a_date_is_still_a_date() -> None:
    """'le cours du 5 mai' is a course on a date, not a street: the date stays."""
    assert cues("le cours du 5 mai") == [("2026-05-05", "event")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A formação realiza-se a 4 de dezembro de 2025.", "event"),
        ("O curso vai decorrer a 4 de dezembro.", "event"),
        ("A sessão tem lugar no dia 4 de dezembro.", "event"),
        ("El taller se realiza el 4 de diciembre.", "event"),
        ("La formation se déroule le 4 décembre.", "event"),
        ("O estudo foi publicado a 30 de setembro de 2025.", "past"),
        ("El informe, publicado el día 30 de septiembre.", "past"),
        ("As inscrições decorrem até 25 de novembro.", "deadline"),
        ("Enviem o nome até ao dia 25 de novembro.", "deadline"),
    ],
)
def test_cues_of_takes_place_publication_and_deadline(text: str, cue: str) -> None:
    """'realiza-se', 'vai decorrer', 'tem lugar', 'se realiza', 'se déroule' mark the event date;
    'publicado a/el día' a publication; 'até' still a deadline."""
    found = find_dates(text, reference=REF)
    assert [m.cue for m in found] == [cue], found


@pytest.mark.parametrize(
    "subject",
    [
        "Formação para Jornalistas: cobertura das migrações",
        "Ação de formação sobre proteção internacional",
        "Colóquio sobre mobilidade laboral",
        "Congreso sobre movilidad humana",
    ],
)
def test_portuguese_and_spanish_event_words(subject: str) -> None:
    """'Formação', 'ação de formação', 'colóquio', 'congreso' are event words."""
    assert announces_event(subject, "")


def test_takes_place_verb_announces_an_event() -> None:
    """'realiza-se' / 'decorrerá' alone announce a dated happening."""
    assert announces_event("Aviso", "O encontro de parceiros realiza-se a 4 de dezembro.")
    assert announces_event("Aviso", "A sessão decorrerá no dia 4 de dezembro.")


def test_pt_training_with_deadline_publication_and_street_dates(extractor: Extractor) -> None:
    """A 'Formação para Jornalistas' mail with a deadline, a report's date and date-named
    streets is one event on the training's own day."""
    body = (
        "Boa tarde,\n\n"
        'A formação "Imprensa e Mobilidade" realiza-se a 4 de dezembro de 2025, entre as 10h00\n'
        "e as 16h00, no auditório do Instituto, Av. 5 de Outubro, 120, Lisboa.\n\n"
        "Os interessados devem enviar o seu nome até 25 de novembro de 2025. O estudo que serve\n"
        "de base à formação foi publicado a 30 de setembro de 2025.\n\n"
        "Cumprimentos,\nInstituto de Estudos da Mobilidade\nRua 1.º de Dezembro, 3, Lisboa\n"
    )
    raw = plain_mail("Formação para Jornalistas: Imprensa e Mobilidade", body)
    event = only_event(extractor, raw)
    assert event.value("start_date") == date(2025, 12, 4)
