"""End-to-end extraction on short mails written for these tests: the general rules added for
unseen mail (places, host events, times, mode, titles, multi-event layouts)."""

from __future__ import annotations

from parsers.extract import Extractor
from parsers.types import ExtractedEvent


def _raw(subject: str, body: str, date: str = "Mon, 03 Nov 2025 09:00:00 +0000") -> bytes:
    head = (
        "From: Sam Doe <sam@example.org>\nTo: unmignet@example.int\n"
        f"Subject: {subject}\nDate: {date}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return (head + body).replace("\n", "\r\n").encode("utf-8")


def _one(extractor: Extractor, subject: str, body: str) -> ExtractedEvent:
    result = extractor.extract(_raw(subject, body))
    assert result.is_event_notification and len(result.events) == 1, result
    return result.events[0]


def test_host_event_dates_in_parentheses_are_not_the_side_event_dates(
    extractor: Extractor,
) -> None:
    """'On the margins of the X (City, 1-3 Dec)': the event's own later date is kept."""
    body = (
        "Dear partners,\n\nOn the margins of the Andean Mobility Conference (Quito, 1-3 December"
        " 2025), our network is hosting a briefing on visa pathways.\n\n"
        "Date: Tuesday 2 December 2025, 13:00-14:00\nVenue: Hotel Alameda, Room 4, Quito\n"
    )
    event = _one(extractor, "Briefing on visa pathways", body)
    assert event.value("start_date").isoformat() == "2025-12-02"
    assert event.value("event_type") == "side_event"


def test_city_word_inside_a_venue_name_loses_to_the_address_city(extractor: Extractor) -> None:
    """A city name inside a person's name in the venue ("Casa Simón Bolívar") is not the city
    when the line ends with the real one."""
    body = (
        "Hola a todos:\n\nLes invitamos al taller de música comunitaria.\n\n"
        "Jueves 4 de diciembre de 2025, de 10:00 a 13:00\n"
        "Casa Cultural Rosa Jiménez García Pardo, Medellín\n"
    )
    event = _one(extractor, "Taller de música comunitaria", body)
    assert (event.value("city"), event.value("country")) == ("Medellín", "CO")


def test_corrected_room_keeps_the_city_of_the_first_announcement(extractor: Extractor) -> None:
    """A reply correcting only the room keeps the city and country of the quoted original."""
    body = (
        "Dear all,\n\nCorrection: the seminar is in Room 12 of the Riverside Conference Centre,"
        " not Room 2. Date and time are unchanged.\n\n"
        "On Mon, 3 Nov 2025, Sam Doe wrote:\n"
        "> We invite you to a seminar on remittances.\n"
        "> Date: 20 November 2025, 10:00-12:00\n"
        "> Venue: Riverside Conference Centre, Room 2, Kampala\n"
    )
    event = _one(extractor, "Re: Seminar on remittances", body)
    assert (event.value("city"), event.value("country")) == ("Kampala", "UG")


def test_country_name_that_is_also_its_capital_on_the_venue_line(extractor: Extractor) -> None:
    """'Lugar: ..., Guatemala' on the venue line is Guatemala City."""
    body = (
        "Estimados colegas:\n\nLes invitamos al foro sobre retorno y reintegración.\n\n"
        "Fecha: 11 de diciembre de 2025, 9:00 a 12:00\n"
        "Lugar: Hotel Las Américas, Salón Tikal, Guatemala\n"
    )
    event = _one(extractor, "Foro sobre retorno", body)
    assert (event.value("city"), event.value("country")) == ("Guatemala City", "GT")


def test_vernissage_time_beats_the_exhibition_opening_hours(extractor: Extractor) -> None:
    """An exhibition opening at 18:30 keeps that time, not the daily 10:00-19:00 hours."""
    body = (
        "Dear friends,\n\nWe invite you to the vernissage of our photo exhibition"
        " 'Harbour Lives'.\n\nVernissage: Thursday 4 December 2025 at 18:30\n"
        "Opening hours: daily 10:00-19:00 until 20 December\n"
        "Venue: Old Customs House Gallery, Mombasa\n"
    )
    event = _one(extractor, "Vernissage: Harbour Lives", body)
    assert (event.value("start_time"), event.value("end_time")) == ("18:30", None)
    assert event.value("event_type") == "exhibition_cultural"


def test_calendar_stored_in_utc_is_shown_in_the_zone_the_mail_writes(
    extractor: Extractor,
) -> None:
    """A Google-style VEVENT in UTC (…Z) with "(East Africa Time - Nairobi)" in the text gives
    Nairobi wall-clock times and zone."""
    ics = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
        "UID:utc-test-1@example.org\nDTSTAMP:20251103T090000Z\n"
        "DTSTART:20251120T070000Z\nDTEND:20251120T083000Z\n"
        "SUMMARY:Webinar: Remittance Costs in East Africa\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    text = (
        "You have been invited to the following event.\n\n"
        "Webinar: Remittance Costs in East Africa\n"
        "Thursday 20 Nov 2025 10am - 11:30am (East Africa Time - Nairobi)\n\n"
        "Join with Google Meet https://meet.google.com/abc-defg-hij\n"
    )
    raw = (
        "From: Sam Doe <sam@example.org>\nTo: unmignet@example.int\n"
        "Subject: Invitation: Webinar: Remittance Costs in East Africa\n"
        "Date: Mon, 03 Nov 2025 09:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n'
        f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        f"--b1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n{ics}\n--b1--\n"
    ).replace("\n", "\r\n")
    event = extractor.extract(raw.encode()).events[0]
    assert (event.value("start_time"), event.value("end_time")) == ("10:00", "11:30")
    assert event.value("timezone") == "Africa/Nairobi"


def test_inauguration_time_beats_daily_hours_on_another_line(extractor: Extractor) -> None:
    """An inauguration 'à 18 h' keeps its time even when the daily hours come later in the mail."""
    body = (
        "Madame, Monsieur,\n\nNous vous convions à l'inauguration de l'exposition"
        " « Rives et passages »\n\nle jeudi 4 décembre 2025 à 18 h,\n"
        "à la Galerie du Fleuve, Niamey.\n\n"
        "L'exposition reste ouverte tous les jours, de 9 h à 17 h.\n"
    )
    event = _one(extractor, "Inauguration de l'exposition « Rives et passages »", body)
    assert (event.value("start_time"), event.value("end_time")) == ("18:00", None)
