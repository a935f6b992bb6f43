"""A new UIDVALIDITY reuses UIDs: a new mail at a UID stored under the old UIDVALIDITY is new mail.

The UID lookup that stops duplicates must be keyed on (account, folder, UIDVALIDITY, UID): keyed
on the UID alone, a recreated folder's first new mail (UID 1 again) is reported as a duplicate of
the old UID 1 and never stored. Both databases: the store takes a different path on each.
"""

from __future__ import annotations

import pytest
from dovecot import Dovecot, make_message
from imap_support import account_for, app_for
from sqlalchemy import select

from ingest.imap import ImapMailbox
from ingest.poll import poll_folder
from ingest.store import Incoming, store_many
from models.base import make_engine, make_sessionmaker
from models.message import RawMessage


def stored_keys(db_url: str) -> list[tuple[int | None, int | None, bytes]]:
    engine = make_engine(db_url)
    with make_sessionmaker(engine)() as session:
        rows = session.execute(
            select(RawMessage.uidvalidity, RawMessage.uid, RawMessage.raw).order_by(RawMessage.id)
        )
        keys = [(validity, uid, bytes(raw)) for validity, uid, raw in rows]
    engine.dispose()
    return keys


def test_new_mail_at_a_reused_uid_under_a_new_uidvalidity_is_stored(db_url: str) -> None:
    """store_many: UID 1 under UIDVALIDITY 6 holding new bytes is created, not matched with
    UID 1 of UIDVALIDITY 5; the same UID under the same UIDVALIDITY still is a duplicate."""
    old, new = make_message(1), make_message(2)
    sessions = make_sessionmaker(make_engine(db_url))
    with sessions.begin() as session:
        [(old_id, _)] = store_many(
            session, account="a", folder="F", uidvalidity=5, items=[Incoming(1, old, len(old))]
        )
    with sessions.begin() as session:
        [(new_id, created)] = store_many(
            session, account="a", folder="F", uidvalidity=6, items=[Incoming(1, new, len(new))]
        )
    with sessions.begin() as session:
        [again] = store_many(
            session, account="a", folder="F", uidvalidity=6, items=[Incoming(1, old, len(old))]
        )
    assert created and new_id != old_id
    assert again == (new_id, False)  # known by (UIDVALIDITY 6, UID 1), not stored a third time
    assert stored_keys(db_url) == [(5, 1, old), (6, 1, new)]


@pytest.mark.imap
@pytest.mark.usefixtures("imap_env")
def test_recreated_folder_stores_its_new_mail_at_uid_one(
    dovecot: Dovecot, user: str, db_url: str
) -> None:
    """Against Dovecot: a folder polled at UID 1, deleted and recreated with a different mail at
    UID 1 (and the old one at UID 2): the poll stores the new mail and only it."""
    old, new = make_message(1), make_message(2)
    dovecot.append(user, [old], folder="Partners")
    mailbox = ImapMailbox(account_for(dovecot, user, folders=("Partners",)))
    app = app_for(db_url)
    try:
        first = poll_folder(app.sessions, mailbox, "Partners")
        dovecot.recreate(user, "Partners", [new, old])
        second = poll_folder(app.sessions, mailbox, "Partners")
    finally:
        mailbox.close()
        app.engine.dispose()
    assert first.uidvalidity != second.uidvalidity
    assert (second.seen, second.stored, second.duplicates, second.stored_uids) == (2, 1, 1, [1])
    assert [(uid, raw) for _, uid, raw in stored_keys(db_url)] == [(1, old), (1, new)]
