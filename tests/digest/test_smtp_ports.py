"""The test SMTP server starts even when the port ``free_port`` chose is taken before it binds."""

from __future__ import annotations

import smtplib
import socket

from digest_support import Recorder, start_server


def test_a_port_taken_before_the_server_binds_is_replaced_by_another() -> None:
    """Another process listening on the first port tried: the server moves to a free port,
    reports it, and accepts mail there."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        taken_port = int(taken.getsockname()[1])
        server = start_server(Recorder(), ports=[taken_port])
        try:
            assert server.port != taken_port
            with smtplib.SMTP(server.host, server.port, timeout=10) as smtp:
                smtp.sendmail("a@example.org", ["b@example.org"], b"Subject: x\r\n\r\nbody")
            assert [r.rcpt_tos for r in server.handler.received] == [["b@example.org"]]
        finally:
            server.handler.holding.set()
            server.controller.stop()
