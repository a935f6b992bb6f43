"""schema.org eventAttendanceMode: a mixed event is hybrid even when the text names only the
hall. The mail here is written for this file."""

from __future__ import annotations

import json

from parsers.extract import Extractor
from parsers.schemaorg import SchemaEvent, as_calendar_event


def test_attendance_modes_map_to_the_schema_modes() -> None:
    """Mixed -> hybrid, Online -> online, Offline -> in_person, none -> ''."""
    modes = {
        "MixedEventAttendanceMode": "hybrid",
        "OnlineEventAttendanceMode": "online",
        "OfflineEventAttendanceMode": "in_person",
        "": "",
    }
    for raw, expected in modes.items():
        event = SchemaEvent("Forum", "2026-11-18T10:00", "", "", "", raw, "")
        converted = as_calendar_event(event)
        assert converted is not None
        assert converted.attendance == expected


def test_mixed_attendance_mode_makes_the_event_hybrid(extractor: Extractor) -> None:
    """JSON-LD with MixedEventAttendanceMode and a body naming only the hotel: hybrid, the
    hotel stays the venue."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Forum on Diaspora Savings",
        "startDate": "2026-11-18T10:00",
        "endDate": "2026-11-18T13:00",
        "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
        "location": {"@type": "Place", "name": "Lagoon View Hotel"},
    }
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        "<body><p>Join us for the Forum on Diaspora Savings on 18 November 2026, 10:00-13:00, "
        "at the Lagoon View Hotel, Dakar.</p></body></html>"
    )
    raw = (
        "From: s@example.org\nTo: net@example.org\nSubject: Forum on Diaspora Savings\n"
        "Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <mixed-1@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html
    )
    result = extractor.extract(raw.encode())
    fields = {k: fv.value for k, fv in result.events[0].fields.items()}
    assert fields["mode"] == "hybrid"
    assert fields["venue"] == "Lagoon View Hotel"
