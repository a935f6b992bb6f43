"""Venue, organiser and city: table rows, wrapped names, co-organisers, lowercase rooms after a
locative, small Arabic-script cities. Every mail here is written for this file."""

from __future__ import annotations

import pytest
from mailkit import DATE_2026, plain_mail

from parsers.extract import Extractor
from parsers.gazetteer import find_places
from parsers.location import find_venue
from parsers.organizer import clean_org


def _fields(extractor: Extractor, body: str, subject: str = "Invitation") -> dict[str, object]:
    raw = plain_mail(subject, body, date=DATE_2026)
    result = extractor.extract(raw)
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


def test_tab_separated_rows_give_the_co_organisers_and_the_venue(extractor: Extractor) -> None:
    """A table rendered as 'Label<TAB>value' rows: the co-organisers row wins over the host
    named in the introduction, and the venue row is the venue without the city."""
    got = _fields(extractor, _TABLE_EN)
    assert (
        got["organizer"] == "Government of Zambia, Zambezi Workers Forum and Harbour Skills Network"
    )
    assert got["venue"] == "Mulungushi Conference Centre, Room 4"


def test_italian_table_keeps_the_room_department_university_chain(extractor: Extractor) -> None:
    """'Luogo<TAB>Aula, Dipartimento, Università, street, city': room, department and university
    stay together; the 'Organizzazione' row is the organiser, not the department."""
    got = _fields(extractor, _TABLE_IT)
    assert got["venue"] == "Aula Aldo Moro, Dipartimento di Scienze Politiche, Università di Bari"
    assert got["organizer"] == "Centro Studi Mare Nostro e Università di Bari"


# ------------------------------------------------------------------------------ organised by


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Estimados colegas:\n\nEl próximo martes 17 de noviembre de 2026, de 9:00 a 12:00, "
            "tendrá lugar en Tarija el taller sobre migración de retorno.\n\nEl taller es "
            "organizado por el Gobierno Autónomo\nDepartamental de Tarija y la Asociación "
            "Puentes del Sur.\n",
            "Gobierno Autónomo Departamental de Tarija y la Asociación Puentes del Sur",
        ),
        (
            "Chers partenaires,\n\nAtelier sur la mobilité des éleveurs\nKaolack, Sénégal – le "
            "24 novembre 2026, de 9 h à 13 h\nOrganisé par le Ministère de l'Élevage et des "
            "Productions animales et\nRéseau Sahel Mobilités\n",
            "Ministère de l'Élevage et des Productions animales et Réseau Sahel Mobilités",
        ),
        (
            "Cari colleghi,\n\nil 25 novembre 2026 alle 15:00 a Lecce si terrà l'incontro "
            "«Porti e accoglienza», a cura di Rete Salento Accoglie e Comune di Lecce.\n",
            "Rete Salento Accoglie e Comune di Lecce",
        ),
        (
            "الزملاء الأعزاء،\n\nتعقد ورشة عمل حول العمالة الموسمية يوم ١٨ تشرين الثاني/نوفمبر "
            "٢٠٢٦ في إربد، بتنظيم من جمعية السنابل للعمال الزراعيين.\n",
            "جمعية السنابل للعمال الزراعيين",
        ),
    ],
)
def test_organised_by_reads_a_name_wrapped_over_lines_and_all_co_organisers(
    extractor: Extractor, body: str, expected: str
) -> None:
    """'organizado por X\\nY y Z', a name ending a line with 'et', 'a cura di', 'بتنظيم من':
    the whole name and every co-organiser are kept."""
    assert _fields(extractor, body)["organizer"] == expected


def test_curly_apostrophe_introduction_beats_the_forwarders_office(extractor: Extractor) -> None:
    """'X, en partenariat avec Y, a l’honneur de vous inviter' (curly apostrophe) names the
    organisers; the forwarder's office in the signature does not."""
    body = (
        "Bonjour,\n\nPour information.\n\nCordialement,\nAwa Ndiaye\n"
        "Bureau du Coordonnateur résident des Nations Unies\nDakar, Sénégal\n\n"
        "________________________________\n"
        "De : Conseil départemental de Kolda <contact@cd-kolda.example>\n"
        "Envoyé : lundi 2 novembre 2026 10:00\nÀ : Awa Ndiaye <awa@example.org>\n"
        "Objet : Invitation - Atelier sur la mobilité saisonnière\n\n"
        "Madame,\n\nLe Conseil départemental de Kolda, en partenariat avec l’OIM Sénégal, a "
        "l’honneur de vous inviter à l’atelier sur la mobilité saisonnière, le 20 novembre "
        "2026 de 9 h à 13 h, à Kolda.\n\nLe Secrétaire général\n"
    )
    organizer = str(_fields(extractor, body)["organizer"])
    assert organizer.startswith("Conseil départemental de Kolda et")
    assert "OIM Sénégal" in organizer


