"""Subscriber management: add, remove (unsubscribe), list, import from CSV, unsubscribe by token.

Rule: an address that unsubscribed is never mailed again. Adding or importing it again leaves it
unsubscribed; only an explicit ``resubscribe=True`` (an admin acting on the person's request)
reactivates it. A subscriber without a language (NULL) gets the configured ``digest.language``;
an explicit one wins. Addresses are stored lower-cased and validated loosely (one ``@``, a dot in
the domain, no spaces or angle brackets): the SMTP server has the last word, and a 5xx bounce
marks the subscriber ``bounced``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.base import utcnow
from models.digest import ACTIVE, UNSUBSCRIBED, Subscriber
from unmignet.errors import ConfigError

Sessions = sessionmaker[Session]
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]+$")
LANGUAGES = ("en", "fr", "es")
FOLLOW_CONFIG = "default"  # as a language: store NULL, i.e. use the configured digest.language


@dataclass(frozen=True, slots=True)
class SubscriberInput:
    email: str
    name: str | None = None
    language: str | None = None  # None: leave as is (NULL for a new row); "default": set NULL
    regions: Sequence[str] = ()
    event_types: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class AddOutcome:
    email: str
    action: str  # added | updated | left unsubscribed | reactivated


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    kept_out: int = 0
    invalid: tuple[str, ...] = field(default=())


def normalise_email(email: str) -> str:
    cleaned = email.strip().lower()
    if not _EMAIL.match(cleaned) or len(cleaned) > 320:
        raise ConfigError(f"{email!r} is not an e-mail address")
    return cleaned


def _apply(row: Subscriber, entry: SubscriberInput) -> None:
    if entry.name:
        row.name = entry.name.strip()[:200]
    if entry.language:
        row.language = _language(entry.language)
    if entry.regions:
        row.regions = [r.strip() for r in entry.regions if r.strip()]
    if entry.event_types:
        row.event_types = [t.strip() for t in entry.event_types if t.strip()]


def _language(value: str) -> str | None:
    if value == FOLLOW_CONFIG:
        return None
    if value not in LANGUAGES:
        raise ConfigError(f"language {value!r}: must be one of en, fr, es or {FOLLOW_CONFIG}")
    return value


def upsert(session: Session, entry: SubscriberInput, *, resubscribe: bool = False) -> AddOutcome:
    email = normalise_email(entry.email)
    row = session.scalars(select(Subscriber).where(Subscriber.email == email)).first()
    if row is None:
        row = Subscriber(email=email, language=None, regions=[], event_types=[], state=ACTIVE)
        _apply(row, entry)
        session.add(row)
        return AddOutcome(email, "added")
    if row.state != ACTIVE and not resubscribe:
        return AddOutcome(email, f"left {row.state} (use --resubscribe)")
    action = "reactivated" if row.state != ACTIVE else "updated"
    row.state, row.unsubscribed_at, row.last_error = ACTIVE, None, None
    _apply(row, entry)
    return AddOutcome(email, action)


def add(sessions: Sessions, entry: SubscriberInput, *, resubscribe: bool = False) -> AddOutcome:
    with sessions.begin() as session:
        return upsert(session, entry, resubscribe=resubscribe)


def unsubscribe(session: Session, row: Subscriber) -> None:
    if row.state != UNSUBSCRIBED:
        row.state = UNSUBSCRIBED
        row.unsubscribed_at = utcnow()


def remove(sessions: Sessions, email: str) -> str:
    address = normalise_email(email)
    with sessions.begin() as session:
        row = session.scalars(select(Subscriber).where(Subscriber.email == address)).first()
        if row is None:
            return "not a subscriber"
        was = row.state
        unsubscribe(session, row)
        return "unsubscribed" if was != UNSUBSCRIBED else "already unsubscribed"


def listing(sessions: Sessions, *, include_inactive: bool = False) -> list[dict[str, Any]]:
    query = select(Subscriber).order_by(Subscriber.email)
    if not include_inactive:
        query = query.where(Subscriber.state == ACTIVE)
    with sessions() as session:
        return [
            {
                "email": s.email,
                "name": s.name,
                "language": s.language,
                "regions": list(s.regions or []),
                "event_types": list(s.event_types or []),
                "event_languages": list(s.event_languages or []),
                "state": s.state,
                "last_error": s.last_error,
            }
            for s in session.scalars(query)
        ]


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


def _entry(record: dict[str, str | None]) -> SubscriberInput:
    return SubscriberInput(
        email=(record.get("email") or "").strip(),
        name=(record.get("name") or "").strip() or None,
        language=(record.get("language") or "").strip().lower() or None,
        regions=_split(record.get("regions")),
        event_types=_split(record.get("event_types")),
    )


def import_csv(sessions: Sessions, path: Path) -> ImportReport:
    """Import a CSV (UTF-8, with or without BOM; header row with at least ``email``)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = [f.strip().lower() for f in reader.fieldnames or []]
        if "email" not in fields:
            raise ConfigError(f"{path}: the header row needs an 'email' column")
        records = [{k.strip().lower(): v for k, v in r.items() if k} for r in reader]
    tally = {"added": 0, "updated": 0, "reactivated": 0, "kept_out": 0}
    invalid: list[str] = []
    with sessions.begin() as session:
        for line, record in enumerate(records, start=2):
            try:
                outcome = upsert(session, _entry(record))
            except ConfigError as err:
                invalid.append(f"line {line}: {err}")
                continue
            key = outcome.action if outcome.action in tally else "kept_out"
            tally[key] += 1
    return ImportReport(tally["added"], tally["updated"], tally["kept_out"], tuple(invalid))


# --- the subscriber's own preferences (the page the digest's footer links to) ------------------

# Region names the preferences page offers; each is a name ``digest.content.matches`` knows.
REGION_CHOICES = {
    "africa": "Africa",
    "americas": "Americas",
    "asia_pacific": "Asia and the Pacific",
    "europe": "Europe",
}


@dataclass(frozen=True, slots=True)
class Preferences:
    """What a subscriber chose on the preferences page; an empty group means "everything"."""

    language: str | None = None  # en | fr | es | "default"; None: leave as is
    regions: tuple[str, ...] = ()  # keys of REGION_CHOICES
    event_types: tuple[str, ...] = ()
    event_languages: tuple[str, ...] = ()


def _only(values: Sequence[str], allowed: Sequence[str], what: str) -> list[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ConfigError(f"{what}: unknown {', '.join(sorted(unknown))}")
    return list(dict.fromkeys(values))


def set_preferences(
    row: Subscriber, prefs: Preferences, *, types: Sequence[str], languages: Sequence[str]
) -> None:
    """Replace the subscriber's filters with ``prefs`` (raises ``ConfigError`` on a value the
    page does not offer: the form is public, its values untrusted)."""
    regions = _only(prefs.regions, tuple(REGION_CHOICES), "regions")
    row.regions = [REGION_CHOICES[key] for key in regions]
    row.event_types = _only(prefs.event_types, types, "event types")
    row.event_languages = _only(prefs.event_languages, languages, "languages")
    if prefs.language:
        row.language = _language(prefs.language)


def chosen_regions(row: Subscriber) -> set[str]:
    """The REGION_CHOICES keys a subscriber's stored regions name (for ticking the boxes)."""
    stored = {str(r).casefold() for r in row.regions or ()}
    return {key for key, name in REGION_CHOICES.items() if name.casefold() in stored}
