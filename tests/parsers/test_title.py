"""parsers.title: subject noise stripped; body lines preferred when the subject is generic."""

from __future__ import annotations

import pytest

from parsers.title import (
    body_title,
    choose_title,
    is_generic,
    is_sentence,
    strip_subject,
    subject_title,
)


def test_reply_forward_and_calendar_prefixes_are_stripped() -> None:
    """Fwd/RE/TR/RV and calendar labels in several languages go, repeatedly."""
    assert strip_subject("Fwd: RE: Invitation: Youth forum on labour rights") == (
        "Youth forum on labour rights"
    )
    assert (
        strip_subject("TR: Invitation : Table ronde sur le retour") == "Table ronde sur le retour"
    )
    assert strip_subject("RV: Invitación: Taller sobre remesas") == "Taller sobre remesas"
    assert strip_subject("Canceled: Film evening on exile") == "Film evening on exile"
    assert strip_subject("Updated invitation: Panel on data") == "Panel on data"
    assert strip_subject("Save the date: Diaspora day") == "Diaspora day"


def test_google_suffix_and_trailing_notes_are_stripped() -> None:
    """Google's '@ date (zone) (address)' suffix and '(Migration Week ...)' notes go."""
    subject = "Invitation: Seminar on care work @ Tue 5 Mar 2024 10am - 1pm (GMT-3) (a@b.org)"
    assert strip_subject(subject) == "Seminar on care work"
    assert strip_subject("Dialogue on skills (Migration Week 2024)") == "Dialogue on skills"


def test_generic_subjects_are_detected() -> None:
    """A label with at most a date is generic; an event name is not."""
    assert is_generic("Invitation")
    assert is_generic("Save the date")
    assert is_generic("Migration Week 2024 event")
    assert not is_generic("Regional consultation with migrant associations")


def test_body_line_before_date_label_is_a_title() -> None:
    """The line just before a 'Date:' line reads as the event's name."""
    body = (
        "Dear all,\n\nYou are invited to\n\n"
        "Community Dialogue on Return and Reintegration\n\nDate: 3 April 2024\n"
    )
    cand = body_title(body)
    assert cand is not None
    assert cand.text == "Community Dialogue on Return and Reintegration"
    assert body[cand.start : cand.end] == cand.text


def test_generic_subject_prefers_heading_then_body() -> None:
    """With a generic subject, an HTML heading wins; with a specific one the subject wins."""
    cand = choose_title("Invitation", "text", ("Open Day for Migrant Entrepreneurs",))
    assert cand is not None and cand.text == "Open Day for Migrant Entrepreneurs"
    cand = choose_title("Fwd: Forum on remittances", "Date: 1 May", ())
    assert cand is not None and cand.text == "Forum on remittances" and cand.source == "subject"


def test_status_prefixes_are_stripped() -> None:
    """Postponement and rescheduling labels are not part of the title."""
    assert strip_subject("Adiado: Oficina sobre integração") == "Oficina sobre integração"
    assert strip_subject("Reprogramación: Conversatorio sobre remesas") == (
        "Conversatorio sobre remesas"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Organised by the Coastal Towns Network and partners",
        "Lucía Herrera, lucia.herrera@example.org",
        "Contact: Omar Haddad, +44 20 7946 0000",
        "Organisé par le Collectif des Deux Rives",
    ],
)
def test_contact_and_credit_lines_are_never_titles(line: str) -> None:
    """A line before 'Date:' that is a credit or contact line is not taken as the title."""
    body = f"Dear all,\n\n{line}\nDate: 4 December 2025\n"
    cand = choose_title("Seminar on coastal migration and fisheries", body)
    assert cand is not None and cand.text == "Seminar on coastal migration and fisheries"


def test_labelled_title_line_wins_over_the_subject() -> None:
    """A 'Titre :' / 'Title:' labelled line names the event even under a specific subject."""
    body = "Bonjour,\n\nTitre : Atelier sur la portabilité des droits sociaux\nDate : 3 mars\n"
    cand = choose_title("Notre prochaine activité du réseau", body)
    assert cand is not None and cand.text == "Atelier sur la portabilité des droits sociaux"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('We are glad to invite you to the screening "Harvest Hands" next week.', "Harvest Hands"),
        (
            "Nous avons le plaisir de vous inviter à la rencontre « Femmes et frontières ».",
            "Femmes et frontières",
        ),
        ("Wir freuen uns, Sie zur Lesung „Zwischen zwei Ufern“ einzuladen.", "Zwischen zwei Ufern"),
        (
            "Tenemos el gusto de invitarles al conversatorio “Voces del sur” en la sede.",
            "Voces del sur",
        ),
    ],
)
def test_quoted_name_after_an_invitation_verb(body: str, name: str) -> None:
    """A quoted/guillemet name right after an invitation verb beats the subject line."""
    cand = choose_title("Network news", "Dear all,\n\n" + body + "\n")
    assert cand is not None and cand.text == name


