"""What ingest.store writes, column by column, on both databases (mutation-testing pins).

Written for mutants of ``ingest/store.py`` that survived the older tests (docs/testing.md): a new
row's state, attempts and after-action flag; an over-size stub's sha256 key, which must tell
accounts, folders and UIDVALIDITYs apart; and UID lookups confined to their account and folder.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from dovecot import make_message
from sqlalchemy import select

from ingest.store import Incoming, store_many, store_raw
from models.base import make_engine, make_sessionmaker
from models.message import PENDING, STUB, RawMessage

REASON = "message of 9 bytes exceeds the limit of 1 bytes"
RAW = (
    b"From: Partner <p@example.net>\r\nTo: u@example.org\r\nSubject: Launch\r\n"
    b"Date: Mon, 06 May 2024 10:00:00 +0000\r\nMessage-ID: <launch@example.net>\r\n\r\nbody\r\n"
)


def rows(db_url: str) -> list[RawMessage]:
    engine = make_engine(db_url)
    with make_sessionmaker(engine)() as session:
        found = list(session.scalars(select(RawMessage).order_by(RawMessage.id)))
        session.expunge_all()
    engine.dispose()
    return found


def test_a_new_message_row_holds_its_envelope_and_starts_pending(db_url: str) -> None:
    """Every column store_many fills: keys, envelope, sha256 of the bytes, size, pending state,
    no error, no attempts, the after-action not done."""
    sessions = make_sessionmaker(make_engine(db_url))
    before = datetime.now(UTC)
    with sessions.begin() as session:
        [(row_id, created)] = store_many(
            session, account="acc", folder="F", uidvalidity=7, items=[Incoming(3, RAW, 4000)]
        )
    [row] = rows(db_url)
    assert created and row.id == row_id
    assert (row.account, row.folder, row.uidvalidity, row.uid) == ("acc", "F", 7, 3)
    assert (row.message_id, row.subject, row.sender) == (
        "<launch@example.net>",
        "Launch",
        "Partner <p@example.net>",
    )
    assert row.date_header is not None
    assert row.date_header.replace(tzinfo=UTC) == datetime(2024, 5, 6, 10, tzinfo=UTC)
    assert (bytes(row.raw), row.size, row.sha256) == (RAW, 4000, hashlib.sha256(RAW).hexdigest())
    assert (row.state, row.error, row.attempts, row.after_action_done) == (PENDING, None, 0, False)
    assert row.received_at.replace(tzinfo=UTC) >= before.replace(microsecond=0)


def test_stubs_are_keyed_by_account_folder_uidvalidity_and_uid(db_url: str) -> None:
    """An over-size stub has no bytes to hash: its sha256 is that of account/folder/UIDVALIDITY/
    UID, so stubs at the same UID of another account, folder or UIDVALIDITY are all stored."""
    sessions = make_sessionmaker(make_engine(db_url))
    keys = [("a", "F", 5), ("b", "F", 5), ("a", "G", 5), ("a", "F", 6)]
    for account, folder, validity in keys:
        with sessions.begin() as session:
            [(_, created)] = store_many(
                session,
                account=account,
                folder=folder,
                uidvalidity=validity,
                items=[Incoming(1, b"", 9, REASON)],
            )
        assert created, (account, folder, validity)
    stored = rows(db_url)
    assert [(r.account, r.folder, r.uidvalidity, r.uid) for r in stored] == [
        (account, folder, validity, 1) for account, folder, validity in keys
    ]
    assert [r.sha256 for r in stored] == [
        hashlib.sha256(f"{account}/{folder}/{validity}/1".encode()).hexdigest()
        for account, folder, validity in keys
    ]
    assert {(r.state, r.error, r.size, bytes(r.raw)) for r in stored} == {(STUB, REASON, 9, b"")}


def test_a_uid_stored_in_another_account_or_folder_is_not_a_duplicate(db_url: str) -> None:
    """UID 1 of account a/folder F does not hide new mail at UID 1 of account b or folder G."""
    sessions = make_sessionmaker(make_engine(db_url))
    mails = {key: make_message(n) for n, key in enumerate([("a", "F"), ("b", "F"), ("a", "G")])}
    results = {}
    for (account, folder), raw in mails.items():
        with sessions.begin() as session:
            [results[account, folder]] = store_many(
                session,
                account=account,
                folder=folder,
                uidvalidity=1,
                items=[Incoming(1, raw, len(raw))],
            )
    assert all(created for _, created in results.values())
    assert [(r.account, r.folder, bytes(r.raw)) for r in rows(db_url)] == [
        (account, folder, raw) for (account, folder), raw in mails.items()
    ]


def test_store_raw_writes_the_row_it_is_given(db_url: str) -> None:
    """store_raw (one message at a time) keeps the UID, UIDVALIDITY, the
    size it is told (the server's, not the length of a stub's empty bytes) and a stub's reason;
    without a size it stores the length of the bytes."""
    sessions = make_sessionmaker(make_engine(db_url))
    with sessions.begin() as session:
        stub, created = store_raw(
            session, account="a", folder="F", uidvalidity=4, uid=9, raw=b"", size=9,
            too_large_reason=REASON,
        )  # fmt: skip
        plain, _ = store_raw(session, account="a", folder="F", uidvalidity=4, uid=10, raw=RAW)
        assert created and (stub.uid, stub.uidvalidity, stub.size) == (9, 4, 9)
        assert (stub.state, stub.error) == (STUB, REASON)
        assert (plain.uid, plain.size, plain.state) == (10, len(RAW), PENDING)
