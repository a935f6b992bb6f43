"""Corrective replies carry the corrected values whatever the quoting style of the original."""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import only_event, plain_mail

from parsers.extract import Extractor
from parsers.types import ExtractedEvent
from parsers.when import on_attribution_line


def _event(extractor: Extractor, subject: str, body: str) -> ExtractedEvent:
    return only_event(extractor, plain_mail(subject, body))


def _quoted(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines())


_DE = (
    "Liebe Partner,\n\nwir laden Sie zum Austausch über Saisonarbeit am 24. November 2025 "
    "von 10:00 bis 12:00 Uhr im Rathaus Bremen ein.\n\nViele Grüße\nEva\n"
)
_IT = (
    "Cari partner,\n\nvi invitiamo al seminario sulla mobilità studentesca il 25 novembre 2025 "
    "dalle 10:00 alle 13:00 presso la Sala Rossa, Torino.\n\nCordiali saluti\nLuca\n"
)
_PT = (
    "Prezados parceiros,\n\nConvidamos para o seminário sobre remessas em 26 de novembro de "
    "2025, das 9h às 12h, no Auditório Central, Belo Horizonte.\n\nAtenciosamente,\nRita\n"
)
_ES = (
    "Estimados socios:\n\nLes invitamos al conversatorio sobre niñez migrante el 27 de "
    "noviembre de 2025, de 9:00 a 11:00, en la Casa de la Cultura, Cuenca.\n\nSaludos,\nTeo\n"
)
_FR = (
    "Chers partenaires,\n\nNous vous invitons à l'atelier sur l'emploi des jeunes le 20 "
    "novembre 2025 de 9h à 12h à la Maison de la Culture, Abidjan.\n\nCordialement,\nAdja\n"
)
_EN = (
    "Dear partners,\n\nYou are invited to the briefing on shelter standards on 18 November "
    "2025, 10:00-12:00, at the Civic Centre, Gaborone.\n\nBest,\nKim\n"
)


@pytest.mark.parametrize(
    ("subject", "body", "day", "start"),
    [
        (
            "AW: Austausch über Saisonarbeit",
            "Korrektur: Das richtige Datum ist der 25. November 2025.\n\nEva\n\n"
            "Am Mo., 3. Nov. 2025 um 08:00 Uhr schrieb Eva <e@example.org>:\n" + _quoted(_DE),
            date(2025, 11, 25),
            "10:00",
        ),
        (
            "R: Seminario sulla mobilità studentesca",
            "Errata corrige: la data corretta è il 26 novembre 2025.\n\nLuca\n\n"
            "Il giorno lun 3 nov 2025 alle ore 07:30 Luca <l@example.org> ha scritto:\n"
            + _quoted(_IT),
            date(2025, 11, 26),
            "10:00",
        ),
        (
            "RE: Seminário sobre remessas",
            "Correção: a data correta é 27 de novembro de 2025.\n\nRita\n\n"
            "Em seg., 3 de nov. de 2025 às 07:45, Rita <r@example.org> escreveu:\n" + _quoted(_PT),
            date(2025, 11, 27),
            "09:00",
        ),
        (
            "RE: Conversatorio sobre niñez migrante",
            "Fe de erratas: la fecha correcta es el 28 de noviembre de 2025.\n\n"
            "De: Teo <t@example.org>\nEnviado el: lunes, 3 de noviembre de 2025 7:55\n"
            "Para: red\nAsunto: Conversatorio\n\n" + _ES,
            date(2025, 11, 28),
            "09:00",
        ),
        (
            "RE: Atelier sur l'emploi des jeunes",
            "Rectificatif : la date correcte est le 21 novembre 2025.\n\nAdja\n\n"
            "Le lun. 3 nov. 2025 à 08:10, Adja <a@example.org> a écrit :\n" + _quoted(_FR),
            date(2025, 11, 21),
            "09:00",
        ),
        (
            "Re: Briefing on shelter standards",
            "Apologies, the date should read 19 November 2025.\n\n"
            "On Mon, 3 Nov 2025 at 07:20, Kim <k@example.org> wrote:\n" + _quoted(_EN),
            date(2025, 11, 19),
            "10:00",
        ),
    ],
)
def test_corrected_date_in_six_quoting_styles(
    extractor: Extractor, subject: str, body: str, day: date, start: str
) -> None:
    """The corrected date wins, status stays scheduled, and the clock time of the quote
    attribution ("um 08:00 Uhr schrieb", "alle ore 07:30") never becomes the event time."""
    fields = _event(extractor, subject, body).fields
    assert fields["start_date"].value == day
    assert fields["status"].value == "scheduled"
    assert fields["start_time"].value == start


def test_new_venue_inside_a_french_correction_sentence(extractor: Extractor) -> None:
    """'veuillez noter le nouveau lieu : X' gives the venue though the label is mid-sentence."""
    body = (
        "Rectificatif : veuillez noter le nouveau lieu : Palais de la Culture, Abidjan. "
        "La date et l'heure ne changent pas.\n\nDe : Adja <a@example.org>\n"
        "Envoyé : lundi 3 novembre 2025 07:55\nÀ : partenaires\nObjet : Atelier\n\n" + _FR
    )
    fields = _event(extractor, "TR: Atelier", body).fields
    assert fields["venue"].value == "Palais de la Culture"
    assert fields["start_date"].value == date(2025, 11, 20)
    assert fields["status"].value == "scheduled"


