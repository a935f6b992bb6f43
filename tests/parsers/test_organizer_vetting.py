"""Organiser: every candidate passes one last check before it is returned (no date, weekday,
clock time, link, stray bracket, over-long part, sentence verb, room number, leading fragment,
event title or umbrella conference), a failed one gives way to the next source, and a bare
acronym is written out as the mail writes it elsewhere. Every mail here is written for this
file."""

from __future__ import annotations

import pytest

from parsers.extract import Extractor
from parsers.organizer import cleaned, expand_acronym, is_garbage, is_heading, is_umbrella
from parsers.settings import ExtractSettings

_HEAD = (
    "From: Sender <s@example.org>\nTo: net@example.org\nSubject: {subject}\n"
    "Date: Mon, 02 Nov 2026 09:00:00 +0000\nMessage-ID: <{mid}@example.org>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
)
_EXTRACTOR = Extractor(ExtractSettings(use_nlp=False))


def _organizer(body: str, subject: str = "Invitation") -> object:
    raw = _HEAD.format(subject=subject, mid=abs(hash(subject + body))) + body
    result = _EXTRACTOR.extract(raw.encode())
    assert result.events, "the test mail must be read as an event"
    return result.events[0].fields["organizer"].value


# ------------------------------------------------------------------------------ 1. garbage


@pytest.mark.parametrize(
    "name",
    [
        "Settling In – practical workshop Wed 16 December 1:00pm – 3:30pm Riverside Hub, Room 2",
        "Hora del centro de Chile) en el Centro Cultural Las Lomas",
        "Kilima Network on 12 March 2027",
        "Réseau Sahel Migration le mardi 3 mars",
        "Rede Lusa de Apoio, 14h30",
        "Jaringan Buruh Migran Kamis, 5 Maret",
        "شبكة الهجرة يوم الخميس",
        "Kilima Network https://kilima.example.org",
        "Harbour Community Hub, Room 4",
        "Centro Comunitario Norte, Sala 3",
        "en el Centro Cultural Las Lomas",
        "of the Lakeside Migration Council",
        "Lakeside Migration Council has the pleasure",
        "La Red Andina es la anfitriona",
        "O Instituto Lusa é o anfitrião",
        "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Network",
    ],
)
def test_garbage_is_no_name(name: str) -> None:
    """A date, weekday, clock time, link, room number, sentence verb, stray bracket, leading
    preposition or a part of more than 14 words makes a candidate no organiser."""
    assert cleaned(name) == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("19 al 22 de octubre de 2027), la Red Andina de Migraciones", "Red Andina de Migraciones"),
        ("2-4 June 2027), the Lakeside Migration Council", "Lakeside Migration Council"),
        ("8–10 novembre 2027), le Réseau Sahel Migration", "Réseau Sahel Migration"),
        ("la Red Andina de Migraciones", "Red Andina de Migraciones"),
        ("Kilima Network (with the support", "Kilima Network"),
        ("Agenda 2030 Youth Network", "Agenda 2030 Youth Network"),
        ("Institut de Santo Domingo", "Institut de Santo Domingo"),
        ("Communauté d'Afrique de l'est", "Communauté d'Afrique de l'est"),
        ("Kilima Network (KN) and IOM", "Kilima Network (KN) and IOM"),
    ],
)
def test_cleaned_cuts_at_a_stray_bracket_and_keeps_good_names(raw: str, expected: str) -> None:
    """What follows a stray closing bracket is kept when it names an entity, a leading lowercase
    article goes, and a year in a name, a saint's city or a balanced acronym stay."""
    assert cleaned(raw) == expected


def test_a_long_co_organiser_list_is_not_too_long() -> None:
    """The word limit is per co-organiser, so three long partner names joined by 'and' pass."""
    name = (
        "Ministry of Labour, Employment and Social Protection and Lakeside Migration Council"
        " and Kilima Diaspora Network of Returnees and Families"
    )
    assert not is_garbage(name)


# ------------------------------------------------------------------------------ 2. titles


