"""The acknowledgement in headless Chromium at 600 px and 375 px, in English and in Arabic (right
to left), and the "listed" notice; screenshots saved beside the digest's under
artifacts/screenshots/ for a human to look at."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from playwright.sync_api import Browser
from test_ack_render import EVENT, ONLINE
from test_digest_screenshots import ARTIFACTS, browser

from digest.ack_render import AckRenderer

__all__ = ["browser"]


def received_html(language: str) -> str:
    """Two events, one with a long title, as the partner of ``language`` reads them."""
    title = "Regional consultation on the Global Compact for Migration and its review " * 2
    events = [EVENT, replace(ONLINE, title=title.strip())]
    rendered = AckRenderer().received(
        events, language=language, subject="Invitation", sent_on=date(2026, 12, 7),
        inbox="unmignet@iom.int",
    )  # fmt: skip
    return rendered.html


def listed_html() -> str:
    return (
        AckRenderer()
        .listed(
            EVENT,
            language="en",
            inbox="unmignet@iom.int",
            ics_url="https://events.example.org/digest/event/7.ics",
            event_url="https://events.example.org/events/7",
        )
        .html
    )


@pytest.mark.browser
@pytest.mark.parametrize("width", [600, 375])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_acknowledgement_fits_the_width_and_arabic_reads_right_to_left(
    browser: Browser, width: int, language: str
) -> None:
    """Nothing is wider than the viewport; in Arabic the layout runs right to left (the title
    hugs the right edge); a full-page screenshot is saved."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.set_content(received_html(language))
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        direction = page.evaluate("getComputedStyle(document.querySelector('.h1')).direction")
        assert direction == ("rtl" if language == "ar" else "ltr")
        label = page.locator(".k").first.bounding_box()  # "When", in the start column
        assert label is not None
        on_the_right = label["x"] + label["width"] / 2 > width / 2
        assert on_the_right == (language == "ar")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"acknowledgement-{language}-{width}px.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [600, 375])
def test_listed_notice_fits_the_width(browser: Browser, width: int) -> None:
    """The "your event is listed" notice, with its links, fits 600 and 375 px; screenshot saved."""
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme="dark")
    try:
        page.set_content(listed_html())
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        links = page.eval_on_selector_all("a", "items => items.map(a => a.href)")
        assert "https://events.example.org/digest/event/7.ics" in links
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"acknowledgement-listed-{width}px-dark.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    finally:
        page.close()
