"""One event as an iCalendar file (RFC 5545), for the digest's "add to calendar" link.

Timed events with an IANA zone get ``DTSTART;TZID=`` and a VTIMEZONE; timed events without one are
floating (the reader's clock); events without a time are all-day (``VALUE=DATE``, ``DTEND`` the day
after the last). The UID is stable per event, so adding it twice updates instead of duplicating;
a cancelled event carries ``STATUS:CANCELLED`` and a higher ``SEQUENCE``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from digest.content import DigestEvent
from digest.format import country_name, safe_url

PRODID = "-//UN Network on Migration//unmignet digest//EN"


def event_uid(event_id: int, domain: str = "unmignet") -> str:
    return f"event-{event_id}@{domain}"


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


def _span(event: DigestEvent) -> tuple[date | datetime, date | datetime]:
    start_day = event.day
    last_day = date.fromisoformat(event.end_date) if event.end_date else start_day
    if not event.start_time:
        return start_day, max(last_day, start_day) + timedelta(days=1)
    tz = _zone(event.timezone)
    start = datetime.combine(start_day, _clock(event.start_time), tz)
    if event.end_time:
        end = datetime.combine(last_day, _clock(event.end_time), tz)
    else:
        end = start + timedelta(hours=1)
    return start, end if end > start else start + timedelta(hours=1)


def event_calendar(event: DigestEvent, *, domain: str = "unmignet", sequence: int = 0) -> bytes:
    """The ``.ics`` bytes for one event."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    item = icalendar.Event()
    item.add("uid", event_uid(event.id, domain))
    item.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    start, end = _span(event)
    item.add("dtstart", start)
    item.add("dtend", end)
    item.add("summary", event.title or "event")
    location = _location(event)
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


def _location(event: DigestEvent) -> str:
    if event.mode == "online":
        return "Online"
    parts = [p for p in (event.venue, event.city, country_name(event.country, "en")) if p]
    place = ", ".join(parts)
    return f"{place} (and online)" if event.mode == "hybrid" and place else place
