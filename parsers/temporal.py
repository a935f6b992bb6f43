"""The date, time and zone grammar in one import (for ``parsers.extract``).

``find_dates`` (``parsers.dates``), ``find_times`` (``parsers.times``) and the zone look-ups
``zone_from_text``, ``windows_zone_to_iana``, ``zone_for_country`` (``parsers.zones``) are pure
functions with regexes and data compiled once at import.
"""

from __future__ import annotations

from parsers.dates import DateMention, find_dates
from parsers.times import TimeMention, find_times
from parsers.zones import windows_zone_to_iana, zone_for_country, zone_from_text

__all__ = [
    "DateMention",
    "TimeMention",
    "find_dates",
    "find_times",
    "windows_zone_to_iana",
    "zone_for_country",
    "zone_from_text",
]