def test_a_venue_sentence_in_the_closing_lines_is_not_the_organiser(extractor: Extractor) -> None:
    """A postponement whose one long paragraph says 'en la Sala X del Centro Y' and whose
    closing block names a shelter: the shelter organises, the venue sentence does not."""
    body = (
        "Estimadas y estimados:\n\nLamentamos informarles que el conversatorio «Caminos del "
        "sur», programado para el viernes 20 de noviembre de 2026, de 17:00 a 19:00 h, en la "
        "Sala Rosario Castellanos del Centro Cultural Mexicali, queda POSPUESTO hasta nuevo "
        "aviso.\n\nGracias por su comprensión.\nEquipo de Comunicación\nCasa Refugio Las "
        "Palmas\nAvenida Reforma 210, Mexicali, B.C.\n"
    )
    assert _fields(extractor, body)["organizer"] == "Casa Refugio Las Palmas"


def test_clean_org_joins_partners_with_the_mail_word() -> None:
    """'X, in partnership with Y' is 'X and Y'; 'X, بالتعاون مع Y' is 'X و Y' style joining."""
    assert clean_org("The Lakes Council, in partnership with Delta Aid,") == (
        "Lakes Council and Delta Aid"
    )


# ------------------------------------------------------------------------------ venue phrases


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "La réunion se tiendra le 3 décembre 2026 dans la salle des fêtes de la Mairie de "
            "Ziguinchor, à Ziguinchor.",
            "salle des fêtes de la Mairie de Ziguinchor",
        ),
        (
            "La rencontre aura lieu sur place à la salle 2-B du Pavillon nord du Collège de "
            "Rimouski, et en ligne.",
            "salle 2-B du Pavillon nord du Collège de Rimouski",
        ),
        (
            "El foro se realizará en el salón de actos de la Casa de la Cultura de Cuenca.",
            "salón de actos de la Casa de la Cultura de Cuenca",
        ),
        (
            "O encontro decorre no auditório da Câmara Municipal de Braga, às 10h.",
            "auditório da Câmara Municipal de Braga",
        ),
        (
            "L'incontro si terrà nella sala consiliare del Comune di Lecce alle 15:00.",
            "sala consiliare del Comune di Lecce",
        ),
    ],
)
def test_lowercase_room_after_a_locative_is_the_venue(text: str, venue: str) -> None:
    """'dans la salle ... du X', 'à la salle 2-B du Pavillon ...', 'en el salón de actos de la
    Casa ...', 'no auditório da ...', 'nella sala consiliare del ...': a lowercase room word
    right after a locative opens the venue, up to the building it belongs to."""
    found = find_venue(text, city=None)
    assert found is not None
    assert found[0] == venue


def test_a_venue_name_wrapped_over_two_lines_is_read_whole() -> None:
    """A hard-wrapped 'at the Lakeside Convention\\nCentre, 12 Marine Drive' is one venue, and
    beats a ministry named later in the closing block."""
    text = (
        "The Ministry of Labour, in cooperation with IOM, has the honour to invite you to the\n"
        "regional meeting to be held from 3 to 4 December 2026 at the Lakeside Convention\n"
        "Centre, 12 Marine Drive, Kisumu, Kenya.\n\nConsular Department\nMinistry of Labour\n"
    )
    found = find_venue(text, city=None)
    assert found is not None
    assert found[0] == "Lakeside Convention Centre"
    assert text[found[1][0] : found[1][0] + 8] == "Lakeside"


def test_arabic_venue_after_fi_keeps_the_building_and_room_chain() -> None:
    """'في مكتبة X، قاعة Y، <city>': the library after 'في' and its hall are the venue, and win
    over an English version's venue later in the mail."""
    text = (
        "يوم الخميس 10 ديسمبر 2026\nفي مكتبة النهضة، قاعة المحاضرات الكبرى، طنطا\n\n"
        "English version: the dialogue is held on Thursday 10 December 2026 at the Nahda\n"
        "Library, Great Lecture Hall, Tanta.\n"
    )
    found = find_venue(text, city=None)
    assert found is not None
    assert found[0] == "مكتبة النهضة، قاعة المحاضرات الكبرى"


# ------------------------------------------------------------------------------ small cities


def test_small_arabic_city_at_the_end_of_an_address_line() -> None:
    """A city under the alternate-name threshold, written in Arabic at the end of a venue line
    ('..., توزر') or after 'في', is found with its country and zone."""
    places = find_places("المكان: قاعة الواحة، دار الثقافة، توزر\n")
    assert [(p.city, p.country, p.timezone) for p in places] == [("Tozeur", "TN", "Africa/Tunis")]
    assert [p.city for p in find_places("تعقد الورشة في تطاوين يوم الخميس")] == ["Tataouine"]


@pytest.mark.parametrize(
    "text",
    [
        "نلتقي يوم الخميس في الجامعة",
        "مع خالص التحية والتقدير",
        "وزارة التربية والتعليم العالي والبحث العلمي",
        "قدم رئيس الجامعة عرضا حول العلم",
    ],
)
def test_common_arabic_words_are_not_small_cities(text: str) -> None:
    """Small towns whose Arabic names are common words (Thursday, sincere, science, university)
    are not found outside a place context."""
    assert find_places(text) == []


def test_small_cyrillic_city_after_a_locative() -> None:
    """A town under the threshold written in Cyrillic after "г." is found; alone it is not."""
    assert [p.country for p in find_places("Семинар пройдёт 5 декабря в г. Каракол")] == ["KG"]
    assert find_places("Каракол") == []
