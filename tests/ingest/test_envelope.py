"""The cheap envelope reader: header block only, tolerant, RFC 2047 in Subject and From."""

from __future__ import annotations

from datetime import UTC, datetime

from ingest.envelope import header_block, read_envelope
from ingest.imap import _message_set, _parse_bodies, _parse_sizes, _uid_set


def test_folded_and_encoded_headers_are_unfolded_and_decoded() -> None:
    """Continuation lines join the value; encoded words in Subject and From are decoded."""
    raw = (
        b"Message-ID:\r\n <abc@example.org>\r\n"
        b"Subject: =?utf-8?q?R=C3=A9union_des?=\r\n =?utf-8?q?_partenaires?=\r\n"
        b"From: =?iso-8859-1?q?Andr=E9?= <andre@example.org>\r\n"
        b"Date: Tue, 05 Mar 2024 10:00:00 +0100\r\n\r\nbody"
    )
    env = read_envelope(raw)
    assert env.message_id == "<abc@example.org>"
    assert env.subject == "Réunion des partenaires"
    assert env.sender == "André <andre@example.org>"
    assert env.date == datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def test_only_the_header_block_is_read() -> None:
    """A 'Subject:' line in the body is not the subject; bare-LF mail works too."""
    env = read_envelope(b"From: a@example.org\n\nSubject: not a header\n")
    assert (env.subject, env.sender) == ("", "a@example.org")
    assert header_block(b"\r\nSubject: body text") == b""
    assert read_envelope(b"\r\nSubject: body text").subject == ""


def test_first_occurrence_wins_and_names_are_case_insensitive() -> None:
    """A repeated header keeps its first value; field names match in any case."""
    env = read_envelope(b"SUBJECT: first\r\nsubject: second\r\nmessage-id: <x@y>\r\n\r\n")
    assert (env.subject, env.message_id) == ("first", "<x@y>")


def test_raw_8bit_headers_and_control_bytes() -> None:
    """Raw UTF-8 decodes as UTF-8, other 8-bit bytes as Latin-1; NUL and controls are dropped."""
    assert read_envelope("Subject: Cúpula\r\n\r\n".encode()).subject == "Cúpula"
    assert read_envelope(b"Subject: Caf\xe9\r\n\r\n").subject == "Café"
    assert read_envelope(b"Subject: a\x00b\x07c\r\n\r\n").subject == "abc"


def test_hostile_values_give_empty_results() -> None:
    """A broken encoded word decodes to nothing (never raises); bad and naive dates are None."""
    env = read_envelope(b"Subject: =?utf-8?B?####?=\r\nDate: 99 Foo 99999999999\r\n\r\n")
    assert env.subject == "" and env.date is None
    assert read_envelope(b"Date: Tue, 05 Mar 2024 10:00:00 -0000\r\n\r\n").date is None
    assert read_envelope(b"").message_id is None


def test_size_lines_and_message_sets() -> None:
    """UID FETCH RFC822.SIZE lines are read in any item order, unsolicited lines skipped, and
    UID lists are sent as collapsed ranges."""
    lines = [b"1 (UID 4 RFC822.SIZE 10)", b"2 (FLAGS (\\Seen))", b"3 (RFC822.SIZE 7 UID 9)"]
    assert list(_parse_sizes(lines)) == [(4, 10), (9, 7)]
    assert _message_set([9, 1, 2, 3, 7, 10]) == "1:3,7,9:10"


def test_body_literals_are_read_by_uid_and_odd_shapes_are_left_to_imapclient() -> None:
    """(head, literal) pairs give (UID, bytes) in any item order; a literal of the wrong length,
    a head without UID or BODY[] and unsolicited lines are skipped (asked again the slow way)."""
    data = [
        (b"1 (UID 4 BODY[] {5}", b"abcde"),
        b")",
        b"2 (FLAGS (\\Seen))",
        (b"3 (FLAGS () UID 9 BODY[] {3}", b"x\r\n"),
        b")",
        (b"4 (BODY[] {2} ", b"zz"),
        b" UID 11)",
        (b"5 (UID 12 BODY[] {9}", b"too short"[:4]),
        b")",
    ]
    assert list(_parse_bodies(data)) == [(4, b"abcde"), (9, b"x\r\n")]


def test_uid_sets_from_the_server_are_expanded() -> None:
    """A COPYUID set such as ``4:6,9`` (ranges in either order) expands to its UIDs, and is the
    inverse of the collapsed sets we send."""
    assert _uid_set("4:6,9,12:11") == [4, 5, 6, 9, 11, 12]
    assert _uid_set(_message_set([3, 1, 2, 8])) == [1, 2, 3, 8]
