"""review.security's account rules, pinned through its public functions (mutation-testing pins).

Written for mutants of ``review/security.py`` that survived the web tests (docs/testing.md): the
lock-out schedule (five failures, then one minute doubling to at most an hour), what a success
resets, address and password rules, the per-address throttle's limit and window, and the CSRF
check. They pin behaviour, not the code: the module is being changed for security fixes too.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from models.base import utcnow
from models.review import User
from review.security import (
    AddressThrottle,
    add_user,
    authenticate,
    csrf_ok,
    new_csrf_token,
    normalise_email,
)
from unmignet.app import App
from unmignet.errors import ReviewError

EMAIL = "Reviewer@Example.org"
PASSWORD = "correct horse battery"


def user(app: App) -> User:
    with app.sessions() as session:
        found = session.scalar(select(User))
        assert found is not None
        session.expunge(found)
        return found


def login(app: App, password: str, email: str = EMAIL) -> tuple[bool, str]:
    with app.sessions.begin() as session:
        result = authenticate(session, email, password)
    return result.ok, result.reason


def unlock(app: App) -> None:
    with app.sessions.begin() as session:
        found = session.scalar(select(User))
        assert found is not None
        found.locked_until = utcnow() - timedelta(seconds=1)


def lock_minutes(app: App) -> float:
    locked = user(app).locked_until
    assert locked is not None
    return (locked.replace(tzinfo=None) - utcnow().replace(tzinfo=None)).total_seconds() / 60


@pytest.fixture
def account(sqlite_app: App) -> App:
    with sqlite_app.sessions.begin() as session:
        add_user(session, EMAIL, PASSWORD, "reviewer")
    return sqlite_app


def test_five_failures_lock_for_a_minute_then_doubling_up_to_an_hour(account: App) -> None:
    """Failures 1-4 do not lock; the 5th locks for 1 minute, and each failure after an expired
    lock doubles it (2, 4, ... minutes) up to 60; a locked account refuses the right password."""
    for _ in range(4):
        assert login(account, "wrong password!") == (False, "mismatch")
    assert user(account).locked_until is None and user(account).failed_logins == 4
    assert login(account, "wrong password!") == (False, "mismatch")
    assert lock_minutes(account) == pytest.approx(1, abs=0.05)
    assert login(account, PASSWORD) == (False, "locked")
    minutes = []
    for _ in range(7):
        unlock(account)
        assert login(account, "wrong password!") == (False, "mismatch")
        minutes.append(round(lock_minutes(account)))
    assert minutes == [2, 4, 8, 16, 32, 60, 60]
    assert user(account).failed_logins == 12


def test_a_success_resets_the_failures_and_records_the_login(account: App) -> None:
    """After an expired lock the right password logs in (case and spaces of the address do not
    matter), clears the failure count and the lock and sets last_login_at."""
    for _ in range(5):
        login(account, "wrong password!")
    unlock(account)
    before = utcnow().replace(tzinfo=None, microsecond=0)
    ok, _ = login(account, PASSWORD, email="  reviewer@EXAMPLE.org ")
    found = user(account)
    assert ok and (found.failed_logins, found.locked_until) == (0, None)
    assert found.last_login_at is not None
    assert found.last_login_at.replace(tzinfo=None) >= before
    assert login(account, "wrong password!") == (False, "mismatch")
    assert user(account).failed_logins == 1


def test_unknown_and_inactive_accounts_are_refused_alike(account: App) -> None:
    """An unknown address and a deactivated account give the same answer, "unknown"."""
    assert login(account, PASSWORD, email="nobody@example.org") == (False, "unknown")
    with account.sessions.begin() as session:
        found = session.scalar(select(User))
        assert found is not None
        found.active = False
    assert login(account, PASSWORD) == (False, "unknown")


def test_resetting_an_account_ends_its_sessions_and_unlocks_it(account: App) -> None:
    """add_user on an existing address (any case) sets the new password and role, reactivates,
    unlocks and ends the account's sessions; it does not create a second account."""
    for _ in range(5):
        login(account, "wrong password!")
    generation = user(account).session_generation
    with account.sessions.begin() as session:
        add_user(session, "REVIEWER@example.org", "another long password", "admin")
    found = user(account)
    assert (found.email, found.role, found.active) == ("reviewer@example.org", "admin", True)
    assert (found.failed_logins, found.locked_until) == (0, None)
    assert found.session_generation > generation
    assert login(account, "another long password") == (True, "")
    with account.sessions() as session:
        assert len(list(session.scalars(select(User)))) == 1


