"""parsers.notification: phishing and advance-fee mails that advertise an event are spam."""

from __future__ import annotations

from datetime import datetime

from parsers.notification import content_verdict, lookalike_domain, mismatched_links
from parsers.types import ParsedMessage


def _msg(
    from_name: str = "", from_addr: str = "events@partner.example.org", html: str = ""
) -> ParsedMessage:
    return ParsedMessage(
        message_id=None,
        subject="Invitation",
        from_name=from_name,
        from_addr=from_addr,
        to=(),
        date=datetime(2025, 11, 3),
        headers=(),
        text_plain="",
        text_html=html,
        calendars=(),
        attachments=(),
        embedded=(),
        content_type="text/plain",
    )


def _is_event(msg: ParsedMessage, text: str) -> bool:
    return content_verdict(msg, text, upcoming_dates=1, past_dates=0).is_event_notification


def test_credential_lure_with_lookalike_sender_is_spam() -> None:
    """'verify your account' and 'mailbox will be suspended' from a UN lookalike domain are spam."""
    text = (
        "Your mailbox will be suspended. To join the webinar on migration governance on "
        "20 November 2025, verify your account at http://portal.example.net/login"
    )
    assert not _is_event(_msg("UN Migration", "support@un-migration.net"), text)


def test_credential_lures_in_other_languages_are_spam() -> None:
    """French, Spanish and Portuguese credential lures add up to a spam verdict."""
    for text in (
        "Pour participer au séminaire du 20 novembre, vérifiez votre compte et confirmez votre"
        " mot de passe : votre boîte mail sera suspendue.",
        "Para asistir al seminario del 20 de noviembre, verifique su cuenta: su buzón será"
        " suspendido.",
        "Para participar do seminário em 20 de novembro, confirme sua senha: sua conta será"
        " suspensa.",
    ):
        assert not _is_event(_msg(), text), text


def test_fee_payable_to_a_person_with_urgency_is_spam() -> None:
    """A conference fee payable to a named person, to pay urgently, is advance-fee fraud."""
    text = (
        "You are invited to the International Conference on Mobility on 12 December 2025."
        " The registration fee of USD 450 is payable to Mr K. Benson; pay within 24 hours."
    )
    assert not _is_event(_msg(), text)
    fr = (
        "Vous êtes invités au colloque du 12 décembre. Les frais de 300 EUR sont à verser sur le"
        " compte personnel de M. Durand, paiement urgent."
    )
    assert not _is_event(_msg(), fr)


def test_un_display_name_from_free_mail_with_a_prize_is_spam() -> None:
    """A sender calling itself IOM from a free mail domain, promising a prize, is spam."""
    text = "Claim your prize: a funded seat at the Global Forum on 15 December 2025."
    assert not _is_event(_msg("IOM Conference Team", "iom.conference@gmail.com"), text)


def test_link_showing_an_official_site_but_going_elsewhere_is_spam() -> None:
    """A link whose text shows an official UN address but whose target is another site is spam."""
    html = '<p>Register: <a href="http://secure-login.example.xyz/r">https://www.iom.int/register</a></p>'
    text = "Join our webinar on labour migration on 25 November 2025. Register: https://www.iom.int/register"
    assert not _is_event(_msg(html=html), text)


def test_mismatched_links_ignore_rewriters_and_same_site() -> None:
    """Safe-links wrappers and the same registrable domain are no mismatch; another site is."""
    html = (
        '<a href="https://eur01.safelinks.protection.outlook.com/?url=x">https://iom.int/a</a>'
        '<a href="https://events.iom.int/r?utm=1">www.iom.int/r</a>'
        '<a href="https://us02web.zoom.us/j/1">zoom.us/j/1</a>'
        '<a href="https://example.com/x">Register here</a>'
    )
    assert mismatched_links(html) == []
    assert mismatched_links('<a href="https://evil.example.com/">https://un.org/x</a>') == [
        "un.org"
    ]


def test_lookalike_domains() -> None:
    """An acronym inside another registrable domain is a lookalike; the org's own domain is not."""
    assert lookalike_domain("iom-int.org") and lookalike_domain("mail.un-migration.net")
    assert not lookalike_domain("migrationnetwork.un.org") and not lookalike_domain("iom.int")
    assert not lookalike_domain("unmigration.example.org")


def test_partner_event_with_a_modest_fee_stays_an_event() -> None:
    """A partner workshop with a small registration fee paid by bank transfer is an event."""
    text = (
        "The Migration Research Network invites you to a workshop on 4 December 2025 in Nairobi."
        " A modest registration fee of USD 50 covers lunch; pay at the door or by bank transfer"
        " to the Network's account. Register: https://migrationresearch.example.org/register"
    )
    assert _is_event(_msg(), text)


def test_partner_domain_with_an_acronym_alone_stays_an_event() -> None:
    """A partner's domain built on an acronym ('iom-uk') is no spam without a lure."""
    text = "We invite you to a seminar on 4 December 2025, 10:00, at the Town Hall, Leeds."
    assert _is_event(_msg("Daniel Ode", "d.ode@iom-uk.example.org"), text)
    assert _is_event(_msg("UN RCO Team", "info@un-rco-example.org"), text)


def test_webinar_on_crypto_remittances_stays_an_event() -> None:
    """One payment word in the topic ('bitcoin') does not make an official webinar spam."""
    text = "IOM invites you to a webinar on bitcoin remittances on 18 November 2025, 14:00 CET."
    assert _is_event(_msg("IOM Geneva", "events@iom.int"), text)