def test_organisation_in_bold_is_not_a_title() -> None:
    """A bold organisation name ('Institute for ...') is the host, never the title."""
    cand = choose_title(
        "Seminar on seasonal work",
        "The Institute for Labour Mobility Studies organises a seminar.",
        headings=("Institute for Labour Mobility Studies",),
    )
    assert cand is not None and cand.text == "Seminar on seasonal work"


def test_all_caps_line_after_presents_lead_in() -> None:
    """A standalone ALL CAPS name after '... proud to present' is the title."""
    body = (
        "Dear friends,\n\nOur collective is proud to present\n\nSONGS OF THE HARBOUR\n\nMore soon."
    )
    cand = choose_title("Invitation - concert", body)
    assert cand is not None and cand.text == "SONGS OF THE HARBOUR"


def test_display_line_when_the_subject_is_generic() -> None:
    """With a generic subject, a Title Case line standing alone near the top is the title;
    greetings and date lines are not."""
    body = "Dear colleagues,\n\nCare Workers Across Borders Forum\n\nDate: 4 June\n"
    cand = choose_title("Invitation", body)
    assert cand is not None and "Care Workers Across Borders" in cand.text


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Invitation : Table ronde : exil et climat", "Table ronde : exil et climat"),
        ("Titre : Atelier : les routes du Sahel", "Atelier : les routes du Sahel"),
        ("Título: Foro regional: movilidad y clima", "Foro regional: movilidad y clima"),
        ("Webinar: Remittances after the crisis", "Webinar: Remittances after the crisis"),
        ("Harbour stories: an evening of testimony", "Harbour stories: an evening of testimony"),
        ("Einladung und Programm: Fachtag Pflege", "Fachtag Pflege"),
        ("Invitación y nota conceptual: Taller de cuidados", "Taller de cuidados"),
    ],
)
def test_a_colon_inside_a_name_stays_only_labels_go(subject: str, title: str) -> None:
    """Only a label head ("Titre :", "Invitación y nota conceptual:") is cut at its colon; an
    event word or a subtitle around a colon belongs to the printed name."""
    cand = choose_title(subject, "Bonjour.")
    assert cand is not None and cand.text == title


def test_body_naming_sentence_expands_a_short_subject() -> None:
    """The subject is a short form of the name the body prints after 'vous convie à': the
    body's full name, colon included, is the title."""
    body = (
        "Chers collègues,\n\nL'Observatoire des frontières vous convie à la\n"
        "Table ronde : exil, climat et jeunesse dans le Sahel\n\nJeudi 4 juin 2026, 10 h\n"
    )
    cand = choose_title("Re: Table ronde exil climat", body)
    assert cand is not None
    assert cand.text == "Table ronde : exil, climat et jeunesse dans le Sahel"


def test_title_in_the_mail_language_beats_the_attachment_title() -> None:
    """A Spanish mail whose English concept note labels its own title: the body's naming
    sentence, which carries the subject's words, is the title."""
    body = (
        "Estimadas y estimados:\n\nLa Mesa de Cuidados les invita al Taller sobre cuidadoras "
        "migrantes en zonas rurales del altiplano. Adjuntamos la nota conceptual.\n\n"
        "CONCEPT NOTE\nWorkshop on Migrant Care Workers in Rural Highlands\n"
        "Date: 3 March 2026\nVenue: Casa Comunal, La Paz\n"
    )
    cand = choose_title("Invitación: Taller sobre cuidadoras migrantes", body)
    assert cand is not None
    assert cand.text == "Taller sobre cuidadoras migrantes en zonas rurales del altiplano"


def test_quoted_name_beats_a_descriptive_subject() -> None:
    """'Join us at our next session' talks about the event; the quoted name is its title."""
    body = 'Hello,\n\nYou are welcome at the screening of "Salt Roads Home" on 4 May.\n'
    cand = choose_title("Join us at our next session", body)
    assert cand is not None and cand.text == "Salt Roads Home"


def test_subject_not_in_the_naming_sentence_is_not_replaced() -> None:
    """A naming sentence that shares few words with the subject does not replace it."""
    body = "We invite you to a lunch with partners from the coast.\n"
    cand = choose_title("Dialogue on seasonal farm work", body)
    assert cand is not None and cand.text == "Dialogue on seasonal farm work"


