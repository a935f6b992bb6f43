"""Pure parts of the digest: weeks, sections, filters, rendering, .ics, tokens, messages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import icalendar
import pytest

from digest import ics
from digest.content import (
    CHANGED,
    NEW,
    UPCOMING,
    DigestContent,
    DigestEvent,
    assign_sections,
    for_subscriber,
    parse_week,
    week_of,
    window_for,
)
from digest.message import build, digest_message_id
from digest.regions import region_names
from digest.render import MAX_HTML_BYTES, Options, Renderer
from digest.unsubscribe import make_token, token_subscriber_id, verify

WINDOW = window_for("2026-W50", 28)


def event(i: int, **values: object) -> DigestEvent:
    base = DigestEvent(
        id=i,
        title=f"Consultation on regular pathways number {i}",
        start_date="2026-12-09",
        start_time="14:00",
        end_time="16:30",
        timezone="Africa/Nairobi",
        city="Nairobi",
        country="KE",
        organizer="East Africa Mobility Coalition",
        registration_url=f"https://coalition.example.org/events/{i}",
        event_type="stakeholder_consultation",
    )
    return replace(base, **values)  # type: ignore[arg-type]


def test_iso_weeks_round_trip_and_reject_nonsense() -> None:
    """`2026-W50` is the week of Monday 7 December 2026; other shapes are refused."""
    assert parse_week("2026-W50") == date(2026, 12, 7)
    assert week_of(date(2026, 12, 13)) == "2026-W50"
    assert WINDOW.start == date(2026, 12, 7) and WINDOW.end == date(2027, 1, 4)
    for bad in ("2026-50", "W50", "2026-W99", "26-W10"):
        with pytest.raises(ValueError):
            parse_week(bad)


def test_sections_compare_with_the_previous_digest() -> None:
    """Absent before: new. Displayed fields differ: changed, with what changed. Same: upcoming.
    A cancellation already announced is not repeated."""
    before = [event(1), event(2), event(3, status="cancelled")]
    now = [event(1), event(2, start_time="15:00"), event(3, status="cancelled"), event(4)]
    placed = {e.id: e for e in assign_sections(now, before)}
    assert placed[1].section == UPCOMING
    assert (placed[2].section, placed[2].changed) == (CHANGED, ("start_time",))
    assert 3 not in placed
    assert placed[4].section == NEW


def test_first_digest_calls_everything_new_and_a_new_cancellation_a_change() -> None:
    """Without a previous digest every event is new; later, an unseen cancelled one is a change."""
    assert {e.section for e in assign_sections([event(1), event(2)], None)} == {NEW}
    [late] = assign_sections([event(5, status="cancelled")], [event(1)])
    assert late.section == CHANGED


def test_subscriber_filters_by_region_and_type_and_online_goes_everywhere() -> None:
    """Region names and ISO codes both work; an online event matches any region filter."""
    content = DigestContent(
        window=WINDOW,
        events=(
            event(1, country="KE"),
            event(2, country="MX"),
            event(3, country=None, mode="online"),
            event(4, country="FR", event_type="side_event"),
        ),
    )
    ids = lambda c: [e.id for e in c.events]  # noqa: E731
    assert ids(for_subscriber(content, ["Africa"], [], region_names)) == [1, 3]
    assert ids(for_subscriber(content, ["Latin America"], [], region_names)) == [2, 3]
    assert ids(for_subscriber(content, ["fr"], [], region_names)) == [3, 4]
    assert ids(for_subscriber(content, [], ["side_event"], region_names)) == [4]
    assert "Americas" in region_names("MX") and "Latin America" not in region_names("US")


def test_hostile_text_is_escaped_and_only_http_links_survive() -> None:
    """A title with markup is escaped in the HTML; a javascript: registration link is dropped."""
    bad = event(
        1, title='<img src=x onerror="alert(1)">Forum', registration_url="javascript:alert(1)"
    )
    out = Renderer().render(DigestContent(window=WINDOW, events=(bad,)), Options())
    assert "<img src=x" not in out.html and "&lt;img src=x" in out.html
    assert "javascript:" not in out.html and "javascript:" not in out.text


def test_html_and_text_carry_the_same_content() -> None:
    """Every event's title, time with its zone, place, organiser and links are in both parts."""
    content = DigestContent(window=WINDOW, events=tuple(assign_sections([event(1)], None)))
    out = Renderer().render(content, Options(base_url="https://events.example.org"))
    for needle in (
        "Consultation on regular pathways number 1",
        "Wednesday 9 December 2026, 14:00–16:30 Nairobi time (UTC+03:00)",
        "Nairobi, Kenya",
        "East Africa Mobility Coalition",
        "https://coalition.example.org/events/1",
        "https://events.example.org/digest/event/1.ics",
        "https://calendar.google.com/calendar/render?action=TEMPLATE",
        "https://outlook.office.com/calendar/deeplink/compose?",
        "This week",
    ):
        assert needle in out.html, needle
        assert needle in out.text, needle


