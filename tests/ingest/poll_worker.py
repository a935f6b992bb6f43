"""``jobs.poll_once`` in its own process, for the two-poller test.

Usage: python poll_worker.py DB_URL PORT USER CA_FILE BATCH START_AT
(waits until the epoch time START_AT so that two workers poll at the same moment; prints
``stored skipped`` for the folder; the password comes from UNMIGNET_TEST_IMAP_PASSWORD).
"""

from __future__ import annotations

import sys
import time

from unmignet import jobs
from unmignet.app import App
from unmignet.config import AccountConfig, Config, DatabaseConfig, ExtractConfig, PollConfig


def main(argv: list[str]) -> None:
    db_url, port, user, ca_file, batch, start_at = argv
    account = AccountConfig(
        name="shared",
        host="127.0.0.1",
        port=int(port),
        username=user,
        password_env="UNMIGNET_TEST_IMAP_PASSWORD",
        ca_file=ca_file,
    )
    app = App(
        Config(
            database=DatabaseConfig(url=db_url),
            accounts=(account,),
            poll=PollConfig(batch_size=int(batch)),
            extract=ExtractConfig(use_ner=False),
        )
    )
    time.sleep(max(0.0, float(start_at) - time.time()))
    summary = jobs.poll_once(app, should_stop=lambda: True)  # storing only: no extraction
    [report] = summary.polls
    assert summary.errors == [], summary.errors
    print(report.stored, int(report.skipped), flush=True)
    app.engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
