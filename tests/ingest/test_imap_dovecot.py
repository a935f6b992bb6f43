"""IMAP ingestion against a real Dovecot: exactly once, after-actions, UIDVALIDITY, limits, auth."""

from __future__ import annotations

import pytest
from dovecot import Dovecot, make_message, new_user
from imap_support import account_for, app_for
from sqlalchemy import func, select

from ingest.imap import ImapMailbox
from ingest.poll import poll_folder
from models.message import STUB, MailboxCheckpoint, RawMessage
from unmignet import jobs
from unmignet.app import App
from unmignet.config import AccountConfig
from unmignet.errors import AuthError, ConfigError, MailboxError

pytestmark = pytest.mark.imap


def stored(app: App, account: str | None = None) -> list[RawMessage]:
    with app.sessions() as session:
        query = select(RawMessage).order_by(RawMessage.id)
        if account is not None:
            query = query.where(RawMessage.account == account)
        return list(session.scalars(query))


def checkpoint(app: App, account: str, folder: str = "INBOX") -> MailboxCheckpoint:
    with app.sessions() as session:
        row = session.scalar(
            select(MailboxCheckpoint).where(
                MailboxCheckpoint.account == account, MailboxCheckpoint.folder == folder
            )
        )
        assert row is not None
        return row


@pytest.mark.usefixtures("imap_env")
def test_incremental_polls_store_each_message_once_and_leave_it_unread(
    dovecot: Dovecot, user: str, db_url: str
) -> None:
    """Polls over TLS store only what is new since the checkpoint, and never set \\Seen."""
    dovecot.append(user, [make_message(i) for i in range(3)])
    mailbox = ImapMailbox(account_for(dovecot, user))
    app = app_for(db_url)
    try:
        first = poll_folder(app.sessions, mailbox, "INBOX")
        dovecot.append(user, [make_message(i) for i in range(3, 5)])
        second = poll_folder(app.sessions, mailbox, "INBOX")
        third = poll_folder(app.sessions, mailbox, "INBOX")
    finally:
        mailbox.close()
    assert (first.stored, second.stored, third.stored) == (3, 2, 0)
    assert second.stored_uids == [4, 5]
    assert [m.uid for m in stored(app)] == [1, 2, 3, 4, 5]
    assert checkpoint(app, "partners").last_uid == 5
    assert all(b"\\Seen" not in flags for flags in dovecot.flags(user).values())
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
@pytest.mark.parametrize("security", ["starttls", "plain"])
def test_starttls_and_loopback_plaintext_log_in(
    dovecot: Dovecot, user: str, sqlite_url: str, security: str
) -> None:
    """STARTTLS (verified against the configured CA) and loopback plaintext both work."""
    dovecot.append(user, [make_message(1)])
    mailbox = ImapMailbox(account_for(dovecot, user, security=security))
    try:
        assert mailbox.uids_after("INBOX", 0) == [1]
    finally:
        mailbox.close()


def test_certificate_is_verified(dovecot: Dovecot, user: str) -> None:
    """Without the test CA the self-signed certificate is refused: verification is on."""
    account = account_for(dovecot, user, ca_file=None)
    with pytest.raises(MailboxError, match=r"partners.*cannot connect"):
        ImapMailbox(account).connect()


def test_plaintext_to_a_remote_host_is_refused() -> None:
    """``security = "plain"`` to a non-loopback host never opens a socket."""
    account = AccountConfig(
        name="remote", host="imap.example.org", username="x", security="tls", port=143
    )
    mailbox = ImapMailbox(account)
    object.__setattr__(account, "security", "plain")  # past config validation, as an attacker
    with pytest.raises(ConfigError, match="loopback"):
        mailbox.connect()


