"""End-to-end tests in a real headless Chromium (Debian's package) driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from models.event import Event, EventRevision
from models.review import AuditEntry
from tests.review.conftest import PASSWORD, REVIEWER, Seeded, build_mail, store_event, store_mail
from unmignet.app import App

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    pg = context.new_page()
    yield pg
    context.close()


def sign_in(page: Page, base: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=email]", REVIEWER)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def shoot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def test_pages_without_session_redirect_to_login(page: Page, live_server: str) -> None:
    """Every page but login sends a visitor without a session to the login form."""
    for path in ("/", "/events/1", "/failures", "/exports", "/exports/events.csv"):
        page.goto(live_server + path)
        assert page.url.startswith(live_server + "/login"), path
        assert page.locator("input[name=password]").count() == 1


def test_review_flow_filter_edit_approve_and_audit(
    page: Page, live_server: str, seeded: Seeded, review_app: App
) -> None:
    """Log in, filter the queue, edit two fields, approve, and see the audit entries."""
    sign_in(page, live_server)
    page.select_option("select[name=country]", "SN")
    page.click("form.filters button[type=submit]")
    rows = page.locator("table.queue tr.row")
    assert rows.count() == 1
    assert "Regional dialogue" in rows.first.inner_text()
    rows.first.locator("a").first.click()
    # the record keeps the queue's filter and sort (for next/previous and "<- Queue")
    page.wait_for_url(f"{live_server}/events/{seeded.event_id}?country=SN&sort=date")
    assert page.locator("mark.ev[data-fields~=city]").inner_text() == "Dakar"
    page.fill("#f-venue", "Hotel Terrou-Bi")
    page.fill("#f-start_time", "09:00")
    page.fill("#f-timezone", "Africa/Dakar")
    page.click("#save")
    assert "Saved" in page.locator(".flash.ok").inner_text()
    page.click("#approve")
    page.wait_for_load_state()
    page.goto(f"{live_server}/events/{seeded.event_id}")
    trail = page.locator("table.trail").inner_text()
    assert "Hotel Terrou-Bi" in trail and "approve" in trail and REVIEWER in trail
    with review_app.sessions() as session:
        event = session.get_one(Event, seeded.event_id)
        assert event.review_state == "approved"
        assert set(event.edited_fields) == {"venue", "start_time", "timezone"}
        actions = {a.action for a in session.query(AuditEntry).filter_by(event_id=event.id)}
        assert {"edit", "approve"} <= actions


def test_invalid_edit_is_refused_with_a_message(
    page: Page, live_server: str, seeded: Seeded
) -> None:
    """An impossible value (end before start) is refused and the reason shown."""
    sign_in(page, live_server)
    page.goto(f"{live_server}/events/{seeded.event_id}")
    page.fill("#f-end_date", "2026-04-01")
    page.click("#save")
    assert "end_date" in page.locator("#form-error").inner_text()


def test_keyboard_approve_moves_to_next_event(
    page: Page, live_server: str, seeded: Seeded, review_app: App
) -> None:
    """On a record page the "a" key approves and opens the next event needing review."""
    sign_in(page, live_server)
    page.goto(f"{live_server}/events/{seeded.event_id}")
    page.keyboard.press("a")
    page.wait_for_url(f"{live_server}/events/{seeded.other_event_id}")
    with review_app.sessions() as session:
        assert session.get_one(Event, seeded.event_id).review_state == "approved"


def test_hostile_mail_runs_no_script(page: Page, live_server: str, review_app: App) -> None:
    """Script in subject, sender, body, HTML or attachment name never runs; nothing remote loads."""
    payload = "<script>alert('x')</script><img src=x onerror=alert('y')>"
    raw = build_mail(
        f"Meeting {payload}",
        f"Join us on 3 June. {payload}",
        sender=f'"Evil {payload}" <evil@bad.example>',
        html=(
            "<p onclick=alert(1)>Join us <a href='javascript:alert(2)'>here</a> "
            "<a href='https://bad.example/x'>there</a></p>"
            "<img src='https://tracker.example/pixel.gif'><script>alert(3)</script>"
            "<iframe src='https://bad.example'></iframe><style>@import url(https://bad.example/f.css)</style>"
        ),
        attachments=((f"{payload}.pdf", b"%PDF-1.4 not really", "application/pdf"),),
    )
    message_id = store_mail(review_app, raw)
    event_id = store_event(review_app, message_id, title=f"Meeting {payload}")
    dialogs: list[str] = []
    remote: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on(
        "request",
        lambda r: remote.append(r.url) if not r.url.startswith(live_server) else None,
    )
    sign_in(page, live_server)
    page.goto(f"{live_server}/events/{event_id}")
    page.fill("#f-start_date", "2026-06-03")
    page.fill("#f-end_date", "2026-06-03")
    page.click("#save-approve")
    assert "approved" in page.locator(".flash.ok").last.inner_text().lower()
    page.goto(f"{live_server}/events/{event_id}")
    page.locator("details summary").click()
    frame = page.frame_locator("iframe.mailhtml")
    assert "Join us" in frame.locator("body").inner_text()
    links = frame.locator("a")
    assert links.count() == 2
    assert frame.locator("a[href^='javascript']").count() == 0
    assert links.last.get_attribute("rel") == "noopener noreferrer"
    assert frame.locator("body img, body script, body iframe, body style").count() == 0
    shoot(page, "record-hostile-desktop.png")
    page.goto(live_server + "/")
    shoot(page, "queue-hostile-desktop.png")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert remote == []
    assert "<script>" in page.locator("table.queue").inner_text()  # shown as text, escaped


def test_form_without_csrf_token_is_refused(
    page: Page, live_server: str, seeded: Seeded, review_app: App
) -> None:
    """A form posted without its CSRF token is refused (400) and changes nothing."""
    sign_in(page, live_server)
    response = page.request.post(
        f"{live_server}/events/{seeded.event_id}/approve", form={"next_after": "1"}
    )
    assert response.status == 400
    with review_app.sessions() as session:
        assert session.get_one(Event, seeded.event_id).review_state == "needs_review"


def test_screenshots_queue_and_record_desktop_and_phone(
    browser: Browser, live_server: str, seeded: Seeded
) -> None:
    """The queue and a record page render at desktop and phone widths (saved as artifacts)."""
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport)
        pg = context.new_page()
        sign_in(pg, live_server)
        shoot(pg, f"queue-{name}.png")
        pg.goto(f"{live_server}/events/{seeded.event_id}")
        shoot(pg, f"record-{name}.png")
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"] + 1, f"{name}: horizontal scroll ({width}px)"
        context.close()
    assert (SHOTS / "record-phone.png").stat().st_size > 10_000


def test_reviewer_accepts_a_proposed_change_and_merges_a_duplicate(
    page: Page, live_server: str, seeded: Seeded, review_app: App
) -> None:
    """The record shows what a later mail changed; accepting applies it; a duplicate merges."""
    later = store_mail(review_app, build_mail("Postponed", "The dialogue moves to 21-22 April."))
    duplicate = store_event(review_app, None, title="Regional Dialogue on Labour Migration 2026")
    with review_app.sessions.begin() as session:
        session.add(
            EventRevision(
                event_id=seeded.event_id,
                message_id=later,
                changes={
                    "start_date": ["2026-04-14", "2026-04-21"],
                    "status": ["scheduled", "postponed"],
                },
            )
        )
    sign_in(page, live_server)
    page.goto(f"{live_server}/")
    assert "change proposed" in page.locator("table.queue").inner_text()
    page.goto(f"{live_server}/events/{seeded.event_id}")
    diff = page.locator("table.diff").inner_text()
    assert "2026-04-14" in diff and "2026-04-21" in diff
    shoot(page, "record-revision-desktop.png")
    page.click("text=Accept change")
    page.click("text=Merge into this one")
    # both records side by side first; nothing is merged before the reviewer confirms
    assert page.locator("table.compare").count() == 1
    with review_app.sessions() as session:
        assert session.get_one(Event, duplicate).merged_into_id is None
    page.click("#confirm-merge")
    page.wait_for_selector("table.trail")
    with review_app.sessions() as session:
        event = session.get_one(Event, seeded.event_id)
        assert (event.start_date.isoformat(), event.status) == ("2026-04-21", "postponed")
        assert session.get_one(Event, duplicate).merged_into_id == seeded.event_id
    assert "accept change" in page.locator("table.trail").inner_text().lower()
