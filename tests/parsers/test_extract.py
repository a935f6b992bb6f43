"""parsers.extract: the Extractor end to end on mails written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.extract import Extractor
from parsers.types import EVENT_FIELDS, ExtractionResult
from unmignet.errors import ParseError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def _extract(extractor: Extractor, name: str) -> ExtractionResult:
    return extractor.extract((FIXTURES / name).read_bytes())


def test_plain_invitation_fields_and_evidence(extractor: Extractor) -> None:
    """A labelled plain-text invitation gives every field, with evidence pointing at the text."""
    result = _extract(extractor, "invite_plain_en.eml")
    assert result.is_event_notification and len(result.events) == 1
    event = result.events[0].as_schema()
    assert event["title"] == "Caribbean Forum on Disaster Displacement and Planned Relocation"
    assert (event["start_date"], event["end_date"]) == ("2024-03-21", "2024-03-21")
    assert (event["start_time"], event["end_time"]) == ("09:00", "16:30")
    assert (event["city"], event["country"], event["timezone"]) == (
        "Kingston",
        "JM",
        "America/Jamaica",
    )
    assert event["registration_url"] == "https://forms.example.org/caribbean-forum"
    assert event["mode"] == "in_person"
    assert "Disaster Risk Agency" in str(event["organizer"])
    texts = {p.name: p.text for p in result.texts}
    evidence = result.events[0].fields["start_date"].evidence
    assert evidence is not None
    assert "21 March 2024" in texts[evidence.part][evidence.start : evidence.end]


def test_signature_city_and_deadline_do_not_leak(extractor: Extractor) -> None:
    """The sender's signature city and a registration deadline are not the event's."""
    event = _extract(extractor, "invite_plain_en.eml").events[0].as_schema()
    assert event["city"] != "Port of Spain"
    assert event["start_date"] != "2024-03-15"


def test_reply_correction_gives_corrected_date(extractor: Extractor) -> None:
    """A reply correcting its own date gives the corrected date, other fields from the quote."""
    result = _extract(extractor, "reply_correction_en.eml")
    event = result.events[0].as_schema()
    assert event["start_date"] == "2024-03-13"
    assert event["status"] == "scheduled"
    assert event["title"] == "Seminar on Circular Migration in the Nordic Countries"
    assert event["city"] == "Copenhagen"


def test_auto_reply_is_not_an_event(extractor: Extractor) -> None:
    """An out-of-office reply mentioning a workshop yields no events and a reason."""
    result = _extract(extractor, "out_of_office_es.eml")
    assert not result.is_event_notification and result.events == ()
    assert result.reason


def test_numbered_items_are_separate_events(extractor: Extractor) -> None:
    """Two numbered items, each with its own date, are two events with their own titles."""
    result = _extract(extractor, "two_events_fr.eml")
    assert [e.value("start_date").isoformat() for e in result.events] == [
        "2024-03-19",
        "2024-03-21",
    ]
    assert "Accueillir ensemble" in result.events[0].value("title")
    assert "routes du sel" in result.events[1].value("title")
    assert all(e.value("city") == "Lyon" for e in result.events)


def test_calendar_invitation_uses_vevents(extractor: Extractor) -> None:
    """VEVENT times are kept; a Windows TZID is resolved through the event's city."""
    result = _extract(extractor, "calendar_outlook.eml")
    first = result.events[0].as_schema()
    assert (first["start_date"], first["start_time"], first["end_time"]) == (
        "2024-02-06",
        "09:30",
        "12:00",
    )
    assert first["city"] == "Vienna" and first["timezone"] == "Europe/Vienna"


def test_as_json_has_every_schema_field(extractor: Extractor) -> None:
    """as_json carries the schema's event keys, confidences (and ``ready``) and evidence."""
    data = _extract(extractor, "invite_plain_en.eml").as_json()
    assert list(data["events"][0]) == list(EVENT_FIELDS)
    assert set(data["confidence"][0]) == {*EVENT_FIELDS, "ready"}
    assert data["evidence"][0]["start_date"]["part"] == "body"


def test_extract_many_matches_extract(extractor: Extractor) -> None:
    """extract_many gives the same results as extract, in order."""
    names = ["invite_plain_en.eml", "out_of_office_es.eml", "two_events_fr.eml"]
    raws = [(FIXTURES / n).read_bytes() for n in names]
    many = [r.as_json() for r in extractor.extract_many(raws)]
    assert many == [extractor.extract(raw).as_json() for raw in raws]


def test_empty_bytes_raise_parse_error(extractor: Extractor) -> None:
    """Nothing usable raises ParseError, the one documented failure."""
    with pytest.raises(ParseError):
        extractor.extract(b"")


def _raw(subject: str, body: str, extra: str = "") -> bytes:
    head = (
        "From: Sam Doe <sam@example.org>\nTo: unmignet@example.int\n"
        f"Subject: {subject}\nDate: Mon, 04 Mar 2024 09:00:00 +0000\n{extra}"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return (head + body).replace("\n", "\r\n").encode("utf-8")


def test_umbrella_week_dates_are_not_an_event(extractor: Extractor) -> None:
    """A question naming only the umbrella week's dates announces no event."""
    body = (
        "Dear secretariat,\n\nWe may hold a panel but have not fixed a date yet.\n"
        "Can you confirm that Migration Week runs from 18 to 22 March 2024?\n\nThanks,\nSam\n"
    )
    result = extractor.extract(_raw("Question about the calendar", body))
    assert not result.is_event_notification and result.events == ()


def test_negated_place_and_time_are_skipped(extractor: Extractor) -> None:
    """'(not the X)' and 'not 9:00' values give way to the corrected ones."""
    body = (
        "Dear colleagues,\n\nCorrection for the workshop on 20 March 2024:\n"
        "- Time: 15:00 to 17:00 (not 9:00 to 11:00 as I wrote).\n"
        "- Venue: Hotel Lumen, Salon B, Quito (not the Palace in Cuenca).\n\nBest,\nSam\n"
    )
    event = extractor.extract(_raw("Workshop on labour migration data", body)).events[0]
    assert event.value("start_time") == "15:00" and event.value("city") == "Quito"


def test_calendar_reply_is_not_an_event(extractor: Extractor) -> None:
    """An iTIP METHOD:REPLY (an acceptance) announces nothing."""
    raw = (FIXTURES / "calendar_outlook.eml").read_bytes().replace(b"REQUEST", b"REPLY")
    result = extractor.extract(raw)
    assert not result.is_event_notification and "reply" in result.reason


def test_dated_mail_without_any_event_word_is_not_an_event(extractor: Extractor) -> None:
    """A dated message that names no event or invitation (a patch, a note) is not an event."""
    body = "Hi,\n\nThe new build goes out on 12 March 2024 at 10:00.\n\nSam\n"
    assert not extractor.extract(_raw("Build schedule", body)).is_event_notification
