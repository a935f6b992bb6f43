"""Typed value objects shared by every parser module.

Everything here is frozen and free of I/O: parsers are pure functions of bytes and text that return
these objects. The database layer (``models/``) copies them into rows; the CLI prints them as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from parsers.calendar import CalendarEvent, calendar_text
from parsers.dates import DateMention

EventStatus = Literal["scheduled", "cancelled", "postponed", "rescheduled"]
EventMode = Literal["in_person", "online", "hybrid"]
EventType = Literal[
    "high_level_event",
    "policy_dialogue",
    "stakeholder_consultation",
    "knowledge_sharing",
    "exhibition_cultural",
    "media_engagement",
    "side_event",
    "other",
]

EVENT_STATUSES: tuple[str, ...] = ("scheduled", "cancelled", "postponed", "rescheduled")
EVENT_MODES: tuple[str, ...] = ("in_person", "online", "hybrid")
EVENT_TYPES: tuple[str, ...] = (
    "high_level_event",
    "policy_dialogue",
    "stakeholder_consultation",
    "knowledge_sharing",
    "exhibition_cultural",
    "media_engagement",
    "side_event",
    "other",
)

# The event fields of shared/eval/SCHEMA.md, in schema order.
EVENT_FIELDS: tuple[str, ...] = (
    "title",
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "timezone",
    "mode",
    "venue",
    "city",
    "country",
    "event_type",
    "organizer",
    "registration_url",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value came from: a text part of the message and a character span in it.

    ``part`` names a text source produced by cleaning (``"subject"``, ``"body"``, ``"signature"``,
    ``"calendar"``); ``start``/``end`` index into that source's text as the review app shows it
    (``ExtractionResult.texts``). ``method`` is the rule that produced the value ("ics",
    "grammar", "gazetteer", "ner", "lexicon", ...), ``source`` where in the mail the span lies
    ("subject", "calendar", "labelled line", "body sentence", "quoted or forwarded", ...) and
    ``text`` the characters ``texts[part][start:end]`` (set by ``parsers.evidence``).
    """

    part: str
    start: int
    end: int
    method: str = ""
    source: str = ""
    text: str = ""

    @property
    def rule(self) -> str:
        return self.method

    def as_json(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "source": self.source,
            "rule": self.method,
        }


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One extracted field: its value, a confidence in [0, 1] and its evidence (if any)."""

    value: Any
    confidence: float
    evidence: Evidence | None = None


Feature = tuple[str, float | str | bool]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a field by one rule."""

    field: str
    value: object
    confidence: float
    evidence: Evidence | None
    source: str  # calendar, schema.org, labelled line, subject, heading, body sentence, ...
    rule: str  # the finder that produced it ("label", "organised_by", "gazetteer", ...)
    rank: int  # its place in today's precedence order: 0 is what the rules choose
    features: tuple[Feature, ...] = ()

    def feature(self, name: str) -> float | str | bool | None:
        return next((v for k, v in self.features if k == name), None)

    def as_field_value(self) -> FieldValue:
        return FieldValue(self.value, self.confidence, self.evidence)


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    payload: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class TextPart:
    """A decoded text source the extractors read (body, subject, calendar, attachment text)."""

    name: str
    text: str


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """A MIME message turned into typed, decoded parts. MIME defects are recorded, not raised."""

    message_id: str | None
    subject: str
    from_name: str
    from_addr: str
    to: tuple[str, ...]
    date: datetime | None
    headers: tuple[tuple[str, str], ...]
    text_plain: str
    text_html: str
    calendars: tuple[str, ...]  # raw text/calendar bodies and .ics attachments
    attachments: tuple[Attachment, ...]
    embedded: tuple[ParsedMessage, ...]  # attached message/rfc822 parts
    content_type: str
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """One event found in a message. ``fields`` maps every EVENT_FIELDS name to a FieldValue;
    ``alternatives`` maps a field to up to three ranked choices (the chosen value first) and
    ``candidates`` to every candidate its finders saw, ranked by the current scoring function."""

    fields: dict[str, FieldValue]
    alternatives: dict[str, tuple[FieldValue, ...]] = field(default_factory=dict)
    candidates: dict[str, tuple[Candidate, ...]] = field(default_factory=dict)
    ready: float | None = None  # P(every straight-through field right), from parsers.scorer

    def value(self, name: str) -> Any:
        fv = self.fields.get(name)
        return None if fv is None else fv.value

    def as_schema(self) -> dict[str, Any]:
        """The SCHEMA.md shape: plain JSON values, dates as ISO strings."""
        out: dict[str, Any] = {}
        for name in EVENT_FIELDS:
            value = self.value(name)
            if isinstance(value, date):
                value = value.isoformat()
            out[name] = value
        return out

    def confidences(self) -> dict[str, float]:
        out = {
            name: round(self.fields[name].confidence, 3)
            for name in EVENT_FIELDS
            if name in self.fields
        }
        if self.ready is not None:
            out["ready"] = round(self.ready, 3)
        return out


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    is_event_notification: bool
    language: str
    events: tuple[ExtractedEvent, ...]
    reason: str = ""  # why a message is not an event notification, for the reviewer
    texts: tuple[TextPart, ...] = ()  # the cleaned sources that evidence spans index into

    def as_json(self) -> dict[str, Any]:
        return {
            "is_event_notification": self.is_event_notification,
            "language": self.language,
            "events": [e.as_schema() for e in self.events],
            "confidence": [e.confidences() for e in self.events],
            "evidence": [
                {n: fv.evidence.as_json() for n, fv in e.fields.items() if fv.evidence is not None}
                for e in self.events
            ],
            "alternatives": [
                {n: [_choice(fv) for fv in alts] for n, alts in e.alternatives.items() if alts}
                for e in self.events
            ],
            "reason": self.reason,
        }


