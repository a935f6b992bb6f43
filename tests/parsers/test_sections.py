"""Multi-event mails under headings are split; one event's programme stays one event."""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.sections import heading_sections, is_event_label
from parsers.types import ExtractionResult


def _run(extractor: Extractor, body: str, kind: str = "plain") -> ExtractionResult:
    return extractor.extract(plain_mail("Activities", body, content_type=f"text/{kind}"))


def _summary(result: ExtractionResult) -> list[tuple[object, object, object]]:
    return [
        (e.fields["title"].value, e.fields["start_date"].value, e.fields["city"].value)
        for e in result.events
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Event 2: Film night",
        "ACTIVITY 1 – Workshop",
        "Première activité",
        "Segunda actividad: Foro",
        "Veranstaltung 3 – Lesung",
        "Terza attività",
        "Atividade 2 - Oficina",
        "الفعالية الثانية",
    ],
)
def test_event_labels_in_seven_languages(line: str) -> None:
    """An explicit event label opens a line in en/fr/es/de/it/pt/ar."""
    assert is_event_label(line)


@pytest.mark.parametrize(
    "line", ["Day 2 – Field visit", "Session 1: Opening", "Eventually we will meet"]
)
def test_programme_parts_are_no_event_labels(line: str) -> None:
    """Programme parts and words that merely start like a label are no event label."""
    assert not is_event_label(line)


def test_programme_headings_are_not_sections() -> None:
    """'Day 1 – date', 'Session 2: ...' and 'Practical information' headings name no event."""
    text = "Day 1 – 4 May 2026\nx\nSession 2: Return\ny\n**Practical information**\nz\n"
    assert heading_sections(text, ("Session 2: Return",)) == []


def test_labelled_events_in_english(extractor: Extractor) -> None:
    """'Event 1:' / 'Event 2:' lines, each with its own date and venue, give two events."""
    body = (
        "Dear partners,\n\nWe share two activities of our office.\n\n"
        "Event 1: Seminar on seasonal work schemes\nDate: 17 November 2025, 10:00-12:00\n"
        "Venue: Grand Imperial Hotel, Kampala\n\n"
        "Event 2: Photo exhibition on cross-border traders\nDate: 25 November 2025, 17:00\n"
        "Venue: Nommo Gallery, Kampala\n\nBest wishes,\nJo\n"
    )
    assert _summary(_run(extractor, body)) == [
        ("Seminar on seasonal work schemes", date(2025, 11, 17), "Kampala"),
        ("Photo exhibition on cross-border traders", date(2025, 11, 25), "Kampala"),
    ]


def test_three_spanish_ordinal_activities(extractor: Extractor) -> None:
    """'Primera/Segunda/Tercera actividad' headings give three events in their own places."""
    body = (
        "Estimadas y estimados colegas:\n\n"
        "Primera actividad: Conversatorio sobre trabajo doméstico migrante\n"
        "Fecha: 12 de noviembre de 2025, 10:00 a 12:00\nLugar: Casa de la Mujer, Cusco\n\n"
        "Segunda actividad: Taller de periodismo y movilidad humana\n"
        "Fecha: 19 de noviembre de 2025, 9:00 a 13:00\nLugar: Universidad de Piura, Piura\n\n"
        "Tercera actividad: Muestra de cine migrante\n"
        "Fecha: 28 de noviembre de 2025, 19:00\nLugar: Centro Cultural, Arequipa\n\n"
        "Un saludo\n"
    )
    got = _summary(_run(extractor, body))
    assert [(d, c) for _, d, c in got] == [
        (date(2025, 11, 12), "Cusco"),
        (date(2025, 11, 19), "Piura"),
        (date(2025, 11, 28), "Arequipa"),
    ]