def test_french_and_spanish_labels() -> None:
    """Labels, dates and country names follow the language."""
    content = DigestContent(window=WINDOW, events=(event(1, mode="hybrid"),))
    fr = Renderer().render(content, Options(language="fr"))
    es = Renderer().render(content, Options(language="es"))
    assert "mercredi 9 décembre 2026" in fr.text and "Ajouter au calendrier" in fr.text
    assert "et en ligne" in fr.text
    assert "miércoles 9 de diciembre de 2026" in es.text and "Inscribirse" in es.text


def test_two_hundred_events_stay_under_the_gmail_clipping_limit() -> None:
    """A big week is shortened below 100 KB, changes kept first, with a line saying how many
    more events are in the full digest online."""
    events = [event(i, start_date=f"2026-12-{7 + i % 20:02d}") for i in range(200)]
    events[150] = replace(events[150], section=CHANGED, changed=("start_date",))
    content = DigestContent(window=WINDOW, events=tuple(events))
    out = Renderer().render(content, Options(browser_url="https://events.example.org/w"))
    assert len(out.html.encode()) <= MAX_HTML_BYTES
    assert out.more > 0 and out.shown + out.more == 200
    assert f"{out.more} more events are in the full digest online" in out.html
    assert "number 150" in out.html


def test_templates_can_be_overridden_from_a_folder(tmp_path: Path) -> None:
    """A digest.txt in digest.templates_dir replaces the packaged one; digest.html still loads."""
    (tmp_path / "digest.txt").write_text("Custom: {{ subject }}\n", encoding="utf-8")
    out = Renderer(tmp_path).render(DigestContent(window=WINDOW), Options())
    assert out.text.startswith("Custom: ") and "<table" in out.html


def test_ics_round_trips_with_zone_and_all_day_forms() -> None:
    """Timed events carry TZID and a VTIMEZONE; multi-day events without time are all-day."""
    timed = icalendar.Calendar.from_ical(ics.event_calendar(event(7), domain="example.org"))
    [vevent] = timed.walk("VEVENT")
    assert vevent.decoded("dtstart").tzinfo is not None
    assert str(vevent["uid"]) == "event-7@example.org"
    assert timed.walk("VTIMEZONE")
    allday = event(8, start_time=None, end_time=None, end_date="2026-12-11")
    [day_event] = icalendar.Calendar.from_ical(
        ics.event_calendar(allday, domain="example.org")
    ).walk("VEVENT")
    assert day_event.decoded("dtstart") == date(2026, 12, 9)
    assert day_event.decoded("dtend") == date(2026, 12, 12)
    cancelled = ics.event_calendar(event(9, status="cancelled"), domain="example.org")
    assert b"STATUS:CANCELLED" in cancelled


def test_unsubscribe_tokens_are_bound_to_the_subscriber_and_key() -> None:
    """A token verifies for its subscriber only, and not under another key or address."""
    key = b"k" * 32
    token = make_token(key, 42, "Ana@Example.org")
    assert token_subscriber_id(token) == 42
    assert verify(key, token, 42, "ana@example.org")
    assert not verify(b"x" * 32, token, 42, "ana@example.org")
    assert not verify(key, token, 42, "other@example.org")
    assert not verify(key, token.replace("42.", "43."), 43, "ana@example.org")
    assert token_subscriber_id("garbage") is None


