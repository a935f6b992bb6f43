"""The digest as English, French and Spanish subscribers receive it, in headless Chromium at 375
and 600 px (issue 12, "done when").

The demo inbox is polled through the CLI and approved; the 2026-W50 digest goes out through the
real aiosmtpd server (the "last digest" each reader saw); then a reviewer moves one event to
another day and city and another is cancelled, and the 2026-W51 digest goes out. Each reader's
delivered HTML is opened in Chromium: subject length and language, the changes first with old
-> new, nothing wider than the screen, and axe-core with no serious or critical violation, in
light and dark mode. Screenshots go to artifacts/screenshots/digest-newsletter-*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from digest_support import SECRET, SECRET_ENV, Recorder, make_config, start_server
from playwright.sync_api import Browser, sync_playwright
from sqlalchemy import select
from test_digest_screenshots import ARTIFACTS, CHROMIUM_ARGS
from test_digest_summary import polled_demo

from digest.service import send_week
from digest.unsubscribe import make_token, secret_key
from models.base import make_engine
from models.digest import Subscriber
from models.event import APPROVED, Event
from models.schema import upgrade
from review.app import create_app
from tests.axe_support import blocking, violations
from unmignet.app import App

READERS = {
    "en": "ana@readers.example.org",
    "fr": "luc@readers.example.org",
    "es": "eva@readers.example.org",
}
CHANGES = {
    "en": "Changes and cancellations",
    "fr": "Modifications et annulations",
    "es": "Cambios y cancelaciones",
}
COUNTED = {"en": " events, ", "fr": " événements, ", "es": " eventos, "}
MOVED = "Multi-stakeholder consultation: human rights at borders"
CANCELLED = "Veillée de contes et chansons d'ici et d'ailleurs"


@dataclass(frozen=True)
class Delivered:
    subject: str
    html: str
    text: str


def _body(message: EmailMessage, kind: str) -> str:
    part = message.get_body((kind,))
    assert part is not None
    return str(part.get_content())


def _change_two_events(app: App) -> None:
    """What a reviewer does between the two digests: a new date and city for one approved
    event (a correction accepted), a cancellation of another."""
    with app.sessions.begin() as session:
        moved = session.scalars(select(Event).where(Event.title.startswith(MOVED))).one()
        moved.start_date = moved.end_date = date(2026, 12, 18)
        moved.city, moved.venue = "Lausanne", None
        cancelled = session.scalars(select(Event).where(Event.title == CANCELLED)).one()
        cancelled.status = "cancelled"
        assert moved.review_state == cancelled.review_state == APPROVED


@pytest.fixture(scope="module")
def delivered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Delivered]]:
    tmp = tmp_path_factory.mktemp("newsletter")
    url = f"sqlite:///{tmp / 'digest.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    server = start_server(Recorder())
    app = App(make_config(url, server))
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(SECRET_ENV, SECRET)
            polled_demo(tmp, app, server)
            with app.sessions.begin() as session:
                for lang, email in READERS.items():
                    row = Subscriber(email=email, language=lang, regions=[], event_types=[])
                    session.add(row)
            send_week(app.sessions, app.config, week="2026-W50")
            _change_two_events(app)
            send_week(app.sessions, app.config, week="2026-W51")
        out = {}
        for lang, email in READERS.items():
            message = server.handler.to(email)[-1].message
            out[lang] = Delivered(
                str(message["Subject"]), _body(message, "html"), _body(message, "plain")
            )
        yield out
    finally:
        server.controller.stop()
        app.engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_each_reader_gets_a_short_subject_in_their_language_with_the_changes_first(
    delivered: dict[str, Delivered], lang: str
) -> None:
    """The subject is at most 60 characters, counts the events in the reader's words and names
    the week's dates; the text part opens with the changes: the moved event's old and new place,
    the cancelled one, before this week's events."""
    got = delivered[lang]
    assert len(got.subject) <= 60 and COUNTED[lang] in got.subject, got.subject
    assert got.subject.split(", ")[1].startswith("14")
    assert f'<html lang="{lang}"' in got.html
    sections = [line for line in got.text.splitlines() if line.startswith("== ")]
    assert sections[0] == f"== {CHANGES[lang]} ==" and len(sections) == 3
    changes = got.text.split(sections[1])[0]
    assert MOVED in changes and "→" in changes and "Lausanne" in changes.split("→")[-1]
    assert CANCELLED in changes
    assert len(got.html.encode()) < 100_000 and "<img" not in got.html


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 600])
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_digest_fits_the_phone_and_axe_core_finds_nothing_serious(
    browser: Browser, delivered: dict[str, Delivered], lang: str, width: int
) -> None:
    """In Chromium at 375 and 600 px, light and dark: nothing wider than the screen, the first
    section on the page is the changes, the region counts jump to their sections, and axe-core
    reports no serious or critical violation. A full-page screenshot is written for each."""
    for scheme in ("light", "dark"):
        page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)  # type: ignore[arg-type]
        try:
            page.set_content(delivered[lang].html)
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            assert page.locator("td.sec").first.inner_text().strip() == CHANGES[lang]
            anchors = page.eval_on_selector_all("td.rg a", "links => links.map(a => a.hash)")
            assert anchors and all(page.locator(f"[id='{a[1:]}']").count() == 1 for a in anchors)
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            path = ARTIFACTS / f"digest-newsletter-{lang}-{width}px-{scheme}.png"
            page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000
            serious = blocking(violations(page))
            assert serious == [], f"{lang} {width}px {scheme}: {serious}"
        finally:
            page.close()


@pytest.mark.browser
def test_the_axe_check_reports_what_it_should(browser: Browser) -> None:
    """The check can fail: a page with an image without alternative text and a button without
    a name gives serious or critical violations (so an empty list above means something)."""
    page = browser.new_page()
    try:
        page.set_content(
            '<html lang="en"><body><main><h1>x</h1>'
            '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
            "<button></button></main></body></html>"
        )
        rules = {line.split(" ")[0] for line in blocking(violations(page))}
        assert {"image-alt", "button-name"} <= rules
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_preferences_page_is_accessible_in_each_language(
    browser: Browser, tmp_path: Path, lang: str
) -> None:
    """The page the footer's "Preferences" opens, for a subscriber of each language, in
    Chromium at 375 px: in that language, every box labelled, no serious or critical axe-core
    violation; a screenshot is written."""
    url = f"sqlite:///{tmp_path / 'prefs.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    app = App(make_config(url))
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(SECRET_ENV, SECRET)
            with app.sessions.begin() as session:
                row = Subscriber(email=READERS[lang], language=lang, regions=[], event_types=[])
                session.add(row)
                session.flush()
                token = make_token(secret_key(app.config), row.id, row.email)
            html = create_app(app, testing=True).test_client().get(f"/digest/preferences/{token}")
        page = browser.new_page(viewport={"width": 375, "height": 900})
        try:
            page.set_content(html.get_data(as_text=True))
            assert page.evaluate("document.documentElement.lang") == lang
            assert page.locator("input[type=checkbox]").count() >= 20
            page.screenshot(path=str(ARTIFACTS / f"digest-preferences-{lang}-375px.png"))
            serious = blocking(violations(page))
            assert serious == [], serious
        finally:
            page.close()
    finally:
        app.engine.dispose()
