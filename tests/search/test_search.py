"""Readers' search: what it finds, in which language, what it never shows, bad input."""

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from search.query import MAX_QUERY_LENGTH
from tests.factories import make_document, make_edition, make_report, make_story, publish, translate_page


def reindex():
    call_command("update_index", stdout=StringIO(), stderr=StringIO())


@pytest.fixture
def site_content(home_page, locales, story_index, library, series):
    make_story(
        story_index, "Mediators trained in Juba", "2021-09-14", excerpt="Peace mediators learned negotiation."
    )
    make_story(story_index, "Draft about mediators", "2021-09-15", publish_it=False)
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
    translate_page(story_index, locales["fr"], title="Actualités", slug="actualites")
    reindex()
    return story_index


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


def test_aliases_are_never_results(client, site_content, home_page, locales):
    story = site_content.get_children().live().filter(title="Mediators trained in Juba").first().specific
    french_index = site_content.get_translation(locales["fr"])
    story.create_alias(parent=french_index)
    reindex()
    assert titles(client.get("/fr/search/", {"q": "mediators"})) == []


def test_matched_terms_are_highlighted_and_escaped(client, site_content):
    html = client.get("/en/search/", {"q": "negotiation <script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "“negotiation &lt;script&gt;alert(1)&lt;/script&gt;”" in html
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


def flush_hits():
    call_command("flush_search_hits", stdout=StringIO())


def test_searches_are_counted_for_editors(client, site_content):
    client.get("/en/search/", {"q": "mediators"})
    client.get("/en/search/", {"q": "Mediators"})
    flush_hits()
    assert Query.get("mediators").hits == 2


def test_a_search_writes_nothing_to_the_database(client, site_content):
    client.get("/en/search/", {"q": "peace"})  # the first search of the process may flush
    with CaptureQueriesContext(connection) as context:
        client.get("/en/search/", {"q": "mediators"})
    writes = [q["sql"] for q in context if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert not Query.objects.filter(query_string="mediators").exists()


def test_counted_searches_are_written_after_a_response_once_a_flush_is_due(client, site_content):
    from core import shared_cache
    from search import hits

    client.get("/en/search/", {"q": "mediators"})  # flushes: none ran yet
    assert Query.get("mediators").hits == 1
    client.get("/en/search/", {"q": "mediators"})  # not due yet
    assert Query.get("mediators").hits == 1
    shared_cache.delete(hits.DUE)  # FLUSH_SECONDS later
    client.get("/en/search/", {"q": "juba"})
    assert Query.get("mediators").hits == 2 and Query.get("juba").hits == 1


def test_suggestions_answer_json_with_at_most_eight_titles(client, site_content):
    for i in range(10):
        make_story(site_content, f"Mediation session {i}", "2021-01-01")
    reindex()
    data = client.get("/en/search/suggest/", {"q": "Media"}).json()
    assert len(data["suggestions"]) == 8
    assert all(s["title"].startswith("Media") for s in data["suggestions"])
    assert client.get("/en/search/suggest/", {"q": ""}).json() == {"suggestions": []}


def test_search_page_works_without_javascript_and_is_not_indexed(client, site_content):
    html = client.get("/en/search/", {"q": "mediators"}).content.decode()
    assert '<form class="search-form" role="search" action="/en/search/" method="get">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert '<script src="/static/search/suggest.js" defer></script>' in html


def promote(query_string, page):
    return SearchPromotion.objects.create(query=Query.get(query_string), page=page, sort_order=0)


def test_empty_query_gets_a_helpful_page(client, site_content):
    promote("mediators", StandardPage.objects.get(slug="contact"))
    html = client.get("/en/search/").content.decode()
    assert "Type a word or two to search" in html
    assert '<a href="?q=mediators">mediators</a>' in html


def test_a_query_typed_by_one_visitor_is_never_shown_to_another(client, site_content):
    from django.test import Client

    for _ in range(20):
        client.get("/en/search/", {"q": "Akello Grace"})
    flush_hits()
    assert Query.get("Akello Grace").hits == 20  # editors still see it in their statistics
    for path in ("/en/search/", "/en/search/?q=zzzzqqq", "/fr/search/"):
        assert "Akello" not in Client().get(path).content.decode()


def test_popular_searches_are_the_terms_editors_chose_for_that_language(client, site_content, locales):
    contact = StandardPage.objects.get(slug="contact")
    promote("mediators", contact)
    french_index = site_content.get_translation(locales["fr"])
    promote("actualités", french_index)
    english = client.get("/en/search/").content.decode()
    french = client.get("/fr/search/").content.decode()
    assert '<a href="?q=mediators">mediators</a>' in english and "actualités" not in english
    assert "actualités" in french and "?q=mediators" not in french


def test_no_results_says_so(client, site_content):
    html = client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()
    assert "Nothing was found for “zzzzqqq”" in html


# What the search page says in each language when there is nothing to search for, and
# when a search finds nothing (the query goes where {} is).
ASKS_FOR_WORDS = {
    "en": "Type a word or two to search",
    "fr": "Tapez un ou deux mots",
    "sw": "Andika neno moja au mawili",
    "ar": "اكتب كلمة أو كلمتين للبحث",
}
FOUND_NOTHING = {
    "en": "Nothing was found for “{}”.",
    "fr": "Aucun résultat pour « {} ».",
    "sw": "Hakuna kilichopatikana kwa “{}”.",
    "ar": "لم يُعثر على شيء لـ «{}».",
}


def main_html(response):
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


def what_the_page_says(response, language="en"):
    """ "words?", "nothing" or "results": which of its three answers the search page gives,
    checking it gives exactly one, in `language`, with the query it searched escaped."""
    html = main_html(response)
    shown = escape(response.context["query"])
    answers = {
        "words?": ASKS_FOR_WORDS[language] in html,
        "nothing": FOUND_NOTHING[language].format(shown) in html,
        "results": '<ol class="search-results">' in html,
    }
    assert list(answers.values()).count(True) == 1, answers
    assert f'name="q" value="{shown}"' in html
    answer = next(name for name, given in answers.items() if given)
    if answer == "results":
        assert shown in html.split('class="listing-count"', 1)[1].split("</p>", 1)[0]
    return answer


def suggestions(client, query):
    response = client.get("/en/search/suggest/", {"q": query})
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


@pytest.mark.parametrize("query", ["", " ", "😀🕊️", "& | ! : * ( ) ' \"", "\\", "\x00\x01\u202e"])
def test_a_query_without_words_asks_for_a_word_or_two(client, site_content, query):
    response = client.get("/en/search/", {"q": query, "page": "x"})
    assert what_the_page_says(response) == "words?"
    assert "listing-count" not in main_html(response)
    assert suggestions(client, query) == []


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("مرحبا بالعالم", "مرحبا بالعالم"),
        ("zzzz:qqqq", "zzzz:qqqq"),
        ("NOT OR AND", "NOT OR AND"),
        ("%00", "%00"),
        ("zzzz\x00qqqq", "zzzzqqqq"),
        ('<b>zzzz</b> & "qqqq"', "&lt;b&gt;zzzz&lt;/b&gt; &amp; &quot;qqqq&quot;"),
    ],
)
def test_a_query_that_matches_nothing_is_echoed_escaped_with_no_results_list(
    client, site_content, query, shown
):
    response = client.get("/en/search/", {"q": query, "page": "x"})
    assert what_the_page_says(response) == "nothing"
    assert FOUND_NOTHING["en"].format(shown) in main_html(response)
    assert "search-result" not in main_html(response)
    assert suggestions(client, query) == []


def test_a_very_long_query_is_searched_by_its_first_200_characters_and_the_reader_told(client, site_content):
    response = client.get("/en/search/", {"q": "x" * 1000, "page": "x"})
    assert what_the_page_says(response) == "nothing"
    html = main_html(response)
    assert "Your search was long, so only its first 200 characters were used." in html
    assert FOUND_NOTHING["en"].format("x" * 200) in html  # the 200 searched, not one more


def test_operators_and_a_bad_page_number_still_find_the_words(client, site_content):
    response = client.get("/en/search/", {"q": "mediators & | ! :* (juba)", "page": "x"})
    assert what_the_page_says(response) == "results"
    assert titles(response) == ["Mediators trained in Juba"]
    assert [suggestion["title"] for suggestion in suggestions(client, "mediators & |")] == [
        "Mediators trained in Juba"
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300), language=st.sampled_from(sorted(ASKS_FOR_WORDS)))
@example(query="\x00", language="en")
@example(query="mediators\x00", language="en")
@example(query="\x00" * 250 + "juba", language="ar")
def test_any_string_is_a_valid_search(client, site_content, query, language):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    answer = what_the_page_says(response, language)
    assert "\x00" not in response.content.decode()
    if not re.search(r"\w", query):
        assert answer == "words?"
    elif re.search(r"\w", query[:MAX_QUERY_LENGTH]):
        assert answer in {"nothing", "results"}
    assert isinstance(suggestions(client, query), list)


