"""The translation desk's screens in Chromium: Reports → Translations stays readable on a
phone, and the screenshots of the queue and the report that docs/translators.md shows are
taken from the demo content at 1280 px.

The screenshots land in test-artifacts/screenshots/; with DOCS_SCREENSHOTS=1 they replace
those in docs/screenshots/ (so an ordinary test run changes no tracked file).
"""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, Page

from tests.browser.conftest import SCREENSHOTS, VIEWPORTS, axe_violations, save_screenshot
from tests.browser.test_accessibility_sweep import demo_site  # noqa: F401 (a fixture)
from tests.browser.test_translation_flow import sign_in
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser

REPORT = "/admin/reports/translations/"
DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _screenshot_path(name):
    folder = DOCS_SCREENSHOTS if os.environ.get("DOCS_SCREENSHOTS") == "1" else SCREENSHOTS
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / f"{name}.png")


def test_the_translations_report_scrolls_in_its_own_region_on_a_phone(
    live_server, browser_page, editor, english_page
):
    page = browser_page
    sign_in(page, live_server.url, "editor", PASSWORD)
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(f"{live_server.url}{REPORT}")

    region = page.get_by_role("region", name="Translations")
    page_width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert page_width[0] <= page_width[1]  # the page itself does not scroll sideways
    assert region.evaluate("(el) => el.scrollWidth > el.clientWidth")  # the table does
    assert region.get_attribute("tabindex") == "0"  # and a keyboard can scroll it
    title = region.locator("tbody td:first-child", has_text="Activists trained").first
    assert title.evaluate("(el) => el.getBoundingClientRect().width") >= 100  # not a letter a line

    action = region.get_by_role("link", name=re.compile(r"^Translate\s*: Activists trained \(Français\)$"))
    action.scroll_into_view_if_needed()
    assert action.is_visible()
    assert axe_violations(page) == []
    save_screenshot(page, "admin-translations-report-narrow")


@pytest.fixture
def migration_data(locales):
    """What the demo builds on and Wagtail's migrations make (the locales, the root page and
    collection), which a live-server test before this one flushed with every table."""
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def test_screenshots_of_the_queue_and_the_report_come_from_the_demo_content(
    live_server,
    browser_page,
    migration_data,
    demo_site,  # noqa: F811
):
    make_user("editor", superuser=True)
    translator = make_user("amina")
    translator.groups.add(Group.objects.get(name="Translators: Français"))
    page = browser_page
    page.set_viewport_size(VIEWPORTS["desktop"])

    sign_in(page, live_server.url, "amina", PASSWORD)
    queue = page.locator("#translation-queue-fr-section")
    assert "To translate into Français" in queue.inner_text()
    assert queue.locator("tbody tr").count() > 0
    page.screenshot(path=_screenshot_path("admin-translation-queue"), full_page=True)

    page.context.clear_cookies()
    sign_in(page, live_server.url, "editor", PASSWORD)
    page.goto(f"{live_server.url}{REPORT}")
    rows = page.locator(".translations-report tbody tr")
    assert rows.count() == 50  # a full first page of the demo's pages and snippets
    languages = set(rows.locator("td:nth-child(3)").all_inner_texts())
    assert languages == {"Français", "Kiswahili", "العربية"}
    page.screenshot(path=_screenshot_path("admin-translations-report"))
