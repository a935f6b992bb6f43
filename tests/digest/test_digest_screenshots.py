"""The digest HTML in headless Chromium at 600 px and 375 px, light and dark, a short issue and a
long one (counted by region at the top); screenshots saved under artifacts/screenshots/ for a
human to look at."""

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


PLACES = [
    ("KE", "Nairobi"),
    ("SN", "Dakar"),
    ("MX", "Mexico City"),
    ("TH", "Bangkok"),
    ("DE", "Berlin"),
    ("CH", "Geneva"),
    (None, None),
    ("CO", "Bogotá"),
    ("PH", "Manila"),
    ("ZA", "Johannesburg"),
    ("FR", "Paris"),
    ("FJ", "Suva"),
    ("GT", "Guatemala City"),
    ("EG", "Cairo"),
    (None, None),
    ("BE", "Brussels"),
]


def long_html() -> str:
    """Sixteen events on five continents and online: over the threshold for the region count."""
    events = [
        event(
            i,
            start_date=f"2026-12-{7 + i * 3 // 2:02d}",
            country=country,
            city=city,
            mode="in_person" if country else "online",
            title=f"Dialogue on labour mobility and skills, session {i}",
        )
        for i, (country, city) in enumerate(PLACES)
    ]
    content = DigestContent(window=WINDOW, events=tuple(assign_sections(events, None)))
    return Renderer().render(content, Options(browser_url="https://events.example.org/w")).html


SAMPLES = {"short": sample_html, "long": long_html}


@pytest.mark.browser
@pytest.mark.parametrize("width", [600, 375])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("sample", ["short", "long"])
def test_digest_fits_the_width_without_horizontal_scrolling(
    browser: Browser, width: int, scheme: str, sample: str
) -> None:
    """At 600 and 375 px nothing is wider than the viewport; a full-page screenshot is saved."""
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page.set_content(SAMPLES[sample]())
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        suffix = "" if sample == "short" else "-long"
        path = ARTIFACTS / f"digest-{width}px-{scheme}{suffix}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        if scheme == "dark":
            body = page.evaluate("getComputedStyle(document.querySelector('.box')).backgroundColor")
            assert body == "rgb(26, 31, 36)"
    finally:
        page.close()


@pytest.mark.browser
def test_the_region_count_is_a_short_block_above_the_first_section(browser: Browser) -> None:
    """On a 375 px phone the long issue's count by region takes at most three lines, sits right
    under the intro, and each "Region N" stays on one line."""
    page = browser.new_page(viewport={"width": 375, "height": 900})
    try:
        page.set_content(long_html())
        box = page.locator("td.rg").bounding_box()
        section = page.locator("td.sec").first.bounding_box()
        assert box is not None and section is not None
        assert box["height"] <= 3 * 22 + 8 and box["y"] < section["y"]
        heights = page.eval_on_selector_all(
            ".rgi", "items => items.map(i => i.getBoundingClientRect().height)"
        )
        assert len(heights) == 5 and max(heights) < 30
    finally:
        page.close()
