"""Exports of events: CSV for Excel (UTF-8 with BOM), JSON records, an RFC 5545 iCalendar feed.

The feed holds approved events only. Timed events carry ``TZID`` parameters with a VTIMEZONE for
every zone used (icalendar's ``add_missing_timezones``); events without a time are all-day
(``VALUE=DATE``, DTEND exclusive, so a 3-day event spans three calendar days); a timed event whose
zone is unknown is written in floating time rather than guessed. UIDs are stable per event and
SEQUENCE follows the event's version, so subscribed calendars update in place.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from icalendar import Calendar
from icalendar import Event as VEvent

from digest.ics import calendar_domain, event_span, event_uid
from models.event import Event
from models.event_store import EVENT_COLUMNS, event_as_schema

CSV_COLUMNS = ("id", *EVENT_COLUMNS, "review_state", "source_subject")
PRODID = "-//UN Network on Migration//unmignet//EN"


def _cell(value: Any) -> str:
    """A CSV cell; a leading formula character is neutralised (CSV injection in Excel)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def events_csv(events: Iterable[Event]) -> bytes:
    """CSV with a UTF-8 byte-order mark and CRLF lines: opens cleanly in Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        record = event_as_schema(event)
        subject = event.message.subject if event.message is not None else ""
        row = [record["id"], *(record[c] for c in EVENT_COLUMNS), event.review_state, subject]
        writer.writerow([_cell(v) for v in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def events_json(events: Iterable[Event]) -> list[dict[str, Any]]:
    """SCHEMA.md records with id, version and last update time."""
    out = []
    for event in events:
        record = event_as_schema(event)
        record["version"] = event.version
        record["updated_at"] = event.updated_at.isoformat() if event.updated_at else None
        out.append(record)
    return out


def _dates(vevent: VEvent, event: Event, start: date) -> None:
    begin, end = event_span(start, event.end_date, event.start_time, event.end_time, event.timezone)
    vevent.add("dtstart", begin)
    if end is not None:
        vevent.add("dtend", end)


def _location(event: Event) -> str:
    parts = [event.venue, event.city, event.country]
    place = ", ".join(p for p in parts if p)
    if event.mode == "online":
        return place or "Online"
    return place + (" + online" if event.mode == "hybrid" else "")


def _description(event: Event) -> str:
    lines = [
        f"Organiser: {event.organizer}" if event.organizer else "",
        f"Type: {event.event_type.replace('_', ' ')}",
        f"Format: {event.mode.replace('_', ' ')}",
        f"Registration: {event.registration_url}" if event.registration_url else "",
    ]
    return "\n".join(line for line in lines if line)


def _vevent(event: Event, domain: str, stamp: datetime) -> VEvent | None:
    if event.start_date is None:
        return None
    vevent = VEvent()
    vevent.add("uid", event_uid(event.id, domain))
    vevent.add("dtstamp", stamp)
    vevent.add("sequence", max(event.version - 1, 0))
    vevent.add("summary", event.title)
    _dates(vevent, event, event.start_date)
    location = _location(event)
    if location:
        vevent.add("location", location)
    vevent.add("description", _description(event))
    if event.registration_url:
        vevent.add("url", event.registration_url)
    vevent.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    if event.updated_at is not None:
        vevent.add("last-modified", event.updated_at)
    return vevent


def events_ics(events: Iterable[Event], *, base_url: str, name: str, stamp: datetime) -> bytes:
    """A VCALENDAR of ``events`` with the VTIMEZONEs they use."""
    domain = calendar_domain(base_url)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    for event in events:
        vevent = _vevent(event, domain, stamp)
        if vevent is not None:
            cal.add_component(vevent)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