def test_german_numbered_veranstaltung(extractor: Extractor) -> None:
    """'Veranstaltung 1 –' / 'Veranstaltung 2 –' give two events with the text after the label
    as their titles."""
    body = (
        "Liebe Kolleginnen und Kollegen,\n\n"
        "Veranstaltung 1 – Werkstattgespräch zu Bildungswegen Geflüchteter\n"
        "Datum: 13. November 2025, 14:00–16:00 Uhr\nOrt: Rathaus, Leipzig\n\n"
        "Veranstaltung 2 – Lesung mit Autorinnen aus der Diaspora\n"
        "Datum: 27. November 2025, 19:00 Uhr\nOrt: Stadtbibliothek, Dresden\n\nViele Grüße\n"
    )
    assert _summary(_run(extractor, body)) == [
        ("Werkstattgespräch zu Bildungswegen Geflüchteter", date(2025, 11, 13), "Leipzig"),
        ("Lesung mit Autorinnen aus der Diaspora", date(2025, 11, 27), "Dresden"),
    ]


def test_html_headings_on_different_days(extractor: Extractor) -> None:
    """Two HTML headings, each over its own date (one online, one in a city), are two events."""
    body = (
        "<html><body><p>Chers partenaires,</p>"
        "<h2>Webinaire sur les transferts de fonds</h2>"
        "<p>Mercredi 12 novembre 2025, 15h-16h30, en ligne : https://zoom.us/j/555</p>"
        "<h2>Table ronde sur la mobilité climatique</h2>"
        "<p>Jeudi 20 novembre 2025, 10h-12h, Université Cheikh Anta Diop, Dakar</p>"
        "<p>Cordialement</p></body></html>"
    )
    result = _run(extractor, body, kind="html")
    assert [e.fields["mode"].value for e in result.events] == ["online", "in_person"]
    assert _summary(result)[1] == (
        "Table ronde sur la mobilité climatique",
        date(2025, 11, 20),
        "Dakar",
    )


def test_bold_lines_in_plain_text(extractor: Extractor) -> None:
    """Markdown-style bold lines over separate dates split a plain-text mail."""
    body = (
        "Caros parceiros,\n\n**Oficina sobre trabalho digno para migrantes**\n"
        "14 de novembro de 2025, 9h às 12h, Casa da Cultura, Maputo\n\n"
        "**Exposição de fotografia sobre a diáspora**\n"
        "26 de novembro de 2025, 18h, Centro Cultural, Beira\n\nAbraços\n"
    )
    got = _summary(_run(extractor, body))
    assert [(d, c) for _, d, c in got] == [
        (date(2025, 11, 14), "Maputo"),
        (date(2025, 11, 26), "Beira"),
    ]


def test_two_day_programme_under_day_headings_is_one_event(extractor: Extractor) -> None:
    """A two-day workshop whose programme sits under 'Day 1'/'Day 2' headings is one event."""
    body = (
        "Dear colleagues,\n\nYou are invited to the Subregional Workshop on Coastal Displacement, "
        "18-19 November 2025, Hotel Continental, Dakar.\n\n"
        "Day 1 – 18 November 2025\n09:00 Opening\n10:30 Panel on data\n\n"
        "Day 2 – 19 November 2025\n09:00 Working groups\n16:00 Closing\n\nRegards\n"
    )
    result = _run(extractor, body)
    assert len(result.events) == 1
    assert result.events[0].fields["end_date"].value == date(2025, 11, 19)


def test_bold_sessions_on_consecutive_days_of_one_forum_stay_one_event(
    extractor: Extractor,
) -> None:
    """Bold session names on consecutive days that the announced range covers are one agenda."""
    body = (
        "<html><body><p>Join the Forum on Diaspora Investment, 24-25 November 2025, "
        "Kigali Convention Centre, Kigali.</p>"
        "<p><b>Opening dialogue with diaspora entrepreneurs</b></p>"
        "<p>24 November 2025, 09:00-12:00</p>"
        "<p><b>Investment matchmaking and site visits</b></p>"
        "<p>25 November 2025, 09:00-15:00</p></body></html>"
    )
    result = _run(extractor, body, kind="html")
    assert len(result.events) == 1
    fields = result.events[0].fields
    assert (fields["start_date"].value, fields["end_date"].value) == (
        date(2025, 11, 24),
        date(2025, 11, 25),
    )


