"""schema.org Event data embedded in HTML (JSON-LD scripts and microdata itemprops)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from parsers.calendar import CalendarEvent

_JSONLD = re.compile(
    r"<script[^>]+type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>",
    re.IGNORECASE | re.DOTALL,
)
_ITEMPROP = re.compile(
    r"itemprop=[\"'](name|startDate|endDate|url|location|eventAttendanceMode|eventStatus)[\"']"
    r"[^>]*?(?:content|datetime|href)=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)
EVENT_TYPES = ("Event", "BusinessEvent", "EducationEvent", "SocialEvent", "ExhibitionEvent")


@dataclass(frozen=True, slots=True)
class SchemaEvent:
    name: str
    start: str
    end: str
    url: str
    location: str
    attendance_mode: str
    status: str
    organizer: str = ""


def _iso(value: str) -> tuple[date | None, time | None, str | None]:
    """An ISO 8601 date or date-time: (date, wall time, offset-or-zone as written)."""
    m = re.match(
        r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?",
        value,
    )
    if not m:
        return None, None, None
    try:
        day = date.fromisoformat(m.group(1))
        at = time(int(m.group(2)), int(m.group(3))) if m.group(2) else None
    except ValueError:
        return None, None, None
    return day, at, m.group(4)


def as_calendar_event(event: SchemaEvent) -> CalendarEvent | None:
    """A schema.org event in the calendar shape the extractor already reads, or None."""
    start_d, start_t, zone = _iso(event.start)
    if start_d is None:
        return None
    end_d, end_t, _ = _iso(event.end) if event.end else (start_d, None, None)
    cancelled = event.status.lower().startswith("eventcancelled")
    return CalendarEvent(
        method="CANCEL" if cancelled else "PUBLISH",
        summary=event.name,
        description="",
        location=event.location,
        start_date=start_d,
        end_date=end_d or start_d,
        start_time=start_t,
        end_time=end_t,
        tzid="UTC" if zone == "Z" else None,
        all_day=start_t is None,
        status="CANCELLED" if cancelled else "",
        url=event.url,
        organizer=event.organizer,
        sequence=0,
        attendance=_ATTENDANCE.get(event.attendance_mode.lower(), ""),
    )


_ATTENDANCE = {
    "mixedeventattendancemode": "hybrid",
    "onlineeventattendancemode": "online",
    "offlineeventattendancemode": "in_person",
}


def _get(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key, "")
    if isinstance(value, dict):
        value = value.get("name") or value.get("url") or value.get("@id") or ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value) if isinstance(value, str | int | float) else ""


def _from_obj(obj: dict[str, Any]) -> SchemaEvent | None:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    if not any(str(k) in EVENT_TYPES or str(k).endswith("Event") for k in kinds):
        return None
    return SchemaEvent(
        name=_get(obj, "name"),
        start=_get(obj, "startDate"),
        end=_get(obj, "endDate"),
        url=_get(obj, "url"),
        location=_get(obj, "location"),
        attendance_mode=_get(obj, "eventAttendanceMode").rsplit("/", 1)[-1],
        status=_get(obj, "eventStatus").rsplit("/", 1)[-1],
        organizer=_names(obj.get("organizer")),
    )


def _names(value: Any) -> str:
    """schema.org organizer: a name, an Organization, or a list of them joined with "and"."""
    items = value if isinstance(value, list) else [value]
    names = [
        str(v.get("name", "")) if isinstance(v, dict) else str(v)
        for v in items
        if isinstance(v, dict | str)
    ]
    return " and ".join(n.strip() for n in names if n.strip() and not n.startswith("http"))


def _walk(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for item in data for o in _walk(item)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(_walk(graph) if graph else [])]
    return []


def find_schema_events(html: str) -> tuple[SchemaEvent, ...]:
    """Events declared as schema.org JSON-LD or microdata; malformed data is skipped."""
    found: list[SchemaEvent] = []
    for block in _JSONLD.findall(html[:1_000_000]):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        found.extend(e for e in map(_from_obj, _walk(data)) if e is not None)
    if not found and "schema.org/Event" in html:
        props = {k: v for k, v in _ITEMPROP.findall(html)}
        if props.get("startDate"):
            found.append(
                _from_obj({"@type": "Event", **props}) or SchemaEvent("", "", "", "", "", "", "")
            )
    return tuple(found)
