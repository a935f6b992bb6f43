"""One event as an iCalendar file (RFC 5545), for the digest's "add to calendar" link.

Timed events with an IANA zone get ``DTSTART;TZID=`` and a VTIMEZONE; timed events without one are
floating (the reader's clock); events without a time are all-day (``VALUE=DATE``, ``DTEND`` the day
after the last). The UID is stable per event, so adding it twice updates instead of duplicating;
a cancelled event carries ``STATUS:CANCELLED`` and a higher ``SEQUENCE``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from digest.content import DigestEvent
from digest.format import country_name, safe_url

PRODID = "-//UN Network on Migration//unmignet digest//EN"


def event_uid(event_id: int, domain: str) -> str:
    """The UID of an event, the same in the per-event file and in the review app's feed, so a
    calendar that has both keeps one entry (and a cancellation updates it)."""
    return f"event-{event_id}@{domain}"


def calendar_domain(base_url: str) -> str:
    """The UID domain: the public host of the review app."""
    return urlsplit(base_url).hostname or "unmignet.local"


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _clock(value: str) -> time:
    hour, _, minute = value.partition(":")
    return time(int(hour) % 24, int(minute or 0) % 60)


def event_span(
    start_day: date,
    end_day: date | None,
    start_time: str | None,
    end_time: str | None,
    timezone: str | None,
) -> tuple[date | datetime, date | datetime | None]:
    """DTSTART and DTEND of an event (DTEND None: a timed event with no known end).

    Timed when a start time is known and the event is one day, or several days with an end time
    (start on the first day, close on the last); otherwise all-day, DTEND the day after the last.
    A zone that is not a valid IANA name gives floating time rather than a guess.
    """
    last_day = end_day if end_day is not None and end_day > start_day else start_day
    multi_day = last_day > start_day
    if not start_time or (multi_day and not end_time):
        return start_day, last_day + timedelta(days=1)
    tz = _zone(timezone)
    begin = datetime.combine(start_day, _clock(start_time), tz)
    if not end_time:
        return begin, None
    end = datetime.combine(last_day, _clock(end_time), tz)
    return begin, end if end > begin else None


def event_calendar(event: DigestEvent, *, domain: str, sequence: int = 0) -> bytes:
    """The ``.ics`` bytes for one event."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    item = icalendar.Event()
    item.add("uid", event_uid(event.id, domain))
    item.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    end_day = date.fromisoformat(event.end_date) if event.end_date else None
    start, end = event_span(event.day, end_day, event.start_time, event.end_time, event.timezone)
    item.add("dtstart", start)
    # A timed event without a known end gets an hour, so calendars show a visible entry.
    item.add("dtend", end if end is not None else start + timedelta(hours=1))
    item.add("summary", event.title or "event")
    location = event_location(event)
    if location:
        item.add("location", location)
    url = safe_url(event.registration_url)
    if url:
        item.add("url", url)
    if event.organizer:
        item.add("description", f"Organiser: {event.organizer}" + (f"\n{url}" if url else ""))
    cancelled = event.status == "cancelled"
    item.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    item.add("sequence", sequence + (1 if cancelled else 0))
    cal.add_component(item)
    if isinstance(start, datetime) and start.tzinfo is not None:
        cal.add_missing_timezones()
    return bytes(cal.to_ical())


def event_location(event: DigestEvent) -> str:
    if event.mode == "online":
        return "Online"
    parts = [p for p in (event.venue, event.city, country_name(event.country, "en")) if p]
    place = ", ".join(parts)
    return f"{place} (and online)" if event.mode == "hybrid" and place else place
