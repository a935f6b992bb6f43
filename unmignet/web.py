"""Serve a WSGI app with waitress, a production server (Flask's own server is for development)."""

from __future__ import annotations

from typing import Any

import waitress


def serve_wsgi(app: Any, host: str, port: int, *, threads: int = 8) -> None:
    """Block serving ``app``; put a TLS reverse proxy in front of it in production."""
    waitress.serve(app, host=host, port=port, threads=threads, ident="unmignet")
