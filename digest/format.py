"""Pure formatting of digest events for a reader: dates, times with their zone, place, labels.

Every string here is plain text; the templates escape it (Jinja2 autoescape). Labels come from
``templates/labels.json`` (English, French, Spanish), so a translation is a data change.
"""

from __future__ import annotations

import gettext
import json
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digest.content import DigestEvent

LABELS_FILE = Path(__file__).parent / "templates" / "labels.json"
LANGUAGES = ("en", "fr", "es")
OFF = ("cancelled", "postponed")  # statuses whose card offers no registration


@dataclass(frozen=True, slots=True)
class EventView:
    """An event ready to print: every value a short string (or None when there is nothing)."""

    id: int
    title: str
    badge: str | None
    changed: str | None
    when: str
    where: str
    organiser: str | None
    register_url: str | None
    calendar_url: str | None
    region: str | None = None  # shown beside the place in long digests (see render.py)
    pending: str | None = None  # a later mail's undecided change, printed beside the title
    type_label: str | None = None  # "Policy dialogue"; None for "other"
    summary: str | None = None  # one line from the partner's own mail
    language_hint: str | None = None  # "In French" when the event's language is not the reader's
    was_now: tuple[str, ...] = ()  # "Date: old -> new" lines, for changes since the last digest
    is_new: bool = False
    short_when: str = ""  # "Tue 22 Dec" for the compact lines of later weeks
    google_url: str | None = None
    outlook_url: str | None = None


@cache
def all_labels() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    return data


def labels(language: str) -> dict[str, Any]:
    table = all_labels()
    return table.get(language, table["en"])


def long_date(day: date, language: str) -> str:
    lab = labels(language)
    return str(lab["date_format"]).format(
        weekday=lab["weekdays"][day.weekday()],
        day=day.day,
        month=lab["months"][day.month - 1],
        year=day.year,
    )


def short_date(day: date, language: str) -> str:
    """``15 December 2026`` (used in the subject and the intro)."""
    lab = labels(language)
    month = lab["months"][day.month - 1]
    return (
        f"{day.day} de {month} de {day.year}"
        if language == "es"
        else f"{day.day} {month} {day.year}"
    )


def zone_parts(zone: str | None, day: date, clock: str | None) -> tuple[str, str] | str:
    """An IANA zone as (city, "(UTC+01:00)") on that day at that clock time (noon if none);
    "" for no zone, "UTC" for UTC, the raw text for anything that is not an IANA zone."""
    if not zone:
        return ""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return zone
    if zone.upper() in ("UTC", "ETC/UTC", "GMT"):
        return "UTC"
    hour, _, minute = (clock or "12:00").partition(":")
    moment = datetime.combine(day, time(int(hour) % 24, int(minute or 0) % 60), tz)
    offset = moment.strftime("%z")
    return zone.rsplit("/", 1)[-1].replace("_", " "), f"(UTC{offset[:3]}:{offset[3:]})"


def zone_label(zone: str | None, day: date, clock: str | None, language: str) -> str:
    """``Geneva time (UTC+01:00)`` for an IANA zone; the raw text for anything else."""
    parts = zone_parts(zone, day, clock)
    if isinstance(parts, str):
        return parts
    city, utc = parts
    return f"{str(labels(language)['zone_time']).format(city=city)} {utc}"


def when(event: DigestEvent, language: str) -> str:
    start = event.day
    text = long_date(start, language)
    end = date.fromisoformat(event.end_date) if event.end_date else None
    if end and end != start:
        text += f" – {long_date(end, language)}"
    if event.start_time:
        clock = event.start_time + (f"–{event.end_time}" if event.end_time else "")
        zone = zone_label(event.timezone, start, event.start_time, language)
        text += f", {clock}" + (f" {zone}" if zone else "")
    return text


