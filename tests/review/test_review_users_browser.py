"""Users page and queued retry, end to end in headless Chromium (Playwright)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from sqlalchemy import select

from models.message import DONE, FAILED, RawMessage
from models.review import User
from parsers.extract import Extractor
from review.security import add_user
from tests.review.conftest import ADMIN, PASSWORD, REVIEWER, build_mail, store_mail
from tests.review.test_review_browser import ARGS, CHROMIUM, DESKTOP, shoot
from unmignet.app import App
from unmignet.processing import process_pending

pytestmark = pytest.mark.browser
NEW = "new.reviewer@example.org"
NEW_PASSWORD = "a passphrase of her own"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[object]:
    """A factory of pages, each in its own browser context (its own cookies)."""
    contexts = []

    def make() -> Page:
        context = browser.new_context(viewport=DESKTOP)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def sign_in(page: Page, base: str, email: str, password: str = PASSWORD) -> None:
    page.goto(base + "/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def test_admin_adds_a_user_who_then_logs_in(  # type: ignore[no-untyped-def]
    new_page, live_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The admin adds a reviewer, the link sets her password, and she logs in with it; the
    link's token appears in no log line (not even the server's access log)."""
    caplog.set_level(logging.DEBUG)
    admin = new_page()
    sign_in(admin, live_server, ADMIN)
    admin.click("nav >> text=Users")
    admin.fill("#add-user input[name=email]", NEW)
    admin.select_option("#add-user select[name=role]", "reviewer")
    admin.click("#add-user button[type=submit]")
    link = admin.input_value("#set-password-link")
    base_url = "http://127.0.0.1:8080"  # web.base_url (the default): never the Host header
    assert link.startswith(base_url + "/set-password#")
    link = live_server + link.removeprefix(base_url)  # this test's server is on another port
    shoot(admin, "users-desktop.png")
    assert admin.locator(f"tr[data-email='{NEW}']").count() == 1

    newcomer = new_page()
    newcomer.goto(link)
    assert newcomer.url == live_server + "/set-password"  # the token left the address bar
    assert not newcomer.locator("label.link-code").is_visible()  # the script filled it in
    newcomer.fill("input[name=password]", NEW_PASSWORD)
    newcomer.fill("input[name=repeat]", NEW_PASSWORD)
    newcomer.click("button[type=submit]")
    newcomer.wait_for_url(live_server + "/login")
    assert f"Password set for {NEW}" in newcomer.inner_text("main")
    sign_in(newcomer, live_server, NEW, NEW_PASSWORD)
    assert f"{NEW} (reviewer)" in newcomer.inner_text("header")

    newcomer.goto(link)  # the link works once
    newcomer.fill("input[name=password]", "yet another passphrase")
    newcomer.fill("input[name=repeat]", "yet another passphrase")
    newcomer.click("button[type=submit]")
    assert "already used" in newcomer.inner_text("[role=alert]")
    assert "GET /set-password HTTP" in caplog.text  # the access log is captured ...
    assert link.split("#", 1)[1] not in caplog.text  # ... and the token is in no record


