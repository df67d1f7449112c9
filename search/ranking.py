"""The best matches of a search, ranked.

Wagtail's PostgreSQL backend ranks every match with `ts_rank` before it keeps the first few,
and reaches the index entries through each page's id cast to text, so a common word cost a
walk over the language's pages and a rank per match. On PostgreSQL this module asks for the
same match itself, written so that the database can work from its indexes:

- the match is `(title || body) @@ query`, which the GIN expression index of
  search/migrations/0001 serves, and nothing else narrows the index entries, so no other
  index competes with it;
- the page conditions (type, language, live, public, not an alias) are checked on the
  matched entries only, by page id: the entry's text id is cast to an integer, so the
  database can reach the page by its primary key, where Wagtail cast every page's id to
  text to compare;
- the best `limit` are chosen with a cheap rank, which reads only the titles: matches with
  the words in their title first, shorter and denser titles before longer ones, then the
  newest pages;
- only the first FULLY_RANKED of those, the pages readers look at, are then ranked with
  `ts_rank_cd` over title and body (reading a body is what costs), title matches still first.

Readers are told when the best `limit` is all they see. Other backends rank as Wagtail does.
"""

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db.models import BooleanField, Exists, ExpressionWrapper, F, IntegerField, OuterRef, Q
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from wagtail.search.models import IndexEntry

from .backend import LocalisedPostgresSearchBackend

# How many of the best matches are ranked by their bodies too: the first ten pages of results.
FULLY_RANKED = 100


def best_match_ids(backend, words, pages, limit):
    """Ids of the best `limit` pages of `pages` that hold all of `words`, best first."""
    results = backend.search(words, pages, operator="and")
    if results.query_compiler is None:  # nothing left to search for
        return []
    if isinstance(backend, LocalisedPostgresSearchBackend):
        return _ranked_on_postgres(results.query_compiler, backend, pages, limit)
    return _ranked_by_backend(results, limit)


def _ranked_by_backend(results, limit):
    """The database backends hand over their queryset, so only ids leave the database; the
    others (Elasticsearch, OpenSearch) answer with ids and load the pages."""
    results = results[:limit]
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list("pk", flat=True))
    return [page.pk for page in results]


def _ranked_on_postgres(compiler, backend, pages, limit):
    # The tsquery is the backend's own, so the words are read exactly as Wagtail reads them.
    query = compiler.build_tsquery(compiler.query, config=compiler.get_config(backend))
    weights = compiler.sql_weights
    in_title = ExpressionWrapper(Q(title=query), output_field=BooleanField())
    title_rank = SearchRank(F("title"), query, weights=weights, cover_density=True) * F("title_norm")
    # The entry's type is the page's own, so an image or a document with the same id is no match.
    shown = pages.filter(pk=OuterRef("page_id"), content_type_id=OuterRef("content_type_id"))
    candidates = list(
        IndexEntry.objects.annotate(
            document=CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField()),
            page_id=Cast("object_id", IntegerField()),
        )
        .filter(Exists(shown), document=query)
        .annotate(in_title=in_title, title_rank=title_rank)
        .order_by("-in_title", "-title_rank", "-page_id")
        .values_list("pk", "page_id")[:limit]
    )
    first = dict(candidates[:FULLY_RANKED])
    ranked = (
        IndexEntry.objects.filter(pk__in=first)
        .annotate(
            in_title=in_title,
            rank=title_rank + SearchRank(F("body"), query, weights=weights, cover_density=True),
            page_id=Cast("object_id", IntegerField()),
        )
        .order_by("-in_title", "-rank", "-page_id")
        .values_list("pk", flat=True)
    )
    return [first[pk] for pk in ranked] + [page_id for _, page_id in candidates[FULLY_RANKED:]]
