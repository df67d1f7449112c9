"""Every page type of the demo site, in every language: axe-core finds no WCAG 2.2 AA
violation, the Nu checker no HTML error, and screenshots at phone and desktop width are
saved for people to look at (test-artifacts/screenshots/)."""

from collections import defaultdict
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.text import slugify
from wagtail.models import Page

from tests.browser.conftest import axe_violations, save_screenshot
from tests.conftest import LANGUAGE_CODES
from tests.html_validation import validate_html

# Paths every language has besides its pages: the 404 page, search with and without results,
# the newsletter sign-up and its "check your inbox" page.
EXTRA_PATHS = [
    "no-such-page/",
    "search/?q=peace",
    "search/?q=zzzzqqq",
    "search/",
    "newsletter/",
    "newsletter/thanks/",
]

PAGE_TYPES = {
    "HomePage",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "PublicationIndexPage",
    "MagazineSeriesPage",
    "MagazineEditionPage",
    "ReportPage",
    "ContactPage",
}


def sample_pages():
    """One live page of each page type in each language (the first in tree order)."""
    chosen = defaultdict(dict)
    for page in Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path"):
        kind = page.specific_class.__name__
        chosen[page.locale.language_code].setdefault(kind, page)
    return chosen


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", stdout=StringIO())
    call_command("update_index", stdout=StringIO(), stderr=StringIO())


def test_every_page_type_in_every_language_is_accessible_and_valid(live_server, browser_page, demo_site):
    pages = sample_pages()
    assert set(pages) == set(LANGUAGE_CODES), "the demo has pages in every language"
    for code in LANGUAGE_CODES:
        assert set(pages[code]) >= PAGE_TYPES, f"every page type is swept in {code}"
    violations, documents = {}, {}
    # Every request any page makes, to prove none goes to a third party (CDN, font, tracker).
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    for code in LANGUAGE_CODES:
        urls = {kind: page.url for kind, page in pages[code].items()}
        urls.update({f"extra-{slugify(path)}": f"/{code}/{path}" for path in EXTRA_PATHS})
        for kind, url in urls.items():
            response = browser_page.goto(f"{live_server.url}{url}")
            assert browser_page.get_attribute("html", "lang") == code, url
            assert browser_page.get_attribute("html", "dir") == ("rtl" if code == "ar" else "ltr"), url
            found = axe_violations(browser_page)
            if found:
                violations[url] = found
            save_screenshot(browser_page, f"{code}-{kind}")
            documents[f"{code}-{kind}"] = response.text()  # as served, before any script runs
    assert violations == {}
    assert validate_html(documents) == []
    assert len(requested) > len(documents)  # pages, styles, images...
    elsewhere = {url for url in requested if not url.startswith((live_server.url, "data:"))}
    assert elsewhere == set()
