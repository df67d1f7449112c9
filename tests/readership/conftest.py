"""Readership fixtures: a page, a document, the page cache on, and a reader's browser."""

import pytest

from readership.models import DailyDownloads, DailyPageViews
from tests.factories import make_document, translate_page

BROWSER = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.AMANI_PAGE_CACHE_ENABLED = True
    settings.DEBUG = False


@pytest.fixture(autouse=True)
def nothing_held_in_memory():
    """Counts this process holds before sending them belong to the test that made them."""
    from readership import tally

    tally._pending.clear()


@pytest.fixture
def reader(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


@pytest.fixture
def about_fr(standard_page, locales):
    return translate_page(standard_page, locales["fr"], title="Qui sommes-nous", slug="qui-sommes-nous")


@pytest.fixture
def document(db):
    return make_document("Annual report")


def views():
    return {(row.page_id, row.locale, row.referrer_host): row.count for row in DailyPageViews.objects.all()}


def downloads():
    return {
        (row.document_id, row.locale, row.referrer_host): row.count for row in DailyDownloads.objects.all()
    }
