"""Query counts of the library do not grow with the number of publications, the page size
or the filters chosen."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.cache import bump_content_version
from publications.models import MagazineEditionPage, PublicationFile, PublicationIndexPage, ReportPage
from tests.factories import make_document, make_image

# A listing after one warm-up render, with the page cache off: what `make bench` counts.
MOST_QUERIES = 12
FILTERED = "/en/publications/?language=fr&year=2015&page=2"


def add_publications(library, series, taxonomy, numbers):
    """Reports and editions with covers, files, a theme and a country, saved without
    revisions (fast)."""
    cover = make_image("Cover")
    document = make_document("Shared")
    for i in numbers:
        fields = {
            "title": f"Publication {i}",
            "slug": f"publication-{i}",
            "publication_date": datetime.date(2015, 1, 1) + datetime.timedelta(days=i),
            "summary": "s",
            "cover_image": cover,
            "live": True,
        }
        if i % 5:
            page = ReportPage(publication_type="research_report" if i % 2 else "policy_brief", **fields)
            parent = library
        else:
            page = MagazineEditionPage(edition_number=i + 1, **fields)
            parent = series
        page.files = [
            PublicationFile(document=document, language="en", page_count=3, text="x", sort_order=0),
            PublicationFile(document=document, language="fr", page_count=3, text="x", sort_order=1),
        ]
        page.themes = [taxonomy["peacebuilding"]]
        page.countries = [taxonomy["uganda"]]
        parent.add_child(instance=page)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context), response


def warm_and_cold_queries(client, url):
    """Queries of a render right after content changed (facet counts computed), then of the
    next one (facet counts read from the cache). The renditions are made first, as a
    running site has them."""
    client.get(url)
    bump_content_version()
    cold, _ = queries_for(client, url)
    warm, response = queries_for(client, url)
    return cold, warm, response


@pytest.fixture
def big_library(library, series, taxonomy, no_search_indexing):
    add_publications(library, series, taxonomy, range(40))
    return library


def test_library_queries_stay_fixed_as_the_library_grows_tenfold(client, big_library, series, taxonomy):
    small = warm_and_cold_queries(client, FILTERED)
    add_publications(big_library, series, taxonomy, range(40, 400))
    large = warm_and_cold_queries(client, FILTERED)

    assert small[:2] == large[:2]
    assert len(large[2].context["page_obj"].object_list) == 12
    assert large[1] <= MOST_QUERIES


def test_library_queries_do_not_depend_on_the_page_size(client, big_library, monkeypatch):
    url = "/en/publications/?type=research_report"
    client.get(url)
    twelve, response = queries_for(client, url)
    assert len(response.context["page_obj"].object_list) == 12
    monkeypatch.setattr(PublicationIndexPage, "per_page", 60)
    client.get(url)
    sixty, response = queries_for(client, url)
    assert len(response.context["page_obj"].object_list) == 16  # every research report
    assert sixty == twelve <= MOST_QUERIES


def test_cached_facet_counts_follow_a_publish(client, big_library, series, taxonomy):
    """The counts the listing keeps between renders are renewed when content changes."""
    url = "/en/publications/?type=research_report"
    before = client.get(url).context["facets"]
    add_publications(big_library, series, taxonomy, [401])  # odd: a research report
    bump_content_version()  # as publishing does
    after = client.get(url).context["facets"]
    assert count_of(after, "type", "research_report") == count_of(before, "type", "research_report") + 1


def count_of(facets, param, value):
    facet = {facet.param: facet for facet in facets}[param]
    return {option.value: option.count for option in facet.options}[value]
