"""The registration link: a link said in a registration sentence, even one wrapped over lines."""

from __future__ import annotations

from parsers.links import registration_url


def test_a_link_after_a_registration_sentence_wrapped_over_lines_is_the_registration_url() -> None:
    """ "Neue Anmeldungen sind weiterhin / möglich unter: <url>": the registration word sits on the
    sentence's previous line."""
    text = (
        "Die Tagung findet hybrid statt.\nNeue Anmeldungen sind weiterhin\n"
        "möglich unter: https://tagung.example.org/2026\n"
    )
    assert registration_url(text, 0).value == "https://tagung.example.org/2026"


def test_a_link_after_a_finished_registration_sentence_is_not_the_registration_url() -> None:
    """A registration word in the sentence before does not make a gallery link a form."""
    text = "Registration closed last week.\nPhotos of the last edition: https://x.example.org/p\n"
    assert registration_url(text, 0).value is None


def test_a_labelled_link_line_keeps_its_own_label() -> None:
    """ "Map: <url>" under a registration line is a map, not the registration form."""
    text = "Registration opens at 9:00 on site\nMap: https://maps.example.org/hall\n"
    assert registration_url(text, 0).value is None


def test_a_link_alone_under_a_registration_lead_is_the_registration_url() -> None:
    """ "To take part, please sign up here:" then the link on its own line."""
    text = "To take part, please sign up here:\nhttps://x.example.org/take-part\n"
    assert registration_url(text, 0).value == "https://x.example.org/take-part"
