"""Partner memory lookup (I/O shell): a sender's earlier approved organiser, venue and city.

``lookup`` reads the newest approved events whose message came from the same address (scope
"sender") or, failing that, the same domain (scope "domain"), and returns the values as a
``parsers.memory.PartnerMemory`` for the pure extractor. Public mail domains say nothing about
the partner, so they never count as a domain match.
"""

from __future__ import annotations

from email.utils import parseaddr

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.event import APPROVED, Event
from models.message import RawMessage
from parsers.memory import PartnerMemory

__all__ = ["lookup", "sender_address"]

_LOOK_BACK = 50  # approved events read per lookup, newest first
_PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "icloud.com",
        "proton.me",
        "protonmail.com",
        "aol.com",
        "gmx.net",
        "mail.ru",
        "yandex.ru",
        "qq.com",
        "163.com",
    }
)


def sender_address(sender: str) -> str:
    """The lower-case address of a From header value ("" when none)."""
    return parseaddr(sender or "")[1].strip().lower()


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def lookup(session: Session, sender: str, before_id: int | None = None) -> PartnerMemory | None:
    """The newest approved organiser, venue and city of ``sender``'s (else its domain's)
    earlier mail; None when there is none."""
    address = sender_address(sender)
    domain = _domain(address)
    if not address or not domain:
        return None
    query = (
        select(Event, RawMessage.sender)
        .join(RawMessage, Event.message_id == RawMessage.id)
        .where(Event.review_state == APPROVED, RawMessage.sender.ilike(f"%@{domain}%"))
        .order_by(Event.reviewed_at.desc(), Event.id.desc())
        .limit(_LOOK_BACK)
    )
    if before_id is not None:
        query = query.where(RawMessage.id != before_id)
    rows = [(row[0], sender_address(row[1])) for row in session.execute(query).all()]
    same = [e for e, a in rows if a == address]
    if same:
        return _memory(same[0], "sender")
    kin = [e for e, a in rows if _domain(a) == domain]
    if kin and domain not in _PUBLIC_DOMAINS:
        return _memory(kin[0], "domain")
    return None


def _memory(event: Event, scope: str) -> PartnerMemory:
    return PartnerMemory(event.organizer, event.venue, event.city, scope)