def test_message_ids_are_stable_per_recipient_and_headers_encode_unicode() -> None:
    """The same (week, subscriber) always gets the same Message-ID; non-ASCII subjects encode."""
    a = digest_message_id("2026-W50", 3, "a@example.org", "example.org")
    assert a == digest_message_id("2026-W50", 3, "a@example.org", "example.org")
    assert a != digest_message_id("2026-W51", 3, "a@example.org", "example.org")
    rendered = Renderer().render(
        DigestContent(window=WINDOW, events=(event(1),)), Options(language="fr")
    )
    msg = build(rendered, sender="Réseau <d@example.org>", to="a@example.org", message_id=a)
    parsed = message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.default)
    assert parsed["Message-ID"] == a and "1 événement, 7 déc." in parsed["Subject"]


def test_display_regions_follow_the_country_and_online_events_are_online() -> None:
    """Kenya: Africa; Mexico and the United States: the Americas; Thailand and Fiji: Asia and
    the Pacific; Germany: Europe; online-only: online; no or unknown country: elsewhere."""
    from digest.regions import display_region

    assert display_region("KE", "in_person") == "africa"
    assert display_region("mx", "hybrid") == display_region("US", "in_person") == "americas"
    assert display_region("TH", "in_person") == display_region("FJ", "in_person") == "asia_pacific"
    assert display_region("DE", "in_person") == "europe"
    assert display_region("DE", "online") == "online"
    assert display_region(None, "in_person") == display_region("XX", "in_person") == "elsewhere"


def mixed(n: int) -> DigestContent:
    places = ["KE", "MX", "TH", "DE", None, "SN", "FJ", "CH"]
    events = [
        event(
            i,
            start_date=f"2026-12-{7 + i % 20:02d}",
            country=places[i % len(places)],
            mode="in_person" if places[i % len(places)] else "online",
        )
        for i in range(n)
    ]
    return DigestContent(window=WINDOW, events=tuple(assign_sections(events, None)))


def test_a_long_digest_opens_with_a_count_by_region_and_names_each_region() -> None:
    """Twelve events, or twenty all in Kenya: no region count. Thirteen in five regions:
    "By region: Africa 3 · Americas 2 · ..." in both parts, in a fixed order, each count a link
    to the first heading of its region (this week's events, then later weeks, by region)."""
    short = Renderer().render(mixed(12), Options())
    assert "By region" not in short.html and "By region" not in short.text
    assert "-- Africa --" not in short.text
    one_region = DigestContent(window=WINDOW, events=tuple(event(i) for i in range(20)))
    assert "By region" not in Renderer().render(one_region, Options()).text
    out = Renderer().render(mixed(13), Options())
    expected = "By region: Africa 3 · Americas 2 · Asia and the Pacific 3 · Europe 3 · Online 2"
    assert expected in out.text
    assert "-- Africa --" in out.text and "Where: Online\n" in out.text
    assert '<a href="#r-africa"' in out.html and "Africa&nbsp;<b>3</b></a>" in out.html
    assert out.html.count('id="r-africa"') == 1 and out.html.count('id="r-online"') == 1


def test_the_region_count_is_translated_and_counts_only_what_the_mail_shows() -> None:
    """French and Spanish labels; when 200 events are shortened below 100 KB, the counts add
    up to the events shown, not to those left for the web page."""
    fr = Renderer().render(mixed(13), Options(language="fr"))
    es = Renderer().render(mixed(13), Options(language="es"))
    assert "Par région: Afrique 3 · Amériques 2 · Asie et Pacifique 3 · Europe 3" in fr.text
    assert "Por región: África 3 · Américas 2 · Asia y el Pacífico 3 · Europa 3" in es.text
    big = Renderer().render(mixed(200), Options(browser_url="https://events.example.org/w"))
    assert len(big.html.encode()) <= MAX_HTML_BYTES and big.more > 0
    line = next(x for x in big.text.splitlines() if x.startswith("By region: "))
    counts = [int(part.rsplit(" ", 1)[1]) for part in line.removeprefix("By region: ").split(" · ")]
    assert sum(counts) == big.shown
