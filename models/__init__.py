"""SQLAlchemy models: messages, events, reviews and digests. Import this to register all tables."""

from models.acknowledgement import Acknowledgement
from models.base import Base, make_engine, make_sessionmaker, utcnow
from models.digest import Digest, DigestDelivery, Subscriber
from models.event import Event, EventRevision
from models.message import MailboxCheckpoint, RawMessage
from models.ops import OpsState
from models.review import AuditEntry, User

__all__ = [
    "Acknowledgement",
    "AuditEntry",
    "Base",
    "Digest",
    "DigestDelivery",
    "Event",
    "EventRevision",
    "MailboxCheckpoint",
    "OpsState",
    "RawMessage",
    "Subscriber",
    "User",
    "make_engine",
    "make_sessionmaker",
    "utcnow",
]