# A plain search, a filtered one on a later page and one sorted by date.
COUNTED_SEARCHES = [
    {"q": "peace"},
    {"q": "peace", "page": "2", "theme": "youth", "year": "2020"},
    {"q": "peace", "type": "storypage", "sort": "date", "page": "3"},
]


def search_queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", params)
    assert len(response.context["page_obj"].object_list) == 10
    return len(queries)


def test_a_search_runs_at_most_fifteen_queries_however_many_pages_match(
    client, site_content, taxonomy, no_search_indexing, django_assert_max_num_queries
):
    themes = [taxonomy["peacebuilding"], taxonomy["youth"]]

    def add_stories(first, count):
        for i in range(first, first + count):
            day = datetime.date(2020, 1, 1) + datetime.timedelta(days=i % 300)
            make_story(site_content, f"Peace story {i}", str(day), themes=themes)
        reindex()
        client.get("/en/search/", COUNTED_SEARCHES[0])  # the site chrome is cached from here on
        reset_queries()  # the log keeps 9,000 queries; creating the stories filled it

    add_stories(0, 30)
    with_30 = [search_queries(client, params) for params in COUNTED_SEARCHES]
    add_stories(30, 200)
    with_230 = [search_queries(client, params) for params in COUNTED_SEARCHES]
    assert with_230 == with_30
    for params in COUNTED_SEARCHES:
        with django_assert_max_num_queries(15):
            client.get("/en/search/", params)


