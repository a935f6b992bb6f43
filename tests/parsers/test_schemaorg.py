"""parsers.schemaorg: schema.org Event JSON-LD in HTML mail becomes a calendar-shaped event."""

from __future__ import annotations

from datetime import date, time

from parsers.schemaorg import as_calendar_event, find_schema_events

HTML = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Event", "name": "Open house for newcomers",
 "startDate": "2024-04-09T18:00", "endDate": "2024-04-09T20:30",
 "location": {"@type": "Place", "name": "Library Hall, Tampere"},
 "eventStatus": "https://schema.org/EventScheduled", "url": "https://example.org/open-house"}
</script></head><body><p>Welcome!</p></body></html>"""


def test_jsonld_event_is_found_and_converted() -> None:
    """A JSON-LD Event gives name, location and wall-clock times in calendar shape."""
    (found,) = find_schema_events(HTML)
    assert found.name == "Open house for newcomers"
    assert found.location == "Library Hall, Tampere"
    event = as_calendar_event(found)
    assert event is not None
    assert (event.start_date, event.start_time, event.end_time) == (
        date(2024, 4, 9),
        time(18, 0),
        time(20, 30),
    )
    assert event.url == "https://example.org/open-house" and event.method == "PUBLISH"


def test_broken_or_foreign_jsonld_is_skipped() -> None:
    """Malformed JSON and non-event types yield nothing; nothing raises."""
    bad = '<script type="application/ld+json">{not json</script>'
    other = '<script type="application/ld+json">{"@type": "Organization", "name": "X"}</script>'
    assert find_schema_events(bad) == ()
    assert find_schema_events(other) == ()


def test_cancelled_status_maps_to_cancel() -> None:
    """eventStatus EventCancelled becomes a cancellation."""
    (found,) = find_schema_events(HTML.replace("EventScheduled", "EventCancelled"))
    event = as_calendar_event(found)
    assert event is not None and event.method == "CANCEL"