def test_an_all_caps_event_banner_is_the_title_not_the_organiser() -> None:
    """An ALL-CAPS line naming an event or a topic is the event's heading; an ALL-CAPS agency
    name is not."""
    assert is_heading("CONSULTA REGIONAL CON MUNICIPIOS SOBRE MOVILIDAD", ())
    assert is_heading("ATELIER NATIONAL SUR LA MIGRATION", ())
    assert not is_heading("OFICINA REGIONAL DE LA OIM", ())
    assert not is_heading("KILIMA DIASPORA NETWORK", ())


def test_a_candidate_that_is_the_event_heading_is_no_organiser() -> None:
    """The event's own heading (subject, calendar SUMMARY, programme item) is not who holds it."""
    assert is_heading("Lakeside Skills Exchange", ("Lakeside Skills Exchange",))
    assert not is_heading("Lakeside Migration Council", ("Lakeside Skills Exchange",))


def test_a_title_line_in_capitals_gives_way_to_the_signature() -> None:
    """A Spanish mail whose only capitalised candidate is its ALL-CAPS heading takes its
    signature's organisation (es)."""
    body = (
        "Estimados colegas:\n\nNos complace invitarles al\n\n"
        "DIÁLOGO MUNICIPAL SOBRE MOVILIDAD LABORAL\n\n"
        "el jueves 12 de noviembre de 2026, de 10:00 a 12:00, en Quito.\n\n"
        "Atentamente,\nRed Andina de Migraciones\nQuito, Ecuador\n"
    )
    assert _organizer(body, "Invitación: Diálogo municipal") == "Red Andina de Migraciones"


# ------------------------------------------------------------------------------ 3. umbrellas


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Global Summit on Mobility", ""),
        ("Lakeside Migration Week", ""),
        ("Cumbre Andina de Movilidad", ""),
        ("Semaine des migrations", ""),
        ("IMRF", ""),
        ("COP31", ""),
        (
            "International Lakeside Review Forum",
            "a side event on the margins of the International Lakeside Review Forum",
        ),
        ("Foro Andino de Movilidad", "al margen del Foro Andino de Movilidad en Quito"),
        ("المنتدى الإقليمي للهجرة", "على هامش المنتدى الإقليمي للهجرة"),
    ],
)
def test_umbrella_occasions_are_no_organiser(name: str, text: str) -> None:
    """A summit, week or conference is an occasion; a forum is one when the mail holds events
    at or around it."""
    assert is_umbrella(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Kilima Diaspora Forum", "The Kilima Diaspora Forum invites you to its workshop"),
        ("Forum Réfugiés Lakeside", "Forum Réfugiés Lakeside vous invite"),
        ("Lakeside Summit Secretariat", ""),
        ("Red Andina de Migraciones", ""),
    ],
)
def test_associations_named_forum_and_secretariats_are_organisers(name: str, text: str) -> None:
    """'X Forum' also names associations, and an occasion's secretariat is an entity."""
    assert not is_umbrella(name, text)


def test_an_umbrella_forum_in_the_introduction_yields_to_the_host() -> None:
    """'On the margins of the X Forum in Geneva we are pleased' names the occasion, not who
    holds the event; the signature's council, which speaks as holder, is the organiser (en)."""
    body = (
        "Dear colleagues,\n\nOn the margins of the Lakeside Review Forum in Geneva we are"
        " pleased to invite you to a side event on skills partnerships on Thursday 12"
        " November 2026, 13:15-14:30, Palais des Nations, Room XXIV.\n\n"
        "Best regards,\nLakeside Migration Council\n"
    )
    assert _organizer(body, "Side event: skills partnerships") == "Lakeside Migration Council"


def test_an_explicit_forum_organiser_is_kept() -> None:
    """'Organisé par le Forum X' says the forum holds the event, so it stays (fr)."""
    body = (
        "Bonjour,\n\nAtelier sur la mobilité des jeunes, le jeudi 12 novembre 2026 de 10h à 12h"
        " à Dakar.\n\nOrganisé par le Forum Sahélien des Diasporas.\n\nCordialement\n"
    )
    assert _organizer(body, "Atelier jeunesse") == "Forum Sahélien des Diasporas"


