"""Browser tests: the machine's Chromium driven by Playwright against pytest-django's
live server, an English story to translate and a French translator. Screenshots go to
test-artifacts/screenshots/ for people to look at."""

import os
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.factories import make_story, make_user, translate_page

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORTS = {"phone": {"width": 360, "height": 780}, "desktop": {"width": 1280, "height": 900}}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (.ci/run does this)")
    # Playwright's sync API runs an event loop in this thread, which makes Django refuse
    # database access from it unless told otherwise; only while the browser is open.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def english_page(home_page, story_index, locales):
    """An English story, in a tree translated into French down to its index."""
    translate_page(home_page, locales["fr"], title="Centre pour la paix", slug="accueil")
    translate_page(story_index, locales["fr"], title="Actualités", slug="actualites")
    return make_story(
        story_index,
        "Activists trained",
        "2021-08-25",
        slug="activists-trained",
        excerpt="30 community activists trained.",
        body=[("paragraph", "<p>To end violence against women, the Peace Centre trained activists.</p>")],
    )


@pytest.fixture
def translator(english_page):
    """A French translator, "amina", who signs in with tests.factories.PASSWORD."""
    call_command("setup_translator_groups")
    user = make_user("amina")
    user.groups.add(Group.objects.get(name="Translators: Français"))
    return user


def save_screenshot(page, name):
    """Full-page screenshots at phone and desktop widths."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(VIEWPORTS["desktop"])


def axe_violations(page):
    """WCAG 2.x A and AA violations axe-core finds on the page (axe ships in the wheel)."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
    results = Axe().run(page, options=options)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}× e.g. {violation['nodes'][0]['target']})"
        for violation in results.response["violations"]
    ]