def _choice(fv: FieldValue) -> dict[str, Any]:
    value = fv.value.isoformat() if isinstance(fv.value, date) else fv.value
    evidence = fv.evidence.as_json() if fv.evidence is not None else None
    return {"value": value, "confidence": round(fv.confidence, 3), "evidence": evidence}


# ------------------------------------------------------------------ between the extraction steps


@dataclass(frozen=True, slots=True)
class Sources:
    """The cleaned texts of one message. ``body`` is what evidence part "body" indexes into."""

    msg: ParsedMessage
    subject: str
    body: str
    new_len: int  # length of the newest part (before quoted history) inside ``body``
    quoted_end: int  # end of the quoted history inside ``body`` (``new_len`` when none)
    signature: str
    headings: tuple[str, ...]
    calendars: tuple[CalendarEvent, ...]
    reference: date
    is_reply: bool
    is_forward: bool
    owns_event: bool = False  # a reply announcing its own event, its quoted history dropped
    # per calendar event, the span in ``body`` of its DESCRIPTION when the body lacked it
    described: tuple[tuple[int, int], ...] = ()
    senders: tuple[str, ...] = ()  # the sender's and quoted/forwarded From names: never a title

    def parts(self) -> tuple[TextPart, ...]:
        cal = "\n\n".join(calendar_text(c) for c in self.calendars)
        named = (
            ("subject", self.subject),
            ("body", self.body),
            ("signature", self.signature),
            ("calendar", cal),
        )
        return tuple(TextPart(n, t) for n, t in named if t)


@dataclass(frozen=True, slots=True)
class Block:
    """One event's text: ``text`` is ``body[start:end]``; ``dates`` index into ``text``."""

    start: int
    end: int
    text: str
    dates: tuple[DateMention, ...]
    calendar: CalendarEvent | None = None
    item_title: str = ""
    new_len: int = 0  # body offset where quoted history begins (0: no reply)
    language: str = "en"  # decided once per message, per block in a mixed mail (extract.py)
