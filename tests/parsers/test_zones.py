"""Zone look-ups (parsers.zones) and the data files behind them."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import available_timezones

import pytest

from parsers.zones import (
    ABBREVIATIONS,
    COUNTRY_ZONES,
    WINDOWS_ZONES,
    windows_zone_to_iana,
    zone_for_country,
    zone_from_text,
)

DATA = Path(__file__).resolve().parents[2] / "parsers" / "data"
AVAILABLE = available_timezones()


@pytest.mark.parametrize(
    ("zone", "country", "expected"),
    [
        ("CET", None, "Europe/Paris"),
        ("CET", "CH", "Europe/Zurich"),
        ("CEST", "BE", "Europe/Brussels"),
        ("CET/CEST", "DE", "Europe/Berlin"),
        ("EAT", None, "Africa/Nairobi"),
        ("EAT", "UG", "Africa/Kampala"),
        ("EAT", "ET", "Africa/Addis_Ababa"),
        ("BST", None, "Europe/London"),
        ("BST", "GB", "Europe/London"),
        ("BST", "BD", "Asia/Dhaka"),
        ("IST", None, "Asia/Kolkata"),
        ("IST", "IE", "Europe/Dublin"),
        ("CST", "CN", "Asia/Shanghai"),
        ("NPT", None, "Asia/Kathmandu"),
        ("ICT", None, "Asia/Bangkok"),
        ("ICT", "VN", "Asia/Ho_Chi_Minh"),
        ("ET", None, "America/New_York"),
        ("EST", None, "America/New_York"),
        ("EDT", None, "America/New_York"),
        ("EDT", "CA", "America/Toronto"),
        ("GMT+3", "TR", "Europe/Istanbul"),
        ("GMT+3", None, "Etc/GMT-3"),
        ("UTC-5", None, "Etc/GMT+5"),
        ("UTC+05:45", None, "Asia/Kathmandu"),
        ("UTC+5:30", None, "Asia/Kolkata"),
        ("UTC", None, "Etc/UTC"),
        ("UTC", "GB", "Etc/UTC"),
        ("GMT", "SN", "Africa/Dakar"),
        ("Geneva time", None, "Europe/Zurich"),
        ("heure de Genève", None, "Europe/Zurich"),
        ("New York time", None, "America/New_York"),
        ("Nairobi time", None, "Africa/Nairobi"),
        ("Eastern Time", None, "America/New_York"),
        ("Central European Time", "AT", "Europe/Vienna"),
        ("بتوقيت جرينتش", None, "Etc/GMT"),
        ("(CET)", "CH", "Europe/Zurich"),
        ("Asia/Calcutta", None, "Asia/Kolkata"),
        ("W. Europe Standard Time", "CH", "Europe/Zurich"),
    ],
)
def test_zone_from_text(zone: str, country: str | None, expected: str) -> None:
    """Abbreviations, offsets and names map to IANA zones, the country disambiguating."""
    assert zone_from_text(zone, country=country) == expected


@pytest.mark.parametrize("zone", ["local time", "TBC", "", "et", "Full time"])
def test_zone_from_text_unknown(zone: str) -> None:
    """Text that is no zone gives None (lowercase French "et" is not Eastern Time)."""
    assert zone_from_text(zone) is None


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("W. Europe Standard Time", None, "Europe/Berlin"),
        ("W. Europe Standard Time", "CH", "Europe/Zurich"),
        ("W. Europe Standard Time", "BE", "Europe/Brussels"),
        ("Romance Standard Time", None, "Europe/Paris"),
        ("Romance Standard Time", "BE", "Europe/Brussels"),
        ("E. Africa Standard Time", "UG", "Africa/Kampala"),
        ("Eastern Standard Time", None, "America/New_York"),
        ("Eastern Standard Time", "CA", "America/Toronto"),
        ("India Standard Time", None, "Asia/Kolkata"),
        ("Nepal Standard Time", None, "Asia/Kathmandu"),
        ("Arabic Standard Time", None, "Asia/Baghdad"),
        ("Arab Standard Time", "QA", "Asia/Qatar"),
        ("GMT Standard Time", "IE", "Europe/Dublin"),
        ("UTC", None, "Etc/UTC"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", None, "Europe/Amsterdam"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "CH", "Europe/Zurich"),
        ("(UTC+03:00) Nairobi", None, "Africa/Nairobi"),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", None, "Asia/Kolkata"),
        ('"Europe/Paris"', None, "Europe/Paris"),
    ],
)
def test_windows_zone_to_iana(name: str, country: str | None, expected: str) -> None:
    """Outlook TZIDs (CLDR names and display names) map to IANA, per territory."""
    assert windows_zone_to_iana(name, country=country) == expected


def test_windows_zone_unknown() -> None:
    """An unknown Windows name gives None."""
    assert windows_zone_to_iana("Mars Standard Time") is None


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("KE", "Africa/Nairobi"),
        ("ch", "Europe/Zurich"),
        ("US", "America/New_York"),
        ("CA", "America/Toronto"),
        ("BR", "America/Sao_Paulo"),
        ("AU", "Australia/Sydney"),
        ("IN", "Asia/Kolkata"),
        ("NP", "Asia/Kathmandu"),
        ("RU", "Europe/Moscow"),
        ("MX", "America/Mexico_City"),
        ("XX", None),
    ],
)
def test_zone_for_country(country: str, expected: str | None) -> None:
    """Each country has one main zone (capital or most populous), unknown codes None."""
    assert zone_for_country(country) == expected


def test_every_zone_in_the_data_exists() -> None:
    """All IANA names in the data files exist in this tzdata."""
    names = {z for zones in COUNTRY_ZONES.values() for z in zones}
    names |= {z for row in WINDOWS_ZONES.values() for z in row.values()}
    names |= {str(c[0]) for cands in ABBREVIATIONS.values() for c in cands}
    assert names - AVAILABLE == set()


def test_windows_table_has_a_default_for_every_name() -> None:
    """Every Windows zone name has the "001" default territory."""
    assert all("001" in row for row in WINDOWS_ZONES.values())
    assert len(WINDOWS_ZONES) > 130


def test_data_files_are_valid_json_with_a_source() -> None:
    """Each data file says where its content comes from."""
    for name in ("zones.json", "windows_zones.json", "country_zones.json", "temporal.json"):
        with (DATA / name).open(encoding="utf-8") as handle:
            assert json.load(handle)["_source"]


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("hora de Colombia", "America/Bogota"),
        ("hora de México", "America/Mexico_City"),
        ("heure du Sénégal", "Africa/Dakar"),
        ("(Nairobi)", "Africa/Nairobi"),
        ("Kenya time", "Africa/Nairobi"),
        ("horário de Brasília", "America/Sao_Paulo"),
    ],
)
def test_zone_from_city_or_country_name(zone: str, expected: str) -> None:
    """A city or a country named as the zone gives that place's (main) zone."""
    assert zone_from_text(zone) == expected


def test_zone_from_outlook_display_name() -> None:
    """zone_from_text understands Outlook display names too."""
    assert zone_from_text("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris") == "Europe/Brussels"
    assert zone_from_text("hora de Ciudad de México") == "America/Mexico_City"
