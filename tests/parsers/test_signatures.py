"""Signatures, footers and disclaimers are set aside so their places and dates never reach the
event (parsers.clean.split_body / signature_start / contact_block_start / html_to_text)."""

from __future__ import annotations

import pytest

from parsers.clean import contact_block_start, html_to_text, split_body

_PROSE = (
    "We warmly invite you to a half-day exchange on seasonal work permits, "
    "held on 14 May in the municipal library of our town.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Best regards,",
        "Kind regards",
        "Sincerely,",
        "Bien cordialement,",
        "Salutations distinguées",
        "Saludos cordiales,",
        "Un saludo",
        "Atenciosamente,",
        "Com os melhores cumprimentos",
        "Mit freundlichen Grüßen",
        "Viele Grüße",
        "Cordiali saluti",
        "Distinti saluti",
        "مع خالص التحيات",
        "وتفضلوا بقبول فائق الاحترام",
        "Sent from my iPhone",
        "Von meinem iPhone gesendet",
    ],
)
def test_closing_formulas_in_seven_languages_start_the_signature(closing: str) -> None:
    """A closing formula and the lines under it (an office address here) are the signature."""
    body = _PROSE + closing + "\nLina Haddad\nRue des Oliviers 3, 1000 Bruxelles\n"
    split = split_body(body)
    assert "Bruxelles" in split.signature
    assert "Bruxelles" not in split.announcement
    assert split.announcement.startswith("We warmly invite")
    assert split.signature_spans and body[split.signature_spans[0][0] :].strip().startswith(
        closing.split()[0]
    )


def test_dash_separator_allows_a_long_footer() -> None:
    """A '--' line starts a signature even when more than 14 lines follow it."""
    footer = "\n".join(f"Office line {n}" for n in range(20))
    split = split_body(_PROSE + "--\n" + footer + "\nAvenida Central 9, San José\n")
    assert "San José" in split.signature and "San José" not in split.announcement


@pytest.mark.parametrize(
    "notice",
    [
        "This e-mail and any attachments are confidential and meant for the addressee only.",
        "Ce message et toutes les pièces jointes sont confidentiels.",
        "Este mensaje es confidencial y está dirigido solo a su destinatario.",
        "Diese E-Mail enthält vertrauliche Informationen.",
        "Questo messaggio è confidenziale.",
        "هذه الرسالة سرية وموجهة إلى المرسل إليه فقط.",
    ],
)
def test_legal_disclaimers_are_set_aside(notice: str) -> None:
    """A confidentiality notice and anything after it leave the announcement."""
    split = split_body(_PROSE + notice + "\nHeadquarters: 12 Harbour Road, Mombasa\n")
    assert "Mombasa" not in split.announcement
    assert "Mombasa" in split.signature


def test_address_block_without_closing_formula_is_a_signature() -> None:
    """A trailing block of short lines with a phone, an e-mail and a postal address, after the
    prose, is the sender's signature even without 'Regards'."""
    body = (
        _PROSE + "Tomás Okafor\nProgramme Officer\nEmbassy Row 5, 00100 Nairobi\n"
        "Tel. +254 20 555 0101\ntomas@example.org\n"
    )
    split = split_body(body)
    assert split.signature.startswith("Tomás Okafor")
    assert "Nairobi" not in split.announcement


def test_venue_address_under_a_label_stays_with_the_event() -> None:
    """An address under 'Venue:' is the event's; only the paragraph after a blank line with
    contact details is the signature."""
    body = (
        _PROSE + "Venue: Casa del Río, Calle Luna 4\n28012 Madrid\n\n"
        "Irene Sol\nRed de Acogida, Calle Prado 2, 28014 Madrid\nirene@example.org\n"
    )
    split = split_body(body)
    assert "Casa del Río" in split.announcement and "28012 Madrid" in split.announcement
    assert split.signature.startswith("Irene Sol")


def test_registration_and_time_lines_are_never_contact_blocks() -> None:
    """Short lines with a clock time or a registration link end the walk: no signature here."""
    body = _PROSE + "Thursday 14 May, 10:00-12:00\nRegister: https://example.org/r\n"
    assert contact_block_start(body) is None
    assert split_body(body).signature == ""


def test_a_mail_of_short_lines_only_keeps_everything() -> None:
    """Without any prose before it, a block of short lines is the announcement itself."""
    body = "Film evening\nCasa Norte\nCalle Sol 3, 08001 Barcelona\ninfo@example.org\n"
    assert contact_block_start(body) is None


def test_html_footer_element_becomes_a_signature() -> None:
    """An HTML <footer> (or role=contentinfo) is rendered after a '--' line: a signature."""
    html = (
        "<html><body><p>" + _PROSE + "</p><footer><p>Network office, Quai 4, 1201 Genève</p>"
        "<p>Follow us on LinkedIn</p></footer></body></html>"
    )
    split = split_body(html_to_text(html).text)
    assert "Genève" in split.signature and "Genève" not in split.announcement
