"""Account administration for the Users page: invite, change role, deactivate and reactivate,
and set-password links.

A new account has no usable password. The admin gets a set-password link instead of a password:
the admin never knows the password, the link expires after ``LINK_MAX_AGE`` and works once. It is
``/set-password#TOKEN``: the token sits in the fragment, which browsers never send, so it cannot
reach an access log (the page's script moves it into the form). The token is signed with the app's
secret key and bound to the account's password hash and session generation, so setting a password
voids every link issued before, and so does a deactivation (reactivating raises the generation
again, so it does not revive them). No token is stored.

Guards: an admin cannot change their own role or deactivate themselves, and the last active admin
cannot be demoted or deactivated. The active admins are read with ``FOR UPDATE`` so two admins
demoting each other at once on PostgreSQL cannot leave none (SQLite serialises writers).
Every change writes an ``AuditEntry`` (action ``user_*``, the account's e-mail in ``note``).

Sessions: deactivating, reactivating and setting a password raise the account's
``session_generation`` (``User.end_sessions``), so every browser session signed in before is
refused, even after a reactivation. A role change does not: each request reloads the account, so
the new role applies at once to the sessions it has.

The shell (``unmignet users ...``) calls the same functions with ``actor_id=None``: no admin
account acts there (it is how the first admin is made and a lost admin password recovered), so
only the guard that keeps one active admin applies. ``bootstrap`` is its create-or-reset path.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.review import ROLES, AuditEntry, User
from review.security import MIN_PASSWORD, hash_password, normalise_email
from review.services import audit
from unmignet.errors import ReviewError

LINK_MAX_AGE = timedelta(hours=48)
MAX_PASSWORD = 1024
ACTIONS = (
    "user_add",
    "user_role",
    "user_deactivate",
    "user_reactivate",
    "user_link",
    "user_set_password",
)
LINK_INVALID = "This link is invalid, has expired or was already used: ask an admin for a new one."
_SALT = "unmignet.set-password"


def unusable_password() -> str:
    """A stored value no password verifies against (argon2 rejects it as a hash)."""
    return "!" + secrets.token_hex(16)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.email)))


def account_changes(session: Session, limit: int = 30) -> list[AuditEntry]:
    """The latest account changes, newest first."""
    query = select(AuditEntry).where(AuditEntry.action.in_(ACTIONS))
    return list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)))


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ReviewError(f"account {user_id} does not exist")
    return user


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def user_by_email(session: Session, email: str) -> User:
    user = find_user(session, email)
    if user is None:
        raise ReviewError(f"{email} has no account: `unmignet users list` shows them")
    return user


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ReviewError(f"role must be one of {', '.join(ROLES)}")


def invite(session: Session, email: str, role: str, actor: str) -> User:
    """A new active account without a usable password (give its owner a set-password link)."""
    _check_role(role)
    address = normalise_email(email)
    if session.scalar(select(User.id).where(func.lower(User.email) == address)) is not None:
        raise ReviewError(
            f"{address} already has an account: use its 'New set-password link' in the list"
        )
    user = User(email=address, password_hash=unusable_password(), role=role, active=True)
    session.add(user)
    session.flush()
    audit(session, actor, "user_add", field="role", after=role, note=address)
    return user


def _locked_admins(session: Session, actor_id: int | None) -> set[int]:
    """Ids of the active admins, rows locked until commit; an acting account (``actor_id``; None
    is the shell) must still be one of them."""
    query = select(User.id).where(User.role == "admin", User.active.is_(True))
    admins = set(session.scalars(query.with_for_update()))
    if actor_id is not None and actor_id not in admins:
        raise ReviewError("only an active admin can change accounts")
    return admins


def _guard(
    session: Session, user: User, removes_admin: bool, actor_id: int | None, refusal: str
) -> None:
    """Refuse to leave no active admin, or an admin acting on their own account."""
    admins = _locked_admins(session, actor_id)
    if removes_admin and user.id in admins and len(admins) <= 1:
        raise ReviewError(f"{user.email} is the last active admin: make another admin first")
    if user.id == actor_id:
        raise ReviewError(refusal)


def set_role(
    session: Session, user_id: int, role: str, *, actor_id: int | None, actor: str
) -> bool:
    """Change an account's role; False when it already had it. Its sessions go on: each request
    reloads the account, so the new role applies at once."""
    _check_role(role)
    user = get_user(session, user_id)
    if user.role == role:
        return False
    removes = user.role == "admin"
    _guard(session, user, removes, actor_id, "you cannot change your own role: ask another admin")
    audit(session, actor, "user_role", field="role", before=user.role, after=role, note=user.email)
    user.role = role
    return True


def set_active(
    session: Session, user_id: int, active: bool, *, actor_id: int | None, actor: str
) -> bool:
    """Deactivate (every session of the account stops at its next request) or reactivate (the
    account signs in afresh: sessions from before the deactivation stay ended)."""
    user = get_user(session, user_id)
    if user.active == active:
        return False
    removes = not active and user.role == "admin"
    refusal = "you cannot deactivate your own account: ask another admin"
    _guard(session, user, removes, actor_id, refusal)
    action = "user_reactivate" if active else "user_deactivate"
    audit(session, actor, action, field="active", before=user.active, after=active, note=user.email)
    user.active = active
    user.end_sessions()
    if active:
        user.failed_logins, user.locked_until = 0, None
    return True


def _checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ReviewError(f"the password must have at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise ReviewError(f"the password must have at most {MAX_PASSWORD} characters")
    return hash_password(password)


def _new_password(session: Session, user: User, hashed: str, actor: str) -> None:
    """Store a new password hash: older links and every older session of the account end."""
    user.password_hash = hashed
    user.failed_logins, user.locked_until = 0, None
    user.end_sessions()
    audit(session, actor, "user_set_password", note=user.email)


def bootstrap(
    session: Session, email: str, password: str, role: str | None, actor: str
) -> tuple[User, list[str]]:
    """The shell's create-or-reset path. A new account is created active with ``password`` and
    ``role`` (default reviewer); an existing one gets ``password``, is reactivated, and takes
    ``role`` when one is given. No admin has to act, but the last active admin cannot be demoted.
    Audited like the Users page; returns the account and what changed."""
    if role is not None:
        _check_role(role)
    hashed = _checked_password(password)
    user = find_user(session, email)
    if user is None:
        user = invite(session, email, role or "reviewer", actor)
        user.password_hash = hashed
        return user, ["created"]
    changes = ["password set"]
    if role is not None and set_role(session, user.id, role, actor_id=None, actor=actor):
        changes.append(f"role {role}")
    if set_active(session, user.id, True, actor_id=None, actor=actor):
        changes.append("reactivated")
    _new_password(session, user, hashed, actor)
    return user, changes


# ----------------------------------------------------------------------------- set-password links


def _serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=_SALT)


def _binding(secret: str, user: User) -> str:
    """Changes when a password is set or the account is deactivated, voiding every older link."""
    state = f"{user.id}:{user.session_generation}:{user.password_hash}".encode()
    return hmac.new(secret.encode(), state, hashlib.sha256).hexdigest()[:32]


def link_token(secret: str, user: User) -> str:
    """A signed, expiring token for ``user``'s set-password link (never log or store it)."""
    if not user.active:
        raise ReviewError(f"{user.email} is deactivated: reactivate the account first")
    return str(_serializer(secret).dumps([user.id, _binding(secret, user)]))


