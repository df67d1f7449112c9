"""Readers' search: what it finds, in which language, what it never shows, bad input."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from stories.models import StoryIndexPage
from tests.conftest import publish, translate_page
from tests.publications.conftest import make_document, make_edition, make_report
from tests.stories.conftest import make_story


def reindex():
    call_command("update_index", stdout=StringIO(), stderr=StringIO())


@pytest.fixture
def site_content(home_page, locales, library, series):
    index = publish(home_page, StoryIndexPage(title="Stories", slug="stories"))
    make_story(
        index, "Mediators trained in Juba", "2021-09-14", excerpt="Peace mediators learned negotiation."
    )
    make_story(index, "Draft about mediators", "2021-09-15", publish_it=False)
    make_report(
        library,
        "Early warning toolkit",
        "2021-06-15",
        kind="toolkit",
        authors="Akello Grace",
        findings=[("finding", "District committees acted on warnings quickly.")],
        files=[(make_document("Toolkit PDF", lines=5), "en", "full")],
    )
    make_edition(
        series,
        2,
        "2021-10-22",
        title="Crisis as an opportunity",
        contents=[("poem", {"title": "After the storm", "contributors": "Nyakato", "pages": "", "text": ""})],
    )
    publish(home_page, StandardPage(title="Contact", slug="contact", introduction="Visit us in Kira."))
    translate_page(index, locales["fr"], title="Actualités", slug="actualites")
    reindex()
    return index


def titles(response):
    return [result["page"].title for result in response.context["page_obj"].object_list]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("negotiation", "Mediators trained in Juba"),  # story excerpt
        ("Akello", "Early warning toolkit"),  # report authors
        ("committees", "Early warning toolkit"),  # report findings
        ("Nyakato", "Crisis as an opportunity"),  # edition contents: contributor
        ("storm", "Crisis as an opportunity"),  # edition contents: item title
        ("Kira", "Contact"),  # standard page
        ("communities", "Early warning toolkit"),  # only inside the PDF
    ],
)
def test_each_searchable_field_is_found(client, site_content, query, expected):
    assert expected in titles(client.get("/en/search/", {"q": query}))


def test_results_exclude_drafts_private_pages_and_other_languages(client, site_content, locales):
    private = make_story(site_content, "Private mediators meeting", "2021-09-16")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    french_only = site_content.get_translation(locales["fr"])
    translate_page(
        site_content.get_children().live().filter(title="Mediators trained in Juba").first().specific,
        locales["fr"],
        title="Médiatrices formées à Juba",
    )
    reindex()
    english = titles(client.get("/en/search/", {"q": "mediators"}))
    assert english == ["Mediators trained in Juba"]
    french = titles(client.get("/fr/search/", {"q": "Médiatrices"}))
    assert french == ["Médiatrices formées à Juba"]
    assert french_only is not None


def test_aliases_are_never_results(client, site_content, home_page, locales):
    story = site_content.get_children().live().filter(title="Mediators trained in Juba").first().specific
    french_index = site_content.get_translation(locales["fr"])
    story.create_alias(parent=french_index)
    reindex()
    assert titles(client.get("/fr/search/", {"q": "mediators"})) == []


def test_matched_terms_are_highlighted_and_escaped(client, site_content):
    html = client.get("/en/search/", {"q": "negotiation <script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    response = client.get("/en/search/", {"q": "negotiation"})
    assert "learned <mark>negotiation</mark>." in response.content.decode()


def test_editors_promoted_results_come_first(client, site_content):
    contact = StandardPage.objects.get(slug="contact")
    SearchPromotion.objects.create(
        query=Query.get("mediators"), page=contact, sort_order=0, description="Call us"
    )
    html = client.get("/en/search/", {"q": "mediators"}).content.decode()
    assert html.index("Recommended") < html.index("trained in Juba")
    assert '<a href="/en/contact/">Contact</a> — Call us' in html


def test_searches_are_counted_for_editors(client, site_content):
    client.get("/en/search/", {"q": "mediators"})
    client.get("/en/search/", {"q": "Mediators"})
    assert Query.get("mediators").hits == 2


def test_suggestions_answer_json_with_at_most_eight_titles(client, site_content):
    for i in range(10):
        make_story(site_content, f"Mediation session {i}", "2021-01-01")
    reindex()
    data = client.get("/en/search/suggest/", {"q": "Media"}).json()
    assert 1 <= len(data["suggestions"]) <= 8
    assert all(s["title"].startswith("Media") for s in data["suggestions"])
    assert client.get("/en/search/suggest/", {"q": ""}).json() == {"suggestions": []}


def test_search_page_works_without_javascript_and_is_not_indexed(client, site_content):
    html = client.get("/en/search/", {"q": "mediators"}).content.decode()
    assert '<form class="search-form" role="search" action="/en/search/" method="get">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert '<script src="/static/search/suggest.js" defer></script>' in html


def test_empty_query_gets_a_helpful_page(client, site_content):
    client.get("/en/search/", {"q": "mediators"})
    html = client.get("/en/search/").content.decode()
    assert "Type a word or two to search" in html
    assert '<a href="?q=mediators">mediators</a>' in html


def test_no_results_says_so(client, site_content):
    html = client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()
    assert "Nothing was found for “zzzzqqq”" in html


@pytest.mark.parametrize(
    "query",
    ["", " ", "x" * 1000, "مرحبا بالعالم", "😀🕊️", "& | ! : * ( ) ' \"", "a:b", "NOT OR AND", "%00", "\\"],
)
def test_bad_queries_never_fail(client, site_content, query):
    assert client.get("/en/search/", {"q": query, "page": "x"}).status_code == 200
    assert client.get("/en/search/suggest/", {"q": query}).status_code == 200


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300))
def test_any_string_is_a_valid_search(client, site_content, query):
    response = client.get("/en/search/", {"q": query.replace("\x00", "")})
    assert response.status_code == 200


def test_results_page_query_count_is_fixed(client, site_content, django_assert_max_num_queries):
    for i in range(30):
        make_story(
            site_content, f"Peace story {i}", str(datetime.date(2020, 1, 1) + datetime.timedelta(days=i))
        )
    reindex()
    client.get("/en/search/", {"q": "peace"})
    with django_assert_max_num_queries(25):
        response = client.get("/en/search/", {"q": "peace", "page": "2"})
    assert len(response.context["page_obj"].object_list) == 10


def test_results_filter_by_type_with_counts(client, site_content):
    response = client.get("/en/search/", {"q": "peace"})
    counts = {option.value: option.count for option in response.context["facets"][0].options}
    assert counts["reportpage"] >= 1
    only_reports = client.get("/en/search/", {"q": "peace", "type": "reportpage"})
    assert {type(r["page"]).__name__ for r in only_reports.context["page_obj"].object_list} == {"ReportPage"}
    assert client.get("/en/search/", {"q": "peace", "type": "nonsense"}).status_code == 200


def test_results_sort_by_date(client, site_content):
    index = site_content
    make_story(index, "Older peace story", "2019-01-01")
    make_story(index, "Newer peace story", "2019-01-02")
    reindex()
    response = client.get("/en/search/", {"q": "peace story", "sort": "date"})
    found = [r["page"].title for r in response.context["page_obj"].object_list]
    assert found.index("Newer peace story") < found.index("Older peace story")
    assert '<strong aria-current="true">Newest first</strong>' in response.content.decode()