def test_results_filter_by_type_with_counts(client, site_content):
    response = client.get("/en/search/", {"q": "peace"})
    counts = {option.value: option.count for option in response.context["facets"][0].options}
    assert counts == {"homepage": 1, "magazineseriespage": 1, "reportpage": 1, "storypage": 1}
    only_reports = client.get("/en/search/", {"q": "peace", "type": "reportpage"})
    assert titles(only_reports) == ["Early warning toolkit"]


def test_results_sort_by_date(client, site_content):
    index = site_content
    make_story(index, "Older peace story", "2019-01-01")
    make_story(index, "Newer peace story", "2019-01-02")
    reindex()
    response = client.get("/en/search/", {"q": "peace story", "sort": "date"})
    found = [r["page"].title for r in response.context["page_obj"].object_list]
    assert found.index("Newer peace story") < found.index("Older peace story")
    assert '<strong aria-current="true">Newest first</strong>' in response.content.decode()


def test_results_filter_by_theme_and_year_with_counts(client, site_content, taxonomy):
    make_story(site_content, "Peace in Yei", "2019-05-01", themes=[taxonomy["peacebuilding"]])
    make_story(site_content, "Peace for youth", "2020-05-01", themes=[taxonomy["youth"]])
    make_story(site_content, "Peace and youth again", "2020-06-01", themes=[taxonomy["youth"]])
    reindex()

    def facet(response, param):
        view = next(view for view in response.context["facets"] if view.param == param)
        return {option.value: option.count for option in view.options}

    everything = client.get("/en/search/", {"q": "peace"})
    assert facet(everything, "theme") == {"peacebuilding": 1, "youth": 2}
    assert facet(everything, "year")["2020"] == 2 and facet(everything, "year")["2019"] == 1

    youth = client.get("/en/search/", {"q": "peace", "theme": "youth"})
    assert sorted(titles(youth)) == ["Peace and youth again", "Peace for youth"]
    # Other filters count within the selected theme; the theme's own counts stay whole.
    assert facet(youth, "year") == {"2020": 2}
    assert facet(youth, "theme") == {"peacebuilding": 1, "youth": 2}
    assert '<a href="?q=peace" aria-current="true">' not in youth.content.decode()

    both = client.get("/en/search/", {"q": "peace", "theme": "youth", "year": "2019"})
    assert titles(both) == []
    html = both.content.decode()
    assert "Search again without filters" in html
    assert 'href="?q=peace"' in html


