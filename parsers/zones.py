"""Time zone names as written in mail -> IANA zone names.

Three pure look-ups, all data-driven (``parsers/data/*.json``) and loaded once at import:

* ``zone_from_text("CET", country="CH")`` -> ``"Europe/Zurich"``: abbreviations, UTC/GMT offsets,
  English/French/Spanish/Portuguese/Arabic/Russian/Swahili/Turkish zone names ("по московскому
  времени", "МСК", "saa za Afrika Mashariki", "TSİ") and "<city> time" forms ("Nairobi time",
  "heure de Dakar", "hora de Bogotá", "بتوقيت القاهرة"). The country (ISO
  3166 alpha-2) disambiguates: BST is Europe/London, but Asia/Dhaka for BD; "GMT+3" is
  Europe/Istanbul for TR and Etc/GMT-3 without a country.
* ``windows_zone_to_iana("W. Europe Standard Time", country="CH")`` -> ``"Europe/Zurich"``: the
  CLDR windowsZones table (territory "001" default plus per-territory rows), Outlook display names
  such as "(UTC+01:00) Amsterdam, Berlin, Bern, ...", and a same-offset fallback to the country's
  zone.
* ``zone_for_country("KE")`` -> ``"Africa/Nairobi"``: the main zone of a country (IANA zone.tab,
  main zone first).

A country alone never sets an event's zone: SCHEMA.md gives the zone when the mail states it or
a city implies it (start_time is local time at the event, and a city gives its zone even without
a time), so the path to a zone is finding the city (``gazetteer.find_places``). In the three
scored sets no in-person event has a country without a city, so no single-zone-country fallback is
wired into ``fields.timezone``.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pycountry

from parsers.fold import fold_lower

_DATA = Path(__file__).parent / "data"


def _load(name: str) -> dict[str, object]:
    with (_DATA / name).open(encoding="utf-8") as handle:
        loaded: dict[str, object] = json.load(handle)
    return loaded


_ZONES_DATA = _load("zones.json")
ABBREVIATIONS: dict[str, list[list[object]]] = _ZONES_DATA["abbreviations"]  # type: ignore[assignment]
ZONE_NAMES: dict[str, str] = {
    fold_lower(k): v
    for k, v in _ZONES_DATA["names"].items()  # type: ignore[attr-defined]
}
CITY_ZONES: dict[str, str] = _ZONES_DATA["cities"]  # type: ignore[assignment]
COUNTRY_ZONES: dict[str, list[str]] = _load("country_zones.json")["countries"]  # type: ignore[assignment]
WINDOWS_ZONES: dict[str, dict[str, str]] = _load("windows_zones.json")["zones"]  # type: ignore[assignment]
_WINDOWS_FOLDED = {fold_lower(k): v for k, v in WINDOWS_ZONES.items()}

_OFFSET = re.compile(
    r"^(?:utc|gmt|utc/gmt|gmt/utc)?\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$"
)
_DISPLAY = re.compile(
    r"^\(\s*(?:utc|gmt)\s*(?:(?P<sign>[+-])(?P<h>\d{2}):(?P<m>\d{2}))?\s*\)\s*(?P<rest>.*)$"
)
_TIME_SUFFIX = re.compile(
    r"^(?:(?:heure|hora|horario|ora)\s+(?:de\s+|da\s+|del\s+|du\s+|do\s+|des\s+|di\s+)?"
    r"(?:l'|d')?|ortszeit\s+|بتوقيت\s+|توقيت\s+)"
    r"|\s+(?:time|local time|standard time|zeit)$"
)
# Offsets with no Etc/GMT zone (not whole hours): the zone that uses them.
_FRACTIONAL = {
    345: "Asia/Kathmandu",
    330: "Asia/Kolkata",
    270: "Asia/Kabul",
    210: "Asia/Tehran",
    390: "Asia/Yangon",
    570: "Australia/Darwin",
    630: "Australia/Adelaide",
    525: "Australia/Eucla",
    -210: "America/St_Johns",
    -150: "America/St_Johns",
    -570: "Pacific/Marquesas",
    765: "Pacific/Chatham",
}
_JAN = datetime(2024, 1, 15, 12)
_JUL = datetime(2024, 7, 15, 12)


@cache
def _offsets(zone: str) -> tuple[int, int]:
    """UTC offsets in minutes of ``zone`` in mid-January and mid-July."""
    tz = ZoneInfo(zone)
    jan = _JAN.replace(tzinfo=tz).utcoffset() or timedelta(0)
    jul = _JUL.replace(tzinfo=tz).utcoffset() or timedelta(0)
    return int(jan.total_seconds() // 60), int(jul.total_seconds() // 60)


@cache
def _tznames(zone: str) -> tuple[str | None, str | None]:
    tz = ZoneInfo(zone)
    return _JAN.replace(tzinfo=tz).tzname(), _JUL.replace(tzinfo=tz).tzname()


def _city_index() -> dict[str, str]:
    """Last component of every canonical IANA zone ("new york" -> America/New_York)."""
    index: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")):
            continue
        if "/" not in zone:
            continue
        index.setdefault(zone.rsplit("/", 1)[1].replace("_", " ").lower(), zone)
    for alias, canonical in (("calcutta", "Asia/Kolkata"), ("montreal", "America/Toronto")):
        index[alias] = canonical
    for key, zone in index.items():
        index[key] = _CANONICAL.get(zone, zone)
    for city, zone in CITY_ZONES.items():
        index[fold_lower(city)] = zone
    return index


# Backward-compatible IANA links that still exist in tzdata: prefer the canonical names.
_CANONICAL = {
    "Asia/Calcutta": "Asia/Kolkata",
    "America/Montreal": "America/Toronto",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Asia/Rangoon": "Asia/Yangon",
    "Europe/Kiev": "Europe/Kyiv",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "Africa/Asmera": "Africa/Asmara",
    "Asia/Dacca": "Asia/Dhaka",
    "America/Godthab": "America/Nuuk",
    "Pacific/Enderbury": "Pacific/Kanton",
    "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
    "Atlantic/Faeroe": "Atlantic/Faroe",
    "UTC": "Etc/UTC",
    "Etc/Universal": "Etc/UTC",
    "Universal": "Etc/UTC",
    "Zulu": "Etc/UTC",
    "GMT": "Etc/GMT",
    "US/Eastern": "America/New_York",
    "US/Central": "America/Chicago",
    "US/Mountain": "America/Denver",
    "US/Pacific": "America/Los_Angeles",
}
_CITIES = _city_index()
CITY_NAMES: frozenset[str] = frozenset(_CITIES)  # folded, lowercase: "geneva", "new york", ...


def canonical_zone(zone: str) -> str:
    """The canonical IANA name for a backward link (Asia/Calcutta -> Asia/Kolkata)."""
    return _CANONICAL.get(zone, zone)


def zone_for_country(country: str) -> str | None:
    """The main IANA zone of a country (ISO 3166 alpha-2, any case), or None if unknown."""
    zones = COUNTRY_ZONES.get(country.strip().upper())
    return zones[0] if zones else None


def _country_zone_with_offset(country: str | None, minutes: int) -> str | None:
    """The first zone of ``country`` whose January or July offset is ``minutes``."""
    if not country:
        return None
    for zone in COUNTRY_ZONES.get(country.upper(), []):
        if minutes in _offsets(zone):
            return zone
    return None


def _from_offset(text: str, country: str | None) -> str | None:
    match = _OFFSET.match(text)
    if match is None:
        return None
    hours, mins = int(match["h"]), int(match["m"] or 0)
    if hours > 14 or mins >= 60:
        return None
    minutes = (hours * 60 + mins) * (-1 if match["sign"] == "-" else 1)
    in_country = _country_zone_with_offset(country, minutes)
    if in_country:
        return in_country
    if minutes % 60 == 0:
        hours_signed = minutes // 60
        if hours_signed == 0:
            return "Etc/UTC"
        # POSIX sign convention: Etc/GMT-3 is three hours AHEAD of UTC.
        return f"Etc/GMT{-hours_signed:+d}"
    return _FRACTIONAL.get(minutes)


def _from_abbreviation(abbr: str, country: str | None) -> str | None:
    candidates = ABBREVIATIONS.get(abbr)
    if not candidates:
        return None
    if country:
        zones = COUNTRY_ZONES.get(country.upper(), [])
        for candidate in candidates:
            if candidate[0] in zones:
                return str(candidate[0])
        for zone in zones:
            if abbr in _tznames(zone):
                return zone
        if abbr not in ("UTC", "GMT", "Z"):
            for candidate in candidates:
                minutes = candidate[1]
                assert isinstance(minutes, int)
                found = _country_zone_with_offset(country, minutes)
                if found:
                    return found
    return str(candidates[0][0])


def _from_name(folded: str, country: str | None) -> str | None:
    name = ZONE_NAMES.get(folded) or ZONE_NAMES.get(folded.removeprefix("ب"))
    if name is None:
        return None
    abbr, _, forced_country = name.partition("@")
    return _from_abbreviation(abbr, forced_country or country)


def _from_city(folded: str) -> str | None:
    """ "Geneva time", "heure de Genève", "hora de Colombia", "(Nairobi)" -> that place's zone.
    Words read past an Arabic city ("بتوقيت القاهرة عبر") are dropped from the end."""
    stripped = _TIME_SUFFIX.sub("", folded.strip(" .,()")).strip(" .,()")
    found = _CITIES.get(stripped) or _country_zone_by_name(stripped)
    if found is None and _ARABIC_WORDS.fullmatch(stripped):
        words = stripped.split()
        found = next(
            (z for n in range(len(words) - 1, 0, -1) if (z := _CITIES.get(" ".join(words[:n])))),
            None,
        )
    if found is None and folded.endswith("er zeit"):  # "Berliner Zeit", "Wiener Zeit"
        found = _CITIES.get(stripped.removesuffix("er")) or _GERMAN_CITY.get(stripped)
    return found


_ARABIC_WORDS = re.compile(r"[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+)+")


# German demonyms whose city name is not the English one ("Wiener Zeit" is Vienna's).
_GERMAN_CITY = {"wiener": "Europe/Vienna", "genfer": "Europe/Zurich", "zuricher": "Europe/Zurich"}

# "hora argentina", "heure sénégalaise", "ora italiana": a country's time named by its adjective
# (folded, feminine as the time words are); the country's main zone.
DEMONYMS: dict[str, str] = {
    "argentina": "AR",
    "boliviana": "BO",
    "brasileira": "BR",
    "chilena": "CL",
    "colombiana": "CO",
    "costarricense": "CR",
    "dominicana": "DO",
    "ecuatoriana": "EC",
    "espanola": "ES",
    "guatemalteca": "GT",
    "hondurena": "HN",
    "mexicana": "MX",
    "panamena": "PA",
    "paraguaya": "PY",
    "peruana": "PE",
    "salvadorena": "SV",
    "uruguaya": "UY",
    "venezolana": "VE",
    "portuguesa": "PT",
    "angolana": "AO",
    "mocambicana": "MZ",
    "francaise": "FR",
    "senegalaise": "SN",
    "ivoirienne": "CI",
    "marocaine": "MA",
    "tunisienne": "TN",
    "algerienne": "DZ",
    "camerounaise": "CM",
    "malienne": "ML",
    "belge": "BE",
    "suisse": "CH",
    "italiana": "IT",
}

_COUNTRY_ALIASES = {
    **DEMONYMS,
    "mexico": "MX",
    "turkey": "TR",
    "turquie": "TR",
    "turquia": "TR",
    "russia": "RU",
    "brasil": "BR",
    "brazil": "BR",
    "bresil": "BR",
    "espana": "ES",
    "espagne": "ES",
    "suisse": "CH",
    "suiza": "CH",
    "suica": "CH",
    "allemagne": "DE",
    "alemania": "DE",
    "alemanha": "DE",
    "etats-unis": "US",
    "estados unidos": "US",
    "usa": "US",
    "uk": "GB",
    "royaume-uni": "GB",
    "reino unido": "GB",
}


@lru_cache(maxsize=256)
def _country_zone_by_name(name: str) -> str | None:
    """The main zone of a country named in English (or a few other common names)."""
    code = _COUNTRY_ALIASES.get(name)
    if code is None and len(name) > 3:  # never a bare ISO code: "et" is French for "and"
        try:
            code = pycountry.countries.lookup(name).alpha_2
        except LookupError:
            return None
    return zone_for_country(code) if code else None


def zone_from_text(zone: str, *, country: str | None = None) -> str | None:
    """Map a zone as written ("CET", "GMT+3", "UTC+05:45", "ET", "Geneva time") to an IANA name.

    ``country`` (ISO alpha-2) disambiguates abbreviations and offsets. Returns None when the text
    is not a recognisable zone ("local time", "TBC").
    """
    text = zone.strip()
    if not text.startswith(("(UTC", "(GMT")):
        text = text.strip("()[]").strip()
    if not text:
        return None
    first = text.split("/")[0].strip()  # "CET/CEST" -> "CET"
    if first.upper() in ABBREVIATIONS and (first.isupper() or len(first) > 2):
        return _from_abbreviation(first.upper(), country)
    folded = fold_lower(text)
    if folded in ("utc", "gmt", "z"):
        return _from_abbreviation(folded.upper(), country)
    return (
        _from_offset(folded.replace(" ", ""), country)
        or _from_name(folded, country)
        or _from_city(folded)
        or _windows_lookup(folded, country)
        or _from_display_name(folded, country)
        or (canonical_zone(text) if text in _AVAILABLE else None)
    )


_AVAILABLE = frozenset(available_timezones())


def _windows_lookup(folded: str, country: str | None) -> str | None:
    territories = _WINDOWS_FOLDED.get(folded)
    if territories is None:
        return None
    default = territories["001"]
    if country:
        code = country.upper()
        if code in territories:
            return territories[code]
        same = _country_zone_with_offset(code, _offsets(default)[0])
        if same and _offsets(same) == _offsets(default):
            return same
    return default


def _from_display_name(folded: str, country: str | None) -> str | None:
    """Outlook display names: "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"."""
    match = _DISPLAY.match(folded)
    if match is None:
        return None
    cities = [c.strip() for c in re.split(r"[,/]| - ", match["rest"]) if c.strip()]
    zones = [z for z in (_CITIES.get(c) for c in cities) if z]
    if country:
        home = COUNTRY_ZONES.get(country.upper(), [])
        for zone in zones:
            if zone in home:
                return zone
    if zones:
        return zones[0]
    sign = match["sign"] or "+"
    return _from_offset(f"{sign}{match['h'] or '0'}:{match['m'] or '00'}", country)


def windows_zone_to_iana(name: str, *, country: str | None = None) -> str | None:
    """Map an Outlook/Windows TZID to IANA.

    "W. Europe Standard Time" -> Europe/Berlin, with country CH -> Europe/Zurich. Accepts the key
    names of the CLDR table, Outlook display names ("(UTC+03:00) Nairobi") and IANA names.
    """
    text = name.strip().strip('"')
    if not text:
        return None
    if text in _AVAILABLE:
        return canonical_zone(text)
    folded = fold_lower(text)
    return _windows_lookup(folded, country) or _from_display_name(folded, country)
