"""parsers.calendar: VEVENTs with Windows TZIDs, all-day ranges, cancellations, broken input."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from parsers.calendar import is_cancellation, parse_calendar
from parsers.mime import parse_message

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def _calendar() -> str:
    return parse_message((FIXTURES / "calendar_outlook.eml").read_bytes()).calendars[0]


def test_several_vevents_with_windows_tzid() -> None:
    """Each VEVENT is read; the TZID is kept as written (a Windows name) for later mapping."""
    parsed = parse_calendar(_calendar())
    assert parsed.errors == ()
    first, _ = parsed.events
    assert first.method == "REQUEST"
    assert first.summary == "Expert meeting on seasonal work schemes"
    assert first.start_date == date(2024, 2, 6) and first.start_time == time(9, 30)
    assert first.end_time == time(12, 0)
    assert first.tzid == "W. Europe Standard Time"
    assert first.location.endswith("Vienna")
    assert first.organizer == "Events Team"
    assert not is_cancellation(first)


def test_all_day_end_is_inclusive() -> None:
    """An all-day DTEND is exclusive in iCalendar; the event ends the day before."""
    second = parse_calendar(_calendar()).events[1]
    assert second.all_day
    assert (second.start_date, second.end_date) == (date(2024, 2, 7), date(2024, 2, 8))
    assert second.start_time is None


def test_cancel_method_is_a_cancellation() -> None:
    """METHOD:CANCEL marks every event cancelled."""
    text = _calendar().replace("METHOD:REQUEST", "METHOD:CANCEL")
    assert all(is_cancellation(e) for e in parse_calendar(text).events)


def test_utc_times_and_iana_tzid() -> None:
    """UTC values report UTC; IANA TZIDs pass through."""
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:S\r\n"
        "DTSTART:20240301T080000Z\r\nDTEND:20240301T090000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
        "UID:b\r\nSUMMARY:T\r\nDTSTART;TZID=America/Santiago:20240305T100000\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    first, second = parse_calendar(text).events
    assert first.tzid == "UTC" and first.start_time == time(8, 0)
    assert second.tzid == "America/Santiago" and second.end_date == date(2024, 3, 5)


def test_garbage_is_recorded_not_raised() -> None:
    """Non-calendar text and broken calendars give errors, not exceptions."""
    assert parse_calendar("hello").errors
    broken = parse_calendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n")
    assert broken.errors or broken.events == ()
