"""A reply that announces the sender's OWN event above a quoted call for events, digest,
newsletter or someone else's event gives that event alone; a reply that corrects or recalls the
quoted event still gives the quoted event, read with the reply's corrections."""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import PARTNER, events, plain_mail

from parsers.extract import Extractor
from parsers.types import ExtractedEvent


def _quoted(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


def _events(extractor: Extractor, subject: str, body: str) -> tuple[ExtractedEvent, ...]:
    return events(extractor, plain_mail(subject, body, sender=PARTNER))


_EN_CALL = (
    "Dear partners,\n\nThe secretariat invites you to submit events for the coming Migration "
    "Week.\nPlease send us the title, date and venue of your event by 20 November 2025.\n\n"
    "Kind regards,\nSecretariat\n"
)
_EN_REPLY = (
    "Dear colleagues,\n\nIn response to your call, the Copperbelt Migrant Workers Forum will "
    "hold a\nWorkshop on Fair Recruitment for Domestic Workers\n"
    "on Thursday 11 December 2025, 09:00 to 13:00, at the Taj Pamodzi Hotel, Lusaka.\n\n"
    "Best,\nMwila\n\nOn Fri, 31 Oct 2025 at 10:00, Secretariat <sec@example.org> wrote:\n"
)

_ES_DIGEST = (
    "Próximos eventos de la red\n\n"
    "1. Mesa redonda sobre movilidad climática, 20 de noviembre de 2025, Tegucigalpa\n"
    "2. Seminario sobre remesas, 25 de noviembre de 2025, Managua\n\nSecretaría\n"
)
_ES_REPLY = (
    "Estimados colegas:\n\nGracias por el boletín. Les comunicamos que nuestra organización "
    "celebrará el\nForo Regional sobre Niñez Migrante\n"
    "el 4 de diciembre de 2025, de 10:00 a 17:00, en el Hotel Casa Real, San Salvador.\n\n"
    "Saludos,\nAna\n\nEl vie, 31 oct 2025 a las 10:00, Secretaría <sec@example.org> escribió:\n"
)

_FR_NEWSLETTER = (
    "Chers partenaires,\n\nVoici les prochains événements du réseau :\n\n"
    "- Dialogue sur la migration de travail, le 20 novembre 2025, Abidjan\n"
    "- Séminaire sur les transferts de fonds, le 27 novembre 2025, Lomé\n\n"
    "N'hésitez pas à partager vos événements.\n"
)
_FR_REPLY = (
    "Bonjour à toutes et à tous,\n\nNous organisons de notre côté un\n"
    "Atelier sur la protection des travailleurs saisonniers\n"
    "le mardi 9 décembre 2025 de 9h à 12h, à l'Hôtel Pullman, Dakar.\n\n"
    "Cordialement,\nAwa\n\n"
    "Le ven. 31 oct. 2025 à 10:00, Secrétariat <sec@example.org> a écrit :\n"
)

_PT_OTHER = (
    "Caros parceiros,\n\nConvidamos para o\n\nSeminário sobre Migração Laboral e Juventude\n\n"
    "no dia 18 de novembro de 2025, das 14h às 17h, no Centro Cultural, Maputo.\n\n"
    "Atenciosamente,\nJoão\n"
)
_PT_REPLY = (
    "Caro João,\n\nObrigada pelo convite. Aproveitamos para anunciar a nossa\n"
    "Oficina de Integração de Famílias Retornadas\n"
    "no dia 2 de dezembro de 2025, das 9h às 12h, no Hotel Polana, Maputo.\n\n"
    "Abraços,\nMarta\n\nEm sex., 31 de out. de 2025 às 10:00, João <j@example.org> escreveu:\n"
)

_OWN_CASES = [
    ("Re: Call for Migration Week events", _EN_REPLY + _quoted(_EN_CALL),
     "Workshop on Fair Recruitment", date(2025, 12, 11), "Lusaka"),
    ("RE: Boletín de la red", _ES_REPLY + _quoted(_ES_DIGEST),
     "Foro Regional sobre Niñez Migrante", date(2025, 12, 4), "San Salvador"),
    ("RE: Lettre d'information du réseau", _FR_REPLY + _quoted(_FR_NEWSLETTER),
     "Atelier sur la protection des travailleurs saisonniers", date(2025, 12, 9), "Dakar"),
    ("Re: Seminário sobre Migração Laboral e Juventude", _PT_REPLY + _quoted(_PT_OTHER),
     "Oficina de Integração de Famílias Retornadas", date(2025, 12, 2), "Maputo"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body", "title", "day", "city"), _OWN_CASES)
def test_reply_with_its_own_event_gives_that_event_alone(
    extractor: Extractor, subject: str, body: str, title: str, day: date, city: str
) -> None:
    """The reply's own event is the mail's only event; the quoted ones are not the sender's."""
    events = _events(extractor, subject, body)
    assert len(events) == 1, [e.value("title") for e in events]
    event = events[0]
    assert str(event.value("title")).startswith(title)
    assert event.value("start_date") == day
    assert event.value("city") == city


_EN_ORIGINAL = (
    "Dear all,\n\nWe invite you to the\n\nWorkshop on Fair Recruitment\n\n"
    "on Thursday 11 December 2025, 09:00 to 13:00, at the Taj Pamodzi Hotel, Lusaka.\n\n"
    "Best,\nMwila\n"
)
_EN_CORRECTION = (
    "Dear all,\n\nPlease note the change: the workshop will take place on\n"
    "Friday 12 December 2025 instead of 11 December.\n\nBest,\nMwila\n\n"
    "On Fri, 31 Oct 2025 at 10:00, Mwila <m@example.org> wrote:\n"
)
_FR_ORIGINAL = (
    "Bonjour,\n\nNous vous invitons à la\n\nConsultation des associations de la diaspora\n\n"
    "le jeudi 4 décembre 2025 de 10h à 13h, à la Maison des associations, Dakar.\n\n"
    "Cordialement,\nAwa\n"
)
_FR_CORRECTION = (
    "Bonjour,\n\nRectificatif : la Consultation des associations de la diaspora aura lieu le\n"
    "vendredi 5 décembre 2025, même heure, même lieu.\n\nCordialement,\nAwa\n\n"
    "Le ven. 31 oct. 2025 à 10:00, Awa <a@example.org> a écrit :\n"
)
_ES_ORIGINAL = (
    "Estimadas y estimados:\n\nLes invitamos al\n\nTaller sobre Reintegración Comunitaria\n\n"
    "el 10 de diciembre de 2025, de 9:00 a 13:00, en el Hotel Real, Tegucigalpa.\n\nSaludos\n"
)
_ES_REMINDER = (
    "Estimadas y estimados:\n\nLes recordamos el Taller sobre Reintegración Comunitaria del "
    "10 de diciembre de 2025.\n\nSaludos\n\n"
    "El vie, 31 oct 2025 a las 10:00, Red <r@example.org> escribió:\n"
)

_SAME_CASES = [
    ("Re: Workshop on Fair Recruitment", _EN_CORRECTION + _quoted(_EN_ORIGINAL),
     date(2025, 12, 12), "09:00", "Lusaka"),
    ("Re: Consultation diaspora", _FR_CORRECTION + _quoted(_FR_ORIGINAL),
     date(2025, 12, 5), "10:00", "Dakar"),
    ("RE: Taller", _ES_REMINDER + _quoted(_ES_ORIGINAL),
     date(2025, 12, 10), "09:00", "Tegucigalpa"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body", "day", "start", "city"), _SAME_CASES)
def test_correction_or_reminder_reply_keeps_the_quoted_event(
    extractor: Extractor, subject: str, body: str, day: date, start: str, city: str
) -> None:
    """A correction or reminder above the quote is about the quoted event: one event, the
    reply's date, the quoted original's hours and place."""
    events = _events(extractor, subject, body)
    assert len(events) == 1, [e.value("title") for e in events]
    event = events[0]
    assert event.value("start_date") == day
    assert event.value("start_time") == start
    assert event.value("city") == city


_OUTLOOK_HEADER = (
    "\n\nFrom: Secretariat <sec@example.org>\nSent: Friday, October 31, 2025 10:00 AM\n"
    "To: Partners <p@example.org>\nSubject: Call for Migration Week events\n\n"
)
_CALL_WITH_SESSION = (
    "Dear partners,\n\nThe secretariat invites you to submit events for the coming Migration "
    "Week.\n\nInformation session for partners\nDate: 18 November 2025, 15:00 CET\n"
    "Venue: online (Zoom)\n\nPlease send us the title, date and venue of your event by "
    "25 November 2025.\n\nKind regards,\nSecretariat\n"
)
_FR_CALL_WITH_SESSION = (
    "Chers partenaires,\n\nLe secrétariat vous invite à soumettre vos événements pour la "
    "Semaine des migrations.\nUne séance d'information en ligne aura lieu le mardi 18 novembre "
    "2025 à 15h sur Zoom.\n\nCordialement,\nSecrétariat\n"
)
_SHARED_FIELDS = (
    "Dear colleagues,\n\nWe are glad to share our event for Migration Week:\n\n"
    "Title: Workshop on Fair Recruitment for Domestic Workers\nDate: 11 December 2025, "
    "09:00-13:00\nVenue: Taj Pamodzi Hotel, Lusaka\n\nBest,\nMwila"
)
_LOWERCASE_OWN = (
    "Hello,\n\nThe Copperbelt Migrant Workers Forum will take part with a workshop on fair "
    "recruitment for domestic workers on 11 December 2025, 09:00 to 13:00, at the Taj Pamodzi "
    "Hotel, Lusaka.\n\nBest,\nMwila"
)
_SESSION_CASES = [
    ("RE: Call for Migration Week events", _SHARED_FIELDS + _OUTLOOK_HEADER + _CALL_WITH_SESSION),
    ("RE: Call for Migration Week events", _LOWERCASE_OWN + _OUTLOOK_HEADER + _CALL_WITH_SESSION),
    ("Re: Call for Migration Week events", _LOWERCASE_OWN + "\n\nOn Fri, 31 Oct 2025 at 10:00, "
     "Secretariat <sec@example.org> wrote:\n" + _quoted(_CALL_WITH_SESSION)),
    ("RE: Semaine des migrations", _LOWERCASE_OWN + "\n\nLe ven. 31 oct. 2025 à 10:00, "
     "Secrétariat <sec@example.org> a écrit :\n" + _quoted(_FR_CALL_WITH_SESSION)),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body"), _SESSION_CASES)
def test_quoted_call_announcing_its_own_session_gives_no_event(
    extractor: Extractor, subject: str, body: str
) -> None:
    """The quoted call's information session is the secretariat's: the reply's own workshop
    (under an Outlook header after 'share', or named in lowercase prose) is the only event."""
    events = _events(extractor, subject, body)
    assert len(events) == 1, [e.value("title") for e in events]
    event = events[0]
    assert str(event.value("title")).lower() == "workshop on fair recruitment for domestic workers"
    assert event.value("start_date") == date(2025, 12, 11)
    assert event.value("city") == "Lusaka"
