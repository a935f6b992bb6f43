"""Next/previous, `a` (approve and next) and `q` follow the queue as the reviewer filtered and
sorted it, in a real headless Chromium."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page

from models.event import Event
from tests.review.conftest import store_event
from tests.review.test_review_browser import browser, page, sign_in
from unmignet.app import App

pytestmark = pytest.mark.browser
__all__ = ["browser", "page"]

# (title, start date, country): ids follow this order, titles and dates do not
EVENTS = [
    ("Zonal workshop on return", date(2026, 4, 20), "SN"),
    ("Annual diaspora forum", date(2026, 6, 1), "SN"),
    ("Photo exhibition", date(2026, 4, 2), "MA"),
    ("Migration data course", date(2026, 5, 5), "SN"),
    ("Border consultation", date(2026, 4, 9), "SN"),
    ("Labour mobility dialogue", date(2026, 4, 1), "SN"),
]


def _seed(app: App) -> dict[str, int]:
    return {
        title: store_event(app, None, title=title, start_date=day, end_date=None, country=country)
        for title, day, country in EVENTS
    }


def _open_filtered_queue(page: Page, base: str) -> list[int]:
    sign_in(page, base)
    page.select_option("select[name=country]", "SN")
    page.select_option("select[name=sort]", "title")
    page.click("form.filters button[type=submit]")
    rows = page.locator("table.queue tr.row td:nth-child(2)")
    return [int(text) for text in rows.all_inner_texts()]


def _current_id(page: Page) -> int:
    return int(page.url.split("/events/")[1].split("?")[0])


def _press(page: Page, key: str) -> int:
    """Press ``key`` on a record page; the id of the record it opens."""
    before = page.url
    page.keyboard.press(key)
    page.wait_for_url(lambda url: url != before and "/events/" in url)
    return _current_id(page)


def test_next_previous_approve_and_queue_follow_the_filtered_sorted_queue(
    page: Page, live_server: str, review_app: App
) -> None:
    """With the queue filtered to Senegal and sorted by title: `n` walks the rows in the
    queue's order (not by id) and `p` walks back; `a` approves and opens the queue's next row;
    `q` and "<- Queue" return to the queue with its filter and sort still chosen."""
    ids = _seed(review_app)
    order = _open_filtered_queue(page, live_server)
    expected = [ids[t] for t in sorted(t for t, _, c in EVENTS if c == "SN")]
    assert order == expected and order != sorted(order)
    page.locator("table.queue tr.row a").first.click()
    page.wait_for_url(f"**/events/{order[0]}?*")
    seen = [_current_id(page)] + [_press(page, "n") for _ in order[1:]]
    assert seen == order
    assert page.locator("#next").count() == 0
    assert [_press(page, "p") for _ in order[1:]] == order[-2::-1]
    page.goto(page.url.replace(f"/events/{order[0]}?", f"/events/{order[1]}?"))
    assert _press(page, "a") == order[2]
    with review_app.sessions() as session:
        assert session.get_one(Event, order[1]).review_state == "approved"
    page.keyboard.press("q")
    page.wait_for_url(lambda url: url.split("?")[0].rstrip("/") == live_server)
    assert page.locator("select[name=country]").input_value() == "SN"
    assert page.locator("select[name=sort]").input_value() == "title"
    page.locator("table.queue tr.row a").first.click()
    page.click("#queue-link")
    page.wait_for_url(lambda url: "country=SN" in url and "sort=title" in url)
