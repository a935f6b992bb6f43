"""The CLI's error paths, run as a real process: one line and a non-zero exit, no traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

RUN = "from unmignet.cli import run; run()"


def _unmignet(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"UNMIGNET_IMAP_PASSWORD": "not-a-real-password"}
    return subprocess.run(
        [sys.executable, "-c", RUN, "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, read, released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("url", "cause"),
    [
        ("postgresql+psycopg://127.0.0.1:{port}/test", "Connection refused"),
        pytest.param(
            "postgresql+psycopg://127.0.0.1:5432/no_such_database_here",
            "does not exist",
            marks=pytest.mark.postgres,
        ),
        ("nosuchdialect://somewhere/db", "not a database URL"),
        ("sqlite:///{tmp}/missing/dir/unmignet.db", "unable to open database file"),
    ],
)
def test_database_errors_are_one_line(tmp_path: Path, url: str, cause: str) -> None:
    """An unreachable, missing or misnamed database gives exit 1 and one stderr line naming
    database.url and the cause, with no traceback."""
    filled = url.format(port=_closed_port(), tmp=tmp_path)
    result = _unmignet(_config(tmp_path, f'[database]\nurl = "{filled}"\n'), "status")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: database.url: ") and cause in lines[0]


def test_poll_once_exits_non_zero_when_an_account_fails(tmp_path: Path) -> None:
    """`poll --once` against an IMAP server it cannot reach exits 1 and names the account."""
    text = (
        f'[database]\nurl = "sqlite:///{tmp_path}/unmignet.db"\n'
        '[inbox]\npath = "' + str(tmp_path / "empty") + '"\n'
        '[[accounts]]\nname = "partners"\nhost = "127.0.0.1"\n'
        f'port = {_closed_port()}\nsecurity = "plain"\nusername = "u"\ntimeout_seconds = 5\n'
    )
    (tmp_path / "empty").mkdir()
    result = _unmignet(_config(tmp_path, text), "poll", "--once")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "error: account partners" in result.stderr
