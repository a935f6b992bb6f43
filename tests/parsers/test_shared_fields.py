"""What a mail of several events says once for all of them: the mode and the registration link
outside every event's own text reach each event that lacks them; an event's own reading wins."""

from __future__ import annotations

from datetime import date

from mailkit import DATE_2026, events, plain_mail

from parsers.extract import Extractor

_SERIES = """Dear partners,

The Regional Network is pleased to share its new learning series on fair recruitment.

1. Ethical Recruitment in Practice
Tuesday 10 November 2026, 10:00-11:30 (GMT+3)

2. Grievance Mechanisms for Migrant Workers
Tuesday 17 November 2026, 10:00-11:30 (GMT+3)

Both sessions are held online only via Zoom. One registration covers the whole series:
https://forms.example.org/fair-recruitment-series

With best regards,
Regional Network Secretariat
"""


def test_a_series_shares_its_closing_mode_and_registration_link(extractor: Extractor) -> None:
    """Two numbered sessions followed by one paragraph for both (online only, one registration
    form): each session is online and has the form as its registration link."""
    found = events(extractor, plain_mail("Learning series", _SERIES, date=DATE_2026))
    got = [(e.value("start_date"), e.value("mode"), e.value("registration_url")) for e in found]
    url = "https://forms.example.org/fair-recruitment-series"
    assert got == [
        (date(2026, 11, 10), "online", url),
        (date(2026, 11, 17), "online", url),
    ]


_MIXED = """Dear colleagues,

Two activities of the Migrant Rights Platform next week:

1. Round table on labour inspection
Monday 9 November 2026, 09:00-12:00
Hotel Serena, Kampala
Register: https://forms.example.org/round-table

2. Webinar on remittance costs
Thursday 12 November 2026, 14:00-15:00 EAT
Online, join on Zoom: https://zoom.us/j/123456789

Kind regards,
Platform team
"""


def test_an_event_keeps_its_own_place_and_link(extractor: Extractor) -> None:
    """An in-person round table naming its hotel and its own form stays in person with its own
    link beside an online webinar with its own join link."""
    found = events(extractor, plain_mail("Two activities", _MIXED, date=DATE_2026))
    got = [(e.value("mode"), e.value("registration_url")) for e in found]
    assert got == [
        ("in_person", "https://forms.example.org/round-table"),
        ("online", "https://zoom.us/j/123456789"),
    ]


_CICLO = """Estimadas organizaciones:

La Red Andina de Movilidad Humana les invita a su ciclo de dos conversatorios.

Conversatorio 1. «Acceso a la salud de personas refugiadas»
Miércoles 11 de noviembre de 2026, 16:00–17:30 (GMT-5)

Conversatorio 2. «Regularización migratoria y empleo»
Miércoles 18 de noviembre de 2026, 16:00–17:30 (GMT-5)

Modalidad: virtual, por Zoom. Interpretación al portugués.

Saludos cordiales,
Red Andina de Movilidad Humana
"""


def test_the_one_mode_the_series_states_reaches_every_session(extractor: Extractor) -> None:
    """A series whose closing "Modalidad: virtual" line ends up in the last session's text: the
    earlier session, which states no mode and names no place, is virtual too."""
    found = events(extractor, plain_mail("Ciclo de conversatorios", _CICLO, date=DATE_2026))
    assert [(e.value("start_date"), e.value("mode")) for e in found] == [
        (date(2026, 11, 11), "online"),
        (date(2026, 11, 18), "online"),
    ]


_BULLETIN = """Dear members,

Two dates for your calendars this month:

Tuesday 10 November 2026 – Dialogue on Migrant Health Access, 10:00-12:00, Hotel Ibis, Dakar

Thursday 19 November 2026 – Film Screening: Roads North, 18:00-20:00, Institut Français, Dakar

Network news: the launch of our annual report, planned for this month, has been postponed.
Sign up for both events here: https://forms.example.org/november-events

Warm regards,
Network Secretariat
"""


def test_text_after_the_last_dated_paragraph_is_shared_not_the_last_events(
    extractor: Extractor,
) -> None:
    """Dated paragraphs followed by news and one sign-up link: the news (a postponed report)
    does not postpone the last event, and the link reaches both events."""
    found = events(extractor, plain_mail("November", _BULLETIN, date=DATE_2026))
    url = "https://forms.example.org/november-events"
    got = [(e.value("start_date"), e.value("status"), e.value("registration_url")) for e in found]
    assert got == [
        (date(2026, 11, 10), "scheduled", url),
        (date(2026, 11, 19), "scheduled", url),
    ]
