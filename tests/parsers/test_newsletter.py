"""A newsletter whose dated items invite nobody is not an event; one that invites is."""

from __future__ import annotations

from parsers.extract import Extractor
from parsers.settings import ExtractSettings

_HEAD = (
    "From: News <news@example.org>\nTo: net@example.org\nSubject: {subject}\n"
    "Date: Mon, 03 Nov 2025 09:00:00 +0000\nMessage-ID: <{mid}@example.org>\n"
    "List-Unsubscribe: <https://example.org/unsub>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
)


def _is_event(subject: str, body: str) -> bool:
    raw = (_HEAD.format(subject=subject, mid=abs(hash(body))) + body).encode()
    return Extractor(ExtractSettings(use_nlp=False)).extract(raw).is_event_notification


def test_newsletter_without_invitation_is_not_an_event() -> None:
    """Items that report a study and a past conference, with a publication date ahead, invite
    nobody: the bulletin is not an event notification."""
    body = (
        "Boletín mensual de la Red\n\nNuestra conferencia anual reunió a 200 personas.\n"
        "El informe sobre remesas se publica el 20 de noviembre de 2025.\n"
    )
    assert not _is_event("Boletín de noviembre", body)


def test_newsletter_with_invitation_is_an_event() -> None:
    """A newsletter item that invites readers to register for a dated workshop is an event."""
    body = (
        "Newsletter - November\n\nJoin us for a workshop on labour mobility on 20 November "
        "2025, 10:00-12:00, in Nairobi. Register: https://example.org/register\n"
    )
    assert _is_event("Network newsletter", body)
