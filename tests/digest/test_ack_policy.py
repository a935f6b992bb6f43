"""Who may be answered (RFC 3834), where the answer goes, and the opt-out list: pure functions."""

from __future__ import annotations

import pytest

from digest.ack_policy import automatic_reason, opted_out, read_headers, reply_address

PLAIN = (
    b"From: Ama Mensah <ama@partners.example.org>\r\nTo: unmignet@example.org\r\n"
    b"Subject: Invitation\r\nContent-Type: text/plain\r\n"
)


def headers(extra: bytes = b"", base: bytes = PLAIN) -> bytes:
    return base + extra + b"\r\nBody\r\n"


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        (b"Auto-Submitted: auto-replied\r\n", "Auto-Submitted"),
        (b"Auto-Submitted: auto-generated\r\n", "Auto-Submitted"),
        (b"Precedence: bulk\r\n", "Precedence"),
        (b"Precedence: list\r\n", "Precedence"),
        (b"Precedence: junk\r\n", "Precedence"),
        (b"List-Id: <events.example.org>\r\n", "List-Id"),
        (b"List-Unsubscribe: <mailto:leave@example.org>\r\n", "List-Unsubscribe"),
        (b"X-Auto-Response-Suppress: OOF, AutoReply\r\n", "X-Auto-Response-Suppress"),
        (b"X-Autoreply: yes\r\n", "X-Autoreply"),
        (b"X-Spam-Flag: YES\r\n", "spam"),
        (b"Return-Path: <>\r\n", "null sender"),
    ],
)
def test_automatic_mail_is_never_answered(extra: bytes, reason: str) -> None:
    """Each RFC 3834 (and common vendor) sign of an automatic, bulk or spam mail is a reason."""
    found = automatic_reason(read_headers(headers(extra)))
    assert found is not None and reason in found


@pytest.mark.parametrize(
    "sender",
    [
        "noreply@example.org",
        "no-reply@example.org",
        "do-not-reply@example.org",
        "MAILER-DAEMON@mail.example.org",
        "postmaster@example.org",
        "events-request@lists.example.org",
    ],
)
def test_robot_senders_are_never_answered(sender: str) -> None:
    """No-reply, mailer-daemon, postmaster and list-robot addresses are automatic senders."""
    raw = f"From: {sender}\r\nSubject: x\r\n".encode()
    found = automatic_reason(read_headers(headers(base=raw)))
    assert found is not None and "automatic sender" in found


def test_a_delivery_report_is_never_answered() -> None:
    """A multipart/report (a DSN) is a delivery report whoever sent it."""
    extra = b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n'
    raw = PLAIN.replace(b"Content-Type: text/plain\r\n", b"")
    assert automatic_reason(read_headers(headers(extra, base=raw))) == "delivery report"


def test_an_ordinary_partner_mail_may_be_answered() -> None:
    """Auto-Submitted: no and a human sender are not automatic."""
    assert automatic_reason(read_headers(headers(b"Auto-Submitted: no\r\n"))) is None


def test_the_answer_goes_to_reply_to_else_from() -> None:
    """Reply-To wins over From; without it, From."""
    assert reply_address(read_headers(headers())) == "ama@partners.example.org"
    extra = b"Reply-To: Events Team <events@partners.example.org>\r\n"
    assert reply_address(read_headers(headers(extra))) == "events@partners.example.org"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("Ama@Partners.example.org", True),  # the address itself, any case
        ("kofi@partners.example.org", False),  # another address of the same domain
        ("x@quiet.example.org", True),  # a listed domain
        ("x@team.quiet.example.org", True),  # and its subdomains
        ("x@notquiet.example.org", False),  # but not a domain that merely ends alike
        ("x@at.example.net", True),  # a domain written as @domain
    ],
)
def test_opt_out_matches_addresses_and_domains(address: str, expected: bool) -> None:
    """Entries are addresses (exact, case-insensitive) or domains (with their subdomains)."""
    entries = ["ama@partners.example.org", "quiet.example.org", "@at.example.net"]
    assert opted_out(address, entries) is expected
