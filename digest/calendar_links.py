"""Add-to-calendar links for web calendars: Google Calendar and Outlook on the web (pure).

Both take the event in the URL (no account of ours, nothing stored): Google's
``calendar/render?action=TEMPLATE`` with ``dates=start/end`` (UTC ``...Z`` for an event with a
zone, floating local time without one, ``YYYYMMDD`` for all-day events) and Outlook's
``calendar/deeplink/compose`` with ISO ``startdt``/``enddt``. Times come from
``digest.ics.event_span`` so the three links agree. A timed event with no known end gets an hour,
as in the .ics file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

from digest.content import DigestEvent
from digest.format import safe_url
from digest.ics import event_location, event_span

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK = "https://outlook.office.com/calendar/deeplink/compose"


def _span(event: DigestEvent) -> tuple[date | datetime, date | datetime]:
    end_day = date.fromisoformat(event.end_date) if event.end_date else None
    start, end = event_span(event.day, end_day, event.start_time, event.end_time, event.timezone)
    return start, end if end is not None else start + timedelta(hours=1)


def _google_stamp(value: date | datetime) -> str:
    if not isinstance(value, datetime):
        return value.strftime("%Y%m%d")
    if value.tzinfo is None:
        return value.strftime("%Y%m%dT%H%M%S")
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _details(event: DigestEvent) -> str:
    parts = [event.summary or "", event.organizer or "", safe_url(event.registration_url) or ""]
    return "\n".join(p for p in parts if p)


def google_url(event: DigestEvent) -> str:
    start, end = _span(event)
    query = {
        "action": "TEMPLATE",
        "text": event.title or "event",
        "dates": f"{_google_stamp(start)}/{_google_stamp(end)}",
        "details": _details(event),
        "location": event_location(event),
    }
    return f"{GOOGLE}?{urlencode(query)}"


def _outlook_stamp(value: date | datetime) -> str:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def outlook_url(event: DigestEvent) -> str:
    start, end = _span(event)
    all_day = not isinstance(start, datetime)
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title or "event",
        "startdt": _outlook_stamp(start),
        "enddt": _outlook_stamp(end),
        "allday": "true" if all_day else "false",
        "body": _details(event),
        "location": event_location(event),
    }
    return f"{OUTLOOK}?{urlencode(query)}"
