"""Searches that found nothing reach editors in the Readership report, and only them."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from home.models import StandardPage
from search import hits
from search.models import KEPT_DAYS, SearchWithoutResults
from tests.factories import publish

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/readership/"


@pytest.fixture
def indexed_page(home_page):
    # "mediators" is no stop word in any language's search configuration.
    page = publish(home_page, StandardPage(title="Mediators trained in Juba", slug="mediators"))
    call_command("update_index", stdout=None, stderr=None)
    return page


def search(client, words, language="en"):
    return client.get(f"/{language}/search/", {"q": words})


def test_a_search_that_found_nothing_is_listed_with_its_language_and_count(
    client, admin_client_logged_in, indexed_page
):
    assert "1 result for “mediators”" in search(client, "mediators").content.decode()
    for words in ("Gulu survivors", "gulu  SURVIVORS", "mediators"):
        search(client, words)
    hits.flush()

    assert Query.get("mediators").hits == 2 and Query.get("gulu survivors").hits == 2
    assert list(SearchWithoutResults.objects.values_list("language_code", "query_string", "searches")) == [
        ("en", "gulu survivors", 2)
    ]
    response = admin_client_logged_in.get(REPORT)
    assert response.context["searches_without_results"] == [("gulu survivors", "en", 2)]
    html = response.content.decode()
    assert "Searches that found nothing" in html and "<td>gulu survivors</td><td>en</td><td>2</td>" in html


def test_the_report_says_so_when_every_search_found_something(admin_client_logged_in, client, indexed_page):
    search(client, "mediators")
    hits.flush()
    html = admin_client_logged_in.get(REPORT).content.decode()
    assert "Every search in this period found something." in html


def test_the_period_chooses_the_searches_and_old_ones_are_forgotten_at_the_next_flush(
    admin_client_logged_in, client, indexed_page
):
    today = timezone.localdate()
    last_week = today - datetime.timedelta(days=7)
    SearchWithoutResults.objects.create(date=last_week, language_code="fr", query_string="kotido", searches=3)
    expired = today - datetime.timedelta(days=KEPT_DAYS + 1)
    SearchWithoutResults.objects.create(date=expired, language_code="en", query_string="a name", searches=1)

    search(client, "nothing like this")
    hits.flush()
    assert not SearchWithoutResults.objects.filter(query_string="a name").exists()
    response = admin_client_logged_in.get(
        REPORT, {"start": last_week.isoformat(), "end": last_week.isoformat()}
    )
    assert response.context["searches_without_results"] == [("kotido", "fr", 3)]


def test_readers_never_see_what_others_searched(client, indexed_page):
    search(client, "Gulu survivors")
    hits.flush()
    for path in ("/en/search/?q=gulu", "/en/", "/en/mediators/"):
        assert "survivors" not in client.get(path).content.decode()
    assert client.get(REPORT).status_code == 302  # the report asks readers to sign in
