"""Extraction throughput and memory on one core.

    python bench/bench_extract.py [FOLDER ...] [--repeat N] [--no-nlp]
    python bench/bench_extract.py ../shared/eval/dev --repeat 50   # the dev set as 2,000 messages

Reads every .eml/.ics under the folders (default: tests/fixtures/mail and, when present,
../shared/corpus/realworld), runs ``Extractor.extract_many`` over them ``--repeat`` times and
prints messages per second, the slowest messages and the peak RSS.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import time
from pathlib import Path

from parsers.extract import Extractor
from parsers.settings import ExtractSettings
from unmignet.errors import ParseError

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = [Path("tests/fixtures/mail"), SHARED / "corpus" / "realworld"]


def _files(folders: list[Path]) -> list[bytes]:
    paths = [
        p
        for f in folders
        if f.is_dir()
        for p in sorted(f.rglob("*"))
        if p.suffix in (".eml", ".ics")
    ]
    return [p.read_bytes() for p in paths]


def _time_one(extractor: Extractor, raw: bytes) -> float:
    start = time.perf_counter()
    with contextlib.suppress(ParseError):
        extractor.extract(raw)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-nlp", action="store_true")
    args = parser.parse_args()
    raws = _files(args.folders or DEFAULT)
    t0 = time.perf_counter()
    extractor = Extractor(ExtractSettings(use_nlp=not args.no_nlp))
    print(f"startup (pipeline build) {time.perf_counter() - t0:.2f} s")
    if raws:
        print(
            f"first message (lazy gazetteer/lexicon indexes) {_time_one(extractor, raws[0]):.2f} s"
        )
    times = sorted(_time_one(extractor, raw) for raw in raws for _ in range(args.repeat))
    total = sum(times)
    n = len(times)
    print(f"{n} messages in {total:.2f} s: {n / total:.1f} msg/s on one core")
    print(
        f"median {1000 * times[n // 2]:.1f} ms, p95 {1000 * times[int(n * 0.95)]:.1f} ms, "
        f"max {1000 * times[-1]:.0f} ms"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
