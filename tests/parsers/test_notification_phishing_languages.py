"""parsers.notification: phishing signals in Portuguese, Spanish and French add up like the
English ones, and a partner event with a fee stays an event."""

from __future__ import annotations

from datetime import datetime

import pytest

from parsers.notification import content_verdict, spam_score
from parsers.types import ParsedMessage


def _msg(from_name: str = "", from_addr: str = "eventos@parceiro.example.org") -> ParsedMessage:
    return ParsedMessage(
        message_id=None,
        subject="Convite",
        from_name=from_name,
        from_addr=from_addr,
        to=(),
        date=datetime(2025, 11, 3),
        headers=(),
        text_plain="",
        text_html="",
        calendars=(),
        attachments=(),
        embedded=(),
        content_type="text/plain",
    )


def _is_event(msg: ParsedMessage, text: str) -> bool:
    return content_verdict(msg, text, upcoming_dates=1, past_dates=0).is_event_notification


@pytest.mark.parametrize(
    "text",
    [
        "Webinar sobre trabalho digno a 20 de novembro. Para participar, verifique a sua conta:"
        " a sua caixa de correio será desativada.",
        "Webinar gratuito a 20 de novembro. Confirme a sua senha e clique aqui para garantir a"
        " vaga.",
        "Seminario web el 20 de noviembre. Ingrese su contraseña y haga clic aquí para asegurar"
        " su plaza.",
        "Webinaire le 20 novembre. Confirmez vos identifiants : votre messagerie sera désactivée.",
    ],
)
def test_credential_lures_add_up_in_pt_es_fr(text: str) -> None:
    """A password or account lure with a second signal (another lure, 'click here to secure
    your seat') is spam in Portuguese, Spanish and French."""
    assert not _is_event(_msg(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Seminário internacional a 20 de novembro. Taxa de inscrição de 150 EUR, por"
        " transferência para a conta do Sr. Alves.",
        "Congreso el 20 de noviembre. Cuota de 200 EUR por transferencia a la cuenta del Sr."
        " Pérez.",
        "Colloque le 20 novembre. Frais de 200 EUR par virement sur le compte de M. Diallo.",
    ],
)
def test_fee_to_a_titled_person_with_urgency_is_spam(text: str) -> None:
    """A fee sent to a titled person's account, to pay urgently, is advance-fee fraud."""
    assert not _is_event(_msg(), text + " Pagamento urgente.")


def test_pix_or_mb_way_to_a_phone_number_is_a_personal_payee() -> None:
    """A fee by Pix or MB Way to a phone number is paid to a person; with urgency it is spam."""
    text = (
        "Seminário a 20 de novembro. Pagamento da taxa (50 EUR) via MB Way para o número"
        " 912 345 678 nas próximas 24 horas."
    )
    assert not _is_event(_msg(), text)
    assert spam_score(_msg(), "Pagamento via Pix para +55 11 91234 5678.") == 2.0


def test_prize_lure_in_portuguese_with_urgent_fee_is_spam() -> None:
    """'Resgate o seu prémio' plus a fee due within hours is spam (European spelling too)."""
    text = (
        "Você foi sorteado para o Fórum Global a 15 de dezembro. Resgate o seu prémio: taxa"
        " de 30 EUR nas próximas 24 horas."
    )
    assert not _is_event(_msg(), text)


def test_full_un_name_in_sender_is_read_in_any_case() -> None:
    """'Nações Unidas' / 'United Nations' in the display name from another domain counts, as
    'UN' did, and with a credential lure it is spam."""
    text = "Webinar a 20 de novembro. Atualize os seus dados de acesso para participar."
    assert not _is_event(_msg("Nações Unidas - Eventos", "eventos@nu-eventos.example.com"), text)
    assert spam_score(_msg("United Nations Events", "ev@events.example.com"), "") == 1.5


@pytest.mark.parametrize(
    "text",
    [
        "A Rede de Investigação convida para um seminário a 4 de dezembro de 2025 em Lisboa."
        " Taxa de inscrição de 20 EUR (inclui almoço), paga por transferência bancária para a"
        " conta da Associação. Clique aqui para garantir a sua vaga.",
        "La Red invita al taller del 4 de diciembre en Madrid. Cuota de inscripción: 30 EUR, por"
        " transferencia a la cuenta de la Asociación. Plazas limitadas.",
        "Le Réseau vous invite à l'atelier du 4 décembre à Dakar. Frais de participation : 10"
        " 000 FCFA, par virement sur le compte de l'Association. Cliquez ici pour réserver"
        " votre place.",
    ],
)
def test_partner_event_with_a_fee_stays_an_event(text: str) -> None:
    """A partner's fee paid to its association's account, even with 'click here to secure
    your seat', is no phishing."""
    assert _is_event(_msg(), text)
