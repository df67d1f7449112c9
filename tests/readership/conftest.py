"""Readership fixtures: a page, a document, the page cache on, and a reader's browser."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from home.models import StandardPage
from readership.models import DailyDownloads, DailyPageViews
from tests.conftest import publish, translate_page

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
def about(home_page):
    return publish(home_page, StandardPage(title="About us", slug="about", introduction="Who we are."))


@pytest.fixture
def about_fr(about, locales):
    return translate_page(about, locales["fr"], title="Qui sommes-nous", slug="qui-sommes-nous")


@pytest.fixture
def document(db):
    document = Document(title="Annual report")
    document.file.save("annual-report.txt", ContentFile(b"Women build peace.\n" * 50), save=False)
    document.save()
    return document


def views():
    return {(row.page_id, row.locale, row.referrer_host): row.count for row in DailyPageViews.objects.all()}


def downloads():
    return {
        (row.document_id, row.locale, row.referrer_host): row.count for row in DailyDownloads.objects.all()
    }
