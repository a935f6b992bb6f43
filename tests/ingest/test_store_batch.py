"""ingest.store.store_many on both databases: one batch mixing new, known and repeated mail."""

from __future__ import annotations

from dovecot import make_message
from sqlalchemy import func, select

from ingest.store import Incoming, store_many
from models.base import make_engine, make_sessionmaker
from models.message import STUB, RawMessage


def incoming(uid: int, raw: bytes, reason: str | None = None) -> Incoming:
    return Incoming(uid, raw, len(raw), reason)


def test_a_mixed_batch_stores_only_what_is_new_and_names_the_stored_rows(db_url: str) -> None:
    """Known UIDs, known bytes at a new UID and bytes repeated inside the batch are reported as
    duplicates pointing at the stored row; only new mail gets a row, ids come back in order."""
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    old_a, old_b, new_c, new_d = (make_message(n) for n in range(4))
    with sessions.begin() as session:
        [(id_a, _), (id_b, _)] = store_many(
            session,
            account="acc",
            folder="INBOX",
            uidvalidity=5,
            items=[incoming(1, old_a), incoming(2, old_b)],
        )
    batch = [
        incoming(1, b"Subject: other bytes under a stored UID\r\n\r\nx"),  # known by UID
        incoming(3, new_c),
        incoming(4, old_b),  # known bytes at a new UID
        incoming(5, new_c),  # the same bytes twice in this batch
        incoming(6, b"", "message of 9 bytes exceeds the limit of 1 bytes"),
        incoming(7, new_d),
    ]
    with sessions.begin() as session:
        results = store_many(session, account="acc", folder="INBOX", uidvalidity=5, items=batch)
    with sessions() as session:
        rows = {row.id: row for row in session.scalars(select(RawMessage))}
        count = session.scalar(select(func.count()).select_from(RawMessage))
    (r1, r3, r4, r5, r6, r7) = results
    assert (r1, r4) == ((id_a, False), (id_b, False))
    assert r3[1] and r5 == (r3[0], False)
    assert r6[1] and rows[r6[0]].state == STUB and rows[r6[0]].uid == 6
    assert r7[1] and rows[r7[0]].raw == new_d and rows[r3[0]].uid == 3
    assert count == 5 and len({r1[0], r3[0], r4[0], r6[0], r7[0]}) == 5
    engine.dispose()


def test_storing_the_same_batch_again_creates_nothing(db_url: str) -> None:
    """A batch whose commit was lost and is stored again gets the same ids and no new rows."""
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    batch = [incoming(uid, make_message(uid)) for uid in range(1, 6)]
    with sessions.begin() as session:
        first = store_many(session, account="acc", folder="F", uidvalidity=1, items=batch)
    with sessions.begin() as session:
        again = store_many(session, account="acc", folder="F", uidvalidity=1, items=batch)
    assert [created for _, created in first] == [True] * 5
    assert again == [(row_id, False) for row_id, _ in first]
    engine.dispose()
