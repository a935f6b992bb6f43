"""What a digest says, as pure values: the week, its window, its events and their sections.

A digest is frozen when it is first built for a week: each event is copied into a ``DigestEvent``
(the fields a reader sees) and stored as JSON on the ``Digest`` row, so every recipient gets the
same content even if an event is edited while the digest is being sent.

Sections compare with the previous digest's snapshot, not with timestamps: an event absent from it
is *new*; one whose displayed fields differ (or that is now cancelled/postponed) is *changed*, with
the list of what changed; the rest is *upcoming*. A cancellation already announced is not repeated.

An approved event that a later mail contradicts (a cancellation, a new date: a pending
``EventRevision`` no reviewer has decided yet) carries the proposed values in ``pending``; it is
always *changed*, and the renderer prints the change beside its title instead of the contradicted
details (see ``digest.format.pending_view``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from parsers.types import EVENT_FIELDS

NEW = "new"
CHANGED = "changed"
UPCOMING = "upcoming"
SECTIONS = (NEW, CHANGED, UPCOMING)
NOT_HAPPENING = ("cancelled", "postponed")
# The fields a reader sees; a difference in any of them makes an event "changed".
DISPLAYED = tuple(name for name in EVENT_FIELDS if name != "event_type")


@dataclass(frozen=True, slots=True)
class DigestEvent:
    """One event as the digest shows it (dates as ISO strings so the snapshot is plain JSON)."""

    id: int
    title: str
    start_date: str
    end_date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    timezone: str | None = None
    status: str = "scheduled"
    mode: str = "in_person"
    venue: str | None = None
    city: str | None = None
    country: str | None = None
    event_type: str = "other"
    organizer: str | None = None
    registration_url: str | None = None
    section: str = NEW
    changed: tuple[str, ...] = ()
    # a later mail's undecided change: {"mail_date": ISO date, "changes": {field: proposed value}}
    pending: Mapping[str, Any] = field(default_factory=dict)
    # what the previous digest showed for the fields in ``changed`` (old -> new on the card)
    was: Mapping[str, Any] = field(default_factory=dict)
    summary: str | None = None  # one line from the partner's own mail (``digest.summary``)
    # where it came from: {"message_id": int, "part": "body", "start": int, "end": int}
    summary_evidence: Mapping[str, Any] = field(default_factory=dict)
    language: str | None = None  # the language of the mail that announced it

    @property
    def day(self) -> date:
        return date.fromisoformat(self.start_date)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["changed"] = list(self.changed)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DigestEvent:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["changed"] = tuple(known.get("changed") or ())
        for name in ("pending", "was", "summary_evidence"):
            known[name] = dict(known.get(name) or {})
        return cls(**known)


@dataclass(frozen=True, slots=True)
class Window:
    """The ISO week a digest belongs to and the dates it covers: ``[start, end)``."""

    week: str
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class DigestContent:
    window: Window
    events: tuple[DigestEvent, ...] = ()
    more_count: int = 0  # events left out to stay under the size limit
    extras: Mapping[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> list[DigestEvent]:
        return [e for e in self.events if e.section == name]

    @property
    def empty(self) -> bool:
        return not self.events


# --- weeks -------------------------------------------------------------------------------------


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(week: str) -> date:
    """``2026-W49`` -> the Monday of that ISO week. Raises ``ValueError`` on anything else."""
    text = week.strip().upper()
    year, sep, num = text.partition("-W")
    if not sep or not year.isdigit() or not num.isdigit() or len(year) != 4:
        raise ValueError(f"{week!r} is not an ISO week like 2026-W49")
    return date.fromisocalendar(int(year), int(num), 1)


def window_for(week: str, days: int) -> Window:
    start = parse_week(week)
    return Window(week=week_of(start), start=start, end=start + timedelta(days=days))


# --- sections ----------------------------------------------------------------------------------


def displayed(event: DigestEvent) -> dict[str, Any]:
    return {name: getattr(event, name) for name in DISPLAYED}


def assign_sections(
    events: Iterable[DigestEvent], previous: Sequence[DigestEvent] | None
) -> list[DigestEvent]:
    """Give each event its section against the previous digest (None: this is the first one)."""
    before = {e.id: e for e in previous or ()}
    out: list[DigestEvent] = []
    for event in events:
        placed = _place(event, before.get(event.id), first=previous is None)
        if placed is not None:
            out.append(placed)
    return sorted(out, key=sort_key)


def _place(event: DigestEvent, old: DigestEvent | None, *, first: bool) -> DigestEvent | None:
    if event.pending:  # a later mail contradicts it: always news, until a reviewer decides
        diff = () if old is None else _diff(old, event)
        return replace(event, section=CHANGED, changed=diff, was=_was(old, diff))
    if old is None:
        section = CHANGED if event.status in NOT_HAPPENING and not first else NEW
        return replace(event, section=section, changed=())
    diff = _diff(old, event)
    if diff:
        return replace(event, section=CHANGED, changed=diff, was=_was(old, diff))
    if event.status in NOT_HAPPENING:
        return None  # already announced as cancelled/postponed: no news
    return replace(event, section=UPCOMING, changed=())


def _diff(old: DigestEvent, new: DigestEvent) -> tuple[str, ...]:
    was, now = displayed(old), displayed(new)
    return tuple(name for name in DISPLAYED if was[name] != now[name])


def _was(old: DigestEvent | None, diff: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(old, name) for name in diff} if old is not None else {}


def sort_key(event: DigestEvent) -> tuple[str, str, str, int]:
    return (event.start_date, event.start_time or "", event.title.casefold(), event.id)


def group_by_day(events: Iterable[DigestEvent]) -> list[tuple[date, list[DigestEvent]]]:
    """Events grouped by their first day, days in order (events keep their given order)."""
    groups: dict[date, list[DigestEvent]] = {}
    for event in events:
        groups.setdefault(event.day, []).append(event)
    return sorted(groups.items())


# --- subscriber filters ------------------------------------------------------------------------


def matches(
    event: DigestEvent,
    regions: Sequence[str],
    types: Sequence[str],
    lookup: Any,
    languages: Sequence[str] = (),
) -> bool:
    """Does a subscriber with these filters want this event? Empty filters want everything.

    ``regions`` holds ISO country codes or region names (Africa, Americas, Asia, Europe, Oceania,
    Latin America, ...); ``lookup(country)`` gives a country's region names. Online-only events
    match every region: anyone can attend them. ``languages`` keeps events announced in one of
    them; an event whose language is unknown is kept. Changes (cancellations, moves) of events a
    subscriber would otherwise see pass the same filters.
    """
    if types and event.event_type not in set(types):
        return False
    if languages and event.language and event.language not in set(languages):
        return False
    if not regions or event.mode == "online" or not event.country:
        return True
    wanted = {r.strip().casefold() for r in regions}
    names = {event.country.casefold(), *(n.casefold() for n in lookup(event.country))}
    return bool(wanted & names)


def for_subscriber(
    content: DigestContent,
    regions: Sequence[str],
    types: Sequence[str],
    lookup: Any,
    languages: Sequence[str] = (),
) -> DigestContent:
    kept = tuple(e for e in content.events if matches(e, regions, types, lookup, languages))
    return replace(content, events=kept)
