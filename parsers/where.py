"""Where and how an event is held: venue, city, country, mode and time zone.

The calendar LOCATION first, else the block's text; a labelled venue line names the city; a
suburb is placed in the larger city the mail names; a calendar stored in UTC is shown in the
zone the mail writes (``local_calendar``); events of one mail share the city they all name or
that the introduction names (``share_place``, ``intro_place``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from parsers.calendar import CalendarEvent, location_offset
from parsers.gazetteer import (
    Place,
    canonical_zone,
    capital_namesake,
    city_by_name,
    find_countries,
    find_places,
    metro_city,
)
from parsers.langpacks import label_words
from parsers.location import detect_mode, find_venue
from parsers.temporal import TimeMention, find_times
from parsers.types import Block, Evidence, FieldValue, Sources
from parsers.values import field_value as _fv
from parsers.when import corrected_away, umbrella
from parsers.zones import windows_zone_to_iana, zone_from_text

ABBREVIATION_ZONE_CONF = 0.6  # confidence of a zone read from an abbreviation/offset alone


@dataclass(frozen=True, slots=True)
class Where:
    venue: FieldValue
    place: Place | None
    place_fv: FieldValue
    country: FieldValue
    mode: FieldValue
    places: tuple[Place, ...] = ()  # every usable city mention of the text read (alternatives)
    offset: int = 0  # where that text begins in ``part``
    part: str = "body"


_VENUE_LABEL = re.compile(  # the label words come from the language packs
    rf"^[ \t*•-]*(?:{label_words('venue')})\s*[:|]", re.IGNORECASE | re.MULTILINE
)
URL = re.compile(r"https?://[^\s<>\"')\]]+")
_EMAIL = re.compile(r"\S+@\S+")


def line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def usable_places(text: str) -> list[Place]:
    bad = [m.span() for m in URL.finditer(text)] + [m.span() for m in _EMAIL.finditer(text)]
    return [
        p
        for p in find_places(text)
        if not any(s <= p.span[0] < e for s, e in bad) and not corrected_away(text, p.span)
    ]


def _choose_place(
    text: str, places: list[Place], venue_span: tuple[int, int] | None
) -> Place | None:
    if not places:
        return None
    lines = [line_of(text, venue_span[0])] if venue_span is not None else []
    lines += [line_of(text, m.start()) for m in _VENUE_LABEL.finditer(text)]
    for start, end in lines:
        on_line = [p for p in places if start <= p.span[0] <= end]
        if on_line:
            return on_line[-1]  # addresses end with the city: "Hotel X, Room 3, Vienna"
    if "\n" not in text.strip():
        return places[-1]  # a one-line location (calendar LOCATION)
    best = max(place_rank(text, p) for p in places)
    return next(p for p in places if place_rank(text, p) == best)


_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|à|en|em|no|na|a|in|nach|im|a|dans|desde|de)|[,(–—-]|في|ب)\s*$", re.IGNORECASE
)


def _in_a_name(text: str, place: Place) -> bool:
    """ "Riverside Conference Centre": the city word starts a longer capitalised name."""
    after = text[place.span[1] : place.span[1] + 2]
    return after[:1] == " " and after[1:2].isupper()


def place_rank(text: str, place: Place) -> int:
    """Address-like mentions ("..., Bogotá" at a line end, "in Bogotá") outrank a city word
    inside a longer name ("Centro Cultural Gabriel García Márquez")."""
    before = text[max(0, place.span[0] - 12) : place.span[0]]
    after = text[place.span[1] : place.span[1] + 3]
    rank = 0
    if _LOCATIVE.search(before):
        rank += 1
    if not after.strip(" ") or after.lstrip(" ")[:1] in ",.;)\n–-":
        rank += 1
    inside_name = before.rstrip(" ")[-1:].isalpha() and after[:1] == " " and after[1:2].isupper()
    return rank - 2 * inside_name


def where(sources: Sources, block: Block) -> Where:
    """Venue, city, country and mode of a block; a mode the calendar states (schema.org
    eventAttendanceMode) wins over the one read from the text."""
    found = _in_metro(sources, _where_read(sources, block))
    stated = block.calendar.attendance if block.calendar is not None else ""
    if not stated or stated == found.mode.value or stated == "online":
        return found
    return replace(found, mode=_fv(stated, 0.95, "calendar", (0, 0), "schema.org"))


_SUBURB_MAX_POP = 500_000


def _in_metro(sources: Sources, found: Where) -> Where:
    """A suburb named alone ("Papatoetoe") is in the larger city the mail names elsewhere
    (subject, body, signature) when that city lies close by (``gazetteer.metro_city``)."""
    place = found.place
    if place is None or place.population >= _SUBURB_MAX_POP:
        return found
    texts = (
        sources.subject,
        sources.body[: sources.new_len or len(sources.body)],
        sources.signature,
    )
    big = metro_city(place, [p for t in texts if t for p in usable_places(t)])
    if big is None:
        return found
    moved = Place(big.city, big.country, big.timezone, place.span, place.text, big.population)
    city = replace(found.place_fv, value=big.city, confidence=0.7)
    return replace(found, place=moved, place_fv=city)


_PLATFORM = re.compile(
    r"^\W*(?:(?:microsoft |ms )?teams|zoom|webex|google meet|skype|gotomeeting|whereby|online"
    r"|virtual|virtuel(?:le)?|en ligne|en l[ií]nea|remote|https?://\S+)"
    r"(?: (?:meeting|webinar|call|room|meeting room))?\W*$"
    r"|^\W*(?:r[ée]union|reuni[oó]n|reunião|riunione|besprechung|اجتماع)(?: de| do| di| von)?"
    r" (?:microsoft )?teams\W*$",
    re.IGNORECASE,
)
_LOCATION_SEGMENT = re.compile(r"\s*[;|/]\s*|\s+[–—-]\s+")


def _platform_only(location: str) -> bool:
    """A calendar LOCATION that names only the meeting tool ("Microsoft Teams Meeting",
    "Réunion Microsoft Teams", "Zoom", a join link)."""
    segments = [s for s in _LOCATION_SEGMENT.split(location) if s.strip()]
    return bool(segments) and all(_PLATFORM.match(s) for s in segments)


def _online(mode: FieldValue) -> Where:
    none = _fv(None, 0.8)
    return Where(none, None, none, none, mode)


def _with_join_link(found: Where, cal: CalendarEvent) -> Where:
    """An invitation carrying a join link (Teams/Zoom/Webex/Meet): held in a room too it is
    hybrid; with no room and no word of attending in person it is online."""
    if not cal.join_url or found.mode.value != "in_person":
        return found
    room = bool(cal.location) and not _platform_only(cal.location)
    if room or found.venue.value is not None:
        return replace(found, mode=_fv("hybrid", 0.8, "calendar", (0, 0), "ics"))
    if float(found.mode.confidence) < 0.8:  # no room, and the text says nothing of presence
        return _online(_fv("online", 0.8, "calendar", (0, 0), "ics"))
    return found


def _where_read(sources: Sources, block: Block) -> Where:
    """Venue, city, country and mode of a block (calendar LOCATION first when there is one)."""
    cal = block.calendar
    if cal is not None:
        return _with_join_link(_where_calendar(sources, block, cal), cal)
    return _where_text(block)


def _where_calendar(sources: Sources, block: Block, cal: CalendarEvent) -> Where:
    if cal.location and _platform_only(cal.location):
        at = location_offset(cal)
        return _online(_fv("online", 0.9, "calendar", (at, at + len(cal.location)), "ics"))
    if cal.location:
        found = _where_in(cal.location, "calendar", location_offset(cal), block.text)
        if found.place is not None or found.mode.value == "online":
            return found
    return _where_text(block)


def _where_text(block: Block) -> Where:
    whole = _where_in(block.text, "body", block.start, block.text)
    if block.new_len:
        newest = _where_in(block.text[: block.new_len], "body", block.start, block.text)
        named = newest.place is not None and _in_a_name(block.text, newest.place)
        keeps_place = newest.place is not None and not (named and whole.place is not None)
        if newest.venue.value is not None and (keeps_place or whole.place is None):
            return newest
        if newest.venue.value is not None and whole.mode.value != "online":
            # a corrected room or hall: the place stays the one first announced
            return Where(newest.venue, whole.place, whole.place_fv, whole.country, newest.mode)
    return whole


def _where_in(text: str, part: str, offset: int, context: str) -> Where:
    places = usable_places(text)
    venue = find_venue(text, city=_choose_place(text, places, None))
    venue_span = venue[1] if venue else None
    place = _choose_place(text, places, venue_span)
    mode_sig = detect_mode(
        context if part == "calendar" else text, has_physical_venue=venue is not None
    )
    mode = mode_sig.mode
    if mode == "online":
        return Where(
            _fv(None, 0.8),
            None,
            _fv(None, 0.8),
            _fv(None, 0.8),
            _mode_fv(mode_sig, context if part == "calendar" else text),
        )
    venue_fv = (
        _fv(venue[0], 0.7, part, venue[1], "location", offset, text) if venue else _fv(None, 0.3)
    )
    if place is None:
        place = _namesake_on_venue_line(text, venue_span)
    if place is None:
        return Where(
            venue_fv,
            None,
            _fv(None, 0.3),
            _country_only(text, part, offset),
            _mode_fv(mode_sig, context if part == "calendar" else text),
        )
    return Where(
        venue_fv,
        place,
        _fv(place.city, 0.8, part, place.span, "gazetteer", offset, text),
        _fv(place.country, 0.85, part, place.span, "gazetteer", offset, text),
        _mode_fv(mode_sig, context if part == "calendar" else text),
        tuple(places),
        offset,
        part,
    )


def _namesake_on_venue_line(text: str, venue_span: tuple[int, int] | None) -> Place | None:
    """A country name on the venue line that also names its capital ("تونس", "Guatemala")."""
    lines = [line_of(text, venue_span[0])] if venue_span is not None else []
    lines += [line_of(text, m.start()) for m in _VENUE_LABEL.finditer(text)]
    for start, end in lines:
        for code, span in find_countries(text[start:end]):
            found = capital_namesake(text[start + span[0] : start + span[1]], code)
            if found is not None:
                at = (start + span[0], start + span[1])
                return Place(found.city, found.country, found.timezone, at, found.text, 0)
    return None


def _mode_fv(sig: Any, within: str) -> FieldValue:
    """The mode with the words that decided it (``sig.span`` indexes ``within``)."""
    span = getattr(sig, "span", None)
    return _fv(sig.mode, float(sig.confidence), "body" if span else "", span, "lexicon", 0, within)


def _country_only(text: str, part: str, offset: int) -> FieldValue:
    countries = find_countries(text)
    if not countries:
        return _fv(None, 0.3)
    code, span = countries[0]
    return _fv(code, 0.5, part, span, "gazetteer", offset, text)


# ------------------------------------------------------------------------------------ zone


def _zone_near_time(text: str, t: TimeMention | None) -> str | None:
    if t is None:
        return None
    after = text[t.span[1] : t.span[1] + 40]
    m = re.search(r"\(?\s*([A-Z][\w\- ]{2,30}?)\s+(?:time|hora|heure)\b", after)
    if m:
        place = city_by_name(m.group(1).strip())
        if place is not None:
            return place.timezone
    return None


def _zone_fv(zone: str | None, conf: float, rule: str) -> FieldValue:
    """A zone value: its evidence (the city, the calendar line, the written zone) is anchored
    by ``parsers.evidence``, which records ``rule``."""
    return FieldValue(zone, conf, Evidence("", 0, 0, rule) if zone else None)


def timezone(
    block: Block,
    place: Place | None,
    t: TimeMention | None,
    country_hint: str | None,
    organiser: Place | None = None,
    day: date | None = None,
) -> FieldValue:
    """IANA zone: the city decides; else the calendar TZID or the zone written by the time."""
    if place is not None and place.timezone:
        return _zone_fv(canonical_zone(place.timezone), 0.85, "gazetteer")
    cal = block.calendar
    if cal is not None and cal.tzid:
        zone = cal.tzid if "/" in cal.tzid else windows_zone_to_iana(cal.tzid, country=country_hint)
        return _zone_fv(canonical_zone(zone), 0.8, "ics")
    near = _zone_near_time(block.text, t)
    if near:
        return _zone_fv(canonical_zone(near), 0.75, "gazetteer")
    if t is not None and t.zone:
        written = zone_from_text(t.zone, country=country_hint)
        abbreviated = _ABBREVIATED.match(t.zone.strip("() ")) is not None
        if (
            written
            and abbreviated
            and organiser is not None
            and _same_offset(written, organiser.timezone, day, t)
        ):
            return _zone_fv(canonical_zone(organiser.timezone), 0.7, "gazetteer")
        return _zone_fv(
            canonical_zone(written), ABBREVIATION_ZONE_CONF if abbreviated else 0.7, "grammar"
        )
    return _fv(None, 0.4)


# a zone written as an abbreviation or offset ("EAT", "CET/CEST", "GMT+3"), not a named city
_ABBREVIATED = re.compile(
    r"^(?:[A-Z]{1,5}(?:/[A-Z]{1,5})?|(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d\d)?)$"
)


def _same_offset(written: str, local: str | None, day: date | None, t: TimeMention) -> bool:
    """Whether an abbreviation's zone ("EAT", "GMT") keeps the clock of the organiser's city on
    the event day: then the city names the zone (Kampala for EAT, Dakar for GMT)."""
    if not local or "/" not in written or day is None:
        return False
    moment = datetime.combine(day, t.start)
    try:
        here, there = ZoneInfo(written), ZoneInfo(local)
    except (KeyError, ValueError):
        return False
    return moment.replace(tzinfo=here).utcoffset() == moment.replace(tzinfo=there).utcoffset()


_OFFICE_BEFORE = re.compile(
    r"(?:office|bureau|oficina|escrit[óo]rio|b[üu]ro|ufficio|sede|secretariat|secrétariat"
    r"|secretaría|based|basée?s?|basad[oa]s?|sediad[oa]|مكتب)\s+(?:in|at|en|em|de|du|di|à|a|da"
    r"|do|in der|ب|في)?\s*(?:the\s+|l[ae]\s+)?$",
    re.IGNORECASE,
)
_OFFICE_AFTER = re.compile(r"\s*(?:office|bureau|team|hub|b[üu]ro)\b", re.IGNORECASE)


def _signature_place(signature: str) -> Place | None:
    """A signature's city: one in a country the signature names ("Kampala, Uganda") first."""
    places = usable_places(signature)
    named = {code for code, _ in find_countries(signature)}
    in_named = [p for p in places if p.country in named]
    return in_named[0] if in_named else _choose_place(signature, places, None)