def test_a_real_move_is_rescheduled(extractor: Extractor) -> None:
    """A reply moving the event to a new date is rescheduled with the new date."""
    body = (
        "Please note the briefing has been moved to 2 December 2025, same time and venue.\n\n"
        "On Mon, 3 Nov 2025 at 07:20, Kim <k@example.org> wrote:\n" + _quoted(_EN)
    )
    fields = _event(extractor, "Re: Briefing on shelter standards", body).fields
    assert fields["status"].value == "rescheduled"
    assert fields["start_date"].value == date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Mon, 3 Nov 2025 at 07:20, Kim <k@example.org> wrote:", True),
        ("Am 3. Nov. 2025 um 08:00 schrieb Eva <e@example.org>:", True),
        ("From: Kim\nSent: Monday, 3 November 2025 07:20\nTo: all", True),
        ("Date: 18 November 2025, 10:00-12:00\nVenue: Civic Centre", False),
        ("We wrote to the ministry on 3 November about the 10:00 session.", False),
    ],
)
def test_attribution_lines(text: str, expected: bool) -> None:
    """Quote attributions and quoted sent-date lines are recognised; an event's Date: label and
    a sentence using 'wrote' are not."""
    pos = text.find("3 Nov") if "3 Nov" in text else text.find("18")
    assert on_attribution_line(text, pos) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Précision : l'atelier commencera à 10 h et non à 9 h, et se terminera\nà 13 h.\n\n"
            "Le lun. 3 nov. 2025 à 08:10, Adja <a@example.org> a écrit :\n" + _quoted(_FR),
            ("10:00", "13:00"),
        ),
        (
            "Small fix: we start at 11:00 and will wrap up by 13:30.\n\n"
            "On Mon, 3 Nov 2025 at 07:20, Kim <k@example.org> wrote:\n" + _quoted(_EN),
            ("11:00", "13:30"),
        ),
    ],
)
def test_corrected_start_and_end_said_in_words(
    extractor: Extractor, body: str, expected: tuple[str, str]
) -> None:
    """A correction giving the start and, in words, the end ('se terminera à', 'wrap up by')
    yields both times."""
    fields = _event(extractor, "Re: correction", body).fields
    assert (fields["start_time"].value, fields["end_time"].value) == expected


_OUTLOOK_HTML = (
    "<html><body><div>{news}</div><div>{closing}</div>"
    '<div style="border-top:solid #E1E1E1 1.0pt"><p><b>{k1}:</b> Team &lt;t@example.org&gt;'
    "<br><b>{k2}:</b> 3.11.2025 08:02<br><b>{k3}:</b> Network<br><b>{k4}:</b> Invitation</p>"
    "</div><p>{original}</p></body></html>"
)


@pytest.mark.parametrize(
    ("keys", "news", "original", "venue"),
    [
        (
            ("From", "Sent", "To", "Subject"),
            "Please note the new venue: Serena Conference Centre, Kampala.",
            "You are invited to the dialogue on labour mobility on 20 November 2025, "
            "09:00-12:00, at the Grand Imperial Hotel, Kampala.",
            "Serena Conference Centre",
        ),
        (
            ("De", "Envoyé", "À", "Objet"),
            "Rectificatif : le nouveau lieu est la Maison de la Presse, Dakar.",
            "Nous vous invitons à l'atelier le 20 novembre 2025 de 9h à 12h à l'Hôtel Terrou-Bi, "
            "Dakar.",
            "Maison de la Presse",
        ),
        (
            ("Von", "Gesendet", "An", "Betreff"),
            "Korrektur: neuer Ort: Stadthalle Mainz.",
            "Wir laden Sie zum Fachgespräch am 20. November 2025 von 10:00 bis 12:00 Uhr im "
            "Rathaus Mainz ein.",
            "Stadthalle Mainz",
        ),
        (
            ("Da", "Inviato", "A", "Oggetto"),
            "Correzione: nuovo luogo: Sala Borsa, Bologna.",
            "Vi invitiamo al convegno il 20 novembre 2025 dalle 10:00 alle 13:00 presso il "
            "Teatro Comunale, Bologna.",
            "Sala Borsa",
        ),
    ],
)
def test_outlook_html_reply_headers_in_four_languages(
    extractor: Extractor, keys: tuple[str, ...], news: str, original: str, venue: str
) -> None:
    """An Outlook HTML reply (header lines joined by <br>) keeps the quoted original as the
    event's source while the newest part's corrected venue wins."""
    html = _OUTLOOK_HTML.format(
        news=news,
        closing="Best, Team",
        k1=keys[0],
        k2=keys[1],
        k3=keys[2],
        k4=keys[3],
        original=original,
    )
    result = extractor.extract(plain_mail("RE: Invitation", html, content_type="text/html"))
    assert len(result.events) == 1
    fields = result.events[0].fields
    assert fields["venue"].value == venue
    assert fields["start_date"].value == date(2025, 11, 20)
    assert fields["status"].value == "scheduled"
