"""A late cancellation as a reviewer meets it in a real Chromium: first in the queue, Approve and
`a` held on its record, named on the digest preview; screenshots at 1366 and 390 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from models.event import Event
from tests.review.conftest import Seeded
from tests.review.test_review_browser import DESKTOP, PHONE, browser, shoot, sign_in
from tests.review.test_review_late_change import CANCEL, _approve, _propose
from unmignet.app import App

pytestmark = pytest.mark.browser
__all__ = ["browser"]


def test_late_cancellation_in_queue_record_and_digest_preview(
    browser: Browser, live_server: str, review_app: App, seeded: Seeded
) -> None:
    """The approved event with an undecided cancellation is the queue's first row under its own
    count; on its record Approve is disabled and `a` approves nothing; the digest preview lists it
    and its frame prints the cancellation beside the title."""
    _approve(review_app, seeded.event_id)
    _propose(review_app, seeded.event_id, CANCEL)
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        try:
            sign_in(page, live_server)
            assert "Changed after approval 1" in page.locator("#changed-count").inner_text()
            first = page.locator("table.queue tr.row").first
            assert "changed after approval" in first.inner_text()
            shoot(page, f"queue-late-change-{name}.png")
            first.locator("a").first.click()
            page.wait_for_selector("#late-change")
            assert page.locator("#approve").is_disabled()
            page.keyboard.press("a")
            page.wait_for_timeout(300)
            assert f"/events/{seeded.event_id}" in page.url
            page.goto(f"{live_server}/digest/preview?week=2026-W16")
            listed = page.locator("#pending-changes").inner_text()
            assert f"#{seeded.event_id} Regional dialogue on labour migration" in listed
            frame = page.frame_locator("iframe[title='Digest HTML']")
            assert "Cancelled, per the organiser" in frame.locator("body").inner_text()
            shoot(page, f"digest-preview-late-cancellation-{name}.png")
        finally:
            context.close()
    with review_app.sessions() as session:
        assert session.get_one(Event, seeded.event_id).status == "scheduled"
