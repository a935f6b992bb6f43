"""A reply that corrects an event announced in its quoted history gives ONE event: the corrected
values from the reply, every value the reply does not restate from the quoted original."""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import notification, only_event, plain_mail

from parsers.extract import Extractor
from parsers.types import ExtractedEvent, ExtractionResult


def _extract(extractor: Extractor, subject: str, body: str) -> ExtractionResult:
    return notification(extractor, plain_mail(subject, body))


def _one(extractor: Extractor, subject: str, body: str) -> ExtractedEvent:
    return only_event(extractor, plain_mail(subject, body))


def _quoted(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


_EN_ORIGINAL = (
    "Dear partners,\n\nThe Domestic Workers Legal Aid Network is holding a\n\n"
    "Clinic on Labour Rights for Domestic Workers\n\n"
    "from Wednesday 10 to Thursday 11 December 2025, 10:00 to 16:00,\n"
    "at the Civic Centre (Room B), Gaborone.\n\n"
    "Register: https://legalaid.example.org/register/clinic-gaborone\n\nKind regards,\nNaledi\n"
)
_EN_REPLY = (
    "Dear all,\n\nA mistake slipped into yesterday's message: the clinic runs\n"
    "from Tuesday 9 to Wednesday 10 December 2025, not 10 to 11 as written.\n"
    "Venue, hours and registration link are unchanged.\n\nApologies,\nNaledi\n\n"
    "On Sun, 2 Nov 2025 at 16:10, Naledi <n@example.org> wrote:\n" + _quoted(_EN_ORIGINAL)
)

_ES_ORIGINAL = (
    "Estimadas y estimados:\n\nLa Red de Apoyo al Retorno organiza el\n\n"
    "Encuentro de municipios sobre reintegración de personas retornadas\n\n"
    "el jueves 4 de diciembre de 2025, de 10:00 a 13:00,\n"
    "en el Salón Azul de la Casa de la Cultura, Cochabamba.\n\n"
    "Inscripciones: https://retorno.example.org/inscripcion-encuentro\n\nSaludos,\nMarta\n"
)
_ES_REPLY = (
    "Hola a todas y todos:\n\nCorrección: el encuentro será el viernes 5 de diciembre de 2025 "
    "y no el jueves 4.\nEl lugar, el horario y el enlace de inscripción no cambian.\n\n"
    "Saludos,\nMarta\n\n"
    "El dom, 2 nov 2025 a las 16:10, Marta <m@example.org> escribió:\n" + _quoted(_ES_ORIGINAL)
)


@pytest.mark.parametrize(
    ("subject", "body", "start", "end", "venue_word", "url_word"),
    [
        (
            "Re: Clinic on Labour Rights for Domestic Workers",
            _EN_REPLY,
            date(2025, 12, 9),
            date(2025, 12, 10),
            "Civic Centre",
            "clinic-gaborone",
        ),
        (
            "RE: Encuentro de municipios sobre reintegración",
            _ES_REPLY,
            date(2025, 12, 5),
            date(2025, 12, 5),
            "Salón Azul",
            "inscripcion-encuentro",
        ),
    ],
)
def test_a_date_correction_keeps_the_quoted_times_venue_and_link(
    extractor: Extractor,
    subject: str,
    body: str,
    start: date,
    end: date,
    venue_word: str,
    url_word: str,
) -> None:
    """A reply moving the dates gives one event: the new dates, the original's hours, venue and
    registration link."""
    event = _one(extractor, subject, body)
    assert (event.value("start_date"), event.value("end_date")) == (start, end)
    quoted_hours = ("10:00", "16:00") if "Clinic" in subject else ("10:00", "13:00")
    assert (event.value("start_time"), event.value("end_time")) == quoted_hours
    assert venue_word in str(event.value("venue"))
    assert url_word in str(event.value("registration_url"))


def test_a_start_time_correction_keeps_the_quoted_end(extractor: Extractor) -> None:
    """ "Starts at 10:30, not 10:00": the end stays the quoted original's."""
    body = (
        "Hola:\n\nUna corrección: el encuentro empieza a las 10:30 (y no a las 10:00).\n"
        "Todo lo demás se mantiene.\n\nMarta\n\n"
        "El dom, 2 nov 2025 a las 16:10, Marta <m@example.org> escribió:\n" + _quoted(_ES_ORIGINAL)
    )
    event = _one(extractor, "Re: Encuentro de municipios sobre reintegración", body)
    assert event.value("start_date") == date(2025, 12, 4)
    assert (event.value("start_time"), event.value("end_time")) == ("10:30", "13:00")


def test_a_new_start_after_the_quoted_end_drops_that_end(extractor: Extractor) -> None:
    """A start moved past the original's end ("now at 15:00" for a 10:00-13:00 event) keeps no
    end: the old end cannot close the new session."""
    body = (
        "Hola:\n\nCambio de horario: el encuentro será a las 15:00.\n\nMarta\n\n"
        "El dom, 2 nov 2025 a las 16:10, Marta <m@example.org> escribió:\n" + _quoted(_ES_ORIGINAL)
    )
    event = _one(extractor, "Re: Encuentro de municipios sobre reintegración", body)
    assert (event.value("start_time"), event.value("end_time")) == ("15:00", None)


def test_a_quoted_programme_of_two_events_stays_two_events(extractor: Extractor) -> None:
    """A reply above a quoted mail announcing two dated events keeps those two events."""
    original = (
        "Dear partners,\n\nTwo activities next month:\n\n"
        "Monday 1 December 2025 — Film screening on seafarers' rights, 18:00, Harbour Cinema, "
        "Mombasa\n\nWednesday 3 December 2025 — Round table on port labour, 10:00, "
        "Mombasa Old Town Hall, Mombasa\n\nBest,\nAmina\n"
    )
    body = (
        "Dear all,\n\nA reminder of these two activities, the round table now on "
        "Thursday 4 December 2025.\n\nAmina\n\n"
        "On Sun, 2 Nov 2025 at 16:10, Amina <a@example.org> wrote:\n" + _quoted(original)
    )
    result = _extract(extractor, "Re: Two activities in Mombasa", body)
    assert len(result.events) == 2