@pytest.mark.usefixtures("imap_env")
@pytest.mark.parametrize(
    ("after", "expect_flag", "moved_to"),
    [
        ("none", None, None),
        ("seen", b"\\Seen", None),
        ("keyword:unmignet-stored", b"unmignet-stored", None),
        ("move:Processed", None, "Processed"),
    ],
)
def test_after_actions_run_after_extraction(
    dovecot: Dovecot,
    user: str,
    sqlite_url: str,
    after: str,
    expect_flag: bytes | None,
    moved_to: str | None,
) -> None:
    """Each after-action touches exactly the stored messages, once they are extracted."""
    dovecot.append(user, [make_message(i) for i in range(4)])
    app = app_for(sqlite_url, account_for(dovecot, user, after=after))
    summary = jobs.poll_once(app)
    assert summary.errors == [] and summary.stored == 4
    assert [m.state for m in stored(app)] == ["done"] * 4
    flags = dovecot.flags(user)
    if moved_to is not None:
        assert flags == {} and dovecot.count(user, moved_to) == 4
    elif expect_flag is not None:
        assert all(expect_flag in f for f in flags.values()) and len(flags) == 4
    else:
        assert all(f == () for f in flags.values()) and len(flags) == 4
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
def test_uidvalidity_reset_rescans_without_duplicates(
    dovecot: Dovecot, user: str, sqlite_url: str
) -> None:
    """A recreated folder (new UIDVALIDITY) is rescanned; only the new message is stored."""
    messages = [make_message(i) for i in range(3)]
    dovecot.append(user, messages, folder="Partners")
    mailbox = ImapMailbox(account_for(dovecot, user, folders=("Partners",)))
    app = app_for(sqlite_url)
    try:
        poll_folder(app.sessions, mailbox, "Partners")
        before = checkpoint(app, "partners", "Partners").uidvalidity
        dovecot.recreate(user, "Partners", [*messages, make_message(99)])
        report = poll_folder(app.sessions, mailbox, "Partners")
    finally:
        mailbox.close()
    assert checkpoint(app, "partners", "Partners").uidvalidity != before
    assert (report.stored, report.duplicates) == (1, 3)
    assert len(stored(app)) == 4
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
def test_oversize_and_broken_messages_are_stored_and_marked(
    dovecot: Dovecot, user: str, sqlite_url: str
) -> None:
    """A 30 MB message becomes a stub with its headers and reason; broken MIME is stored too,
    and neither blocks the message after it."""
    big = make_message(1, subject="Huge annex", body_size=30 * 1024 * 1024)
    broken = (
        b"From: broken@example.net\r\nSubject: =?utf-8?B?####?=\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n'
        b"--never-closed\r\nContent-Type: text/html; charset=x-unknown\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n"
    )
    dovecot.append(user, [big, broken, make_message(3)])
    app = app_for(sqlite_url, account_for(dovecot, user))
    summary = jobs.poll_once(app)
    assert summary.errors == []
    rows = sorted(stored(app), key=lambda r: r.uid or 0)
    assert [r.uid for r in rows] == [1, 2, 3]
    stub = rows[0]
    assert stub.state == STUB and stub.subject == "Huge annex 1"
    assert stub.error is not None and "exceeds the limit" in stub.error
    assert stub.size > 30 * 1024 * 1024 and len(stub.raw) < 10_000
    # broken MIME: stored byte for byte and extracted; the tolerant extractor may read it
    # ("done") or record why not ("failed" with a reason): either way it is not left pending
    assert rows[1].raw == broken and rows[1].state in ("done", "failed")
    assert rows[1].state == "done" or rows[1].error
    # the well-formed mail after them is extracted normally
    assert rows[2].raw.startswith(b"From: Partner 3")
    assert (rows[2].state, rows[2].error) == ("done", None)
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
def test_wrong_password_gives_one_clear_error_and_other_accounts_go_on(
    dovecot: Dovecot, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused login names the account; the next account is still polled."""
    good_user, bad_user = new_user(), new_user()
    dovecot.append(good_user, [make_message(1)])
    monkeypatch.setenv("UNMIGNET_TEST_WRONG", "not-the-password")
    bad = account_for(dovecot, bad_user, name="broken", password_env="UNMIGNET_TEST_WRONG")
    good = account_for(dovecot, good_user, name="good")
    app = app_for(sqlite_url, bad, good)
    summary = jobs.poll_once(app)
    assert len(summary.errors) == 1
    assert "account broken" in summary.errors[0] and "login refused" in summary.errors[0]
    assert [m.account for m in stored(app)] == ["good"]
    assert "login refused" in (checkpoint(app, "broken").last_error or "")
    with pytest.raises(AuthError):
        ImapMailbox(bad).connect()
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
def test_since_limits_a_backfill_and_dry_run_counts(
    dovecot: Dovecot, user: str, sqlite_url: str
) -> None:
    """--dry-run counts without storing; --since asks the server for recent mail only."""
    import datetime as dt

    dovecot.append(user, [make_message(i) for i in range(5)])
    app = app_for(sqlite_url, account_for(dovecot, user))
    counted = jobs.count_new(app)
    assert [p.seen for p in counted.polls] == [5] and stored(app) == []
    future = jobs.poll_once(app, since=dt.date.today() + dt.timedelta(days=2))
    assert future.stored == 0
    everything = jobs.poll_once(app, rescan=True)
    assert everything.stored == 5
    again = jobs.count_new(app, rescan=True)
    assert [p.seen for p in again.polls] == [0]
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
def test_dropped_connection_is_reopened(dovecot: Dovecot, user: str, sqlite_url: str) -> None:
    """If the socket dies between calls, the next call reconnects once and succeeds."""
    dovecot.append(user, [make_message(1)])
    mailbox = ImapMailbox(account_for(dovecot, user))
    try:
        mailbox.connect()
        assert mailbox._client is not None
        mailbox._client.socket().close()
        assert mailbox.uids_after("INBOX", 0) == [1]
    finally:
        mailbox.close()


def test_count_of_rows_helper_is_consistent(sqlite_url: str) -> None:
    """(sanity) an empty database has no stored message."""
    app = app_for(sqlite_url)
    with app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RawMessage)) == 0
    app.engine.dispose()


@pytest.mark.usefixtures("imap_env")
def test_fetched_bytes_are_exactly_what_the_server_holds(
    dovecot: Dovecot, user: str, sqlite_url: str
) -> None:
    """The fast BODY[] reader returns, per UID, the very bytes imapclient's parser returns, even
    for bodies that look like IMAP responses, 8-bit text, an empty body, and over batches."""
    tricky = [
        b"Subject: looks like IMAP\r\n\r\n* 5 FETCH (UID 9 BODY[] {3}\r\nabc)\r\n{12}\r\n",
        "Subject: 8-bit\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDakar — été\r\n".encode(),
        b"Subject: empty body\r\n\r\n",
        *(make_message(i, body_size=i * 500) for i in range(5)),
    ]
    dovecot.append(user, tricky)
    reference = dovecot.client(user)
    reference.select_folder("INBOX", readonly=True)
    data = reference.fetch(reference.search(), ["BODY.PEEK[]"])
    expected = {uid: item[b"BODY[]"] for uid, item in data.items()}
    reference.logout()
    mailbox = ImapMailbox(account_for(dovecot, user))
    app = app_for(sqlite_url)
    try:
        report = poll_folder(app.sessions, mailbox, "INBOX", batch_size=3)
    finally:
        mailbox.close()
    assert report.stored == len(tricky) == len(expected)
    assert {m.uid: m.raw for m in stored(app)} == expected
    assert all(f == () for f in dovecot.flags(user).values())
    app.engine.dispose()
