"""digest.ledger's rows, pinned on both databases (mutation-testing pins).

Written for mutants of ``digest/ledger.py`` that survived the send and crash tests
(docs/testing.md): which row a sender claims and with what, when a row in ``sending`` is taken
over, what each outcome writes (and that it writes only over a live claim), when a digest is
complete, which digest a week gets. No SMTP here: these are the ledger's own data rules.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import pytest
from digest_support import add_subscribers
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from digest import ledger
from models.base import make_engine, make_sessionmaker, utcnow
from models.digest import ACTIVE, BOUNCED, UNSUBSCRIBED, Digest, DigestDelivery, Subscriber

Sessions = sessionmaker[Session]


@pytest.fixture
def sessions(db_url: str) -> Iterator[Sessions]:
    engine = make_engine(db_url)
    yield make_sessionmaker(engine)
    engine.dispose()


def subscriber_ids(sessions: Sessions) -> list[int]:
    with sessions() as session:
        return list(session.scalars(select(Subscriber.id).order_by(Subscriber.id)))


def rows(sessions: Sessions) -> list[DigestDelivery]:
    with sessions() as session:
        found = list(session.scalars(select(DigestDelivery).order_by(DigestDelivery.id)))
        session.expunge_all()
        return found


def digest_with(sessions: Sessions, count: int, week: str = "2026-W50") -> tuple[int, list[int]]:
    add_subscribers(sessions, count)
    digest = ledger.get_or_create_digest(sessions, week, "Events", [{"id": 1}])
    ids = subscriber_ids(sessions)
    ledger.enqueue(sessions, digest.id, ids)
    assert len(rows(sessions)) == count
    return digest.id, ids


def set_row(sessions: Sessions, row_id: int, **values: object) -> None:
    with sessions.begin() as session:
        session.execute(update(DigestDelivery).where(DigestDelivery.id == row_id).values(**values))


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                           capture_output=True, text=True)  # fmt: skip
    return int(child.stdout)


def test_enqueue_creates_each_row_once(sessions: Sessions) -> None:
    """enqueue makes one pending row per subscriber; again, or with nobody, it makes none and
    leaves the existing rows as they were."""
    digest_id, ids = digest_with(sessions, 3)
    set_row(sessions, rows(sessions)[0].id, state=ledger.SENT)
    assert ledger.enqueue(sessions, digest_id, ids) == 0
    assert ledger.enqueue(sessions, digest_id, []) == 0
    found = rows(sessions)
    assert [(r.digest_id, r.subscriber_id) for r in found] == [(digest_id, i) for i in ids]
    assert [(r.state, r.attempts) for r in found] == [("sent", 0), ("pending", 0), ("pending", 0)]


def test_enqueue_returns_how_many_rows_it_made(sessions: Sessions) -> None:
    """The docstring's promise: the count of new rows (3, then 1 for one new subscriber), on
    both databases (PostgreSQL's rowcount for the multi-row INSERT ... ON CONFLICT DO NOTHING
    read 0; the rows are now counted with RETURNING)."""
    add_subscribers(sessions, 3)
    digest = ledger.get_or_create_digest(sessions, "2026-W50", "Events", [])
    assert ledger.enqueue(sessions, digest.id, subscriber_ids(sessions)) == 3
    with sessions.begin() as session:
        session.add(Subscriber(email="late@example.org", regions=[], event_types=[]))
    assert ledger.enqueue(sessions, digest.id, subscriber_ids(sessions)) == 1


def test_claims_take_pending_rows_in_order_and_mark_them_sending(sessions: Sessions) -> None:
    """Each claim takes the oldest pending row not excluded, as (row, subscriber, attempt 1,
    not in doubt), and writes sending, this process as claimer and the time; a live claim
    of this process is not taken again; nothing left gives None."""
    digest_id, ids = digest_with(sessions, 3)
    row_ids = [r.id for r in rows(sessions)]
    before = utcnow()
    first = ledger.claim_next(sessions, digest_id)
    third = ledger.claim_next(sessions, digest_id, exclude=[row_ids[1]])
    assert first == ledger.Claim(row_ids[0], ids[0], 1, False)
    assert third == ledger.Claim(row_ids[2], ids[2], 1, False)
    found = {r.id: r for r in rows(sessions)}
    for row_id in (row_ids[0], row_ids[2]):
        row = found[row_id]
        assert (row.state, row.attempts, row.claimed_by) == ("sending", 1, ledger.claimer_id())
        assert row.claimed_at is not None
        assert row.claimed_at.replace(tzinfo=None) >= before.replace(tzinfo=None, microsecond=0)
    assert found[row_ids[1]].state == "pending"
    assert ledger.claim_next(sessions, digest_id, exclude=[row_ids[1]]) is None
    assert ledger.claim_next(sessions, 999) is None


def test_a_sending_row_is_taken_over_only_when_stale_or_its_claimer_is_dead(
    sessions: Sessions,
) -> None:
    """A row in sending by a live claimer on another host is left for 15 minutes; older, or
    claimed by a dead process of this host, it is taken over in doubt with its attempt count
    raised; a claim without a time is stale."""
    digest_id, ids = digest_with(sessions, 1)
    [row] = rows(sessions)
    recent = utcnow() - timedelta(minutes=14)
    set_row(sessions, row.id, state="sending", claimed_by="elsewhere:1", claimed_at=recent,
            attempts=1)  # fmt: skip
    assert ledger.claim_next(sessions, digest_id) is None
    set_row(sessions, row.id, claimed_at=utcnow() - timedelta(minutes=16))
    assert ledger.claim_next(sessions, digest_id) == ledger.Claim(row.id, ids[0], 2, True)
    here = f"{socket.gethostname()}:{dead_pid()}"
    set_row(sessions, row.id, claimed_by=here, claimed_at=utcnow())
    assert ledger.claim_next(sessions, digest_id) == ledger.Claim(row.id, ids[0], 3, True)
    set_row(sessions, row.id, claimed_by="elsewhere:1", claimed_at=None)
    assert ledger.claim_next(sessions, digest_id) == ledger.Claim(row.id, ids[0], 4, True)


def test_claimer_is_dead_only_for_a_gone_process_of_this_host() -> None:
    """No claimer, another host, a malformed pid, this process and a live process are not
    dead (and the live one is not disturbed by the check); an exited process of this host is."""
    host = socket.gethostname()
    assert not ledger.claimer_is_dead(None) and not ledger.claimer_is_dead("")
    assert not ledger.claimer_is_dead(f"not-{host}:{dead_pid()}")
    assert not ledger.claimer_is_dead(f"{host}:x12")
    assert not ledger.claimer_is_dead(f"{host}:{os.getpid()}")
    assert ledger.claimer_is_dead(f"{host}:{dead_pid()}")
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert not ledger.claimer_is_dead(f"{host}:{live.pid}")
        with pytest.raises(subprocess.TimeoutExpired):  # only probed (signal 0): still alive
            live.wait(timeout=0.5)
    finally:
        live.kill()
        live.wait()
    assert ledger.claimer_id() == f"{host}:{os.getpid()}"


def test_each_outcome_writes_its_state_only_over_a_live_claim(sessions: Sessions) -> None:
    """sent records the Message-ID and time and clears the error; deferred puts the row back to
    pending without claimer; skipped keeps the reason; failed keeps the error (cut to 2,000
    characters) and marks an active subscriber bounced. A row no longer in sending (taken over
    and closed by another sender) is not overwritten."""
    digest_id, ids = digest_with(sessions, 4)
    claims = [ledger.claim_next(sessions, digest_id) for _ in ids]
    assert all(claims)
    sent, deferred, skipped, failed = (c for c in claims if c is not None)
    ledger.record_sent(sessions, sent, "<m1@example.org>")
    ledger.record_deferred(sessions, deferred, "451 " + "x" * 3000)
    ledger.record_skipped(sessions, skipped, "unsubscribed")
    ledger.record_failed(sessions, failed, "550 " + "y" * 3000)
    ledger.record_failed(sessions, sent, "550 too late")  # the row is no longer sending
    by_id = {r.id: r for r in rows(sessions)}
    done = by_id[sent.delivery_id]
    assert (done.state, done.message_id, done.last_error) == ("sent", "<m1@example.org>", None)
    assert done.sent_at is not None
    back = by_id[deferred.delivery_id]
    assert (back.state, back.claimed_by, back.last_error) == ("pending", None, "451 " + "x" * 1996)
    assert (by_id[skipped.delivery_id].state, by_id[skipped.delivery_id].last_error) == (
        "skipped",
        "unsubscribed",
    )
    gone = by_id[failed.delivery_id]
    assert (gone.state, gone.last_error) == ("failed", "550 " + "y" * 1996)
    with sessions() as session:
        states = {s.id: (s.state, s.last_error) for s in session.scalars(select(Subscriber))}
    assert states[failed.subscriber_id] == (BOUNCED, "550 " + "y" * 1996)
    assert [states[c.subscriber_id][0] for c in (deferred, skipped)] == [ACTIVE, ACTIVE]


def test_a_digest_is_complete_when_nothing_is_pending_or_sending(sessions: Sessions) -> None:
    """finish_if_done is false while a row is pending or sending, then true and dated once;
    an unknown digest is never complete."""
    digest_id, _ = digest_with(sessions, 2)
    assert not ledger.finish_if_done(sessions, digest_id)
    claims = [ledger.claim_next(sessions, digest_id) for _ in range(2)]
    assert not ledger.finish_if_done(sessions, digest_id)
    for claim in claims:
        assert claim is not None
        ledger.record_skipped(sessions, claim, "nothing for them")
    assert ledger.finish_if_done(sessions, digest_id)
    with sessions() as session:
        first = session.get(Digest, digest_id)
        assert first is not None and first.completed_at is not None
        completed = first.completed_at
    assert ledger.finish_if_done(sessions, digest_id)
    with sessions() as session:
        again = session.get(Digest, digest_id)
        assert again is not None and again.completed_at == completed
        assert ledger.counts(session, digest_id) == {"skipped": 2}
    assert not ledger.finish_if_done(sessions, 999)


def test_a_week_has_one_digest_and_the_previous_snapshot_is_the_last_non_empty_one(
    sessions: Sessions,
) -> None:
    """The first snapshot of a week wins; previous_snapshot is the latest non-empty digest
    strictly before the week; active_subscriber_ids lists only active readers, in order."""
    first = ledger.get_or_create_digest(sessions, "2026-W48", "A", [{"id": 1}])
    again = ledger.get_or_create_digest(sessions, "2026-W48", "B", [{"id": 2}])
    ledger.get_or_create_digest(sessions, "2026-W49", "C", [])
    ledger.get_or_create_digest(sessions, "2026-W50", "D", [{"id": 3}])
    assert (again.id, again.subject, again.event_ids) == (first.id, "A", [{"id": 1}])
    add_subscribers(sessions, 3)
    ids = subscriber_ids(sessions)
    with sessions.begin() as session:
        bounced = session.get(Subscriber, ids[1])
        assert bounced is not None
        bounced.state = BOUNCED
    with sessions() as session:
        assert ledger.previous_snapshot(session, "2026-W50") == [{"id": 1}]
        assert ledger.previous_snapshot(session, "2026-W51") == [{"id": 3}]
        assert ledger.previous_snapshot(session, "2026-W48") is None
        assert ledger.active_subscriber_ids(session) == [ids[0], ids[2]]


def test_a_row_sent_after_a_deferral_forgets_the_old_error(sessions: Sessions) -> None:
    """A 4xx leaves its error on the row; the later successful send clears it."""
    digest_id, _ = digest_with(sessions, 1)
    claim = ledger.claim_next(sessions, digest_id)
    assert claim is not None
    ledger.record_deferred(sessions, claim, "451 try again later")
    again = ledger.claim_next(sessions, digest_id)
    assert again is not None and again.attempts == 2
    ledger.record_sent(sessions, again, "<m2@example.org>")
    [row] = rows(sessions)
    assert (row.state, row.last_error, row.message_id) == ("sent", None, "<m2@example.org>")


def test_a_failure_does_not_turn_an_unsubscribed_reader_into_a_bounce(sessions: Sessions) -> None:
    """record_failed marks only an active subscriber bounced: one who unsubscribed meanwhile
    stays unsubscribed, with no bounce error."""
    digest_id, ids = digest_with(sessions, 1)
    claim = ledger.claim_next(sessions, digest_id)
    assert claim is not None
    with sessions.begin() as session:
        reader = session.get(Subscriber, ids[0])
        assert reader is not None
        reader.state = UNSUBSCRIBED
    ledger.record_failed(sessions, claim, "550 no such user")
    with sessions() as session:
        reader = session.get(Subscriber, ids[0])
        assert reader is not None and (reader.state, reader.last_error) == (UNSUBSCRIBED, None)
    assert rows(sessions)[0].state == "failed"


def test_closed_rows_are_never_claimed_again(sessions: Sessions) -> None:
    """Rows sent, failed or skipped long ago (claims older than the take-over time, by a dead
    claimer) are not claimed again: only pending and sending rows are candidates."""
    digest_id, _ = digest_with(sessions, 3)
    gone = f"{socket.gethostname()}:{dead_pid()}"
    old = utcnow() - timedelta(hours=2)
    for row, state in zip(rows(sessions), ("sent", "failed", "skipped"), strict=True):
        set_row(sessions, row.id, state=state, claimed_by=gone, claimed_at=old, attempts=1)
    assert ledger.claim_next(sessions, digest_id) is None
    assert [r.state for r in rows(sessions)] == ["sent", "failed", "skipped"]


def test_a_claim_from_a_stale_read_loses_the_race(sessions: Sessions) -> None:
    """Two senders read the same row; the other one claims (and even sends) it first: this
    sender's claim, conditioned on the state and claimer it read, changes nothing. This is the
    interleaving of two senders, played in one thread through the claim step itself."""
    digest_id, _ = digest_with(sessions, 2)
    first, second = rows(sessions)
    claim = ledger.claim_next(sessions, digest_id)
    assert claim is not None and claim.delivery_id == first.id
    ledger.record_sent(sessions, claim, "<m@example.org>")
    assert not ledger.try_claim(sessions, first, "late:1", utcnow())  # read as pending
    old = utcnow() - timedelta(hours=1)
    set_row(sessions, second.id, state="sending", claimed_by="a:1", claimed_at=old)
    [_, stale] = rows(sessions)  # read as sending by a:1
    set_row(sessions, second.id, claimed_by="b:2", claimed_at=utcnow())  # b took it over
    assert not ledger.try_claim(sessions, stale, "late:1", utcnow())
    set_row(sessions, second.id, claimed_by="a:1", claimed_at=old)
    [_, slow] = rows(sessions)  # read as sending by a:1, which was slow, not dead
    set_row(sessions, second.id, state="sent")  # a:1 finishes it
    assert not ledger.try_claim(sessions, slow, "late:1", utcnow())
    assert [(r.state, r.claimed_by) for r in rows(sessions)] == [
        ("sent", ledger.claimer_id()),
        ("sent", "a:1"),
    ]