# ------------------------------------------------------------------------------ 4. acronyms


@pytest.mark.parametrize(
    ("acronym", "text", "expected"),
    [
        (
            "KAMREC",
            "The Kilima and Mara Research Consortium (KAMREC) will host",
            "Kilima and Mara Research Consortium (KAMREC)",
        ),
        (
            "RAM",
            "organizado por la RAM (Red Andina de Migraciones)",
            "Red Andina de Migraciones (RAM)",
        ),
        (
            "RSM",
            "le Réseau Sahel Migration (RSM) organise",
            "Réseau Sahel Migration (RSM)",
        ),
        ("JBM", "Jaringan Buruh Migran (JBM) menyelenggarakan", "Jaringan Buruh Migran (JBM)"),
        ("KAMREC", "KAMREC will host a workshop", "KAMREC"),
        ("KAMREC", "The Lakeside Council (KAMREC) hosts", "KAMREC"),
    ],
)
def test_an_acronym_is_written_out_as_the_mail_does(acronym: str, text: str, expected: str) -> None:
    """'Full Name (ACR)' or 'ACR (Full Name)' elsewhere gives 'Full Name (ACR)'; a full name
    the acronym does not abbreviate, or none, leaves the acronym."""
    assert expand_acronym(acronym, text) == expected


def test_a_labelled_acronym_is_expanded_from_the_introduction() -> None:
    """'Organizador: ARM' with 'Associação Lusa de Retorno e Migração (ARM)' in the text gives
    the full name with its acronym (pt)."""
    body = (
        "Caros colegas,\n\nA Associação Lusa de Retorno e Migração (ARM) tem o prazer de"
        " convidar para o seminário sobre integração laboral, na quinta-feira, 12 de novembro"
        " de 2026, das 10h00 às 12h00, em Lisboa.\n\nOrganizador: ARM\n\nCom os melhores"
        " cumprimentos\n"
    )
    assert _organizer(body, "Seminário de integração") == (
        "Associação Lusa de Retorno e Migração (ARM)"
    )


# ------------------------------------------------------------------------------ 5. next source


def test_a_dated_introduction_gives_way_to_the_name_after_the_bracket() -> None:
    """'En el marco del Foro X (19 al 22 de enero), la Red Y organiza': the name after
    the date's bracket, not the date (es)."""
    body = (
        "Estimados colegas:\n\nEn el marco del Foro Andino de Movilidad (Quito, 18 al 21 de"
        " enero de 2027), la Red Andina de Migraciones organiza el taller «Trabajo digno»,"
        " el martes 19 de enero de 2027, de 15:00 a 17:00, en Quito.\n\nSaludos cordiales\n"
    )
    assert _organizer(body, "Taller Trabajo digno") == "Red Andina de Migraciones"


def test_an_indonesian_signature_after_a_dated_label_is_read() -> None:
    """A label whose value is only a date ('Penyelenggara: Kamis, 12 November 2026') is no
    organiser; the signature's network, which speaks as holder, is (id)."""
    body = (
        "Yth. rekan-rekan,\n\nKami mengundang Anda ke lokakarya tentang migrasi aman.\n\n"
        "Penyelenggara: Kamis, 12 November 2026\nWaktu: 09.00 - 12.00 WIB\nTempat: Jakarta\n\n"
        "Salam,\nJaringan Buruh Migran Nusantara\n"
    )
    assert _organizer(body, "Undangan lokakarya migrasi aman") == (
        "Jaringan Buruh Migran Nusantara"
    )


def test_an_arabic_introduction_names_its_network() -> None:
    """An Arabic introduction keeps its network; the Friday of the date is not part of it (ar)."""
    body = (
        "السادة الزملاء،\n\nتنظم شبكة المغرب للهجرة ورشة عمل حول العمل اللائق يوم الخميس 12"
        " نوفمبر 2026 من الساعة 10:00 إلى 12:00 في الرباط.\n\nمع أطيب التحيات\n"
    )
    assert _organizer(body, "ورشة عمل حول العمل اللائق") == "شبكة المغرب للهجرة"
