"""The queue's bulk bar in a real headless Chromium: hidden until a row is ticked, then kept in
view while the long queue scrolls; "select all on this page"; a confirmation naming the count;
undo from the queue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Page

from models.event import Event
from tests.review.conftest import store_event
from tests.review.test_review_browser import PHONE, browser, page, shoot, sign_in
from unmignet.app import App

pytestmark = pytest.mark.browser
__all__ = ["browser", "page"]


def _in_view(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    height = page.viewport_size["height"] if page.viewport_size else 0
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_bulk_bar_select_page_confirm_and_undo(
    page: Page, live_server: str, review_app: App
) -> None:
    """40 events: no bar until a box is ticked; ticking the first row shows "1 selected" and the
    bar stays on screen at the top and the bottom of the page (sticky); "select all on this
    page" makes it 40; Reject as duplicate opens a page asking "Reject 40 event(s)?"; confirming
    rejects all 40, and Undo on the queue puts them back."""
    start = date(2026, 6, 1)
    ids = [
        store_event(
            review_app, None, title=f"Consultation {n:02d}", start_date=start + timedelta(n)
        )
        for n in range(40)
    ]
    sign_in(page, live_server)
    assert page.locator("#bulkbar").is_hidden()
    page.locator("table.queue input[name=ids]").first.check()
    assert page.locator("#bulk-count").inner_text() == "1 selected"
    assert _in_view(page, "#bulkbar")
    page.mouse.wheel(0, 20000)
    page.wait_for_timeout(200)
    assert _in_view(page, "#bulkbar")
    page.locator("#select-page").check()
    assert page.locator("#bulk-count").inner_text() == "40 selected"
    page.set_viewport_size(PHONE)
    assert _in_view(page, "#bulkbar")
    shoot(page, "queue-bulk-bar-phone.png")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.select_option("#bulk-preset", "duplicate")
    page.click("#bulk-reject")
    assert page.locator("h1").inner_text() == "Reject 40 event(s)?"
    page.click("#confirm-bulk")
    page.wait_for_selector("#undo-bulk")
    with review_app.sessions() as session:
        assert {session.get_one(Event, i).reject_reason for i in ids} == {"duplicate"}
    page.click("#undo-bulk")
    page.wait_for_selector("text=Undone for 40 event(s).")
    with review_app.sessions() as session:
        assert {session.get_one(Event, i).review_state for i in ids} == {"needs_review"}