def test_same_day_headed_sessions_stay_one_event(extractor: Extractor) -> None:
    """Headings over sessions of one day (same date) are one event's agenda."""
    body = (
        "<html><body><p>Consultation with migrant associations, Casablanca</p>"
        "<h3>Morning dialogue with associations of women migrants</h3>"
        "<p>Tuesday 25 November 2025, 09:00-12:00</p>"
        "<h3>Afternoon exchange with local authorities</h3>"
        "<p>Tuesday 25 November 2025, 14:00-17:00</p></body></html>"
    )
    assert len(_run(extractor, body, kind="html").events) == 1


def test_item_without_a_city_takes_the_city_of_the_other_events(extractor: Extractor) -> None:
    """In a multi-event mail, an in-person item naming only its hall takes the city that the
    other items share; an online item stays without a city."""
    body = (
        "Dear partners,\n\n"
        "1) Dialogue with migrant domestic workers\n   18 November 2025, 10:00-12:00\n"
        "   Kenyatta International Convention Centre, Nairobi\n\n"
        "2) Community theatre evening\n   21 November 2025, 18:00\n   Alliance Hall\n\n"
        "3) Webinar on fair recruitment\n   25 November 2025, 14:00 EAT, online via Zoom "
        "https://zoom.us/j/42\n\nRegards\n"
    )
    result = _run(extractor, body)
    assert [e.fields["city"].value for e in result.events] == ["Nairobi", "Nairobi", None]
    assert result.events[1].fields["timezone"].value == "Africa/Nairobi"


def test_paragraphs_opening_with_their_own_dates_are_separate_events(
    extractor: Extractor,
) -> None:
    """A programme of paragraphs that each open with a date and name an event (date line, then
    the event line) gives one event per paragraph, titled up to the clock time."""
    body = (
        "Dear partners,\n\nOur Migration Week programme:\n\n"
        "Monday 17 November 2025\nMural painting with newcomer families, 10:00-13:00, "
        "Community Hall, Windhoek\n\n"
        "Thursday 20 November 2025\nPanel on regional labour mobility, 14:00-16:00, "
        "University of Namibia, Windhoek\n\nKind regards\n"
    )
    assert _summary(_run(extractor, body)) == [
        ("Mural painting with newcomer families", date(2025, 11, 17), "Windhoek"),
        ("Panel on regional labour mobility", date(2025, 11, 20), "Windhoek"),
    ]


def test_date_dash_title_lines_in_french(extractor: Extractor) -> None:
    """'Mardi 18 novembre 2025 — Atelier ..., de 9h à 12h, ...' lines are separate events."""
    body = (
        "Chers partenaires,\n\n"
        "Mardi 18 novembre 2025 — Atelier sur l'entrepreneuriat des migrants de retour, "
        "de 9h à 12h, Chambre de commerce, Kaolack\n\n"
        "Vendredi 21 novembre 2025 — Concert des musiques de la diaspora, 20h, "
        "Théâtre national, Dakar\n\nCordialement\n"
    )
    got = _summary(_run(extractor, body))
    assert got == [
        ("Atelier sur l'entrepreneuriat des migrants de retour", date(2025, 11, 18), "Kaolack"),
        ("Concert des musiques de la diaspora", date(2025, 11, 21), "Dakar"),
    ]


