"""A short subject ("Annonce atelier", "Rappel : consultation diaspora demain", "Lembrete:
oficina amanhã", "تذكير: ورشة عمل غدا") yields to the full event name the body writes; relative
days are never part of a title; status words heading a title go to the status field."""

from __future__ import annotations

import pytest
from mailkit import PARTNER, only_event, plain_mail

from parsers.extract import Extractor
from parsers.title import choose_title, subject_title
from parsers.types import ExtractedEvent


def _one(extractor: Extractor, subject: str, body: str) -> ExtractedEvent:
    return only_event(extractor, plain_mail(subject, body, sender=PARTNER))


_SHORT = [
    ("Fwd: Annonce atelier",
     "Bonjour,\n\nNous avons le plaisir de vous inviter à l'Atelier régional sur la protection "
     "des travailleurs migrants saisonniers, le mardi 9 décembre 2025 de 9h à 12h, à l'Hôtel "
     "Pullman, Dakar.\n\nCordialement,\nAwa\n",
     "Atelier régional sur la protection des travailleurs migrants saisonniers"),
    ("Rappel : consultation diaspora demain",
     "Bonjour,\n\nNous vous rappelons la Consultation des associations de la diaspora sur le "
     "retour volontaire, demain mardi 4 novembre 2025 de 10h à 13h, à la Maison des "
     "associations, Dakar.\n\nCordialement\n",
     "Consultation des associations de la diaspora sur le retour volontaire"),
    ("Recordatorio: taller mañana",
     "Estimados:\n\nLes recordamos el Taller sobre Reintegración Comunitaria de Personas "
     "Retornadas, mañana 4 de noviembre de 2025, de 9:00 a 13:00, en el Hotel Real, "
     "Tegucigalpa.\n\nSaludos\n",
     "Taller sobre Reintegración Comunitaria de Personas Retornadas"),
    ("Reminder: webinar tomorrow",
     "Dear all,\n\nA reminder that the Webinar on Climate Mobility in the Pacific takes place "
     "tomorrow, 4 November 2025, 10:00-11:30 (Fiji time), online via https://zoom.us/j/123.\n\n"
     "Best\n",
     "Webinar on Climate Mobility in the Pacific"),
    ("Lembrete: oficina amanhã",
     "Caros,\n\nLembramos a Oficina sobre Integração de Migrantes no Mercado de Trabalho, amanhã, "
     "4 de novembro de 2025, das 9h às 12h, no Hotel Polana, Maputo.\n\nAbraços\n",
     "Oficina sobre Integração de Migrantes no Mercado de Trabalho"),
    ("تذكير: ورشة عمل غدا",
     "السادة الشركاء،\n\nنذكركم بورشة عمل حول حماية العمال المهاجرين غدا 4 نوفمبر 2025 من الساعة "
     "10:00 إلى 13:00 في فندق موفنبيك، عمان.\n\nمع التحية\n",
     "ورشة عمل حول حماية العمال المهاجرين"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body", "title"), _SHORT)
def test_short_subject_yields_to_the_body_name(
    extractor: Extractor, subject: str, body: str, title: str
) -> None:
    """The body's full name wins over a short, reminder or forwarded subject."""
    assert _one(extractor, subject, body).value("title") == title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Reminder: Webinar on Remittances tomorrow", "Webinar on Remittances"),
        ("Recordatorio: Foro de Juventudes mañana", "Foro de Juventudes"),
        ("Rappel : Table ronde diaspora demain", "Table ronde diaspora"),
        ("Lembrete: Seminário amanhã", "Seminário"),
        ("تذكير: ندوة الهجرة غدا", "ندوة الهجرة"),
    ],
)
def test_relative_day_is_cut_from_the_subject(subject: str, title: str) -> None:
    """ "tomorrow", "mañana", "demain", "amanhã", "غدا" never end a title."""
    assert subject_title(subject) == title


_STATUS = [
    ("Cancelled: Dialogue on Labour Governance",
     "Dear all,\n\nThe Dialogue on Labour Governance planned for 9 December 2025 at the Serena "
     "Hotel, Kampala is cancelled.\n\nBest\n", "Dialogue on Labour Governance", "cancelled"),
    ("ANNULÉ : Table ronde sur la diaspora",
     "Bonjour,\n\nLa Table ronde sur la diaspora prévue le 9 décembre 2025 à Dakar est annulée."
     "\n\nCordialement\n", "Table ronde sur la diaspora", "cancelled"),
    ("Pospuesto: Foro sobre niñez migrante",
     "Estimados:\n\nEl Foro sobre niñez migrante previsto para el 9 de diciembre de 2025 en San "
     "Salvador queda pospuesto.\n\nSaludos\n", "Foro sobre niñez migrante", "postponed"),
    ("Adiado: Seminário sobre remessas",
     "Caros,\n\nO Seminário sobre remessas previsto para 9 de dezembro de 2025 em Maputo foi "
     "adiado.\n\nAbraços\n", "Seminário sobre remessas", "postponed"),
    ("إلغاء: ندوة حول الهجرة والتنمية",
     "السادة الشركاء،\n\nنعلمكم بإلغاء ندوة حول الهجرة والتنمية التي كانت مقررة يوم 9 ديسمبر 2025 "
     "في عمان.\n\nمع التحية\n", "ندوة حول الهجرة والتنمية", "cancelled"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body", "title", "status"), _STATUS)
def test_status_word_heading_the_subject_goes_to_status(
    extractor: Extractor, subject: str, body: str, title: str, status: str
) -> None:
    """ "Cancelled:", "ANNULÉ :", "Pospuesto:", "Adiado:", "إلغاء:" leave the title."""
    event = _one(extractor, subject, body)
    assert (event.value("title"), event.value("status")) == (title, status)


def test_a_full_subject_is_not_replaced_by_a_longer_sentence() -> None:
    """A subject that is already the full name stays; the body's predicate is no part of it."""
    body = "The Roundtable on Remittances scheduled for 9 December 2025 has been postponed."
    cand = choose_title("Postponed: Roundtable on Remittances", body)
    assert cand is not None and cand.text == "Roundtable on Remittances"
