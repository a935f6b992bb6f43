"""Claim a batch and hang, as a worker does in the middle of extracting it (the test kills it).

Usage: python claim_worker.py DB_URL LIMIT (prints the claimed ids on one line, then sleeps).
"""

from __future__ import annotations

import sys
import time

from models.base import make_engine, make_sessionmaker
from unmignet.processing import claim_batch, worker_name


def main(db_url: str, limit: str) -> None:
    sessions = make_sessionmaker(make_engine(db_url))
    ids = claim_batch(sessions, worker=worker_name(), limit=int(limit))
    print(" ".join(map(str, ids)), flush=True)
    time.sleep(120)


if __name__ == "__main__":
    main(*sys.argv[1:])
