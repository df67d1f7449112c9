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


# What each tab stop is and how its focus shows, read in the page.
FOCUS_PROBE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        text: (element.textContent || element.value || "").trim().slice(0, 40),
        outline: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
        visible: box.width > 0 && box.height > 0,
    };
}"""


def tab_stops(page, limit=80):
    """Press Tab until focus leaves the page or comes round again; each stop as probed."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_PROBE)
        if stop["tag"] == "body" or (stops and stop == stops[0]):
            break
        stops.append(stop)
    return stops


@pytest.mark.parametrize("width", [360, 1280])
def test_every_tab_stop_is_visible_and_shows_a_focus_ring(live_server, browser_page, furnished_site, width):
    browser_page.set_viewport_size({"width": width, "height": 800})
    browser_page.goto(f"{live_server.url}/en/about/")
    stops = tab_stops(browser_page)
    texts = [stop["text"] for stop in stops]
    # Header, languages, menu, the newsletter form and the footer are all reachable, in order.
    order = ["Skip to main content", "Search", "Français", "About us", "Subscribe"]
    positions = [next(i for i, text in enumerate(texts) if text.startswith(name)) for name in order]
    assert positions == sorted(positions)
    assert "footer-newsletter-email" in [stop["id"] for stop in stops]
    unringed = [stop for stop in stops if stop["outline"] < 2 or not stop["visible"]]
    assert unringed == []


def test_the_honeypot_is_never_a_tab_stop(live_server, browser_page, furnished_site):
    browser_page.goto(f"{live_server.url}/en/")
    assert "footer-newsletter-hp_website" not in [stop["id"] for stop in tab_stops(browser_page)]


def test_a_reader_signs_up_for_the_newsletter_with_the_keyboard_alone(live_server, chromium, furnished_site):
    from newsletter.models import Subscriber

    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/fr/")
    while page.evaluate("document.activeElement.id") != "footer-newsletter-email":
        page.keyboard.press("Tab")
    page.keyboard.type("lectrice@example.org")
    page.keyboard.press("Tab")  # the language, preselected from the page
    assert page.evaluate("document.activeElement.value") == "fr"
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # consent
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{live_server.url}/fr/newsletter/thanks/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == (
        "lectrice@example.org",
        "fr",
        "pending",
    )
    context.close()
