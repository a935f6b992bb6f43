"""Titles on patterns of unseen mail: correction and update tags in the subject, ALL-CAPS banner
lines, the sender's name in a forward, possessive phrases ("its next webinar", "notre prochain
atelier"), subjects with commas, and a short name before a colon ("MIGFEST 2026: ...")."""

from __future__ import annotations

import pytest
from mailkit import PARTNER, only_event, plain_mail

from parsers.extract import Extractor
from parsers.title import subject_title


def _title(extractor: Extractor, subject: str, body: str) -> object:
    return only_event(extractor, plain_mail(subject, body, sender=PARTNER)).value("title")


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("CORRIGENDUM: Regional Dialogue on Labour Mobility",
         "Regional Dialogue on Labour Mobility"),
        ("Corrigendum – Workshop on Fair Recruitment", "Workshop on Fair Recruitment"),
        ("Errata: Forum on Diaspora Bonds", "Forum on Diaspora Bonds"),
        ("Correction to invitation: Forum on Diaspora Bonds", "Forum on Diaspora Bonds"),
        ("CHANGE OF VENUE: Forum on Diaspora Bonds", "Forum on Diaspora Bonds"),
        ("Rectification : Forum de la diaspora", "Forum de la diaspora"),
        ("Aviso de cambio de fecha: Foro de la diáspora", "Foro de la diáspora"),
        ("Mudança de local: Oficina sobre integração", "Oficina sobre integração"),
        ("تعديل: ورشة عمل حول الهجرة", "ورشة عمل حول الهجرة"),
        ("Dialogue on Labour Mobility, Skills and Climate Change (4 December)",
         "Dialogue on Labour Mobility, Skills and Climate Change"),
        ("Forum on Diaspora Investment, Nairobi", "Forum on Diaspora Investment"),
    ],
)  # fmt: skip
def test_subject_tags_and_tails_are_stripped(subject: str, title: str) -> None:
    """Correction/update/change tags go; a comma list in the name stays, a city after it goes."""
    assert subject_title(subject) == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Rectificatif",
         "Bonjour,\n\nCHANGEMENT DE DATE\n\nL'Atelier régional sur la mobilité climatique aura "
         "lieu le 5 décembre 2025 de 9h à 12h à l'Hôtel Pullman, Dakar.\n\nCordialement\n",
         "Atelier régional sur la mobilité climatique"),
        ("Aviso",
         "CAMBIO DE FECHA\n\nEl Foro Regional sobre Niñez Migrante se celebrará el 10 de "
         "diciembre de 2025, de 10:00 a 13:00, en el Hotel Real, Tegucigalpa.\n\nSaludos\n",
         "Foro Regional sobre Niñez Migrante"),
        ("Reminder",
         "REMINDER\n\nThe Regional Consultation on Migrant Health takes place on 12 February "
         "2026, 09:00-17:00, at the Radisson Blu, Nairobi.\n\nBest regards\n",
         "Regional Consultation on Migrant Health"),
    ],
)  # fmt: skip
def test_all_caps_banner_is_never_the_title(
    extractor: Extractor, subject: str, body: str, title: str
) -> None:
    """A 'CHANGEMENT DE DATE' / 'CAMBIO DE FECHA' / 'REMINDER' banner yields to the event name."""
    assert _title(extractor, subject, body) == title


def test_forwarded_authors_name_is_not_the_title(extractor: Extractor) -> None:
    """A forward whose mail opens with its author's name and role: the invited webinar wins."""
    body = (
        "---------- Forwarded message ---------\nFrom: Maria Lopez <maria@partner.org>\n"
        "Date: Fri, 31 Oct 2025\nSubject: Webinar\nTo: x@example.org\n\nMaria Lopez\n"
        "Programme Officer, Skills Network\n\nDear colleagues,\n\nOur network is pleased to "
        "invite you to its next peer-learning webinar on 20 November 2025 at 14:00 CET on Zoom."
        "\n\nBest,\nMaria\n"
    )
    assert _title(extractor, "Fwd: Webinar", body) == "Peer-learning webinar"


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Invitation",
         "Chers partenaires,\n\nNous vous invitons à notre prochain atelier sur la mobilité "
         "climatique le 20 novembre 2025 à 10h à la Maison des Nations Unies, Dakar.\n\n"
         "Cordialement\n",
         "Atelier sur la mobilité climatique"),
        ("Invitación",
         "Estimados socios:\n\nLes invitamos a nuestro próximo foro sobre movilidad laboral el 3 "
         "de diciembre de 2025 a las 10:00 en el Hotel Sheraton, Lima.\n\nSaludos\n",
         "Foro sobre movilidad laboral"),
        ("Foro Andino de Movilidad Humana",
         "Estimados socios:\n\nNuestro próximo foro\n\nFecha: 3 de diciembre de 2025, 10:00\n"
         "Lugar: Hotel Sheraton, Lima\n\nSaludos\n",
         "Foro Andino de Movilidad Humana"),
        ("Annual Dialogue on Labour Migration",
         "Dear partners,\n\nOur annual dialogue\n\nDate: 4 December 2025, 09:00\n"
         "Venue: Serena Hotel, Kampala\n\nBest regards\n",
         "Annual Dialogue on Labour Migration"),
    ],
)  # fmt: skip
def test_possessive_phrase_yields_or_loses_its_determiner(
    extractor: Extractor, subject: str, body: str, title: str
) -> None:
    """'notre prochain atelier ...' is no title when the subject names the event; alone, it
    loses its determiner and is capitalised."""
    assert _title(extractor, subject, body) == title


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("MIGFEST 2026",
         "Dear friends,\n\nWe invite you to MIGFEST 2026: Festival of Migrant Cultures, on 14 "
         "March 2026 from 12:00 to 20:00 at the Old Market Square, Windhoek.\n\nBest\n"),
        ("Invitation",
         "Dear friends,\n\nWe invite you to MIGFEST 2026: Festival of Migrant Cultures, on 14 "
         "March 2026 from 12:00 to 20:00 at the Old Market Square, Windhoek.\n\nBest\n"),
    ],
)  # fmt: skip
def test_short_name_before_colon_stays_in_the_title(
    extractor: Extractor, subject: str, body: str
) -> None:
    """A name or acronym before a colon belongs to the printed name ('MIGFEST 2026: ...')."""
    assert _title(extractor, subject, body) == "MIGFEST 2026: Festival of Migrant Cultures"


def test_short_name_line_before_colon_is_no_field_label(extractor: Extractor) -> None:
    """'MIGFEST: Festival of Migrant Cultures' as a body line is a name, not a 'Label: value'."""
    body = (
        "Dear friends,\n\nMIGFEST: Festival of Migrant Cultures\n\nDate: 14 March 2026, "
        "12:00-20:00\nVenue: Old Market Square, Windhoek\n\nBest\n"
    )
    assert _title(extractor, "Invitation", body) == "MIGFEST: Festival of Migrant Cultures"
