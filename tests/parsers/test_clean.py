"""parsers.clean: HTML to structured text; replies, forwards and signatures split apart."""

from __future__ import annotations

from parsers.clean import html_to_text, signature_start, split_body


def test_html_tables_links_and_scripts() -> None:
    """Table rows become lines, links keep their URL, scripts/styles vanish, headings collected."""
    html = """<html><head><style>p{color:red}</style></head><body>
    <script>alert('x')</script><h2>Regional seminar on return</h2>
    <table><tr><td>Date</td><td><b>5 March 2024</b></td></tr>
    <tr><td>Place</td><td>Town Hall</td></tr></table>
    <p>Please <a href="https://example.org/reg">register here</a>.</p></body></html>"""
    out = html_to_text(html)
    assert "alert" not in out.text and "color" not in out.text
    assert "Date | 5 March 2024" in out.text
    assert "Place | Town Hall" in out.text
    assert "register here <https://example.org/reg>" in out.text
    assert out.headings[0] == "Regional seminar on return"


def test_html_garbage_does_not_raise() -> None:
    """Broken or empty HTML gives text, never an exception."""
    assert html_to_text("").text == ""
    assert "text" in html_to_text("<<<div>text</p").text


def test_english_reply_separates_new_part_from_quote() -> None:
    """'On ... wrote:' starts the quoted history; '>' prefixes are removed from it."""
    body = (
        "Small correction: the room is B2.\n\n"
        "On Mon, 5 Feb 2024, Ana <a@x.org> wrote:\n> Seminar on 8 Feb.\n> Room A1\n"
    )
    split = split_body(body)
    assert split.is_reply
    assert split.announcement.startswith("Small correction")
    assert "Room A1" in split.quoted and ">" not in split.quoted


def test_french_spanish_portuguese_reply_lines() -> None:
    """Reply lines in fr/es/pt are recognised."""
    for line in (
        "Le lun. 5 févr. 2024 à 10:00, Ana <a@x.org> a écrit :",
        "El lun, 5 feb 2024 a las 10:00, Ana (<a@x.org>) escribió:",
        "Em seg., 5 de fev. de 2024 às 10:00, Ana <a@x.org> escreveu:",
    ):
        split = split_body(f"Nuevo texto.\n\n{line}\nTexto citado.\n")
        assert split.is_reply, line
        assert split.quoted == "Texto citado."  # the attribution line (and its date) is dropped


def test_outlook_header_block_reply_in_spanish() -> None:
    """An Outlook 'De:/Enviado:/Para:/Asunto:' block starts the history."""
    body = (
        "Corrijo el horario.\n\nDe: Ana <a@x.org>\nEnviado: lunes, 5 de febrero de 2024\n"
        "Para: equipo@x.org\nAsunto: Taller\n\nTaller el 8 de febrero.\n"
    )
    split = split_body(body)
    assert split.is_reply and "Taller el 8" in split.quoted
    assert "Corrijo" in split.announcement and "Taller el 8" not in split.announcement


def test_inline_forward_is_the_announcement() -> None:
    """Forwarded content becomes the announcement, ahead of the forwarder's note."""
    body = (
        "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Org <o@x.org>\n"
        "Date: Wed, 10 Jan 2024\nSubject: Workshop\nTo: me@x.org\n\nWorkshop on 3 March in Quito.\n"
    )
    split = split_body(body)
    assert split.is_forward and not split.is_reply
    assert split.announcement.startswith("Workshop on 3 March in Quito.")


def test_outlook_forward_block_after_sharing_note() -> None:
    """An Outlook From/Sent/To/Subject block after a 'sharing' note is a forward."""
    body = (
        "Sharing the event below.\n\nFrom: Org <o@x.org>\nSent: Monday, 8 January 2024 10:00\n"
        "To: me@x.org\nSubject: Forum\n\nThe forum takes place on 4 April.\n"
    )
    split = split_body(body)
    assert split.is_forward
    assert split.announcement.startswith("The forum takes place")


def test_signature_and_disclaimer_are_set_aside() -> None:
    """Sign-off, name, address lines and disclaimers leave the announcement."""
    body = (
        "The dialogue is on 6 March in Nairobi.\n\nKind regards,\nJane Roe\nOffice X\n"
        "Copenhagen, Denmark\n\nThis e-mail and any attachments are confidential.\n"
    )
    split = split_body(body)
    assert "Copenhagen" not in split.announcement
    assert "Copenhagen" in split.signature
    assert split.signature_spans and split.signature_spans[0][0] == body.index("Kind regards")


def test_signoffs_in_other_languages() -> None:
    """Closing formulas in fr/es/pt/ar start a signature."""
    for closing in (
        "Bien cordialement,",
        "Un cordial saludo,",
        "Atenciosamente,",
        "مع أطيب التحيات",
    ):
        text = f"Texte de l'annonce.\n\n{closing}\nNom\nVille\n"
        assert signature_start(text) == text.index(closing), closing


def test_outlook_reply_header_with_sent_on_variants_is_quoted_history() -> None:
    """Outlook's localized 'Sent' keys with a preposition (Enviado el, Enviada em, Gesendet am)
    still mark the quoted original."""
    for sent in ("Enviado el", "Enviada em", "Gesendet am", "Envoyé le", "Inviato il"):
        body = (
            "La sala correcta es la 204.\n\nSaludos\n\n"
            "De: Ana Torres <ana@example.org>\n"
            f"{sent}: lunes, 3 de marzo de 2025 10:00\n"
            "Para: Red <red@example.org>\n"
            "Asunto: Taller sobre movilidad\n\n"
            "El taller será el 12 de marzo en la sala 104.\n"
        )
        parts = split_body(body)
        assert "sala 104" not in parts.announcement, sent
        assert "sala 104" in parts.quoted, sent
