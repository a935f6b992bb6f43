"""The digest HTML in headless Chromium at 600 px and 375 px, light and dark; screenshots saved
under artifacts/screenshots/ for a human to look at."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright
from test_digest_render import WINDOW, event

from digest.content import CHANGED, UPCOMING, DigestContent, assign_sections
from digest.render import Options, Renderer

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def sample_html() -> str:
    events = assign_sections(
        [
            event(1),
            event(2, start_date="2026-12-10", mode="online", city=None, country=None),
            event(3, start_date="2026-12-15", mode="hybrid", title="A rather long title " * 4),
        ],
        None,
    )
    events += [
        replace(event(4, status="cancelled", start_date="2026-12-11"), section=CHANGED),
        replace(
            event(5, start_date="2026-12-18", start_time="09:30", timezone="America/Bogota"),
            section=CHANGED,
            changed=("start_date", "start_time"),
        ),
        replace(event(6, start_date="2026-12-21", organizer=None), section=UPCOMING),
    ]
    content = DigestContent(window=WINDOW, events=tuple(events))
    opts = Options(browser_url="https://events.example.org/digest/week/2026-W50")
    return Renderer().render(content, opts).html


@pytest.mark.browser
@pytest.mark.parametrize("width", [600, 375])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_digest_fits_the_width_without_horizontal_scrolling(
    browser: Browser, width: int, scheme: str
) -> None:
    """At 600 and 375 px nothing is wider than the viewport; a full-page screenshot is saved."""
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page.set_content(sample_html())
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"digest-{width}px-{scheme}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        if scheme == "dark":
            body = page.evaluate("getComputedStyle(document.querySelector('.box')).backgroundColor")
            assert body == "rgb(26, 31, 36)"
    finally:
        page.close()
