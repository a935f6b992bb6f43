"""An invitation that is only a calendar part (or whose text lacks the invitation's words) is read
from its DESCRIPTION, the join instructions of Teams, Zoom, Webex and Google Meet stripped; a room
in LOCATION with a join link is hybrid, a LOCATION naming only the meeting tool is online."""

from __future__ import annotations

import mailkit
import pytest

from parsers.clean import strip_meeting_boilerplate
from parsers.extract import Extractor

_RULE = "_" * 60


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _vevent(summary: str, day: str, description: str, location: str = "", extra: str = "") -> str:
    lines = [
        f"SUMMARY:{summary}",
        f"DTSTART;TZID=Europe/Paris:{day}T100000",
        f"DTEND;TZID=Europe/Paris:{day}T120000",
        f"DESCRIPTION:{_ics_text(description)}",
        f"UID:{abs(hash(summary + day))}@example.org",
    ]
    if location:
        lines.append("LOCATION:" + _ics_text(location))
    if extra:
        lines.append(extra)
    return "BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n"


def _mail(subject: str, vevents: list[str], body: str | None = None) -> bytes:
    cal = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n" + "".join(vevents)
    cal += "END:VCALENDAR\r\n"
    head = (
        f"From: A <a@example.org>\nTo: net@example.org\nSubject: {subject}\n"
        "Date: Mon, 03 Nov 2025 09:00:00 +0000\n"
        f"Message-ID: <{abs(hash(cal))}@example.org>\nMIME-Version: 1.0\n"
    )
    calendar_part = (
        "Content-Type: text/calendar; charset=utf-8; method=REQUEST\n"
        "Content-Transfer-Encoding: 8bit\n\n" + cal
    )
    if body is None:
        return (head + calendar_part).encode()
    text_part = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    return (
        head + 'Content-Type: multipart/alternative; boundary="b"\n\n--b\n' + text_part + body
        + "\n--b\n" + calendar_part + "\n--b--\n"
    ).encode()  # fmt: skip


_FR_TEAMS = (
    "La Maison des Migrants de Lyon vous invite à un atelier de formation sur le montage de "
    "projets de la diaspora.\nInscription : https://forms.example.org/atelier-diaspora\n\n"
    f"{_RULE}\nRéunion Microsoft Teams\nParticiper sur votre ordinateur, votre application "
    "mobile ou l'appareil de la salle\nCliquez ici pour participer à la réunion"
    "<https://teams.microsoft.com/l/meetup-join/19%3aabc>\nID de la réunion : 345 678 901 234\n"
    "Code secret : Xy7pQ2\nTélécharger Teams | Rejoindre sur le web\nOu appelez (audio "
    "uniquement)\n+33 1 70 37 22 46,,123456# France, Paris\nID de conférence téléphonique : "
    f"123 456#\nBesoin d'aide ?\n{_RULE}"
)
_ES_ZOOM = (
    "La Red de Migrantes de Madrid organiza un seminario web sobre remesas y ahorro.\n\n"
    "Unirse a la reunión Zoom\nhttps://zoom.us/j/98765432100?pwd=abc\n\n"
    "ID de reunión: 987 6543 2100\nCódigo de acceso: 123456\n\n"
    "+34 91 787 0058,,98765432100# España\n"
)


def test_calendar_only_invitation_reads_type_organiser_and_form_from_description(
    extractor: Extractor,
) -> None:
    """A Teams invitation with a neutral SUMMARY takes its type, organiser and registration
    form from the DESCRIPTION; LOCATION 'Réunion Microsoft Teams' alone is online."""
    vevent = _vevent("Diaspora et développement local", "20251204", _FR_TEAMS,
                     location="Réunion Microsoft Teams")  # fmt: skip
    (event,) = mailkit.events(extractor, _mail("Diaspora et développement local", [vevent]))
    assert event.value("event_type") == "knowledge_sharing"
    assert event.value("organizer") == "Maison des Migrants de Lyon"
    assert event.value("registration_url") == "https://forms.example.org/atelier-diaspora"
    assert event.value("mode") == "online"
    assert event.value("city") is None


def test_zoom_invitation_without_location_is_online_though_a_city_is_named(
    extractor: Extractor,
) -> None:
    """A Zoom link in the DESCRIPTION, no LOCATION, no room: online, though the organiser's
    name holds a city; the Zoom link is the only link, so it is the registration link."""
    vevent = _vevent("Remesas y ahorro", "20251210", _ES_ZOOM)
    (event,) = mailkit.events(extractor, _mail("Remesas y ahorro", [vevent]))
    assert event.value("mode") == "online"
    assert event.value("event_type") == "knowledge_sharing"
    assert str(event.value("registration_url")).startswith("https://zoom.us/j/98765432100")


