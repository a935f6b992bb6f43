"""Serve a WSGI app with waitress, a production server (Flask's own server is for development).

waitress refuses a body over ``MAX_BODY_BYTES`` (413) before reading it, the same cap the review
app sets as Flask's ``MAX_CONTENT_LENGTH``, and a request head over ``MAX_HEADER_BYTES`` (431);
its own defaults (1 GiB, 256 KiB) would read a huge body before Flask refused it.

waitress 3 drops every X-Forwarded-* header by default, which would leave the review app's
``web.trusted_proxies`` (werkzeug's ProxyFix) nothing to read: the headers are passed on, and the
app alone decides whether to trust them (with ``trusted_proxies = 0`` it ignores them).
"""

from __future__ import annotations

from typing import Any

from waitress.server import BaseWSGIServer, MultiSocketServer, create_server

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024


def make_server(
    app: Any, host: str, port: int, *, threads: int = 8
) -> BaseWSGIServer | MultiSocketServer:
    """A waitress server for ``app`` with the body and header limits; ``run()`` serves it."""
    return create_server(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="unmignet",
        max_request_body_size=MAX_BODY_BYTES,
        max_request_header_size=MAX_HEADER_BYTES,
        clear_untrusted_proxy_headers=False,
    )


def serve_wsgi(app: Any, host: str, port: int, *, threads: int = 8) -> None:
    """Block serving ``app``; put a TLS reverse proxy in front of it in production."""
    make_server(app, host, port, threads=threads).run()