def test_description_after_a_colon_is_dropped_when_the_subject_is_the_name() -> None:
    """'les invita a la Feria X: música, comida y ...' under the subject 'Feria X': the part
    after the colon describes the event, the subject's words are all before it."""
    body = (
        "Hola:\n\nEl Colectivo Andino les invita a la Feria Sabores de Frontera: música, comida"
        " y relatos de familias retornadas.\n\nSábado 6 de junio de 2026\n"
    )
    cand = choose_title("RV: Feria Sabores de Frontera", body)
    assert cand is not None and cand.text == "Feria Sabores de Frontera"


@pytest.mark.parametrize(
    "subject",
    [
        "New date: Forum on seasonal work",
        "Neuer Termin: Forum on seasonal work",
        "Nueva fecha: Forum on seasonal work",
        "Nouvelle date : Forum on seasonal work",
        "Nova data: Forum on seasonal work",
        "Nuova data: Forum on seasonal work",
        "Rescheduled: Forum on seasonal work",
        "Reprogramado: Forum on seasonal work",
        "Verschoben: Forum on seasonal work",
        "Reminder: Forum on seasonal work",
        "Rappel : Forum on seasonal work",
        "Recordatorio: Forum on seasonal work",
        "Lembrete: Forum on seasonal work",
        "Promemoria: Forum on seasonal work",
        "Erinnerung: Forum on seasonal work",
        "Correction: Forum on seasonal work",
        "Rectificatif : Forum on seasonal work",
        "Corrección: Forum on seasonal work",
        "Correção: Forum on seasonal work",
        "Correzione: Forum on seasonal work",
        "Korrektur: Forum on seasonal work",
        "RE: Rappel : Nouvelle date : Forum on seasonal work",
    ],
)
def test_status_and_rescheduling_prefixes_are_noise(subject: str) -> None:
    """Rescheduling, reminder and correction labels before a subject's name go, in any language."""
    assert strip_subject(subject) == "Forum on seasonal work"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Taller sobre remesas – el próximo jueves", "Taller sobre remesas"),
        ("Panel on care work - next Thursday", "Panel on care work"),
        ("Atelier sur la mobilité demain à Dakar", "Atelier sur la mobilité"),
        ("Oficina sobre pesca amanhã na Beira", "Oficina sobre pesca"),
        ("Forum zur Pflegearbeit am nächsten Dienstag", "Forum zur Pflegearbeit"),
        ("Seminario sul lavoro domani", "Seminario sul lavoro"),
        ("Dialogue on remittances this Friday", "Dialogue on remittances"),
        ("Rencontre des diasporas jeudi prochain", "Rencontre des diasporas"),
        ("Dialogue on remittances – Dakar", "Dialogue on remittances"),
        ("Dialogue on remittances (12 March)", "Dialogue on remittances"),
        ("Dialogue on remittances @ 12 March 10:00", "Dialogue on remittances"),
        ("Dialogue on remittances | Nairobi, 12 March", "Dialogue on remittances"),
    ],
)
def test_when_where_tails_leave_the_subject(subject: str, title: str) -> None:
    """A relative date, '@ date', '(date)' or a city after a dash or bar is no part of the name."""
    assert subject_title(subject) == title


def test_a_dash_tail_that_is_no_city_stays() -> None:
    """A subtitle after a dash is part of the name; only a known city there is cut."""
    assert subject_title("Forum on return – Reintegration and dignity") == (
        "Forum on return – Reintegration and dignity"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Une erreur s'est glissée dans l'annonce du forum",
        "We are pleased to announce our dialogue on remittances",
        "Good news: the training will take place in the library",
        "Details of the forum:",
        "regional workshop on seasonal work",
        "Nos complace anunciar el taller",
        "Wir freuen uns auf das Forum",
        "Siamo lieti di annunciare il seminario",
        "Temos o prazer de anunciar a oficina",
        "يسرنا دعوتكم إلى ندوة الهجرة",
    ],
)
def test_sentences_are_detected(text: str) -> None:
    """A finite verb with its subject, a trailing ':' or a lowercase first word make a sentence."""
    assert is_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Forum on seasonal work",
        "Afrique de l'Est : dialogue régional",
        "iDMC data launch",
        "ندوة الهجرة",
    ],
)
def test_names_are_not_sentences(text: str) -> None:
    """Names, in caseless scripts too or opening with a brand's small letter, are no sentence."""
    assert not is_sentence(text)


def test_a_sentence_subject_yields_to_the_body_name() -> None:
    """A corrective subject that is a sentence never becomes the title; the body's name does."""
    body = "Please note the corrected details.\n\nDialogue on Care Work Abroad\nDate: 3 May 2025\n"
    cand = choose_title("Une erreur s'est glissée dans mon message :", body)
    assert cand is not None and cand.text == "Dialogue on Care Work Abroad"