def organiser_place(sources: Sources) -> Place | None:
    """The organiser's city, for the zone of online events only: a place in the signature, else
    one the newest text names as the organiser's office ("our office in Dakar", "Lima office")."""
    if sources.signature:
        found = _signature_place(sources.signature)
        if found is not None:
            return found
    text = sources.body[: sources.new_len or len(sources.body)][:6000]
    for place in usable_places(text):
        before = text[max(0, place.span[0] - 40) : place.span[0]]
        if _OFFICE_BEFORE.search(before) or _OFFICE_AFTER.match(text, place.span[1]):
            return place
    return None


def organiser_country(sources: Sources) -> str | None:
    """The country of the sender's organisation: a place in the signature, if any."""
    places = usable_places(sources.signature) if sources.signature else []
    return places[0].country if places else None


_UTC_IDS = frozenset(
    ("UTC", "Z", "ETC/UTC", "GMT", "ETC/GMT", "UTC+00:00", "COORDINATED UNIVERSAL TIME")
)
_GOOGLE_ZONE = re.compile(r"\((?:[A-Z][\w .-]{2,40}?) Time - ([^\W\d][\w .'-]{1,40})\)")


def _written_zone(text: str, country: str | None) -> str | None:
    """The zone the mail writes beside its times: Google's "(Central European Time - Brussels)",
    else the first zone after a clock time ("15:00 CET")."""
    m = _GOOGLE_ZONE.search(text[:6000])
    if m:
        place = city_by_name(m.group(1).strip())
        if place is not None and place.timezone:
            return place.timezone
    for t in find_times(text[:6000]):
        if t.zone:
            zone = zone_from_text(t.zone, country=country)
            if zone and "/" in zone:
                return zone
    return None


