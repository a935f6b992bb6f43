"""The test Dovecot starts even when a port ``free_port`` chose is taken before it binds."""

from __future__ import annotations

import socket

import pytest
from dovecot import Dovecot, new_user

pytestmark = pytest.mark.imap


def test_a_port_taken_before_dovecot_binds_is_replaced_by_another() -> None:
    """Another process listens on the plaintext port chosen at create time: start() picks new
    ports, rewrites the config and serves IMAP there; a restart keeps its ports."""
    server = Dovecot.create()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server.plain_port = int(taken.getsockname()[1])
        server.write_config()
        taken_port = server.plain_port
        try:
            server.start()
            assert server.plain_port != taken_port
            server.client(new_user()).logout()
            ports = (server.plain_port, server.tls_port)
            server.restart()
            assert (server.plain_port, server.tls_port) == ports
            server.client(new_user()).logout()
        finally:
            server.destroy()
