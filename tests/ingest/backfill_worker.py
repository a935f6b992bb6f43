"""A backfill in its own process, for the SIGKILL test and the benchmark.

Usage: python backfill_worker.py DB_URL HOST PORT USER CA_FILE BATCH
(the password comes from UNMIGNET_TEST_IMAP_PASSWORD, as an operator's would).
"""

from __future__ import annotations

import sys

from ingest.imap import ImapMailbox
from ingest.poll import poll_folder
from models.base import make_engine, make_sessionmaker
from unmignet.config import AccountConfig


def main(argv: list[str]) -> None:
    db_url, host, port, user, ca_file, batch = argv
    account = AccountConfig(
        name="backfill",
        host=host,
        port=int(port),
        username=user,
        password_env="UNMIGNET_TEST_IMAP_PASSWORD",
        ca_file=ca_file,
    )
    engine = make_engine(db_url)
    mailbox = ImapMailbox(account)
    try:
        report = poll_folder(make_sessionmaker(engine), mailbox, "INBOX", batch_size=int(batch))
    finally:
        mailbox.close()
    print(report.stored, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
