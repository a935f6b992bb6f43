"""Partner memory in the pure extractor (issue 10 item 4): remembered values are candidates.

The sender's earlier approved organiser fills an organiser the mail does not give; it never
replaces one the mail gives, and remembered venue and city are only offered as alternatives (an
online event gets no place at all). The mail is written for this test.
"""

from __future__ import annotations

from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.memory import MEMORY_CONFIDENCE, PartnerMemory

_BODY = (
    "Dear colleagues,\n\nWe are pleased to invite you to our round table on remittances on "
    "9 December 2026, 10:00-12:30, at the Imperial Royale Hotel in Kampala, Uganda.\n\n"
    "Best wishes,\nBrian\n"
)
_MEMORY = PartnerMemory("Lakeside Migrant Workers Forum", "Garden Court Hall", "Entebbe")


def test_memory_fills_a_missing_organiser_and_offers_place_alternatives(
    extractor: Extractor,
) -> None:
    """No organiser in the mail: the remembered one is chosen, with source partner memory;
    the mail's own venue and city stay chosen, the remembered ones come as alternatives."""
    raw = plain_mail("Round table on remittances", _BODY)
    assert extractor.extract(raw).events[0].value("organizer") is None
    event = extractor.extract(raw, _MEMORY).events[0]
    assert event.fields["organizer"].value == _MEMORY.organizer
    assert event.fields["organizer"].confidence == MEMORY_CONFIDENCE
    assert event.candidates["organizer"][-1].source == "partner memory"
    assert (event.value("venue"), event.value("city")) == ("Imperial Royale Hotel", "Kampala")
    assert _MEMORY.venue in [fv.value for fv in event.alternatives["venue"]]


def test_memory_never_replaces_an_organiser_the_mail_names(extractor: Extractor) -> None:
    """A mail that names its organiser keeps it; an online event gets no remembered place."""
    body = (
        "Dear colleagues,\n\nThe Harbour Youth Network invites you to an online webinar on "
        "remittances on 9 December 2026, 10:00-11:30 EAT, on Zoom: https://zoom.us/j/555\n\n"
        "Best wishes,\nBrian\n"
    )
    event = extractor.extract(plain_mail("Webinar on remittances", body), _MEMORY).events[0]
    assert event.value("organizer") == "Harbour Youth Network"
    assert event.value("mode") == "online"
    assert event.value("city") is None
    assert all(fv.value != _MEMORY.city for fv in event.alternatives.get("city", ()))
