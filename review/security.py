"""Passwords (argon2id), accounts, CSRF tokens and the throttling of failed logins.

Throttling has two layers: per account (``User.failed_logins``/``locked_until`` in the database,
so it holds across processes: after ``MAX_FAILURES`` failures the account is locked for a period
that doubles with every further failure) and per client address (an in-process sliding window
that slows down guessing across many accounts).

A session holds the account id, the account's ``session_generation`` at login and the time of
login: raising the generation (``User.end_sessions``: signing out, deactivation, reactivation, a
new password) ends every older session, and so does ``web.session_max_hours`` after login.

Every login path does the same argon2 work (unknown, inactive and locked accounts verify against a
hash too), so the answer's timing does not tell which accounts exist or are locked.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.review import ROLES, User
from unmignet.errors import ReviewError

log = logging.getLogger(__name__)
MAX_FAILURES = 5
BASE_LOCK = timedelta(minutes=1)
MAX_LOCK = timedelta(hours=1)
MIN_PASSWORD = 10
MAX_ID = 2**31 - 1  # the largest id every database's INTEGER column holds
_hasher = PasswordHasher()
# A real hash to verify against when the account does not exist (same cost, no user oracle).
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


@dataclass(frozen=True, slots=True)
class LoginResult:
    """The outcome of one login attempt; ``user_id``/``role`` are set only on success."""

    ok: bool
    user_id: int | None = None
    email: str | None = None
    role: str | None = None
    reason: str = ""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def normalise_email(email: str) -> str:
    value = email.strip().lower()
    if "@" not in value or len(value) > 320 or any(c.isspace() for c in value):
        raise ReviewError(f"{email!r} is not an e-mail address")
    return value


def add_user(session: Session, email: str, password: str, role: str) -> User:
    """Create an account (or reset the password and role of an existing one, ending its
    sessions). Unaudited and unguarded: for tests and benchmarks; the shell and the web go
    through ``review.accounts``."""
    if role not in ROLES:
        raise ReviewError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise ReviewError(f"the password must have at least {MIN_PASSWORD} characters")
    address = normalise_email(email)
    user = session.scalar(select(User).where(func.lower(User.email) == address))
    if user is None:
        user = User(email=address, password_hash="", role=role)
        session.add(user)
    else:
        user.end_sessions()
    user.password_hash, user.role, user.active = hash_password(password), role, True
    user.failed_logins, user.locked_until = 0, None
    session.flush()
    return user


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(session: Session, email: str, password: str) -> LoginResult:
    """Check a login; count failures and lock the account after too many. Caller commits."""
    address = email.strip().lower()
    user = session.scalar(select(User).where(func.lower(User.email) == address))
    if user is None or not user.active:
        _verify(_DUMMY_HASH, password)
        return LoginResult(False, reason="unknown")
    now = utcnow()
    if user.locked_until is not None and user.locked_until > now:
        _verify(user.password_hash, password)  # the same work as any other attempt
        return LoginResult(False, reason="locked")
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            extra = user.failed_logins - MAX_FAILURES
            user.locked_until = now + min(BASE_LOCK * (2**extra), MAX_LOCK)
        return LoginResult(False, reason="mismatch")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    return LoginResult(True, user_id=user.id, email=user.email, role=user.role)


class AddressThrottle:
    """At most ``limit`` failed logins per client address within ``window`` seconds."""

    def __init__(self, limit: int = 20, window: float = 300.0) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _prune(self, address: str, now: float) -> deque[float]:
        times = self._failures[address]
        while times and times[0] < now - self.window:
            times.popleft()
        return times

    def blocked(self, address: str) -> bool:
        with self._lock:
            return len(self._prune(address, time.monotonic())) >= self.limit

    def failed(self, address: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._prune(address, now).append(now)


class ForwardedWarning:
    """Logs, at most once per ``interval`` seconds, that a request carried X-Forwarded-For while
    no proxy is trusted (``web.trusted_proxies = 0``): behind a proxy every user then shares the
    proxy's address, and so its failed-login counter."""

    def __init__(self, interval: float = 3600.0) -> None:
        self.interval = interval
        self._last: float | None = None
        self._lock = threading.Lock()

    def seen(self, forwarded_for: str | None, peer: str | None) -> bool:
        """Note one request; True when this call logged the warning."""
        if not forwarded_for:
            return False
        with self._lock:
            now = time.monotonic()
            if self._last is not None and now - self._last < self.interval:
                return False
            self._last = now
        log.warning(
            "a request from %s carries X-Forwarded-For but web.trusted_proxies = 0: the header "
            "is ignored, so behind a reverse proxy every user shares one address (and one "
            "failed-login counter); set web.trusted_proxies to the number of proxies in front",
            peer or "?",
        )
        return True


def parse_id(value: object) -> int | None:
    """A positive id from a URL or form: ASCII digits only, at most ``MAX_ID``; else None
    (``str.isdigit`` accepts "²" and Arabic-Indic digits, and a 30-digit id overflows SQLite)."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(value) > 10:
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; a missing token on either side is a failure."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())
