"""Connection failures read as words for a person, never as a bare errno."""

from __future__ import annotations

import socket

import pytest
from dovecot import Dovecot
from imap_support import account_for

from ingest.imap import ImapMailbox
from unmignet.errors import MailboxError


def test_a_refused_connection_is_reported_in_words(dovecot: Dovecot, user: str) -> None:
    """Connecting to a port where nothing listens says "Connection refused" (it said "111")."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound, not listening: the kernel refuses connections
        port = closed.getsockname()[1]
        mailbox = ImapMailbox(account_for(dovecot, user, port=port))
        with pytest.raises(MailboxError) as caught:
            mailbox.connect()
    message = str(caught.value)
    assert message.endswith("cannot connect: Connection refused"), message
    assert "111" not in message
