"""Events in HTML tables: each dated row under a header naming the event column is one event
with its own dates, times and place; a one-event programme or details table stays one event."""

from __future__ import annotations

from datetime import date

from mailkit import DATE_2026, events, only_event, plain_mail

from parsers.extract import Extractor
from parsers.tables import event_column, html_tables, row_span


def _cell(*paragraphs: str) -> str:
    return "<td>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</td>"


def _table(header: tuple[str, ...], rows: list[tuple[tuple[str, ...], ...]]) -> str:
    head = "<tr>" + "".join(f"<th><p>{h}</p></th>" for h in header) + "</tr>"
    body = "".join("<tr>" + "".join(_cell(*c) for c in row) + "</tr>" for row in rows)
    return f"<table>{head}{body}</table>"


def _html_mail(subject: str, intro: str, table: str, outro: str = "") -> bytes:
    html = f"<html><body><p>{intro}</p>{table}<p>{outro}</p></body></html>"
    return plain_mail(subject, html, content_type="text/html", date=DATE_2026)


_FR_ROWS = [
    (
        ("Mardi 17 novembre 2026",),
        ("9h30 – 12h30",),
        ("Dakar, Maison de la Culture Douta Seck",),
        ("Atelier sur la mobilité de la main-d'œuvre", "Ouvert aux syndicats et aux employeurs."),
    ),
    (
        ("Jeudi 19 novembre 2026",),
        ("14h00 – 17h00",),
        ("Abidjan, Salle Akwaba, Plateau",),
        ("Dialogue sur la protection des migrants", "Interprétation anglais-français."),
    ),
    (
        ("Lundi 23 novembre 2026",),
        ("10h00 – 11h30",),
        ("Bamako, Centre international de conférences",),
        ("Lancement du rapport régional sur les envois de fonds",),
    ),
]


def _fr_mail() -> bytes:
    table = _table(("Date", "Horaire", "Lieu", "Activité"), _FR_ROWS)
    intro = (
        "Chers partenaires, le Réseau régional organise trois activités en Afrique de l'Ouest"
        " en novembre. Merci de les inscrire au calendrier."
    )
    return _html_mail("Trois activités du Réseau régional", intro, table, "Bien cordialement,")


def test_each_table_row_keeps_its_own_date_time_and_place(extractor: Extractor) -> None:
    """Three workshops in one table (a header row naming date, time, place and activity, cells of
    several paragraphs): three events, each with its row's date, times, city and title."""
    found = events(extractor, _fr_mail())
    got = [
        (
            e.value("title"),
            e.value("start_date"),
            e.value("start_time"),
            e.value("end_time"),
            e.value("city"),
        )
        for e in found
    ]
    assert got == [
        (
            "Atelier sur la mobilité de la main-d'œuvre",
            date(2026, 11, 17),
            "09:30",
            "12:30",
            "Dakar",
        ),
        (
            "Dialogue sur la protection des migrants",
            date(2026, 11, 19),
            "14:00",
            "17:00",
            "Abidjan",
        ),
        (
            "Lancement du rapport régional sur les envois de fonds",
            date(2026, 11, 23),
            "10:00",
            "11:30",
            "Bamako",
        ),
    ]


def test_rows_without_a_place_take_the_city_the_introduction_names(extractor: Extractor) -> None:
    """Two in-person talks in a table naming only rooms; the introduction names the city for all
    of them, so each row's event is in that city."""
    rows = [
        (("Wednesday 4 November 2026",), ("Room B1",), ("Talk: Migrant Workers and Heat Stress",)),
        (("Friday 6 November 2026",), ("Room C3",), ("Talk: Recruitment Fees in the Gulf",)),
    ]
    table = _table(("Date", "Venue", "Event"), rows)
    intro = "The Labour Migration Unit will host two talks in Amman, Jordan, next month."
    found = events(extractor, _html_mail("Two talks in November", intro, table))
    assert [(e.value("start_date"), e.value("city")) for e in found] == [
        (date(2026, 11, 4), "Amman"),
        (date(2026, 11, 6), "Amman"),
    ]


def test_a_details_table_is_one_event(extractor: Extractor) -> None:
    """A two-column table of one event's details ("Dates | 4-6 November", "Time | ... closing
    at 13:00 on Friday 6 November") whose first row is already a date (no header row) is not a
    list of events, though two of its rows carry dates."""
    rows = [
        (
            ("Time",),
            ("Sessions run 9:00 – 17:00; the closing ends at 13:00 on Friday 6 November.",),
        ),
        (("Registration",), ("Please register by Tuesday 20 October 2026",)),
        (("Venue",), ("Hotel Kigali Serena, Kigali",)),
    ]
    head = "<tr><td><p>Dates</p></td><td><p>Wednesday 4 – Friday 6 November 2026</p></td></tr>"
    table = _table(("Dates", "x"), rows).replace(
        "<tr><th><p>Dates</p></th><th><p>x</p></th></tr>", head
    )
    intro = "You are invited to the Regional Consultation on Migrant Health."
    event = only_event(
        extractor, _html_mail("Regional Consultation on Migrant Health", intro, table)
    )
    assert (event.value("start_date"), event.value("end_date")) == (
        date(2026, 11, 4),
        date(2026, 11, 6),
    )


def test_a_programme_table_of_one_event_stays_one_event(extractor: Extractor) -> None:
    """A three-day training's programme as a table (Day | Session) over the days the
    introduction's range already gives is one event, not three."""
    rows = [
        (("Monday 9 November 2026",), ("Opening and the legal framework",)),
        (("Tuesday 10 November 2026",), ("Case studies on return and reintegration",)),
        (("Wednesday 11 November 2026",), ("Field visit and closing",)),
    ]
    table = _table(("Day", "Session"), rows)
    intro = (
        "The Training of Trainers on Reintegration will take place from 9 to 11 November 2026"
        " in Tunis, Tunisia. The programme:"
    )
    event = only_event(extractor, _html_mail("Training of Trainers on Reintegration", intro, table))
    assert (event.value("start_date"), event.value("end_date"), event.value("city")) == (
        date(2026, 11, 9),
        date(2026, 11, 11),
        "Tunis",
    )


def test_table_reading_keeps_cells_lines_and_finds_rows_in_order() -> None:
    """``html_tables`` keeps a cell's paragraphs as lines (no words glued together), the event
    column is the header cell with an event word (not "Date of the event"), and ``row_span``
    finds a row's cells in order from a position."""
    html = (
        "<table><tr><th>Date of the event</th><th>Evento</th></tr>"
        "<tr><td>1 May</td><td><p>Foro</p><p>Sala A<br>Quito</p></td></tr></table>"
    )
    (table,) = html_tables(html)
    assert table.cells[1][1] == ("Foro", "Sala A", "Quito")
    assert event_column(table.rows[0]) == 1
    text = "Foro\n1 May\n\nForo\nSala A\nQuito"
    assert row_span(text, table.rows[1], 0) == (5, len(text))
    assert row_span(text, table.rows[1], 6) is None
