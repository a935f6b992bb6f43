"""A reply correcting a time that names the event only generically ("the webinar", "der
Workshop", "warsha") under a status-only subject ("Re: time correction", "AW: Neue Uhrzeit")
takes its title from the quoted original's subject line, the event's full name."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.settings import ExtractSettings
from parsers.title import event_names, is_generic

_MAIL = (
    "From: Lena Ortiz <lena@partner.example.org>\nTo: network@example.org\n"
    "Subject: {subject}\nDate: Tue, 10 Feb 2026 09:00:00 +0000\n"
    "Message-ID: <corr{mid}@example.org>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "{reply}\n\nLena\n\n"
    "On Mon, 9 Feb 2026 at 10:00, Lena Ortiz <lena@partner.example.org> wrote:\n"
    "> {label}: {original}\n>\n> {invite}\n>\n> Lena\n"
)

_REPLIES = [
    (
        "Re: time correction",
        "Dear all,\n\nA quick correction: the peer-learning webinar will start at 15:00 CET, "
        "not 14:00.",
        "Subject",
        "Peer-Learning Webinar on Harbour Town Welcome Plans",
        "We are pleased to invite you to the Peer-Learning Webinar on Harbour Town Welcome "
        "Plans on Thursday 19 February 2026 at 14:00 CET, online (Zoom).",
    ),
    (
        "AW: Neue Uhrzeit",
        "Liebe Kolleginnen und Kollegen,\n\nKorrektur: der Workshop beginnt um 15:00 Uhr, "
        "nicht um 14:00 Uhr.",
        "Betreff",
        "Werkstattgespräch Kommunale Aufnahmeplanung",
        "Wir laden Sie herzlich zum Werkstattgespräch Kommunale Aufnahmeplanung am Donnerstag, "
        "19. Februar 2026, um 14:00 Uhr in Leipzig ein.",
    ),
    (
        "Re: Marekebisho ya saa",
        "Habari wote,\n\nMarekebisho: warsha itaanza saa 9 alasiri, si saa 8.",
        "Somo",
        "Warsha ya Mipango ya Ujumuishaji Mijini",
        "Tunawaalika kwenye Warsha ya Mipango ya Ujumuishaji Mijini siku ya Alhamisi tarehe "
        "19 Februari 2026 saa 8 mchana, Mombasa.",
    ),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(ExtractSettings(use_nlp=False))


@pytest.mark.parametrize(("subject", "reply", "label", "original", "invite"), _REPLIES)
def test_correction_takes_the_quoted_subject(
    extractor: Extractor, subject: str, reply: str, label: str, original: str, invite: str
) -> None:
    """The correction's event is titled by the quoted original's subject, not its own words."""
    raw = _MAIL.format(
        subject=subject,
        mid=abs(hash(subject)),
        reply=reply,
        label=label,
        original=original,
        invite=invite,
    )
    events = extractor.extract(raw.encode()).events
    assert [e.value("title") for e in events] == [original]


@pytest.mark.parametrize(
    "subject", ["time correction", "Neue Uhrzeit", "nouvel horaire", "KORREKTUR DATUM", "horário"]
)
def test_status_only_subject_is_generic(subject: str) -> None:
    """A subject made only of status and scheduling words names no event."""
    assert is_generic(subject)


def test_start_verb_ends_a_prose_name() -> None:
    """'X starts at 10:00' / 'X beginnt um' end the name at the verb; 'Fresh Starts' stays."""
    body = (
        "The Regional Workshop on Harbour Towns starts at 10:00.\n"
        "Fresh Starts Forum on Youth Mobility\n"
    )
    assert [c.text for c in event_names(body)] == [
        "Regional Workshop on Harbour Towns",
        "Fresh Starts Forum on Youth Mobility",
    ]


@pytest.mark.parametrize("line", ["This Friday, 17:30 to 20:00", "Jumamosi hii, saa 4"])
def test_dateline_is_no_generic_label(line: str) -> None:
    """A line of only a weekday and a clock time is a dateline, not a label naming nothing."""
    assert not is_generic(line)
