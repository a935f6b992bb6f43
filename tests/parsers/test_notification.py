"""parsers.notification: auto-replies, bounces, spam, newsletters, thanks, questions: no event."""

from __future__ import annotations

from datetime import datetime

from parsers.notification import content_verdict, header_verdict
from parsers.types import ParsedMessage


def _msg(
    subject: str = "Hello", headers: tuple[tuple[str, str], ...] = (), **kw: object
) -> ParsedMessage:
    base: dict[str, object] = {
        "message_id": None,
        "subject": subject,
        "from_name": "",
        "from_addr": "someone@example.org",
        "to": (),
        "date": datetime(2024, 1, 10),
        "headers": headers,
        "text_plain": "",
        "text_html": "",
        "calendars": (),
        "attachments": (),
        "embedded": (),
        "content_type": "text/plain",
    }
    base.update(kw)
    return ParsedMessage(**base)  # type: ignore[arg-type]


def test_rfc3834_auto_submitted_is_not_an_event() -> None:
    """Auto-Submitted other than 'no' marks an automatic message."""
    verdict = header_verdict(_msg(headers=(("Auto-Submitted", "auto-replied"),)))
    assert verdict is not None and not verdict.is_event_notification
    assert header_verdict(_msg(headers=(("Auto-Submitted", "no"),))) is None


def test_delivery_report_is_not_an_event() -> None:
    """multipart/report and mailer-daemon senders are bounces."""
    assert header_verdict(_msg(content_type="multipart/report")) is not None
    assert header_verdict(_msg(from_addr="MAILER-DAEMON@mx.example.org")) is not None


def test_out_of_office_phrasing_in_several_languages() -> None:
    """Out-of-office phrasing is caught even without headers, whatever dates it holds."""
    for text in (
        "I am currently out of the office until 12 March.",
        "Absent du bureau, je serai de retour le 12 mars.",
        "Me encuentro fuera de la oficina hasta el 12 de marzo.",
        "Estarei ausente até 12 de março.",
    ):
        verdict = content_verdict(_msg(), text, upcoming_dates=1, past_dates=0)
        assert not verdict.is_event_notification, text


def test_spf_fail_with_scam_phrasing_is_spam() -> None:
    """A failed SPF check plus advance-fee phrasing is spam, even with a date."""
    msg = _msg(headers=(("Authentication-Results", "mx; spf=fail smtp.mailfrom=x"),))
    verdict = content_verdict(
        msg, "Pay the processing fee via Western Union.", upcoming_dates=1, past_dates=0
    )
    assert not verdict.is_event_notification and "spam" in verdict.reason


def test_bulk_newsletter_without_upcoming_date() -> None:
    """A List-Unsubscribe mail with no upcoming event date is a newsletter."""
    msg = _msg(headers=(("List-Unsubscribe", "<https://x.org/u>"),))
    verdict = content_verdict(
        msg, "This month in migration research.", upcoming_dates=0, past_dates=2
    )
    assert not verdict.is_event_notification and "newsletter" in verdict.reason


def test_thank_you_after_past_event() -> None:
    """Thanks in the subject about an event that took place is not an event."""
    verdict = content_verdict(
        _msg("Merci ! Atelier du 3 mars"),
        "L'atelier a eu lieu le 3 mars.",
        upcoming_dates=0,
        past_dates=1,
    )
    assert not verdict.is_event_notification and "thank" in verdict.reason


def test_question_without_date_is_not_an_event() -> None:
    """A question to the secretariat about an undated plan is not an event."""
    verdict = content_verdict(
        _msg("Question about the calendar"),
        "We have not fixed a date yet. Is there a deadline?",
        upcoming_dates=0,
        past_dates=0,
    )
    assert not verdict.is_event_notification


def test_dated_invitation_is_an_event() -> None:
    """An ordinary invitation with an upcoming date is an event notification."""
    verdict = content_verdict(
        _msg("Workshop on data"), "Join us on 5 March.", upcoming_dates=1, past_dates=0
    )
    assert verdict.is_event_notification and verdict.reason == ""


def test_out_of_office_in_german_italian_portuguese_arabic() -> None:
    """Out-of-office wording in de/it/pt/ar (and a German subject) is no event, dates or not."""
    for subject, text in (
        ("Hallo", "Ich bin derzeit nicht im Büro und ab dem 9. März wieder erreichbar."),
        ("Abwesenheitsnotiz: Ihre Nachricht", "Vielen Dank für Ihre Nachricht vom 3. März."),
        ("Ciao", "Sono fuori ufficio fino al 10 marzo, con accesso limitato alla posta."),
        ("Olá", "Estou ausente do escritório até 10 de março."),
        ("مرحبا", "أنا خارج المكتب حتى 10 مارس."),
    ):
        verdict = content_verdict(_msg(subject), text, upcoming_dates=1, past_dates=0)
        assert not verdict.is_event_notification, text


def test_german_and_italian_event_words_announce_an_event() -> None:
    """Compound German event nouns and Italian event words count as announcing an event."""
    for text in (
        "Wir laden Sie zur Informationsveranstaltung am 4. März ein.",
        "Das Netzwerk lädt zum Fachgespräch über Integration ein.",
        "Siamo lieti di invitarvi al convegno del 4 marzo.",
    ):
        verdict = content_verdict(_msg("Hallo"), text, upcoming_dates=1, past_dates=0)
        assert verdict.is_event_notification, text


def test_save_the_date_needs_a_date() -> None:
    """'Save the date' with an upcoming date is an event; without any date it is not."""
    text = "Save the date: our annual dialogue on labour mobility."
    dated = content_verdict(_msg("Save the date"), text, upcoming_dates=1, past_dates=0)
    undated = content_verdict(_msg("Save the date"), text, upcoming_dates=0, past_dates=0)
    assert dated.is_event_notification
    assert not undated.is_event_notification