def test_only_the_best_matches_are_listed_and_counted_and_the_reader_is_told(
    client, site_content, monkeypatch
):
    from search import views

    make_story(site_content, "Ceasefire in Yei", "2019-05-01", excerpt="Ceasefire, ceasefire, ceasefire.")
    make_story(site_content, "Monitors of a truce", "2020-05-01", excerpt="They watch the ceasefire.")
    make_story(site_content, "Youth and elders", "2020-06-01", excerpt="After the ceasefire, talks.")
    reindex()
    everything = client.get("/en/search/", {"q": "ceasefire"})
    assert everything.context["page_obj"].paginator.count == 3
    assert "best matches are listed" not in everything.content.decode()
    monkeypatch.setattr(views, "MAX_RESULTS", 2)

    response = client.get("/en/search/", {"q": "ceasefire"})
    assert response.context["page_obj"].paginator.count == 2
    assert titles(response)[0] == "Ceasefire in Yei"  # the best match is among them
    assert "Only the 2 best matches are listed and counted" in response.content.decode()
    newest = client.get("/en/search/", {"q": "ceasefire", "sort": "date"})
    assert sorted(titles(newest)) == sorted(titles(response))  # the same two, newest first


def test_a_repeated_search_is_ranked_once_until_the_site_changes(client, site_content, settings):
    settings.AMANI_PAGE_CACHE_ENABLED, settings.DEBUG = True, False

    def search_ranking_queries(query):
        with CaptureQueriesContext(connection) as context:
            response = client.get("/en/search/", {"q": query})
        return titles(response), [q["sql"] for q in context if "indexentry" in q["sql"].lower()]

    found, ranking = search_ranking_queries("mediators")
    assert found == ["Mediators trained in Juba"] and ranking
    again, ranking = search_ranking_queries("Mediators")
    assert again == found and ranking == []  # same words: kept

    newer = make_story(site_content, "Mediators in Yei", "2021-10-01")
    found, ranking = search_ranking_queries("mediators")
    assert "Mediators in Yei" in found and ranking
    PageViewRestriction.objects.create(
        page=newer, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert "Mediators in Yei" not in search_ranking_queries("mediators")[0]


@pytest.mark.parametrize(
    "params", [{"year": "19x9"}, {"theme": "<script>"}, {"type": "nonsense"}, {"sort": "<script>"}]
)
def test_a_filter_that_does_not_parse_is_ignored(client, site_content, params):
    response = client.get("/en/search/", {"q": "mediators", **params})
    assert titles(response) == ["Mediators trained in Juba"]
    assert response.context["listing"].selected == {}
    assert "<script>" not in main_html(response)


def test_a_theme_that_names_nothing_finds_nothing_and_offers_the_search_without_filters(client, site_content):
    response = client.get("/en/search/", {"q": "mediators", "theme": "no-such-theme"})
    assert what_the_page_says(response) == "nothing"
    assert '<a href="?q=mediators">Search again without filters</a>' in main_html(response)


def test_no_results_suggest_the_library_and_popular_searches(client, site_content):
    promote("mediators", StandardPage.objects.get(slug="contact"))
    html = client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()
    assert "Nothing was found for “zzzzqqq”" in html
    assert 'Or browse <a href="/en/publications/">the library of publications</a>' in html
    assert '<a href="?q=mediators">mediators</a>' in html


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs a database that serves connections at once"
)
@pytest.mark.django_db(transaction=True)
def test_concurrent_searches_are_all_answered_and_all_counted(home_page, locales):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections
    from django.test import Client

    start_together = threading.Barrier(8)

    def search_five_times(_worker):
        client = Client()
        start_together.wait()  # the first searches of the day race to create its counter
        try:
            return [client.get("/en/search/", {"q": "Juba mediators"}).status_code for _ in range(5)]
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = [status for worker in pool.map(search_five_times, range(8)) for status in worker]
    assert statuses == [200] * 40
    flush_hits()
    assert Query.get("Juba mediators").hits == 40


def test_a_database_error_while_counting_is_one_line_without_the_words_and_loses_nothing(
    client, site_content, monkeypatch, caplog
):
    from django.db import OperationalError

    from search import hits

    real_get = Query.get

    def locked(query_string):
        raise OperationalError("database is locked")

    monkeypatch.setattr(Query, "get", locked)
    response = client.get("/en/search/", {"q": "mediators"})
    assert titles(response) == ["Mediators trained in Juba"]
    assert hits.flush() is None
    assert "Search statistics not written (OperationalError)" in caplog.text
    assert "mediators" not in caplog.text
    assert all(record.exc_info is None for record in caplog.records)
    monkeypatch.setattr(Query, "get", real_get)
    flush_hits()
    assert Query.get("mediators").hits == 1
