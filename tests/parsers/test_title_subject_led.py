"""A short subject that is the first part of the name the body prints in full yields to the
fuller form: a heading line, a "Name: Subtitle" line, an HTML heading, or the name in prose cut
to start where the subject's words do."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.settings import ExtractSettings
from parsers.title import choose_title

_HEAD = (
    "From: Partner <p@example.org>\nTo: net@example.org\nSubject: {subject}\n"
    "Date: Mon, 03 Nov 2025 09:00:00 +0000\nMessage-ID: <led{mid}@example.org>\n"
    "MIME-Version: 1.0\nContent-Type: text/{kind}; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
)

_FULLER = [
    (
        "Travessias",
        "Olá a todos,\n\nTravessias: Retratos de Quem Chegou\n\nConvidamos para a abertura da "
        "exposição no dia 12 de março de 2026 às 18h, no Centro Cultural, Lisboa.\n\nMarta\n",
        "Travessias: Retratos de Quem Chegou",
    ),
    (
        "Sikukuu ya ujirani",
        "Habari,\n\nSikukuu ya Ujirani wa Wakimbizi Mombasa\n\nTunawaalika wote Jumamosi "
        "tarehe 14 Machi 2026 saa 4 asubuhi.\n\nAsante,\nAmina\n",
        "Sikukuu ya Ujirani wa Wakimbizi Mombasa",
    ),
    (
        "Fachgespräch mit Kommunen",
        "Sehr geehrte Damen und Herren,\n\nwir laden Sie herzlich ein zum Fachgespräch mit "
        "Kommunen zur Aufnahme von Geflüchteten in Sachsen am 5. März 2026 um 10 Uhr in "
        "Leipzig.\n\nMit freundlichen Grüßen\nJana\n",
        "Fachgespräch mit Kommunen zur Aufnahme von Geflüchteten in Sachsen",
    ),
    (
        "Harbour Stories",
        "Dear all,\n\nHarbour Stories: Portraits of Seafaring Families\n\nJoin us on 3 March "
        "2026 at 14:00 in Mombasa.\n\nBest,\nAli\n",
        "Harbour Stories: Portraits of Seafaring Families",
    ),
]


@pytest.mark.parametrize(("subject", "body", "title"), _FULLER)
def test_subject_yields_to_fuller_body_name(subject: str, body: str, title: str) -> None:
    """The body's fuller name that opens with the subject's words is the title."""
    cand = choose_title(subject, body)
    assert cand is not None
    assert cand.text == title


_KEPT = [
    (
        "Travessias",
        "Olá,\n\nTravessias abre as portas no Centro Cultural\n\nDia 12 de março de 2026.\n",
    ),
    ("Harbour Stories", "Dear all,\n\nHarbour Stories is back on 3 March 2026 at 14:00.\n"),
]


@pytest.mark.parametrize(("subject", "body"), _KEPT)
def test_line_running_into_a_sentence_is_no_name(subject: str, body: str) -> None:
    """A line that goes on as a sentence after the subject's words leaves the subject alone."""
    cand = choose_title(subject, body)
    assert cand is not None
    assert cand.text == subject


def test_html_heading_gives_the_fuller_name() -> None:
    """An HTML heading holding the subject's words and a subtitle is the title of the mail."""
    html = (
        "<html><body><p>Dear colleagues,</p><h2>Tidewatch: Portraits of Seafaring "
        "Families</h2><p>Join us on Tuesday 3 March 2026 at 14:00 at the Fort Jesus Museum, "
        "Mombasa, Kenya.</p><p>Best regards,<br>Ali</p></body></html>"
    )
    raw = _HEAD.format(subject="Tidewatch", mid=1, kind="html") + html
    result = Extractor(ExtractSettings(use_nlp=False)).extract(raw.encode())
    assert [e.value("title") for e in result.events] == [
        "Tidewatch: Portraits of Seafaring Families"
    ]
