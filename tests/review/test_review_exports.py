"""CSV, JSON and iCalendar exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from models.event import Event
from review.exports import events_csv, events_ics, events_json

STAMP = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _event(event_id: int, **values: object) -> Event:
    base: dict[str, object] = {
        "title": "Consultation on return and reintegration",
        "status": "scheduled",
        "start_date": date(2026, 4, 14),
        "end_date": None,
        "mode": "in_person",
        "event_type": "stakeholder_consultation",
        "version": 1,
        "review_state": "approved",
        "updated_at": STAMP,
    }
    return Event(id=event_id, **(base | values))


EVENTS = [
    _event(1, start_time="09:30", end_time="12:00", timezone="Africa/Dakar", city="Dakar"),
    _event(
        2,
        title="Semana de las migraciones",
        start_date=date(2026, 5, 4),
        end_date=date(2026, 5, 8),
        city="Bogotá",
        country="CO",
    ),
    _event(
        3,
        title="Two-day workshop",
        start_date=date(2026, 6, 1),
        end_date=date(2026, 6, 2),
        start_time="09:00",
        end_time="17:00",
        timezone="America/Sao_Paulo",
        status="cancelled",
        version=3,
    ),
    _event(
        4,
        title="Webinar",
        start_time="14:00",
        mode="online",
        registration_url="https://x.example/r",
    ),
]


def _calendar() -> Calendar:
    data = events_ics(EVENTS, base_url="https://review.example", name="Events", stamp=STAMP)
    return Calendar.from_ical(data)


def test_csv_has_bom_and_opens_in_excel() -> None:
    """CSV starts with the UTF-8 BOM, uses CRLF, keeps accents and neutralises formulas."""
    risky = _event(5, title='=HYPERLINK("http://bad")', city="São Paulo")
    data = events_csv([*EVENTS, risky])
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["id", "title", "status"]
    assert rows[2][1] == "Semana de las migraciones" and "Bogotá" in rows[2]
    assert rows[5][1].startswith("'=")


def test_json_records() -> None:
    """JSON records carry the schema fields, ISO dates, version and update time."""
    records = events_json(EVENTS)
    assert records[1]["start_date"] == "2026-05-04" and records[1]["end_date"] == "2026-05-08"
    assert records[2]["version"] == 3 and records[0]["updated_at"].startswith("2026-03-02")


def test_ics_validates_and_round_trips() -> None:
    """Every approved event is in the feed with its title, dates and status; UIDs are stable."""
    cal = _calendar()
    vevents = cal.walk("VEVENT")
    assert [str(v["SUMMARY"]) for v in vevents] == [e.title for e in EVENTS]
    assert {str(v["UID"]) for v in vevents} == {f"event-{i}@review.example" for i in (1, 2, 3, 4)}
    assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal
    for vevent in vevents:
        assert "DTSTAMP" in vevent and "DTSTART" in vevent


def test_ics_timed_event_has_vtimezone() -> None:
    """A timed event is at the right instant, with a VTIMEZONE for each non-UTC zone used.

    Africa/Dakar is UTC all year, so icalendar writes its times in UTC (the same instant).
    """
    cal = _calendar()
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    assert zones == {"America/Sao_Paulo"}
    assert "TZID=America/Sao_Paulo" in cal.to_ical().decode()
    first = cal.walk("VEVENT")[0]
    start = first.decoded("DTSTART")
    assert start == datetime(2026, 4, 14, 9, 30, tzinfo=ZoneInfo("Africa/Dakar"))
    assert first.decoded("DTEND") - start == timedelta(hours=2, minutes=30)


def test_ics_multi_day_event_is_all_day_with_exclusive_end() -> None:
    """A five-day event without times spans five calendar days (DTEND is the day after)."""
    second = _calendar().walk("VEVENT")[1]
    assert second.decoded("DTSTART") == date(2026, 5, 4)
    assert second.decoded("DTEND") == date(2026, 5, 9)
    assert "Bogotá" in str(second["LOCATION"])


def test_ics_multi_day_timed_event_and_cancellation() -> None:
    """A timed two-day event keeps its times; a cancelled one says so; SEQUENCE follows version."""
    third = _calendar().walk("VEVENT")[2]
    sao_paulo = ZoneInfo("America/Sao_Paulo")
    assert third.decoded("DTEND") == datetime(2026, 6, 2, 17, 0, tzinfo=sao_paulo)
    assert str(third["STATUS"]) == "CANCELLED" and int(third["SEQUENCE"]) == 2


def test_ics_online_event() -> None:
    """An online event says so in LOCATION and carries its registration URL."""
    fourth = _calendar().walk("VEVENT")[3]
    assert str(fourth["LOCATION"]) == "Online" and str(fourth["URL"]) == "https://x.example/r"


def test_per_event_file_and_feed_describe_the_same_calendar_entry() -> None:
    """The digest's "add to calendar" file and the subscribed feed share UID and times, so a
    calendar holding both keeps one entry (and a cancellation in the feed updates it)."""
    from digest.ics import calendar_domain, event_calendar
    from digest.service import digest_event

    for event in EVENTS[:3]:
        single = Calendar.from_ical(
            event_calendar(digest_event(event), domain=calendar_domain("https://review.example"))
        ).walk("VEVENT")[0]
        in_feed = next(v for v in _calendar().walk("VEVENT") if str(v["UID"]) == str(single["UID"]))
        assert single.decoded("DTSTART") == in_feed.decoded("DTSTART")
        assert single.decoded("DTEND") == in_feed.decoded("DTEND")
