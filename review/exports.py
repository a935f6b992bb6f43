"""Exports of events: CSV for Excel (UTF-8 with BOM), JSON records, an RFC 5545 iCalendar feed.

The feed holds approved events only. Timed events carry ``TZID`` parameters with a VTIMEZONE for
every zone used (icalendar's ``add_missing_timezones``); events without a time are all-day
(``VALUE=DATE``, DTEND exclusive, so a 3-day event spans three calendar days); a timed event whose
zone is unknown is written in floating time rather than guessed. UIDs are stable per event and
SEQUENCE follows the event's version, so subscribed calendars update in place.

An approved event that a later mail contradicts (a cancellation or a new date no reviewer has
decided yet: ``pending``, from ``digest.service.pending_changes``) is published as the digest
prints it: marked, never as confirmed fact. In the feed it is ``STATUS:TENTATIVE``, its summary
starts with "To be confirmed:", its description starts with the digest's note ("Cancelled, per the
organiser's mail of ...") and its registration link is left out; in JSON it carries
``to_be_confirmed: true`` and ``pending_change`` (the note, the mail's date and the proposed
values), and its registration link is null; in CSV the ``pending_change`` column holds the note.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from icalendar import Calendar
from icalendar import Event as VEvent

from digest.format import pending_notes
from digest.ics import calendar_domain, event_span, event_uid
from digest.service import digest_event
from models.event import Event
from models.event_store import EVENT_COLUMNS, event_as_schema

CSV_COLUMNS = ("id", *EVENT_COLUMNS, "review_state", "source_subject", "pending_change")
PRODID = "-//UN Network on Migration//unmignet//EN"
TO_CONFIRM = "To be confirmed"
# event id -> {"mail_date": ISO date, "changes": {field: proposed value}} (undecided changes)
Pending = Mapping[int, Mapping[str, Any]]


def pending_note(event: Event, pending: Pending) -> str:
    """The digest's words for an event's undecided change ('' when there is none)."""
    change = pending.get(event.id)
    if not change or event.start_date is None:
        return ""
    shown = replace(digest_event(event), pending=dict(change))
    return " · ".join(pending_notes(shown, "en"))


def _cell(value: Any) -> str:
    """A CSV cell; a leading formula character is neutralised (CSV injection in Excel)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def events_csv(events: Iterable[Event], pending: Pending | None = None) -> bytes:
    """CSV with a UTF-8 byte-order mark and CRLF lines: opens cleanly in Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        record = event_as_schema(event)
        subject = event.message.subject if event.message is not None else ""
        note = pending_note(event, pending or {})
        row = [record["id"], *(record[c] for c in EVENT_COLUMNS), event.review_state, subject, note]
        writer.writerow([_cell(v) for v in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def events_json(events: Iterable[Event], pending: Pending | None = None) -> list[dict[str, Any]]:
    """SCHEMA.md records with id, version and last update time; an undecided later change
    marks the record (``to_be_confirmed``, ``pending_change``) and drops its registration link."""
    out = []
    for event in events:
        record = event_as_schema(event)
        record["version"] = event.version
        record["updated_at"] = event.updated_at.isoformat() if event.updated_at else None
        note = pending_note(event, pending or {})
        record["to_be_confirmed"] = bool(note)
        if note:
            change = (pending or {})[event.id]
            record["registration_url"] = None
            record["pending_change"] = {
                "note": note,
                "mail_date": change.get("mail_date"),
                "changes": dict(change.get("changes") or {}),
            }
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


def _status(event: Event, note: str) -> str:
    if note:
        return "TENTATIVE"
    return "CANCELLED" if event.status == "cancelled" else "CONFIRMED"


def _vevent(event: Event, domain: str, stamp: datetime, note: str = "") -> VEvent | None:
    if event.start_date is None:
        return None
    vevent = VEvent()
    vevent.add("uid", event_uid(event.id, domain))
    vevent.add("dtstamp", stamp)
    # an undecided change is news for subscribed calendars too: one step above the version
    vevent.add("sequence", max(event.version - 1, 0) + (1 if note else 0))
    vevent.add("summary", f"{TO_CONFIRM}: {event.title}" if note else event.title)
    _dates(vevent, event, event.start_date)
    location = _location(event)
    if location:
        vevent.add("location", location)
    description = _description(event)
    vevent.add("description", f"{TO_CONFIRM}. {note}\n{description}" if note else description)
    if event.registration_url and not note:
        vevent.add("url", event.registration_url)
    vevent.add("status", _status(event, note))
    if event.updated_at is not None:
        vevent.add("last-modified", event.updated_at)
    return vevent


def events_ics(
    events: Iterable[Event],
    *,
    base_url: str,
    name: str,
    stamp: datetime,
    pending: Pending | None = None,
) -> bytes:
    """A VCALENDAR of ``events`` with the VTIMEZONEs they use; events with an undecided later
    change (``pending``) are tentative and say what the later mail proposes."""
    domain = calendar_domain(base_url)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    for event in events:
        vevent = _vevent(event, domain, stamp, pending_note(event, pending or {}))
        if vevent is not None:
            cal.add_component(vevent)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
