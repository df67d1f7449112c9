"""The site frame in a real browser: keyboard-usable and working without JavaScript.

Accessibility and HTML validity of every page type: test_accessibility_sweep.py."""

import pytest

from home.site_settings import OrganisationSettings
from home.snippets import NavigationMenu, NavigationMenuItem


@pytest.fixture
def furnished_site(standard_page, home_page, locales):
    settings = OrganisationSettings.for_site(home_page.get_site())
    settings.phone = "+256-414698684"
    settings.email = "program@wipc.org"
    settings.address = "Plot 1467, Church Road, Bulindo,\nKira, Wakiso"
    settings.save()
    menu = NavigationMenu(name="Main", slug="primary", locale=locales["en"])
    menu.items = [
        NavigationMenuItem(link_page=home_page, label="Home", locale=locales["en"]),
        NavigationMenuItem(link_page=standard_page, locale=locales["en"]),
    ]
    menu.save()
    return home_page


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(
    live_server, browser_page, furnished_site
):
    browser_page.goto(f"{live_server.url}/en/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to main content"
    assert browser_page.is_visible(".skip-link")
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main-content"


def test_pages_work_without_javascript(live_server, chromium, furnished_site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    page.click("text=About us")
    assert page.url == f"{live_server.url}/en/about/"
    assert page.inner_text("h1") == "About us"
    context.close()