def test_day_by_day_programme_paragraphs_stay_one_event(extractor: Extractor) -> None:
    """Dated paragraphs on consecutive days where only the first names the place are one
    event's programme."""
    body = (
        "Caros parceiros,\n\n"
        "Terça-feira, 18 de novembro de 2025 — Abertura do curso de mediação intercultural, "
        "9h, Centro de Formação, Maputo\n\n"
        "Quarta-feira, 19 de novembro de 2025 — Módulos práticos de mediação em grupos, 9h\n\n"
        "Atenciosamente\n"
    )
    assert len(_run(extractor, body).events) == 1


def test_title_line_above_its_date_line_splits_events(extractor: Extractor) -> None:
    """Paragraphs whose first line names the event and whose second line opens with its date
    (separated by a rule) are separate events."""
    body = (
        "Dear partners,\n\nWebinar on skills recognition for returnees\n"
        "12 November 2025, 14:00-15:30 CET, online via Zoom https://zoom.us/j/9\n\n---\n\n"
        'Photo exhibition "Roots and Routes"\n20 November 2025, 18:00, Galerie des Arts, Lyon\n'
        "\nBest regards\n"
    )
    got = _summary(_run(extractor, body))
    assert got == [
        ("Webinar on skills recognition for returnees", date(2025, 11, 12), None),
        ('Photo exhibition "Roots and Routes"', date(2025, 11, 20), "Lyon"),
    ]


def test_wrapped_deadline_sentence_is_not_a_second_event(extractor: Extractor) -> None:
    """A hard-wrapped 'must register no later than' + date on the next line is a deadline,
    neither an event nor a title."""
    body = (
        "Dear colleagues,\n\nYou are invited to the Dialogue on Missing Migrants\n"
        "Monday 24 November 2025, 09:30-12:30\nCentral Hall, Panama City\n\n"
        "Participants who are not yet accredited with the host must register no later than\n"
        "17 November 2025 at https://example.org/register so that badges can be printed.\n\n"
        "Kind regards\n"
    )
    result = _run(extractor, body)
    assert len(result.events) == 1
    assert result.events[0].fields["start_date"].value == date(2025, 11, 24)


def test_online_item_takes_the_zone_of_the_city_the_other_items_share(
    extractor: Extractor,
) -> None:
    """An online item with only 'EAT' in a mail whose other events are all in Kampala gets
    Kampala's zone (the organiser's city), but still no city."""
    body = (
        "<html><body><p>Our activities:</p><table>"
        "<tr><td>18 November 2025</td><td>Workshop on ethical recruitment</td>"
        "<td>09:00-12:00</td><td>Hotel Africana, Kampala</td></tr>"
        "<tr><td>21 November 2025</td><td>Exhibition of migrant art</td><td>17:00-20:00</td>"
        "<td>Nommo Gallery, Kampala</td></tr>"
        "<tr><td>25 November 2025</td><td>Webinar on remittances</td><td>14:00-15:00 EAT</td>"
        "<td>Online (Zoom)</td></tr></table></body></html>"
    )
    events = _run(extractor, body, kind="html").events
    assert len(events) == 3
    webinar = events[2].fields
    assert (webinar["city"].value, webinar["timezone"].value) == (None, "Africa/Kampala")


def test_online_item_with_a_named_city_keeps_that_city_zone(extractor: Extractor) -> None:
    """A named city beside an online item's time ('Geneva time') wins over the city the other
    items share, even on the same clock."""
    body = (
        "Dear partners,\n\n"
        "1) Seminar on circular migration\n   18 November 2025, 10:00-12:00\n"
        "   Hôtel de Ville, Paris\n\n"
        "2) Exhibition of migrant photography\n   21 November 2025, 18:00\n"
        "   Maison des Métallos, Paris\n\n"
        "3) Webinar on visas\n   25 November 2025, 15:00 Geneva time, online via Zoom "
        "https://zoom.us/j/43\n\nRegards\n"
    )
    events = _run(extractor, body).events
    assert [e.fields["timezone"].value for e in events] == [
        "Europe/Paris",
        "Europe/Paris",
        "Europe/Zurich",
    ]
