"""Status signals: cancelled, postponed, rescheduled, else scheduled."""

from __future__ import annotations

import pytest

from parsers.status import detect_status


def test_plain_invitation_is_scheduled() -> None:
    """Without any change word the status is scheduled, with no span."""
    signal = detect_status("Invitation: workshop on 3 May", "We look forward to seeing you.")
    assert (signal.status, signal.span) == ("scheduled", None)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Canceled: Film evening", "This event has been cancelled."),
        ("Atelier ANNULÉ", "L'atelier prévu le 4 mars est annulé."),
        ("Taller cancelado", "Lamentamos informar que el taller ha sido cancelado."),
        ("Seminário cancelado", "Informamos o cancelamento do seminário."),
        ("إلغاء الورشة", "نأسف لإبلاغكم بإلغاء الورشة"),
        ("Update", "The meeting will no longer take place as planned."),
    ],
)
def test_cancellation_in_many_languages(subject: str, text: str) -> None:
    """Cancellation words in en/fr/es/pt/ar give status cancelled."""
    assert detect_status(subject, text).status == "cancelled"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Postponed: regional dialogue", "The dialogue is postponed until further notice."),
        ("REPORT - Atelier sur la migration", "L'atelier est reporté à une date ultérieure."),
        ("Foro aplazado", "El foro queda aplazado; la nueva fecha se comunicará."),
        ("Evento pospuesto", "El evento ha sido pospuesto."),
        ("Seminário adiado", "O seminário foi adiado."),
        ("تأجيل الحوار", "نود إعلامكم بتأجيل الحوار"),
    ],
)
def test_postponement_without_new_date(subject: str, text: str) -> None:
    """Postponement words (including the French uppercase 'REPORT') give status postponed."""
    assert detect_status(subject, text).status == "postponed"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Rescheduled: workshop", "The workshop has been rescheduled to 12 March."),
        ("Nouvelle date", "Nouvelle date : le 12 mars 2024."),
        ("Cambio de fecha", "Nueva fecha: 12 de marzo. El taller fue reprogramado."),
        ("Nova data", "O evento foi remarcado para 12 de março."),
        ("Update", "The forum has been postponed to 12 March 2024."),
        ("Mise à jour", "La réunion est reportée au 12 mars."),
    ],
)
def test_rescheduling_signals(subject: str, text: str) -> None:
    """New-date words, and a postponement followed by 'to <date>', signal rescheduled."""
    assert detect_status(subject, text).status == "rescheduled"


def test_english_report_is_not_a_postponement() -> None:
    """The English noun 'report' (any case but all-caps) is not the French REPORT."""
    signal = detect_status("Report launch", "Join the launch of our report on remittances.")
    assert signal.status == "scheduled"


def test_negated_word_does_not_count() -> None:
    """'will not be cancelled' keeps the event scheduled."""
    signal = detect_status("Update", "Despite the strike, the workshop will not be cancelled.")
    assert signal.status == "scheduled"


def test_span_points_at_the_word_in_its_source() -> None:
    """The span indexes the subject when the signal is there, and says so."""
    signal = detect_status("Cancelled: Film screening", "See you another time.")
    assert signal.source == "subject"
    assert signal.span is not None
    assert "Cancelled: Film screening"[signal.span[0] : signal.span[1]] == "Cancelled"
    assert signal.confidence > 0.6