@cache
def _country_translation(language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def country_name(code: str | None, language: str) -> str | None:
    if not code:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return code
    name = str(getattr(found, "common_name", None) or found.name)
    return _country_translation(language).gettext(str(found.name)) if language != "en" else name


def where(event: DigestEvent, language: str) -> str:
    lab = labels(language)
    if event.mode == "online":
        return str(lab["online"])
    parts = [event.venue, event.city, country_name(event.country, language)]
    seen: list[str] = []
    for part in parts:
        if part and all(part.casefold() not in s.casefold() for s in seen):
            seen.append(part)
    place = ", ".join(seen)
    if event.mode == "hybrid":
        return f"{place} {lab['plus_online']}" if place else str(lab["online"])
    return place or "–"


def badge(event: DigestEvent, language: str) -> str | None:
    if event.status in ("cancelled", "postponed", "rescheduled"):
        return str(labels(language)[f"status_{event.status}"])
    return None


def changed(event: DigestEvent, language: str) -> str | None:
    if not event.changed:
        return None
    lab = labels(language)
    names: list[str] = []
    for field_name in event.changed:
        name = str(lab["fields"].get(field_name, field_name))
        if name not in names:
            names.append(name)
    return f"{lab['changed']}: {', '.join(names)}"


def view(event: DigestEvent, language: str, base_url: str) -> EventView:
    shown = _plain_view(event, language, base_url)
    return pending_view(shown, event, language) if event.pending else shown


def _plain_view(event: DigestEvent, language: str, base_url: str) -> EventView:
    return EventView(
        id=event.id,
        title=event.title or "–",
        badge=badge(event, language),
        changed=changed(event, language),
        when=when(event, language),
        where=where(event, language),
        organiser=event.organizer,
        # nothing to register for once it is off; the .ics stays: it takes it off calendars
        register_url=None if event.status in OFF else safe_url(event.registration_url),
        calendar_url=f"{base_url.rstrip('/')}/digest/event/{event.id}.ics",
        type_label=type_label(event, language),
        summary=event.summary or None,
        language_hint=language_hint(event, language),
        was_now=was_now(event, language),
        is_new=event.section == "new",
        short_when=short_day(event.day, language),
    )


def short_day(day: date, language: str) -> str:
    """``Tue 22 Dec`` / ``mar. 22 déc.``: the date of a compact line."""
    lab = labels(language)
    weekday = str(lab["weekdays"][day.weekday()])[:3]
    return f"{weekday} {day.day} {lab['months_short'][day.month - 1]}"


def type_label(event: DigestEvent, language: str) -> str | None:
    if event.event_type in ("other", ""):
        return None
    return str(labels(language)["types"].get(event.event_type) or "") or None


def language_hint(event: DigestEvent, language: str) -> str | None:
    """``In French`` when the mail that announced the event is not in the reader's language."""
    code = (event.language or "").lower()[:2]
    names = labels(language)["language_names"]
    if not code or code == language or code not in names:
        return None
    return str(labels(language)["in_language"]).format(language=names[code])


def was_now(event: DigestEvent, language: str) -> tuple[str, ...]:
    """What the reader saw in the last digest and what holds now, one line per kind of change:
    ``Date: Monday 14 December 2026 -> Tuesday 15 December 2026``."""
    if not event.was or event.pending:
        return ()
    lab = labels(language)
    old = replace(
        event, **{k: v for k, v in event.was.items() if k in _WHEN_FIELDS + _WHERE_FIELDS}
    )
    lines: list[str] = []
    if any(name in event.was for name in _WHEN_FIELDS):
        lines.append(_pair(lab, str(lab["when"]), when(old, language), when(event, language)))
    if any(name in event.was for name in _WHERE_FIELDS):
        lines.append(_pair(lab, str(lab["where"]), where(old, language), where(event, language)))
    for name in ("title", "organizer"):
        if name in event.was:
            label = str(lab["fields"][name]).capitalize()
            lines.append(_pair(lab, label, event.was[name] or "–", getattr(event, name) or "–"))
    return tuple(lines)


def _pair(lab: dict[str, Any], label: str, old: str, new: str) -> str:
    return str(lab["was_now"]).format(field=label, old=old, new=new)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the digest (mail content is hostile: no javascript:, data:)."""
    if not url:
        return None
    cleaned = url.strip()
    if cleaned.lower().startswith(("https://", "http://")) and not any(
        c.isspace() for c in cleaned
    ):
        return cleaned
    return None


# --- a later mail's change that no reviewer has decided ----------------------------------------

_WHEN_FIELDS = ("start_date", "end_date", "start_time", "end_time", "timezone")
_WHERE_FIELDS = ("mode", "venue", "city", "country")
_NOTED = ("status", "title", *_WHEN_FIELDS, *_WHERE_FIELDS)


def _proposed(event: DigestEvent, changes: dict[str, Any]) -> DigestEvent:
    known = {k: v for k, v in changes.items() if k in _WHEN_FIELDS + _WHERE_FIELDS}
    return replace(event, **known)


def pending_notes(event: DigestEvent, language: str) -> list[str]:
    """What the undecided change says, in the reader's words: "Cancelled, per the organiser's
    mail of 6 December 2026", "New date proposed in ...: <the new dates>", ..."""
    lab = labels(language)
    changes = dict(event.pending.get("changes") or {})
    sent = event.pending.get("mail_date")
    mail = short_date(date.fromisoformat(sent), language) if sent else "?"
    notes: list[str] = []
    if changes.get("status") in ("cancelled", "postponed"):
        notes.append(str(lab[f"pending_{changes['status']}"]).format(date=mail))
    proposed = _proposed(event, changes)
    if any(name in changes for name in _WHEN_FIELDS):
        notes.append(str(lab["pending_when"]).format(date=mail, value=when(proposed, language)))
    if any(name in changes for name in _WHERE_FIELDS):
        notes.append(str(lab["pending_where"]).format(date=mail, value=where(proposed, language)))
    if changes.get("title"):
        notes.append(str(lab["pending_title"]).format(value=changes["title"]))
    rest = [name for name in changes if name not in _NOTED]
    if rest or not notes:
        names = ", ".join(str(lab["fields"].get(n, n)) for n in rest or changes)
        notes.append(str(lab["pending_other"]).format(date=mail, fields=names))
    return notes


def pending_view(shown: EventView, event: DigestEvent, language: str) -> EventView:
    """The event with its undecided change beside the title; the details the change contradicts
    (date, place, organiser, registration and calendar links) are not printed as facts."""
    changes = event.pending.get("changes") or {}
    lab = labels(language)
    later = str(lab["to_confirm"])
    return replace(
        shown,
        badge=str(lab["pending_badge"]),
        pending=" · ".join(pending_notes(event, language)),
        when=later if any(n in changes for n in _WHEN_FIELDS) else shown.when,
        where=later if any(n in changes for n in _WHERE_FIELDS) else shown.where,
        organiser=None if "organizer" in changes else shown.organiser,
        register_url=None,
        calendar_url=None,
    )
