"""Salutations and sign-offs are never titles, in any language; under a generic subject
("دعوة", "Invitation", "Приглашение") the title is the event noun phrase of the invitation
sentence."""

from __future__ import annotations

import pytest
from mailkit import PARTNER, only_event, plain_mail

from parsers.extract import Extractor
from parsers.title import courtesy
from parsers.types import ExtractedEvent


def _one(extractor: Extractor, subject: str, body: str) -> ExtractedEvent:
    return only_event(extractor, plain_mail(subject, body, sender=PARTNER))


_COURTESY_LINES = [
    "Best regards",
    "Kind regards,",
    "Cordialement",
    "Bien cordialement",
    "Saludos cordiales",
    "Atenciosamente",
    "Mit freundlichen Grüßen",
    "Cordiali saluti",
    "مع التحية",
    "مع خالص التقدير",
    "وتفضلوا بقبول فائق الاحترام",
    "С уважением",
    "З повагою",
    "Saygılarımızla",
    "Asante",
    "Hormat kami",
    "Dear colleagues",
    "Chers partenaires",
    "Estimados socios",
    "Sehr geehrte Damen und Herren",
    "Уважаемые коллеги!",
    "Sayın katılımcılar",
    "Wapendwa wadau",
    "السادة الشركاء",
]


@pytest.mark.parametrize("line", _COURTESY_LINES)
def test_courtesy_lines_are_recognised(line: str) -> None:
    """Each salutation or sign-off is recognised as courtesy, not a name."""
    assert courtesy(line)


@pytest.mark.parametrize(
    "line", ["Regional Dialogue on Labour Mobility", "Atelier sur la migration", "ندوة حول الهجرة"]
)
def test_event_names_are_not_courtesy(line: str) -> None:
    """An event name is not mistaken for a salutation or sign-off."""
    assert not courtesy(line)


_GENERIC = [
    (
        "دعوة",
        "السادة الشركاء،\n\nيسرنا دعوتكم إلى لقاء عبر الإنترنت حول إدماج العائدين يوم 20 نوفمبر "
        "2025 على الساعة 11:00 بتوقيت تونس عبر زوم https://zoom.us/j/555\n\nمع التحية\n",
        "لقاء عبر الإنترنت حول إدماج العائدين",
    ),
    (
        "دعوة",
        "السادة الشركاء،\n\nيسرنا دعوتكم إلى ندوة حول حماية العمال المهاجرين يوم 20 نوفمبر 2025 "
        "في عمّان.\n\nوتفضلوا بقبول فائق الاحترام\n",
        "ندوة حول حماية العمال المهاجرين",
    ),
    (
        "Invitation",
        "Chers partenaires,\n\nNous avons le plaisir de vous inviter à une séance "
        "d'information sur le fonds de réintégration le 20 novembre 2025 à 10h à Bamako.\n\n"
        "Cordialement\n",
        "Séance d'information sur le fonds de réintégration",
    ),
    (
        "Invitación",
        "Estimados socios:\n\nTenemos el gusto de invitarles a una sesión informativa sobre "
        "movilidad climática el 20 de noviembre de 2025 a las 10:00 en Quito.\n\n"
        "Saludos cordiales\n",
        "Sesión informativa sobre movilidad climática",
    ),
    (
        "Convite",
        "Prezados parceiros,\n\nTemos o prazer de convidá-los para uma sessão informativa sobre "
        "trabalho sazonal no dia 20 de novembro de 2025, às 10h, em Luanda.\n\nAtenciosamente\n",
        "Sessão informativa sobre trabalho sazonal",
    ),
    (
        "Приглашение",
        "Уважаемые коллеги!\n\nПриглашаем вас на семинар по вопросам трудовой миграции, который "
        "состоится 20 ноября 2025 года в 10:00 в Бишкеке.\n\nС уважением\n",
        "Семинар по вопросам трудовой миграции",
    ),
    (
        "Mwaliko",
        "Wapendwa wadau,\n\nTunawaalika kwenye warsha ya vijana kuhusu ajira za nje tarehe 20 "
        "Novemba 2025 jijini Dodoma.\n\nAsante\n",
        "Warsha ya vijana kuhusu ajira za nje",
    ),
    (
        "Invitation",
        "Dear colleagues,\n\nWe are pleased to invite you to an information session on ethical "
        "recruitment on 20 November 2025 at 10:00 in Manila.\n\nBest regards\n",
        "Information session on ethical recruitment",
    ),
]


@pytest.mark.parametrize(("subject", "body", "title"), _GENERIC)
def test_generic_subject_takes_the_invited_event(
    extractor: Extractor, subject: str, body: str, title: str
) -> None:
    """Under a generic subject the invitation sentence's event phrase, capitalised, is the title,
    never the salutation or the sign-off."""
    assert _one(extractor, subject, body).value("title") == title
