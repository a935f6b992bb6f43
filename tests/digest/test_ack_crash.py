"""Exactly once across crashes: `unmignet poll --once` killed with SIGKILL while an acknowledgement
is in flight, then run again; the in-doubt one goes out again with the same Message-ID."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from digest_support import SECRET, SECRET_ENV, SmtpServer, write_config
from sqlalchemy import select
from test_ack_pipeline import WORKSHOP, partner_mail

from models.acknowledgement import Acknowledgement
from unmignet.app import App

UNMIGNET = str(Path(sys.executable).with_name("unmignet"))
PARTNERS = ["ama@one.example.org", "kofi@two.example.org", "lina@three.example.org"]


def poller(config: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, SECRET_ENV: SECRET}
    env.pop("UNMIGNET_CONFIG", None)
    return subprocess.Popen(
        [UNMIGNET, "--config", str(config), "poll", "--once"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def states(app: App) -> Counter[str]:
    with app.sessions() as session:
        return Counter(session.scalars(select(Acknowledgement.state)))


@pytest.mark.slow
def test_poller_killed_mid_acknowledgement_then_rerun_answers_each_partner_once(
    digest_app: App, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """SIGKILL while the 2nd of 3 acknowledgements is in flight: the ledger shows 1 sent,
    1 sending, 1 pending; a second poll sends the other two (the in-doubt one with the Message-ID
    it had): each partner has exactly one acknowledgement."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, address in enumerate(PARTNERS):
        body = WORKSHOP.replace("20 January", f"{20 + i} January")
        mail = partner_mail(f"c{i}", "Invitation: regional workshop", body, sender=address)
        (inbox / f"{i}.eml").write_bytes(mail)
    config = write_config(tmp_path / "config.toml", digest_app.config.database.url, smtp_server)
    with config.open("a", encoding="utf-8") as out:
        out.write(f'\n[inbox]\npath = "{inbox}"\n\n[acknowledge]\nenabled = true\n')
        out.write("max_age_days = 0\n")
    handler = smtp_server.handler
    handler.hold_after = 1

    first = poller(config)
    assert handler.holding.wait(timeout=180), first.communicate(timeout=5)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert states(digest_app) == Counter({"sent": 1, "sending": 1, "pending": 1})
    with digest_app.sessions() as session:
        doubt = session.scalars(select(Acknowledgement).where(Acknowledgement.state == "sending"))
        in_doubt = doubt.one()

    handler.hold_after = None
    second = poller(config)
    _, err = second.communicate(timeout=180)
    assert second.returncode == 0, err.decode()
    copies = Counter(r.rcpt_tos[0] for r in handler.received)
    assert sorted(copies) == sorted(PARTNERS) and set(copies.values()) == {1}
    resent = next(r for r in handler.received if r.rcpt_tos == [in_doubt.recipient])
    assert resent.message["Message-ID"] == in_doubt.rfc_message_id
    assert states(digest_app) == Counter({"sent": 3})
