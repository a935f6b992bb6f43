"""Venue, organiser and city: table rows, wrapped names, co-organisers, lowercase rooms after a
locative, small Arabic-script cities. Every mail here is written for this file."""

from __future__ import annotations

from parsers.extract import Extractor
from parsers.settings import ExtractSettings

_HEAD = (
    "From: Sender <s@example.org>\nTo: net@example.org\nSubject: {subject}\n"
    "Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <{mid}@example.org>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
)


def _fields(body: str, subject: str = "Invitation") -> dict[str, object]:
    raw = (_HEAD.format(subject=subject, mid=abs(hash(body))) + body).encode()
    result = Extractor(ExtractSettings(use_nlp=False)).extract(raw)
    assert result.events, "the test mail must be read as an event"
    return {name: fv.value for name, fv in result.events[0].fields.items()}


# ------------------------------------------------------------------------------ table rows

_TABLE_EN = (
    "Dear colleagues,\n\nThe Consulate of Ruritania in Lusaka is pleased to share the details "
    "of the side event below.\n\n"
    "Title\tSkills Passports for Returning Workers\n"
    "Date\tThursday, 12 November 2026\n"
    "Time\t10:00 – 11:30\n"
    "Venue\tMulungushi Conference Centre, Room 4, Lusaka\n"
    "Co-organisers\tGovernment of Zambia, Zambezi Workers Forum and Harbour Skills Network\n"
    "Registration\thttps://example.org/skills-passports\n\n"
    "With best regards,\nTemba Mwale\nConsulate of Ruritania, 5 Cairo Road, Lusaka\n"
)

_TABLE_IT = (
    "Care colleghe e cari colleghi,\n\nvi segnaliamo il seminario che si terrà a Bari.\n\n"
    "Evento\tSeminario: Pescatori migranti nell'Adriatico\n"
    "Data\tgiovedì 19 novembre 2026\n"
    "Orario\t10:00 – 13:00\n"
    "Luogo\tAula Aldo Moro, Dipartimento di Scienze Politiche, Università di Bari, "
    "Piazza Cesare Battisti 1, Bari\n"
    "Organizzazione\tCentro Studi Mare Nostro e Università di Bari\n\n"
    "Cordiali saluti,\nMarta Greco\n"
)


def test_tab_separated_rows_give_the_co_organisers_and_the_venue() -> None:
    """A table rendered as 'Label<TAB>value' rows: the co-organisers row wins over the host
    named in the introduction, and the venue row is the venue without the city."""
    got = _fields(_TABLE_EN)
    assert (
        got["organizer"] == "Government of Zambia, Zambezi Workers Forum and Harbour Skills Network"
    )
    assert got["venue"] == "Mulungushi Conference Centre, Room 4"


def test_italian_table_keeps_the_room_department_university_chain() -> None:
    """'Luogo<TAB>Aula, Dipartimento, Università, street, city': room, department and university
    stay together; the 'Organizzazione' row is the organiser, not the department."""
    got = _fields(_TABLE_IT)
    assert got["venue"] == "Aula Aldo Moro, Dipartimento di Scienze Politiche, Università di Bari"
    assert got["organizer"] == "Centro Studi Mare Nostro e Università di Bari"
