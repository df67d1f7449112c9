"""The reader's search: live, public pages of the active language, with promotions."""

import datetime

from django.db.models import Q, Sum, prefetch_related_objects
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.cache import page_cache_enabled, under_content_version
from core.facets import FacetedListing
from core.pagination import paginate
from home.chrome import active_locale

from . import hits, registry
from .backend import backend_for_language
from .facets import search_facets
from .query import clean_query, highlight, query_was_cut, search_terms
from .ranking import best_match_ids

RESULTS_PER_PAGE = 10
# Readers get the best MAX_RESULTS matches, ranked, filtered and counted. Past them a narrower
# search serves better than a hundredth page, and ranking every story that holds a common
# word, three times over (ids, count, page), took seconds on the benchmark's 20,000 stories.
MAX_RESULTS = 1000
SUGGESTIONS = 8
# Ranked matches are kept this long at most; any change readers could see drops them sooner.
RANKING_CACHE_SECONDS = 10 * 60


def searchable_pages(locale):
    """What readers may find: pages of the types the apps registered (search/registry.py),
    live, public, not aliases, in their language, not the root.

    Only fields indexed as FilterFields can narrow a search, so aliases (few) are
    excluded by id.
    """
    aliases = list(Page.objects.filter(alias_of__isnull=False, locale=locale).values_list("id", flat=True))
    pages = Page.objects.exact_type(*registry.site.page_models())
    return pages.live().public().filter(locale=locale, depth__gt=1).exclude(id__in=aliases)


def ranked_ids(locale, terms):
    """The best matches for `terms` in `locale` (search/ranking.py), ranked once and then kept
    under the content version (`under_content_version`), which any publish, unpublish, move,
    deletion or new view restriction changes: a popular search costs no ranking query until
    the site changes. Off with the page cache; ranked afresh when the cache fails."""

    def rank():
        backend = backend_for_language(locale.language_code)
        return best_match_ids(backend, " ".join(terms), searchable_pages(locale), MAX_RESULTS)

    if not page_cache_enabled():
        return rank()
    parts = (locale.language_code, MAX_RESULTS, " ".join(terms).casefold())
    return under_content_version("search", parts, rank, RANKING_CACHE_SECONDS)


def kept_in_order(listing, ids, sort):
    """The matches that the selected filters keep, best first (the order of `ids`) or
    newest first."""
    if sort == "date":
        return list(listing.results.order_by("-first_published_at", "-pk").values_list("pk", flat=True))
    if not listing.is_filtered:
        return ids
    kept = set(listing.results.values_list("pk", flat=True))
    return [pk for pk in ids if pk in kept]


def specific_in_order(ids):
    """The specific pages of `ids`, in that order, with what each type prefetches for its
    teaser (`teaser_prefetch`): queries grow with types, not results."""
    pages = Page.objects.filter(pk__in=ids).specific().select_related("locale", for_specific_subqueries=True)
    by_id = {page.pk: page for page in pages}
    specific = [by_id[pk] for pk in ids if pk in by_id]
    by_class = {}
    for page in specific:
        by_class.setdefault(type(page), []).append(page)
    for model, instances in by_class.items():
        lookups = getattr(model, "teaser_prefetch", list)()
        if lookups:
            prefetch_related_objects(instances, *lookups)
    return specific


def popular_searches(locale, count=5):
    """Search terms an editor chose for readers of `locale`: those with a promoted page in
    that language (Search promotions in the admin), most searched in the last month first.
    Never what visitors typed on their own: on a site about people at risk a single search
    can be a defender's name, and showing it to every reader would publish it."""
    since = timezone.localdate() - datetime.timedelta(days=30)
    chosen = SearchPromotion.objects.filter(page__locale=locale, page__live=True).values("query_id")
    queries = Query.objects.filter(id__in=chosen).annotate(
        recent=Sum("daily_hits__hits", filter=Q(daily_hits__date__gte=since), default=0)
    )
    return [query.query_string for query in queries.order_by("-recent", "query_string")[:count]]


def library_for(locale):
    """The listing the apps registered to suggest when a search finds nothing (the
    publications library), in `locale`; None when there is none."""
    model = registry.site.listing_when_nothing_found()
    if model is None:
        return None
    return model.objects.live().public().filter(locale=locale).first()


@require_GET
def search(request):
    query = clean_query(request.GET.get("q"))
    terms = search_terms(query)
    locale = active_locale(request)
    context = {
        "query": query,
        "terms": terms,
        "too_long": query_was_cut(request.GET.get("q")),
        "popular": popular_searches(locale),
    }
    if terms:
        ids = ranked_ids(locale, terms)
        listing = FacetedListing(Page.objects.filter(id__in=ids), search_facets(), request.GET)
        sort = "date" if request.GET.get("sort") == "date" else "relevance"
        page_obj = paginate(request, kept_in_order(listing, ids, sort), RESULTS_PER_PAGE)
        page_obj.object_list = [
            {
                "page": page,
                "excerpt": highlight(page.teaser_text(), terms),
                "title": highlight(page.title, terms),
            }
            for page in specific_in_order(page_obj.object_list)
        ]
        promoted = SearchPromotion.objects.filter(query__query_string=normalise_query_string(query)).filter(
            Q(page__isnull=True) | Q(page__locale=locale)
        )
        context.update(
            sort=sort,
            only_best=len(ids) >= MAX_RESULTS,
            max_results=MAX_RESULTS,
            facets=listing.facet_views(),
            listing=listing,
            page_obj=page_obj,
            promotions=[
                promotion
                for promotion in promoted.select_related("page").order_by("sort_order")
                if promotion.page is None or promotion.page.live
            ],
        )
        if not page_obj.object_list:
            context["library"] = library_for(locale)
        if page_obj.number == 1:
            hits.count(query, locale.language_code, found_anything=bool(ids))
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Up to eight titles matching what has been typed so far, for the search box."""
    terms = search_terms(clean_query(request.GET.get("q")))
    suggestions = []
    if terms:
        locale = active_locale(request)
        backend = backend_for_language(locale.language_code)
        pages = backend.autocomplete(" ".join(terms), searchable_pages(locale))[:SUGGESTIONS]
        suggestions = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    return JsonResponse({"suggestions": suggestions})