def test_address_and_password_rules(sqlite_app: App) -> None:
    """Addresses are trimmed and lower-cased, need an @, no inner space, at most 320
    characters; passwords need 10 characters; the role must be known."""
    assert normalise_email("  A.B@Example.ORG ") == "a.b@example.org"
    assert normalise_email("a@" + "b" * 318) == "a@" + "b" * 318
    for bad in ("no-at-sign", "a b@example.org", "a@" + "b" * 319, "a@b\tc"):
        with pytest.raises(ReviewError, match="is not an e-mail address"):
            normalise_email(bad)
    with sqlite_app.sessions.begin() as session:
        add_user(session, "ten@example.org", "x" * 10, "reviewer")
        with pytest.raises(ReviewError, match="at least 10 characters"):
            add_user(session, "nine@example.org", "x" * 9, "reviewer")
        with pytest.raises(ReviewError, match="role must be one of"):
            add_user(session, "role@example.org", "x" * 10, "owner")


def test_the_address_throttle_blocks_at_its_limit_within_its_window() -> None:
    """limit failures within the window block the address (one fewer does not); other
    addresses are not affected; failures older than the window no longer count."""
    throttle = AddressThrottle(limit=3, window=0.5)
    for _ in range(2):
        throttle.failed("10.0.0.1")
    assert not throttle.blocked("10.0.0.1")
    throttle.failed("10.0.0.1")
    assert throttle.blocked("10.0.0.1") and not throttle.blocked("10.0.0.2")
    time.sleep(0.6)
    assert not throttle.blocked("10.0.0.1")
    defaults = AddressThrottle()
    assert (defaults.limit, defaults.window) == (20, 300.0)


def test_csrf_tokens_are_long_random_and_compared_exactly() -> None:
    """A token has 32 random bytes (43 URL-safe characters); the check accepts only the same
    token, and refuses a missing one on either side."""
    token = new_csrf_token()
    assert len(token) == 43 and token != new_csrf_token()
    assert csrf_ok(token, token)
    assert not csrf_ok(token, token[:-1] + ("A" if token[-1] != "A" else "B"))
    assert not csrf_ok(token, None) and not csrf_ok(None, token) and not csrf_ok("", "")


def test_an_outdated_hash_is_upgraded_at_the_next_login(account: App) -> None:
    """A password hashed with weaker argon2 parameters still logs in, and is rehashed then with
    the current ones; the new hash still matches the password."""
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with account.sessions.begin() as session:
        found = session.scalar(select(User))
        assert found is not None
        found.password_hash = weak.hash(PASSWORD)
    assert login(account, PASSWORD) == (True, "")
    upgraded = user(account).password_hash
    assert not PasswordHasher().check_needs_rehash(upgraded)
    assert PasswordHasher().verify(upgraded, PASSWORD)
    assert login(account, PASSWORD) == (True, "")


def test_a_successful_login_names_the_account_and_its_role(account: App) -> None:
    """The result of a good login carries the account's id, stored address and role (the web
    app puts them in the session); a refused one carries none."""
    with account.sessions.begin() as session:
        good = authenticate(session, " REVIEWER@example.org", PASSWORD)
        bad = authenticate(session, EMAIL, "wrong password!")
    assert (good.ok, good.user_id, good.email, good.role) == (
        True,
        user(account).id,
        "reviewer@example.org",
        "reviewer",
    )
    assert (bad.ok, bad.user_id, bad.email, bad.role) == (False, None, None, None)
