"""parsers.location.find_venue: a room the host owns ('in its Hall B') is the venue."""

from __future__ import annotations

from parsers.location import find_venue


def test_room_after_a_possessive_is_the_venue_with_its_building() -> None:
    """'hosted by the X Foundation in its Hall B, Y House' gives the room and building."""
    text = (
        "The round table, hosted by the Horizon Foundation in its Hall B, Horizon House,"
        " takes place on 4 December 2025 in Nairobi."
    )
    found = find_venue(text, city=None)
    assert found is not None and found[0] == "Hall B, Horizon House"


def test_institute_room_chain_is_kept_whole() -> None:
    """'at the Institute for X, Room 204, Main Building' keeps the whole room chain."""
    text = "The seminar is at the Institute for Migration Studies, Room 204, Main Building, Accra."
    found = find_venue(text, city=None)
    assert found is not None and "Room 204" in found[0]