def local_calendar(
    cal: CalendarEvent, sources: Sources, block: Block, country: str | None
) -> CalendarEvent:
    """A calendar stored in UTC (Google) shown in the zone the mail writes: times converted."""
    if (cal.tzid or "").upper() not in _UTC_IDS or cal.start_time is None or not cal.start_date:
        return cal
    zone = _written_zone(sources.subject + "\n" + block.text, country)
    if zone is None:
        return cal
    tz = ZoneInfo(zone)
    start = datetime.combine(cal.start_date, cal.start_time, UTC).astimezone(tz)
    end = None
    if cal.end_time is not None and cal.end_date is not None:
        end = datetime.combine(cal.end_date, cal.end_time, UTC).astimezone(tz)
    return replace(
        cal,
        start_date=start.date(),
        start_time=start.time(),
        end_date=end.date() if end else cal.end_date,
        end_time=end.time() if end else None,
        tzid=zone,
    )


_PLACE_FIELDS = ("city", "country", "timezone")


def share_place(
    events: list[dict[str, FieldValue]], intro: dict[str, FieldValue] | None = None
) -> list[dict[str, FieldValue]]:
    """Events of one mail that name no city, held in person, take the city that all the mail's
    other events share ("two activities in Kampala", each item naming only its hall), else the
    city the introduction names for all of them ("will hold three dialogues in Dhaka")."""
    cities = {(str(e["city"].value), str(e["country"].value)) for e in events if e["city"].value}
    if len(events) < 2 or len(cities) > 1:
        return events
    if cities:
        source = next(e for e in events if e["city"].value)
        shared = {
            k: replace(source[k], confidence=source[k].confidence * 0.8) for k in _PLACE_FIELDS
        }
    elif intro is not None:
        shared = intro
    else:
        return events
    return [_with_shared(e, shared) for e in events]


