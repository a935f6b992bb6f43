"""Logs: --log-format json, the message id on every line of a message's life, and no secret in
the logs of a full run (IMAP poll against Dovecot, extraction, digest over authenticated SMTP)."""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from digest_support import Authenticator, Recorder, server_tls_context, start_server
from dovecot import PASSWORD, Dovecot, new_user
from sqlalchemy import update

from models.base import make_engine
from models.digest import Subscriber
from models.event import APPROVED, Event
from unmignet.demo_mail import write_demo_inbox
from unmignet.logsetup import JsonFormatter, TextFormatter, configure, message_context

UNMIGNET = [sys.executable, "-c", "from unmignet.cli import run; run()"]
SMTP_PASSWORD = "smtp-pw-Zq8#long"
SECRET_KEY = "web-secret-key-Yw3-do-not-log"
METRICS_TOKEN = "metrics-token-Kp5-do-not-log"


def _record(msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("unmignet.test", logging.INFO, __file__, 1, msg, args, None)


def test_json_lines_carry_the_message_id_and_mask_secrets() -> None:
    """Inside message_context every line, JSON or text, names the message; a configured secret
    value never appears, not even when a message or a traceback holds it."""
    handler = configure("json", logging.INFO, ["hunter2-secret"])
    with message_context(42):
        record = _record("login with %s failed", "hunter2-secret")
        handler.filter(record)
    line = json.loads(handler.format(record))
    assert line["message_id"] == 42 and line["message"] == "login with *** failed"
    assert line["level"] == "INFO" and line["logger"] == "unmignet.test"
    outside = _record("no message here")
    handler.filter(outside)
    assert "message_id" not in json.loads(handler.format(outside))
    text = TextFormatter(["hunter2-secret"]).format(record)
    assert text.endswith("login with *** failed [message 42]")
    logging.getLogger().removeHandler(handler)
    assert isinstance(handler.formatter, JsonFormatter)


@pytest.mark.slow
@pytest.mark.imap
def test_a_full_run_logs_message_ids_and_no_secret(
    tmp_path: Path, dovecot: Dovecot, tls_files: tuple[Path, Path]
) -> None:
    """`poll --once` over IMAP (password login) and `digest send` (SMTP login), both at -vv with
    --log-format json and every secret set in the environment: each stderr line is a JSON
    object, each stored and extracted message has its id on its lines, and no secret (nor its
    base64 form, as sent in AUTH) appears in any output."""
    user = new_user("ops")
    inbox = tmp_path / "demo"
    inbox.mkdir()
    write_demo_inbox(date(2026, 3, 2), inbox)
    dovecot.append(user, [p.read_bytes() for p in sorted(inbox.glob("*.eml"))])
    smtp = start_server(
        Recorder(),
        authenticator=Authenticator("digest", SMTP_PASSWORD),
        auth_required=True,
        tls_context=server_tls_context(tls_files),
        require_starttls=True,
    )
    db = tmp_path / "run.db"
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[database]
url = "sqlite:///{db}"
[[accounts]]
name = "partners"
host = "127.0.0.1"
port = {dovecot.plain_port}
security = "starttls"
ca_file = "{dovecot.cert_file}"
username = "{user}"
password_env = "UNMIGNET_IMAP_PASSWORD"
idle = false
[extract]
use_ner = false
[smtp]
host = "127.0.0.1"
port = {smtp.port}
security = "starttls"
ca_file = "{tls_files[0]}"
username = "digest"
password_env = "UNMIGNET_SMTP_PASSWORD"
rate_per_minute = 0
[digest]
window_days = 3650
[web]
metrics_token_env = "UNMIGNET_METRICS_TOKEN"
""",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "UNMIGNET_IMAP_PASSWORD": PASSWORD,
        "UNMIGNET_SMTP_PASSWORD": SMTP_PASSWORD,
        "UNMIGNET_SECRET_KEY": SECRET_KEY,
        "UNMIGNET_METRICS_TOKEN": METRICS_TOKEN,
    }
    env.pop("UNMIGNET_CONFIG", None)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        base = [*UNMIGNET, "--config", str(config), "-vv", "--log-format", "json"]
        done = subprocess.run(
            [*base, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done

    try:
        polled = cli("poll", "--once")
        engine = make_engine(f"sqlite:///{db}")
        with engine.begin() as conn:
            conn.execute(update(Event).values(review_state=APPROVED))
            conn.execute(
                Subscriber.__table__.insert().values(
                    email="s@x.org", regions=[], event_types=[], state="active"
                )
            )
        engine.dispose()
        sent = cli("digest", "send", "--week", "2026-W10")
    finally:
        smtp.controller.stop()
    assert smtp.handler.received, sent.stdout + sent.stderr[-2000:]

    lines = [json.loads(line) for line in (polled.stderr + sent.stderr).splitlines() if line]
    stored = {e["message_id"] for e in lines if e["message"].startswith("stored partners/INBOX")}
    extracted = {e["message_id"] for e in lines if e["message"].startswith("extracted:")}
    assert len(stored) == len(list(inbox.glob("*.eml"))) and extracted == stored

    everything = polled.stdout + polled.stderr + sent.stdout + sent.stderr
    for secret in (PASSWORD, SMTP_PASSWORD, SECRET_KEY, METRICS_TOKEN):
        assert secret not in everything
        assert base64.b64encode(secret.encode()).decode() not in everything
    assert any(e["logger"].startswith(("imapclient", "ingest")) for e in lines)
