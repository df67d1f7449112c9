"""On PostgreSQL the reader's match is served by GIN indexes, not a walk over every entry or
page, only a bounded set of candidates is ranked, and index writes read no whole table."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.functions import Length
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from search.backend import backend_for_language
from search.ranking import best_match_ids
from search.views import searchable_pages
from tests.factories import make_story

MATCH = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body")'
pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's indexes")


def test_the_readers_match_can_use_the_title_and_body_gin_index(home_page, locales):
    results = backend_for_language("en").search(
        "peace women", searchable_pages(locales["en"]), operator="and"
    )
    sql = str(results[:1000].get_queryset().values_list("pk", flat=True).query)
    assert f"{MATCH} @@" in sql  # the expression the index is built on is the one Wagtail matches
    plan = explain(
        f"SELECT object_id FROM wagtailsearch_indexentry WHERE {MATCH} @@ to_tsquery('english', 'women & peace')"
    )
    assert "Bitmap Index Scan on amani_indexentry_title_body_gin" in plan, plan


def ranking_sql(locale, words, limit=1000):
    """The reader's ranking query (search/ranking.py), as PostgreSQL receives it."""
    with CaptureQueriesContext(connection) as queries:
        best_match_ids(backend_for_language(locale.language_code), words, searchable_pages(locale), limit)
    return next(query["sql"] for query in queries if "indexentry" in query["sql"])


def explain(sql, *settings):
    with connection.cursor() as cursor:
        # A test database is too small for the planner to prefer any index; forbidding the
        # sequential scan (and `settings`) shows whether an index serves each step at all.
        for setting in ("enable_seqscan", *settings):
            cursor.execute(f"SET LOCAL {setting} = off")
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_ranking_matches_through_the_gin_index_and_compares_page_ids_as_integers(
    story_index, locales, no_search_indexing
):
    make_story(story_index, "Women build peace", "2021-01-01")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    sql = ranking_sql(locales["en"], "peace women")
    assert '("wagtailsearch_indexentry"."object_id")::integer' in sql  # not every page's id as text
    assert "::varchar" not in sql
    # Without nested loops only the match itself can narrow the entries, as on a large site.
    plan = explain(sql, "enable_indexscan", "enable_nestloop")
    assert "Bitmap Index Scan on amani_indexentry_title_body_gin" in plan, plan
    assert "Seq Scan" not in plan, plan


def ranked_titles(locale, words, limit):
    titles = dict(Page.objects.values_list("pk", "title"))
    return [
        titles[pk]
        for pk in best_match_ids(
            backend_for_language(locale.language_code), words, searchable_pages(locale), limit
        )
    ]


def test_pages_with_the_words_in_their_title_rank_first(story_index, locales, no_search_indexing):
    make_story(
        story_index, "Harvest report", "2021-01-01", excerpt="Ceasefire, ceasefire, ceasefire at last."
    )
    make_story(story_index, "Ceasefire in Yei", "2020-01-01", excerpt="Talks went on.")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    assert ranked_titles(locales["en"], "ceasefire", 1000) == ["Ceasefire in Yei", "Harvest report"]


def test_only_the_bounded_candidates_are_ranked_title_matches_first_then_the_newest(
    story_index, locales, no_search_indexing
):
    make_story(story_index, "Older ceasefire", "2020-01-01")
    make_story(story_index, "Newer ceasefire", "2020-01-02")
    for i in range(3):
        make_story(story_index, f"Talks {i}", "2021-01-01", excerpt="A ceasefire, a ceasefire.")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    assert ranked_titles(locales["en"], "ceasefire", 3) == ["Newer ceasefire", "Older ceasefire", "Talks 2"]


def title_norms():
    entries = IndexEntry.objects.annotate(words=Length("title")).filter(words__gt=0)
    return {entry.object_id: (entry.title_norm, entry.words) for entry in entries}


def test_a_published_page_is_normalised_with_the_average_title_of_the_last_full_update(story_index, locales):
    make_story(story_index, "Peace", "2021-01-01")
    make_story(story_index, "Women mediators trained in Juba and Yei", "2021-01-02")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    norms = title_norms()
    average = sum(words for _, words in norms.values()) / len(norms)
    assert all(norm == pytest.approx(average / words) for norm, words in norms.values())

    newer = make_story(story_index, "Mediators in Yei", "2021-01-03")
    norm, words = title_norms()[str(newer.pk)]
    assert norm == pytest.approx(average / words)


def test_the_entries_still_to_normalise_are_found_through_their_partial_index(story_index, locales):
    make_story(story_index, "Peace", "2021-01-01")
    with CaptureQueriesContext(connection) as queries:
        make_story(story_index, "Mediators in Yei", "2021-01-03")
    update = next(
        query["sql"] for query in queries if query["sql"].startswith('UPDATE "wagtailsearch_indexentry"')
    )
    assert "amani_indexentry_unnormalised_title" in explain(update)
    assert not any(query["sql"].startswith("SELECT AVG") for query in queries)


def test_the_gin_index_searches_match_through_keeps_no_pending_list(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'amani_indexentry_title_body_gin'")
        (options,) = cursor.fetchone()
    assert "fastupdate=off" in options
