"""The acknowledgement as mail: languages, right-to-left Arabic, escaping, RFC 3834 headers."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy

import pytest

from digest.ack_render import AckEvent, AckRenderer, Reply, ack_message_id, build, language_for

EVENT = AckEvent(
    id=7,
    title="Dialogue on labour mobility",
    start_date=date(2027, 1, 20),
    start_time="10:00",
    end_time="13:00",
    timezone="Africa/Nairobi",
    venue="Sarova Stanley Hotel",
    city="Nairobi",
    country="KE",
    event_type="policy_dialogue",
    organizer="IOM Kenya",
    registration_url="https://partners.example.org/register",
)
ONLINE = AckEvent(id=8, title="Webinar <b>on skills</b>", start_date=None, mode="online")


@pytest.fixture(scope="module")
def renderer() -> AckRenderer:
    return AckRenderer()


def received(renderer: AckRenderer, language: str | None, *events: AckEvent) -> tuple[str, str]:
    out = renderer.received(
        list(events) or [EVENT],
        language=language,
        subject="Invitation: dialogue",
        sent_on=date(2026, 12, 7),
        inbox="unmignet@example.org",
    )
    return out.html, out.text


def test_what_we_read_is_listed_with_the_zone_and_its_utc_offset(renderer: AckRenderer) -> None:
    """Title, dates and times with the zone and UTC offset, place, type, organiser and link."""
    html, text = received(renderer, "en")
    for part in (html, text):
        assert "Dialogue on labour mobility" in part
        assert "Wednesday 20 January 2027, 10:00–13:00 Nairobi time (UTC+03:00)" in part
        assert "Sarova Stanley Hotel, Nairobi, Kenya" in part
        assert "Policy dialogue" in part and "IOM Kenya" in part
        assert "https://partners.example.org/register" in part
        assert "We received 1 event in your mail of Monday 7 December 2026" in part
        assert "Reply to this mail with the correction" in part


def test_unknown_fields_say_so_and_mail_content_is_escaped(renderer: AckRenderer) -> None:
    """A field we did not find says "not found in your mail"; markup from the mail is escaped;
    two events are counted in the plural."""
    html, text = received(renderer, "en", EVENT, ONLINE)
    assert "We received 2 events" in text
    assert "When: not found in your mail" in text and "Where: Online" in text
    assert "<b>on skills</b>" not in html and "&lt;b&gt;on skills&lt;/b&gt;" in html


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", "mercredi 20 janvier 2027, 10:00–13:00 heure de Nairobi (UTC+03:00)"),
        ("es", "miércoles 20 de enero de 2027"),
        ("pt", "quarta-feira, 20 de janeiro de 2027"),
        ("ar", "الأربعاء 20 يناير 2027"),
    ],
)
def test_each_language_has_its_own_words_and_dates(
    renderer: AckRenderer, language: str, words: str
) -> None:
    """French, Spanish, Portuguese and Arabic get their own labels and dates."""
    html, text = received(renderer, language)
    assert words in text and words in html
    assert f'<html lang="{language}"' in html


def test_arabic_is_right_to_left_and_other_languages_fall_back_to_english(
    renderer: AckRenderer,
) -> None:
    """Arabic is laid out right to left; German (no template) and an unknown code get English."""
    html, _ = received(renderer, "ar")
    assert 'dir="rtl"' in html and 'align="right"' in html
    assert language_for("de") == "en" and language_for(None) == "en"
    assert language_for("fr-CA") == "fr"
    html_de, _ = received(renderer, "de")
    assert 'lang="en"' in html_de and 'dir="ltr"' in html_de


def test_the_mail_is_an_rfc3834_auto_reply_to_the_partner(renderer: AckRenderer) -> None:
    """Auto-Submitted: auto-replied, In-Reply-To and References to the partner's mail (its own
    References kept), the fixed Message-ID, text then HTML, and small."""
    rendered = renderer.received(
        [EVENT], language="en", subject="Invitation", sent_on=date(2026, 12, 7), inbox="u@x.org"
    )
    sender = "UN Network on Migration <unmignet@example.org>"
    message_id = ack_message_id("received:12", "ama@partners.example.org", sender)
    reply = Reply(
        to="ama@partners.example.org",
        sender=sender,
        reply_to=sender,
        message_id=message_id,
        in_reply_to="<original-with-a-rather-long-identifier-0123456789@partners.example.org>",
        references=("<earlier@partners.example.org>",),
    )
    raw = bytes(build(rendered, reply))
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert parsed["In-Reply-To"] == reply.in_reply_to
    assert str(parsed["References"]).split() == [
        "<earlier@partners.example.org>",
        reply.in_reply_to,
    ]
    assert parsed["Message-ID"] == message_id and message_id.endswith("@example.org>")
    assert [p.get_content_type() for p in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert len(raw) < 25_000
