"""The printed name wins over a short or lowercase subject: a quoted name in the body holding
all the subject's words and more, or a programme's display heading set off by a rule."""

from __future__ import annotations

from parsers.title import choose_title

_QUOTED_BODY = (
    "Estimados colegas:\n\nLes contamos que el próximo martes realizaremos el “Seminario de "
    "formación para\njuntas parroquiales: acogida de personas retornadas”, de 9:00 a\n12:00, en "
    "el Salón Amarillo de la Casa Comunal, Cuenca.\n\nSaludos,\nTeo\n"
)


def test_a_quoted_name_holding_the_subject_words_and_more_is_the_title() -> None:
    """A subject that shortens the quoted printed name yields to it, colon subtitle kept."""
    cand = choose_title("Seminario para juntas parroquiales - el próximo martes", _QUOTED_BODY)
    assert cand is not None
    assert cand.text == (
        "Seminario de formación para juntas parroquiales: acogida de personas retornadas"
    )


def test_a_quoted_name_without_the_subject_words_does_not_replace_it() -> None:
    """A quoted phrase about something else leaves the subject's name alone."""
    body = (
        "Estimados:\n\nEl seminario sobre remesas se hará el 4 de diciembre; el lema es "
        "“Volver para quedarse”.\n\nSaludos\n"
    )
    cand = choose_title("Seminario sobre remesas familiares", body)
    assert cand is not None
    assert cand.text == "Seminario sobre remesas familiares"


_PROGRAMME_BODY = (
    "Dear colleagues,\n\nPlease find below the programme, in Spanish, of the regional forum on "
    "labour migration that our network co-organises in Trujillo next month.\n\nBest,\nLucía\n\n"
    "------------------------------------------------------------\n"
    "FORO REGIONAL SOBRE MIGRACIÓN LABORAL Y CADENAS AGRÍCOLAS\n"
    "Trujillo, Perú – del 9 al 11 de diciembre de 2025\n"
    "Lugar: Auditorio de la Cámara de Comercio de La Libertad\n"
    "------------------------------------------------------------\n\n"
    "Martes 9 de diciembre\n09:00  Apertura\n10:00  Panel 1\n"
)


def test_a_lowercase_subject_yields_to_a_heading_under_a_rule() -> None:
    """The programme's own heading (the first line under a rule) names the event, in its
    language, over a lowercase English description in the subject."""
    cand = choose_title(
        "Programme: regional forum on labour migration (Trujillo, 9-11 Dec)", _PROGRAMME_BODY
    )
    assert cand is not None
    assert cand.text.casefold() == "foro regional sobre migración laboral y cadenas agrícolas"


def test_a_capitalised_subject_keeps_its_name_over_a_heading_under_a_rule() -> None:
    """A subject that is a proper name is not displaced by a display line under a rule."""
    cand = choose_title("Regional Forum on Labour Migration", _PROGRAMME_BODY)
    assert cand is not None
    assert cand.text == "Regional Forum on Labour Migration"