def test_a_sentence_subject_alone_gives_no_title() -> None:
    """With no name anywhere, a sentence subject is not passed off as a title."""
    assert choose_title("We are pleased to share some news", "Best wishes, the team") is None


def test_a_body_sentence_before_a_date_label_is_no_title() -> None:
    """A sentence just before a 'Date:' line is not taken for the event's name."""
    body = "Hello all,\n\nthe training will take place in the old library\nDate: 3 May\n"
    cand = choose_title("Training on seasonal work", body)
    assert cand is not None and cand.text == "Training on seasonal work"


@pytest.mark.parametrize(
    "subject",
    [
        'Webinar "Voices of Return" - 5 May',
        "Invitation: Webinaire « Voices of Return » demain",
        "Einladung zur Ausstellung „Voices of Return“",
        "Fwd: Evento “Voices of Return” | Dakar, 5 May",
        "Table ronde ‹Voices of Return›",
    ],
)
def test_a_quoted_name_in_the_subject_wins(subject: str) -> None:
    """The quoted event name in a subject is the title, not the whole subject."""
    cand = choose_title(subject, "See you there.")
    assert cand is not None and cand.text == "Voices of Return"


def test_a_fuller_body_form_of_the_quoted_name_wins() -> None:
    """When the body prints the quoted name in full after an invitation verb, that form wins."""
    body = "We invite you to the Voices of Return Photo Festival on 5 May.\n"
    cand = choose_title('Festival "Voices of Return"', body)
    assert cand is not None and cand.text == "Voices of Return Photo Festival"


def test_a_hyphenated_format_word_stays_with_the_quoted_name() -> None:
    """'Ciné-débat « X »': the compound format word is part of the printed name."""
    cand = choose_title("TR: Ciné-débat « Les Rives »", "À bientôt.")
    assert cand is not None and cand.text == "Ciné-débat « Les Rives »"


@pytest.mark.parametrize(
    "subject",
    [
        "Evento collaterale online",
        "Online side event",
        "Webinar",
        "Workshop",
        "Event invitation",
        "Invitación",
        "Einladung",
        "Événement parallèle en ligne",
    ],
)
def test_generic_descriptions_yield_to_a_body_name(subject: str) -> None:
    """A subject that only names the kind of event yields to the name the body prints."""
    body = 'Cari colleghi,\n\nvi invitiamo al dibattito "Porti aperti e nuove rotte".\n'
    cand = choose_title(subject, body)
    assert cand is not None and cand.text == "Porti aperti e nuove rotte"


def test_a_short_subject_yields_to_its_fuller_printed_name() -> None:
    """A body line holding all the subject's words and more is the printed name."""
    body = (
        "Estimadas y estimados:\n\n"
        "Taller de formación para alcaldías fronterizas: acogida de personas retornadas\n"
        "Lugar: Casa de la Cultura\n"
    )
    cand = choose_title("Taller para alcaldías fronterizas", body)
    assert cand is not None
    assert (
        cand.text
        == "Taller de formación para alcaldías fronterizas: acogida de personas retornadas"
    )


def test_a_lowercase_description_yields_to_the_printed_name() -> None:
    """A lowercase subject describing the event yields to the capitalised name in the body."""
    body = "Hello,\n\nRegional Workshop on Fisheries Labour Standards\n\nVenue: Town Hall\n"
    cand = choose_title("workshop on fisheries labour", body)
    assert cand is not None and cand.text == "Regional Workshop on Fisheries Labour Standards"


@pytest.mark.parametrize(
    "subject",
    [
        "Forum: la ville de demain",
        "Forum: Europa von morgen",
        "Dialogue on the cities of tomorrow",
        "Foro: las ciudades de mañana",
    ],
)
def test_tomorrow_after_of_is_part_of_a_name(subject: str) -> None:
    """'de demain', 'von morgen', 'of tomorrow' belong to a name; no tail is cut there."""
    assert subject_title(subject) == subject


def test_an_arabic_relative_date_tail_goes() -> None:
    """'غدا' (tomorrow) after an Arabic name marks a tail to cut."""
    assert subject_title("ندوة حول هجرة العمال غدا في تونس") == "ندوة حول هجرة العمال"


def test_a_lowercase_subject_yields_to_a_programme_heading_in_another_language() -> None:
    """The official name under a programme heading wins over a lowercase English description."""
    body = (
        "Dear partners,\n\nPlease find below the programme, in French as it was issued.\n\n"
        "PROGRAMME\nAtelier régional sur la pêche artisanale et la mobilité\n\n9:00 Ouverture\n"
    )
    cand = choose_title("regional workshop on fishing mobility", body)
    assert cand is not None
    assert cand.text == "Atelier régional sur la pêche artisanale et la mobilité"
