"""German and Italian corrections mark the old value as wrong; 'reserve' lines register."""

from __future__ import annotations

from parsers.links import registration_url
from parsers.when import corrected_away


def _wrong(text: str, value: str) -> bool:
    start = text.find(value)
    return corrected_away(text, (start, start + len(value)))


def test_german_and_italian_corrections() -> None:
    """'nicht um 9:00', 'anziché alle 14:00' and 'per errore' mark values as corrected away."""
    de = "Korrektur: das Treffen beginnt um 10:30 Uhr, nicht um 9:30 Uhr."
    assert _wrong(de, "9:30") and not _wrong(de, "10:30")
    it = "Correzione: l'incontro inizia alle 16:00 anziché alle 15:00."
    assert _wrong(it, "15:00") and not _wrong(it, "16:00")


def test_reserve_line_gives_the_registration_link() -> None:
    """A link on a 'Reserve your seat' line is the registration URL."""
    found = registration_url("Reserve your seat: https://tickets.example.net/evening", 0)
    assert found.value == "https://tickets.example.net/evening"
