"""Write the CLDR month and weekday names into the language packs (``calendar`` section).

Usage: ``.venv/bin/python scripts/cldr_calendar.py`` from the repository root. For each pack in
parsers/lang/ it reads ``calendar.cldr`` (the Babel locale, the name widths to take for months
and weekdays, and CLDR forms left out on purpose) and rewrites ``calendar.months_cldr`` and
``calendar.weekdays_cldr`` from Babel (pinned in constraints.txt); ``months_extra`` and
``weekdays_extra`` are typed by the project (forms CLDR lacks, such as "sept" or Maghreb month
names) and are kept as they are. Names are lowercased and folded like the text they match
(parsers.fold), a trailing abbreviation dot dropped. Each locale is read in its own process:
Babel 2.18's locale cache resolves a locale's stand-alone names to another locale's once that
other locale was read (seen with "sw" then "tr").
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANG = ROOT / "parsers" / "lang"


def names(locale: str, what: str, widths: list[str]) -> dict[str, int]:
    """``what`` ("months" or "weekdays") names of ``locale``, folded: name -> month 1-12 or
    weekday 0-6 (Monday 0), format and stand-alone contexts."""
    from babel import Locale

    sys.path.insert(0, str(ROOT))
    from parsers.fold import fold

    loc = Locale.parse(locale)
    table = loc.months if what == "months" else loc.days
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in widths:
            for number, name in table[context][width].items():
                out[fold(name.lower()).rstrip(".")] = int(number)
    return out


def one(locale: str, spec: str) -> None:
    """Print the two CLDR tables of one locale as JSON (run in a child process)."""
    cldr = json.loads(spec)
    found = {}
    for what in ("months", "weekdays"):
        table = names(locale, what, cldr[what])
        found[what] = {
            k: v
            for k, v in sorted(table.items(), key=lambda kv: (kv[1], kv[0]))
            if k not in cldr["excluded"]
        }
    print(json.dumps(found, ensure_ascii=False))


def main() -> None:
    """Rewrite the CLDR parts of every pack's calendar section."""
    for path in sorted(LANG.glob("*.json")):
        pack = json.loads(path.read_text("utf-8"))
        calendar = pack["calendar"]
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                calendar["cldr"]["locale"],
                json.dumps(calendar["cldr"]),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        found = json.loads(out)
        calendar["months_cldr"] = found["months"]
        calendar["weekdays_cldr"] = found["weekdays"]
        path.write_text(json.dumps(pack, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(
            f"{path.name}: {len(found['months'])} month and {len(found['weekdays'])} weekday names"
        )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        one(sys.argv[2], sys.argv[3])
    else:
        main()
