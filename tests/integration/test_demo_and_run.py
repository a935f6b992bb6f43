"""The two things a new user runs: `unmignet demo`, and the `unmignet run` daemon's clean stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

UNMIGNET = [sys.executable, "-c", "from unmignet.cli import run; run()"]


def run_cli(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("UNMIGNET_CONFIG", None)
    return subprocess.run(
        [*UNMIGNET, *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=300
    )


def write_config(tmp_path: Path, db_url: str) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "{db_url}"\n[digest]\npreview_dir = "{tmp_path / "preview"}"\n',
        encoding="utf-8",
    )
    return config


def test_demo_runs_and_is_idempotent_the_same_day(tmp_path: Path, db_url: str) -> None:
    """`unmignet demo` prints a table and a digest preview; a second run stores nothing new.

    Both runs are pinned to one day with --today, so the test holds when it runs across midnight.
    """
    config = write_config(tmp_path, db_url)
    day = ["--today", date.today().isoformat()]
    first = run_cli(["--config", str(config), "demo", *day], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Digest preview" in first.stdout and "events extracted" in first.stdout
    html = next((tmp_path / "preview").glob("*.html"))
    assert "<table" in html.read_text(encoding="utf-8")
    second = run_cli(["--config", str(config), "demo", *day], tmp_path)
    assert second.returncode == 0, second.stderr
    assert " 0 new messages stored" in second.stdout
    events_before = first.stdout.split("events extracted")[0].split()[-1]
    assert second.stdout.split("events extracted")[0].split()[-1] == events_before


def test_demo_on_a_later_day_replaces_the_earlier_days_mails(tmp_path: Path) -> None:
    """A demo run for a new day drops the earlier day's demo mails and stores the new ones."""
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'demo.db'}")
    first = run_cli(["--config", str(config), "demo", "--today", "2026-03-02"], tmp_path)
    assert first.returncode == 0, first.stderr
    stored = first.stdout.split(" new messages stored")[0].split()[-1]
    assert int(stored) > 0
    later = run_cli(["--config", str(config), "demo", "--today", "2026-03-03"], tmp_path)
    assert later.returncode == 0, later.stderr
    assert f"Replaced {stored} demo messages dated for an earlier day." in later.stdout
    assert f" {stored} new messages stored" in later.stdout


def test_demo_rejects_a_malformed_day(tmp_path: Path) -> None:
    """--today takes YYYY-MM-DD; anything else is a usage error, not a traceback."""
    result = run_cli(["demo", "--today", "28/11/2026"], tmp_path)
    assert result.returncode == 2
    assert "--today" in result.stderr and "Traceback" not in result.stderr


def test_demo_with_no_config_uses_sqlite_in_the_working_directory(tmp_path: Path) -> None:
    """With no config at all the demo creates ./unmignet.db and ./digest-preview/."""
    result = run_cli(["demo"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "unmignet.db").exists()
    assert list((tmp_path / "digest-preview").glob("*.txt"))


def test_bad_config_is_one_clear_line(tmp_path: Path) -> None:
    """A wrong config key gives one error line naming it and exit status 1, no traceback."""
    config = tmp_path / "bad.toml"
    config.write_text("[poll]\ninterval_minutes = -1\n", encoding="utf-8")
    result = run_cli(["--config", str(config), "init"], tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: poll.interval_minutes: must be positive"


def wait_until_created(path: Path, proc: subprocess.Popen[str], log: Path, timeout: float) -> None:
    """Wait for the daemon to create ``path``; fail at once, with its stderr, if it exits, and
    say what was awaited if ``timeout`` passes (never go on silently)."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            pytest.fail(
                f"unmignet run exited with {proc.returncode} before creating {path}:\n"
                f"{log.read_text(encoding='utf-8')[-2000:]}"
            )
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            pytest.fail(
                f"unmignet run did not create {path} within {timeout:.0f} s (its first poll "
                f"of the demo inbox); stderr:\n{log.read_text(encoding='utf-8')[-2000:]}"
            )
        time.sleep(0.2)


def test_the_wait_for_the_daemon_fails_fast_when_it_exits(tmp_path: Path) -> None:
    """A daemon that dies before its first poll fails the wait at once, showing its stderr,
    instead of a silent two-minute wait."""
    log = tmp_path / "stderr.log"
    with log.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; sys.exit('error: cannot open the database')"],
            stderr=err,
            text=True,
        )
        started = time.monotonic()
        with pytest.raises(pytest.fail.Exception, match="cannot open the database"):
            wait_until_created(tmp_path / "never", proc, log, timeout=120)
    assert time.monotonic() - started < 10


@pytest.mark.slow
def test_run_stops_cleanly_on_sigterm(tmp_path: Path, sqlite_url: str) -> None:
    """`unmignet run` polls at once, and SIGTERM makes it exit 0 within a few seconds."""
    config = write_config(tmp_path, sqlite_url)
    log = tmp_path / "stderr.log"
    with log.open("w", encoding="utf-8") as err:  # a file, not a pipe: -v output cannot block it
        proc = subprocess.Popen(
            [*UNMIGNET, "--config", str(config), "-v", "run"],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=err,
            text=True,
        )
        wait_until_created(tmp_path / "var" / "demo-inbox", proc, log, timeout=120)
        time.sleep(1.0)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail("unmignet run did not stop within 60 s after SIGTERM")
    stderr = log.read_text(encoding="utf-8")
    assert proc.returncode == 0, stderr
    assert "finishing the message in hand" in stderr