def test_room_in_location_with_teams_url_property_is_hybrid(extractor: Extractor) -> None:
    """LOCATION names a room and X-MICROSOFT-SKYPETEAMSMEETINGURL a Teams link: hybrid, with
    the room as venue; a one-line text body does not hide the DESCRIPTION."""
    vevent = _vevent(
        "Peer exchange",
        "20251120",
        "Hosted by the Coastal Cities Migration Forum: a peer-learning workshop for municipal "
        "officers.\n",
        location="Room 4, City Hall, Marseille",
        extra="X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ax",
    )
    (event,) = mailkit.events(
        extractor, _mail("Peer exchange", [vevent], body="See the invitation.\n")
    )
    assert event.value("mode") == "hybrid"
    assert event.value("city") == "Marseille"
    assert str(event.value("venue")).startswith("Room 4")
    assert event.value("event_type") == "knowledge_sharing"
    assert event.value("organizer") == "Coastal Cities Migration Forum"


def test_room_location_without_join_link_stays_in_person(extractor: Extractor) -> None:
    """No join link anywhere: a room in LOCATION keeps the event in person."""
    vevent = _vevent("Peer exchange", "20251120", "A peer-learning workshop for officers.\n",
                     location="Room 4, City Hall, Marseille")  # fmt: skip
    (event,) = mailkit.events(extractor, _mail("Peer exchange", [vevent]))
    assert event.value("mode") == "in_person"


def test_each_calendar_event_reads_its_own_description(extractor: Extractor) -> None:
    """Two VEVENTs with neutral summaries: each takes its type from its own DESCRIPTION."""
    first = _vevent("Día 1", "20251204", "Exposición de fotografía de artistas migrantes en la "
                    "Casa de la Cultura, Madrid.")  # fmt: skip
    second = _vevent("Día 2", "20251205", "Mesa redonda con autoridades locales sobre "
                     "integración, Ayuntamiento de Madrid.")  # fmt: skip
    events = mailkit.events(extractor, _mail("Dos actividades", [first, second]))
    assert [e.value("event_type") for e in events] == ["exhibition_cultural", "policy_dialogue"]


def test_text_body_that_already_carries_the_description_is_not_doubled(
    extractor: Extractor,
) -> None:
    """Outlook's text part repeats the DESCRIPTION: the body is not given it a second time."""
    description = "A peer-learning workshop for municipal officers on migrant inclusion.\n"
    vevent = _vevent("Peer exchange", "20251120", description, location="Room 4, Marseille")
    result = extractor.extract(_mail("Peer exchange", [vevent], body=description))
    body = next(p.text for p in result.texts if p.name == "body")
    assert body.count("peer-learning workshop") == 1


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Webinar on remittances.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/123\n\n"
            "Meeting ID: 123 4567 8901\nPasscode: 998877\nOne tap mobile\n"
            "+16465588656,,12345678901# US (New York)\nDial by your location\n"
            "        +1 646 558 8656 US (New York)\nFind your local number: https://zoom.us/u/x",
            "Webinar on remittances.",
        ),
        (
            "Réunion des points focaux.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Participez avec Google Meet : https://meet.google.com/abc-defg-hij\n"
            "Ou composez le : (FR) +33 1 23 45 67 89 PIN : 123456789#\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Invitation from Google Calendar",
            "Réunion des points focaux.",
        ),
        (
            "Sesión informativa para socios.\nJoin meeting\nhttps://example.webex.com/meet/x\n"
            "Meeting number: 2634 123 4567\nMeeting password: abc\n¿Necesita ayuda?",
            "Sesión informativa para socios.",
        ),
        (
            "Oficina sobre integração.\nReunião do Microsoft Teams\nID da reunião: 312 456\n"
            "Senha: aB3\nPrecisa de ajuda?",
            "Oficina sobre integração.",
        ),
    ],
)
def test_meeting_boilerplate_is_stripped(text: str, kept: str) -> None:
    """Join, ID, passcode, dial-in and help lines of the meeting tools go; the prose stays."""
    assert strip_meeting_boilerplate(text) == kept


def test_prose_lines_that_merely_mention_joining_stay() -> None:
    """'Join the meeting at the town hall' and 'Learn more and register' are not boilerplate."""
    text = "Join the meeting at the town hall, Lomé.\nLearn more and register at the link."
    assert strip_meeting_boilerplate(text) == text