def intro_place(sources: Sources, blocks: tuple[Block, ...]) -> dict[str, FieldValue] | None:
    """The city the text before a multi-event mail's first event names for all its events
    ("tendrá dos actividades en la Ciudad de Guatemala"), not an office's or a signature's."""
    if len(blocks) < 2 or any(b.calendar is not None for b in blocks):
        return None
    first = min(b.start for b in blocks)
    text = sources.body[:first]
    places = [
        p
        for p in usable_places(text)
        if not _OFFICE_BEFORE.search(text[max(0, p.span[0] - 40) : p.span[0]])
        and not _OFFICE_AFTER.match(text, p.span[1])
        and not umbrella(text, p.span)
    ]
    place = _choose_place(text, places, None)
    if place is None:
        return None
    zone = canonical_zone(place.timezone) if place.timezone else None
    return {
        "city": _fv(place.city, 0.6, "body", place.span, "gazetteer"),
        "country": _fv(place.country, 0.65, "body", place.span, "gazetteer"),
        "timezone": _fv(zone, 0.6, "", None, "gazetteer"),
    }


def _with_shared(
    event: dict[str, FieldValue], shared: dict[str, FieldValue]
) -> dict[str, FieldValue]:
    """In person without a city: the shared place. Online with a zone written as an abbreviation
    on the shared city's clock ("EAT" beside Kampala events): that city's zone (the organiser's)."""
    if event["city"].value is not None:
        return event
    if event["mode"].value != "online":
        return {**event, **shared}
    zone, local = event["timezone"], shared["timezone"]
    if (
        zone.value
        and local.value
        and zone.confidence <= ABBREVIATION_ZONE_CONF  # not a named city, calendar or place
        and _same_clock(zone.value, local.value)
    ):
        return {**event, "timezone": local}
    return event


def _same_clock(a: str, b: str) -> bool:
    """Two zones with the same UTC offsets in January and July."""
    try:
        za, zb = ZoneInfo(a), ZoneInfo(b)
    except (KeyError, ValueError):
        return False
    moments = (datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12))
    return all(
        m.replace(tzinfo=za).utcoffset() == m.replace(tzinfo=zb).utcoffset() for m in moments
    )
