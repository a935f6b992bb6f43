"""A newsletter whose dated items invite nobody is not an event; one that invites is."""

from __future__ import annotations

from mailkit import plain_mail

from parsers.extract import Extractor


def _is_event(extractor: Extractor, subject: str, body: str) -> bool:
    raw = plain_mail(
        subject,
        body,
        sender="News <news@example.org>",
        extra_headers={"List-Unsubscribe": "<https://example.org/unsub>"},
    )
    return extractor.extract(raw).is_event_notification


def test_newsletter_without_invitation_is_not_an_event(extractor: Extractor) -> None:
    """Items that report a study and a past conference, with a publication date ahead, invite
    nobody: the bulletin is not an event notification."""
    body = (
        "Boletín mensual de la Red\n\nNuestra conferencia anual reunió a 200 personas.\n"
        "El informe sobre remesas se publica el 20 de noviembre de 2025.\n"
    )
    assert not _is_event(extractor, "Boletín de noviembre", body)


def test_newsletter_with_invitation_is_an_event(extractor: Extractor) -> None:
    """A newsletter item that invites readers to register for a dated workshop is an event."""
    body = (
        "Newsletter - November\n\nJoin us for a workshop on labour mobility on 20 November "
        "2025, 10:00-12:00, in Nairobi. Register: https://example.org/register\n"
    )
    assert _is_event(extractor, "Network newsletter", body)
