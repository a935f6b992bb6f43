"""text/calendar and .ics bodies -> typed calendar events, through the ``icalendar`` library.

Handles METHOD REQUEST/CANCEL/PUBLISH, several VEVENTs, all-day events (DATE values; DTEND is
exclusive), TZIDs that are IANA names or Outlook Windows names (mapped with
``parsers.zones.windows_zone_to_iana`` once the event's city is known, so "W. Europe Standard Time"
in Geneva gives Europe/Zurich). Broken calendars are recorded, never raised.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import icalendar

MAX_EVENTS = 20
_TZID = re.compile(r"TZID=\"?([^\":;]+)\"?[:;]")
_JOIN_PROPS = ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE", "CONFERENCE")
_JOIN_URL = re.compile(
    r"https?://[^\s<>\"')\]]*(?:zoom\.us/[jsw]|teams\.microsoft\.com/l/meetup|teams\.live\.com/meet"
    r"|meet\.google\.com/|webex\.com/|gotomeeting\.com/join|whereby\.com/)[^\s<>\"')\]]*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT. Times are wall-clock times in ``tzid`` (as written, possibly a Windows name)."""

    method: str
    summary: str
    description: str
    location: str
    start_date: date | None
    end_date: date | None
    start_time: time | None
    end_time: time | None
    tzid: str | None
    all_day: bool
    status: str
    url: str
    organizer: str
    sequence: int
    attendance: str = ""  # a stated mode (schema.org eventAttendanceMode): hybrid/online/in_person
    join_url: str = ""  # the online-meeting link (Teams/Zoom/Webex/Meet), "" when none


@dataclass(frozen=True, slots=True)
class CalendarParse:
    events: tuple[CalendarEvent, ...]
    errors: tuple[str, ...] = ()


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _tzid(prop: Any, utc_default: bool) -> str | None:
    params = getattr(prop, "params", {}) or {}
    tzid = params.get("TZID")
    if tzid:
        return str(tzid).strip('"')
    value = getattr(prop, "dt", None)
    tzinfo = getattr(value, "tzinfo", None)
    if tzinfo is not None:
        key = getattr(tzinfo, "key", None) or getattr(tzinfo, "zone", None) or str(tzinfo)
        return "UTC" if key in ("UTC", "Z", "tzutc()") or utc_default else str(key)
    return None


def _split(value: Any) -> tuple[date | None, time | None]:
    if isinstance(value, datetime):
        return value.date(), value.time().replace(second=0, microsecond=0)
    if isinstance(value, date):
        return value, None
    return None, None


def _organizer(component: Any) -> str:
    prop = component.get("ORGANIZER")
    if prop is None:
        return ""
    params = getattr(prop, "params", {}) or {}
    return str(params.get("CN", "")).strip('"')


def _event(component: Any, method: str) -> CalendarEvent:
    start_prop = component.get("DTSTART")
    end_prop = component.get("DTEND")
    start_d, start_t = _split(getattr(start_prop, "dt", None))
    end_d, end_t = _split(getattr(end_prop, "dt", None))
    all_day = start_d is not None and start_t is None
    if all_day and end_d is not None and end_d > start_d:  # type: ignore[operator]
        end_d = end_d - timedelta(days=1)  # DTEND of an all-day event is exclusive
    tzid = _tzid(start_prop, False) if start_prop is not None else None
    return CalendarEvent(
        method=method,
        summary=_text(component, "SUMMARY"),
        description=_text(component, "DESCRIPTION"),
        location=_text(component, "LOCATION"),
        start_date=start_d,
        end_date=end_d or start_d,
        start_time=start_t,
        end_time=end_t,
        tzid=tzid,
        all_day=all_day,
        status=_text(component, "STATUS").upper(),
        url=_text(component, "URL"),
        organizer=_organizer(component),
        sequence=_int(_text(component, "SEQUENCE")),
        join_url=_join_url(component),
    )


def _join_url(component: Any) -> str:
    """The meeting link a Teams/Google/RFC 7986 property gives, else one in the DESCRIPTION."""
    for name in _JOIN_PROPS:
        value = _text(component, name)
        if value.lower().startswith("http"):
            return value
    found = _JOIN_URL.search(_text(component, "DESCRIPTION") + "\n" + _text(component, "LOCATION"))
    return found.group(0) if found else ""


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


def parse_calendar(text: str) -> CalendarParse:
    """Parse one calendar body; errors are recorded on the result, never raised."""
    if "BEGIN:VCALENDAR" not in text.upper():
        return CalendarParse((), ("no VCALENDAR",))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar warns on guessed vendor TZIDs; we accept them
        return _parse(text)


def _parse(text: str) -> CalendarParse:
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as err:  # noqa: BLE001 - icalendar raises many types on bad input
        return CalendarParse((), (f"icalendar: {type(err).__name__}: {str(err)[:120]}",))
    method = str(cal.get("METHOD", "")).upper()
    events: list[CalendarEvent] = []
    errors: list[str] = []
    for component in cal.walk("VEVENT")[:MAX_EVENTS]:
        try:
            events.append(_event(component, method))
        except Exception as err:  # noqa: BLE001 - one bad VEVENT must not lose the others
            errors.append(f"VEVENT: {type(err).__name__}")
    return CalendarParse(tuple(events), tuple(errors))


def is_cancellation(event: CalendarEvent) -> bool:
    """METHOD:CANCEL or STATUS:CANCELLED."""
    return event.method == "CANCEL" or event.status == "CANCELLED"


def calendar_text(event: CalendarEvent) -> str:
    """A readable rendering used as the ``calendar`` text part (evidence spans index into it):
    summary, location, description, then the event's start, end, zone and status as written in
    the calendar ("Starts: 2024-03-21 10:00"), so that calendar dates have characters to show."""
    lines = [event.summary, event.location, event.description, *_when_lines(event)]
    return "\n".join(line for line in lines if line)


def location_offset(event: CalendarEvent) -> int:
    """Where ``event.location`` begins in ``calendar_text(event)``."""
    return len(event.summary) + 1 if event.summary else 0


def _moment(day: date | None, clock: time | None) -> str:
    if day is None:
        return ""
    return day.isoformat() + (f" {clock.strftime('%H:%M')}" if clock is not None else "")


def _when_lines(event: CalendarEvent) -> list[str]:
    start, end = (
        _moment(event.start_date, event.start_time),
        _moment(event.end_date, event.end_time),
    )
    lines = [f"Starts: {start}" if start else "", f"Ends: {end}" if end else ""]
    lines.append(f"Time zone: {event.tzid}" if event.tzid else "")
    lines.append(f"Organizer: {event.organizer}" if event.organizer else "")
    if is_cancellation(event):
        lines.append(f"Status: {event.status or event.method}")
    return lines