def test_reviewer_gets_403_on_the_users_page(new_page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    """A reviewer has no Users link and is refused the page itself."""
    page = new_page()
    sign_in(page, live_server, REVIEWER)
    assert page.locator("nav >> text=Users").count() == 0
    response = page.goto(live_server + "/users")
    assert response is not None and response.status == 403
    assert "Only an admin" in page.content()


def test_last_admin_cannot_be_demoted(new_page, live_server: str, review_app: App) -> None:  # type: ignore[no-untyped-def]
    """A stale page of a just-demoted admin is refused (403), and the last admin's own demotion
    is refused with a clear message: an active admin always remains."""
    with review_app.sessions.begin() as session:
        add_user(session, "second@example.org", PASSWORD, "admin")
    first, second = new_page(), new_page()
    sign_in(first, live_server, ADMIN)
    sign_in(second, live_server, "second@example.org")
    second.goto(live_server + "/users")  # opened before being demoted
    first.goto(live_server + "/users")
    own_row = first.locator(f"tr[data-email='{ADMIN}']")
    assert own_row.locator("select[name=role], input[name=active]").count() == 0  # not on oneself
    row = first.locator("tr[data-email='second@example.org']")
    row.locator("select[name=role]").select_option("reviewer")
    row.locator("text=Change role").click()
    assert "second@example.org is now reviewer" in first.inner_text("main")

    stale = second.locator(f"tr[data-email='{ADMIN}']")
    with second.expect_navigation() as nav:
        stale.locator("select[name=role]").select_option("reviewer")
        stale.locator("text=Change role").click()
    assert nav.value is not None and nav.value.status == 403

    # the last admin's own demotion, posted from the browser with its session and CSRF token
    token = first.get_attribute("meta[name=csrf-token]", "content")
    with review_app.sessions() as session:
        admin_id = session.scalar(select(User.id).where(User.email == ADMIN))
    answer = first.request.post(
        f"{live_server}/users/{admin_id}/role", form={"csrf_token": token or "", "role": "reviewer"}
    )
    assert "the last active admin" in answer.text()
    first.goto(live_server + "/users")
    assert f"{ADMIN} (admin)" in first.inner_text("header")


def test_reactivated_account_signs_in_again(new_page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    """The admin deactivates a reviewer and reactivates her while her browser makes no request:
    her old session (cookie still held) lands on the login page, and a new sign-in works."""
    reviewer, admin = new_page(), new_page()
    sign_in(reviewer, live_server, REVIEWER)
    assert f"{REVIEWER} (reviewer)" in reviewer.inner_text("header")
    sign_in(admin, live_server, ADMIN)
    admin.goto(live_server + "/users")
    row = admin.locator(f"tr[data-email='{REVIEWER}']")
    row.locator("button", has_text="Deactivate").click()
    assert f"{REVIEWER} deactivated" in admin.inner_text("main")
    row.locator("button", has_text="Reactivate").click()
    assert f"{REVIEWER} reactivated" in admin.inner_text("main")

    assert reviewer.context.cookies()  # the old session cookie is still there ...
    reviewer.goto(live_server + "/")
    assert reviewer.url.startswith(live_server + "/login")  # ... and no longer lets her in
    sign_in(reviewer, live_server, REVIEWER)
    assert f"{REVIEWER} (reviewer)" in reviewer.inner_text("header")


def test_retry_queues_and_the_worker_then_processes_it(  # type: ignore[no-untyped-def]
    new_page, live_server: str, review_app: App, extractor: Extractor
) -> None:
    """Retry answers "queued for retry" at once; the worker's next pass extracts the mail."""
    body = (
        "Dear colleagues,\n\nPlease join the Consultation on return and reintegration "
        "on 9 June 2026, 14:00-16:00, at the Palais des Congrès, Rabat, Morocco.\n\nRegards,\n"
        "Partner Office\n"
    )
    raw = build_mail("Consultation on return and reintegration", body)
    message_id = store_mail(review_app, raw, state=FAILED, error="ParseError: boom", attempts=1)
    page = new_page()
    sign_in(page, live_server, ADMIN)
    page.goto(live_server + "/failures")
    page.locator("table.failures button", has_text="Retry").click()
    assert f"Message {message_id} queued for retry" in page.inner_text("[role=status]")
    queued = page.locator(f"table.queued tr[data-id='{message_id}']")
    assert "queued for retry" in queued.inner_text()
    with review_app.sessions() as session:
        assert session.get_one(RawMessage, message_id).events == []  # the request extracted nothing

    report = process_pending(review_app.sessions, extractor)
    assert report.message_ids == [message_id]
    page.reload()
    assert page.locator("table.queued").count() == 0
    assert "None. Every stored mail" in page.inner_text("main")
    with review_app.sessions() as session:
        assert session.get_one(RawMessage, message_id).state == DONE
    page.goto(live_server + "/")
    assert "Consultation on return and reintegration" in page.inner_text("table.queue")