def link_address(base_url: str, token: str) -> str:
    """The set-password link on ``base_url``, the token in the fragment (no request carries it)."""
    return f"{base_url.rstrip('/')}/set-password#{token}"


def new_link(session: Session, secret: str, user_id: int, actor: str) -> tuple[User, str]:
    """A fresh set-password link for an existing account (its current password keeps working
    until a new one is set)."""
    user = get_user(session, user_id)
    token = link_token(secret, user)
    audit(session, actor, "user_link", note=user.email)
    return user, token


def user_for_token(session: Session, secret: str, token: str) -> User:
    """The account a valid, unexpired, unused link is for; ReviewError(LINK_INVALID) otherwise."""
    max_age = int(LINK_MAX_AGE.total_seconds())
    try:
        payload = _serializer(secret).loads(token, max_age=max_age)
        user_id, binding = payload
    except (BadSignature, ValueError, TypeError) as err:
        raise ReviewError(LINK_INVALID) from err
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is None or not user.active or not hmac.compare_digest(binding, _binding(secret, user)):
        raise ReviewError(LINK_INVALID)
    return user


def set_password(session: Session, secret: str, token: str, password: str, repeat: str) -> User:
    """Set the password a link is for; the link (and every older one) stops working."""
    user = user_for_token(session, secret, token)
    if password != repeat:
        raise ReviewError("the two passwords differ")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise ReviewError(f"the password must have {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    _new_password(session, user, hash_password(password), user.email)
    return user
