"""``GET /healthz`` (JSON, no login) and ``GET /metrics`` (Prometheus text format 0.0.4).

/healthz answers 200 when the database is reachable and an account polled within three poll
intervals, else 503, for a load balancer or an uptime checker. /metrics is for Prometheus: when
``[web] metrics_token_env`` names a variable that is set, every request needs
``Authorization: Bearer <token>``; otherwise only loopback clients are answered (behind a reverse
proxy with ``trusted_proxies`` set, the client is the forwarded address, so outsiders get 403).
Both read ``unmignet.ops.snapshot``: figures come from the database, as the daemon that polls is
another process.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Iterable
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

from review.app import public
from unmignet.app import App
from unmignet.ops import AccountHealth, Snapshot, healthy, snapshot

bp = Blueprint("health", __name__)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
Samples = list[tuple[dict[str, str], float]]


def _app() -> App:
    app: App = current_app.extensions["unmignet"]
    return app


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _account_json(account: AccountHealth, snap: Snapshot) -> dict[str, object]:
    return {
        "account": account.account,
        "last_success_at": _iso(account.last_success_at),
        "age_seconds": account.age_seconds(snap.now),
        "failures_in_a_row": account.failures_in_a_row,
        "last_error": account.last_error,
        "token_expires_at": _iso(account.token_expires_at),
    }


@bp.get("/healthz")
@public
def healthz() -> ResponseReturnValue:
    """The deployment's health as JSON; 200 healthy, 503 not."""
    app = _app()
    snap = snapshot(app)
    ok = healthy(snap, app.config)
    body = {
        "status": "ok" if ok else "unhealthy",
        "database": {"reachable": snap.database_ok, "error": snap.database_error},
        "poll_interval_minutes": app.config.poll.interval_minutes,
        "accounts": [_account_json(a, snap) for a in snap.accounts],
        "messages_failed": snap.messages_failed,
        "events_pending_review": snap.events_pending_review,
        "next_digest": _iso(snap.next_digest),
    }
    return jsonify(body), 200 if ok else 503


def _loopback(address: str | None) -> bool:
    try:
        return address is not None and ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def _allowed() -> bool:
    name = _app().config.web.metrics_token_env
    token = os.environ.get(name) if name else None
    if token:
        given = request.headers.get("Authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())
    return _loopback(request.remote_addr)


@bp.get("/metrics")
@public
def metrics() -> ResponseReturnValue:
    """Prometheus metrics; loopback clients only, or the configured bearer token."""
    if not _allowed():
        abort(403)
    app = _app()
    snap = snapshot(app)
    text = exposition(snap, healthy(snap, app.config))
    return Response(text, content_type=CONTENT_TYPE)


# --- the text format --------------------------------------------------------------------------


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _family(
    name: str, kind: str, help_text: str, samples: Iterable[tuple[dict[str, str], float]]
) -> list[str]:
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
    for labels, value in samples:
        inner = ",".join(f'{k}="{_label(v)}"' for k, v in labels.items())
        lines.append(f"{name}{{{inner}}} {value:g}" if inner else f"{name} {value:g}")
    return lines


def _per_account(snap: Snapshot, attr: str) -> Samples:
    out: Samples = []
    for account in snap.accounts:
        raw = getattr(account, attr)
        if raw is None:
            continue
        number = raw.timestamp() if isinstance(raw, datetime) else float(raw)
        out.append(({"account": account.account}, number))
    return out


def exposition(snap: Snapshot, ok: bool) -> str:
    """The metrics as Prometheus text, one family after another."""
    families: list[tuple[str, str, str, Samples]] = [
        ("unmignet_up", "gauge", "1 when the deployment is healthy (see /healthz)",
         [({}, float(ok))]),
        ("unmignet_database_up", "gauge", "1 when the database answered",
         [({}, float(snap.database_ok))]),
        ("unmignet_messages_stored_total", "counter", "Messages stored, per account",
         [({"account": a}, float(n)) for a, n in sorted(snap.messages_stored.items())]),
        ("unmignet_extraction_failures_total", "counter",
         "Stored messages whose extraction failed (until retried)",
         [({}, float(snap.messages_failed))]),
        ("unmignet_events_pending_review", "gauge", "Events waiting for a reviewer",
         [({}, float(snap.events_pending_review))]),
        ("unmignet_events", "gauge", "Events per review state",
         [({"review_state": s}, float(n)) for s, n in sorted(snap.events.items())]),
        ("unmignet_digest_deliveries_total", "counter", "Digest deliveries per ledger status",
         [({"status": s}, float(n)) for s, n in sorted(snap.deliveries.items())]),
        ("unmignet_poll_duration_seconds", "gauge", "Duration of the last scheduled poll",
         _per_account(snap, "poll_duration_seconds")),
        ("unmignet_poll_failures_in_a_row", "gauge", "Failed polls in a row, per account",
         _per_account(snap, "failures_in_a_row")),
        ("unmignet_last_successful_poll_timestamp_seconds", "gauge",
         "Unix time of the last successful poll, per account",
         _per_account(snap, "last_success_at")),
        ("unmignet_oauth_token_expiry_timestamp_seconds", "gauge",
         "Unix time the account's OAuth token expires",
         _per_account(snap, "token_expires_at")),
        ("unmignet_next_digest_timestamp_seconds", "gauge", "Unix time of the next weekly digest",
         [({}, snap.next_digest.timestamp())] if snap.next_digest else []),
    ]  # fmt: skip
    lines: list[str] = []
    for name, kind, help_text, samples in families:
        lines.extend(_family(name, kind, help_text, samples))
    return "\n".join(lines) + "\n"
