"""Organisers read as names: phone mails, inflected languages, calendar descriptions, schema.org."""

from __future__ import annotations

import json

import pytest
from mailkit import mail_head, message_id, plain_mail

from parsers.extract import Extractor
from parsers.organizer import is_organisation, org_phrase

_ANA = "Ana Ruiz <ana@partner.example>"


def _organizer(extractor: Extractor, raw: bytes) -> str | None:
    result = extractor.extract(raw)
    assert result.events, "the test mail must be read as an event"
    value = result.events[0].fields["organizer"].value
    return None if value is None else str(value)


def _plain(body: str) -> bytes:
    return plain_mail("Invitation", body, sender=_ANA, transfer_encoding=None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi,\nwe at the Lakeside Youth Mobility Network are holding a forum on safe "
            "migration on 25 November 2025 at 10:00, Social Hall, Kisumu.\n\nSent from my "
            "Android\n",
            "Lakeside Youth Mobility Network",
        ),
        (
            "Hola a todos,\n\nNuestra Asociación de Costureras Migrantes hará un conversatorio "
            "sobre regularización el 21 de noviembre de 2025 a las 17:00 en Cusco.\n\nEnviado "
            "desde mi iPhone\n",
            "Asociación de Costureras Migrantes",
        ),
        (
            "Dear colleagues,\n\nWe are delighted to share that following last month's "
            "consultations, the Island Diaspora Council will convene a policy dialogue on "
            "remittances on 19 November 2025 at 10:00 in Suva.\n",
            "Island Diaspora Council",
        ),
        (
            "Sayın ortaklar,\n\nKent Göç Çalışmaları Derneği tarafından düzenlenen göç ve "
            "istihdam çalıştayı 20 Kasım 2025 tarihinde 10:00-16:00 saatleri arasında Ankara'da "
            "yapılacaktır.\n",
            "Kent Göç Çalışmaları Derneği",
        ),
        (
            "Уважаемые коллеги,\n\nАссоциация поддержки трудовых мигрантов проводит семинар "
            "по трудовой миграции 20 ноября 2025 года с 10:00 до 13:00 в Алматы.\n",
            "Ассоциация поддержки трудовых мигрантов",
        ),
        (
            "Wapendwa wadau,\n\nMtandao wa Wakulima wa Pwani unawaalika kwenye warsha ya "
            "uhamiaji salama tarehe 20 Novemba 2025 saa 10:00, Mombasa.\n",
            "Mtandao wa Wakulima wa Pwani",
        ),
        (
            "Rekan-rekan,\n\nJaringan Pekerja Rumah Tangga Nusantara menyelenggarakan "
            "lokakarya tentang perlindungan pekerja migran pada 20 November 2025 pukul "
            "09.00-12.00 WIB di Surabaya.\n",
            "Jaringan Pekerja Rumah Tangga Nusantara",
        ),
        (
            "الزملاء الأعزاء،\n\nتنظم جمعية أصدقاء العمال الوافدين ورشة عمل حول الهجرة الآمنة "
            "يوم 20 نوفمبر 2025 من الساعة 10:00 إلى 13:00 في عمّان.\n",
            "جمعية أصدقاء العمال الوافدين",
        ),
    ],
)
def test_organiser_is_the_name_not_the_sentence(
    extractor: Extractor, body: str, expected: str
) -> None:
    """The organisation-shaped name is taken out of the sentence that introduces it."""
    assert _organizer(extractor, _plain(body)) == expected


def test_a_greeting_or_prose_is_never_an_organiser() -> None:
    """ "Hi all, Sharing the" and "Con mucho gusto les compartimos" are fragments, not names."""
    assert not is_organisation("Hi all, Sharing the")
    assert not is_organisation("Con mucho gusto les compartimos")
    assert not is_organisation("Rencontre se")


def test_org_phrase_drops_lead_words_and_keeps_acronyms() -> None:
    """Words before an article that name no entity are prose; a parenthesised acronym stays."""
    text = "Following the Ministry of the Interior of Chile (MINTER), we"
    assert org_phrase(text) == "Ministry of the Interior of Chile (MINTER)"


_CAL = (
    "BEGIN:VCALENDAR\nMETHOD:REQUEST\nVERSION:2.0\nBEGIN:VEVENT\nUID:x1\n"
    "DTSTART;TZID=Africa/Nairobi:20251120T100000\nDTEND;TZID=Africa/Nairobi:20251120T120000\n"
    "SUMMARY:Consultation on labour migration\nLOCATION:Town Hall, Arusha\n"
    "ORGANIZER;CN=Jane Wanjiru:mailto:jane@partner.example\nDESCRIPTION:{desc}\n"
    "END:VEVENT\nEND:VCALENDAR"
)


@pytest.mark.parametrize(
    "desc",
    [
        "Hosted by the Northern Corridor Workers Coalition.\\nAgenda to follow.",
        "The Northern Corridor Workers Coalition invites you to a consultation.",
    ],
)
def test_calendar_description_names_the_host(extractor: Extractor, desc: str) -> None:
    """An invitation whose body is empty takes the host its DESCRIPTION names, not the CN."""
    head = mail_head("Invitation", mid=message_id(desc), sender=_ANA, content_type=None)
    raw = (
        head + 'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\n'
        "Content-Type: text/plain; charset=utf-8\n\n\n--b1\n"
        "Content-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
        + _CAL.format(desc=desc)
        + "\n--b1--\n"
    ).encode()
    assert _organizer(extractor, raw) == "Northern Corridor Workers Coalition"


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ({"@type": "Organization", "name": "Migrant Voice"}, "Migrant Voice"),
        ("Harbour Diaspora Link", "Harbour Diaspora Link"),
        (
            [{"@type": "Organization", "name": "Coastal Platform"}, {"name": "IOM Ghana"}],
            "Coastal Platform and IOM Ghana",
        ),
    ],
)
def test_schema_org_organizer_is_taken_as_declared(
    extractor: Extractor, org: object, expected: str
) -> None:
    """A schema.org organizer is an explicit declaration: a short name without an entity word
    counts, and a list is joined with "and"."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Dialogue on labour mobility",
        "startDate": "2025-11-20T10:00",
        "endDate": "2025-11-20T12:00",
        "location": {"@type": "Place", "name": "Town Hall", "address": "Accra"},
        "organizer": org,
    }
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        "<body><p>Dear partners,</p><p>Please join the dialogue on labour mobility on 20 "
        "November 2025, 10:00-12:00, at the Town Hall, Accra.</p></body></html>"
    )
    raw = plain_mail(
        "Invitation", html, sender=_ANA, content_type="text/html", transfer_encoding=None
    )
    assert _organizer(extractor, raw) == expected
