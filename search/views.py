"""The reader's search: live, public pages of the active language, with promotions."""

import datetime
import logging
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, transaction
from django.db.models import Q, prefetch_related_objects
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, get_page_models
from wagtail.search.utils import normalise_query_string

from home.chrome import active_locale
from home.facets import FacetOption, FacetView
from home.pagination import paginate

from .query import clean_query, highlight, search_terms

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
# Type counts look at this many matches at most, so a very common word stays fast.
COUNT_LIMIT = 1000
SUGGESTIONS = 8


def searchable_pages(locale):
    """What readers may find: live, public, not aliases, in their language, not the root.

    Only fields indexed as FilterFields can narrow a search, so aliases (few) are
    excluded by id.
    """
    aliases = list(Page.objects.filter(alias_of__isnull=False, locale=locale).values_list("id", flat=True))
    return Page.objects.live().public().filter(locale=locale, depth__gt=1).exclude(id__in=aliases)


def specific_in_order(pages):
    """The specific pages for a page of results, in result order, with what each type
    prefetches for its teaser (`teaser_prefetch`): queries grow with types, not results."""
    ids = [page.pk for page in pages]
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    specific = [by_id[pk] for pk in ids if pk in by_id]
    by_class = {}
    for page in specific:
        by_class.setdefault(type(page), []).append(page)
    for model, instances in by_class.items():
        lookups = getattr(model, "teaser_prefetch", list)()
        if lookups:
            prefetch_related_objects(instances, *lookups)
    return specific


def log_query(query):
    """Count the search for editors' statistics. A failure here (a race on the daily
    counter under load) is logged and never reaches the reader."""
    try:
        with transaction.atomic():
            Query.get(query).add_hit()
    except DatabaseError:
        logger.warning("Could not record a hit for search %r", query, exc_info=True)


def popular_searches(count=5):
    """What readers searched for most in the last month, to suggest on an empty page."""
    since = timezone.localdate() - datetime.timedelta(days=30)
    return [query.query_string for query in Query.get_most_popular(date_since=since)[:count]]


def type_facet(pages, search_string, selected):
    """Result counts by page type over the first COUNT_LIMIT matches, as a filter."""
    matches = pages.search(search_string, operator="and")[:COUNT_LIMIT]
    counts = Counter(page.content_type_id for page in matches)
    options = []
    for content_type_id, count in counts.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        value = model._meta.model_name
        options.append(
            FacetOption(
                value=value,
                label=str(model._meta.verbose_name).capitalize(),
                count=count,
                selected=value == selected,
            )
        )
    options.sort(key=lambda option: -option.count)
    return FacetView(param="type", label=_("Type"), options=options, selected=selected)


@require_GET
def search(request):
    query = clean_query(request.GET.get("q"))
    terms = search_terms(query)
    locale = active_locale(request)
    context = {
        "query": query,
        "terms": terms,
        "too_long": len(" ".join((request.GET.get("q") or "").split())) > len(query),
        "popular": popular_searches(),
    }
    if terms:
        pages = searchable_pages(locale)
        search_string = " ".join(terms)
        selected_type = request.GET.get("type") or None
        facet = type_facet(pages, search_string, selected_type)
        if selected_type in {option.value for option in facet.options}:
            model = next(m for m in get_page_models() if m._meta.model_name == selected_type)
            pages = pages.filter(content_type=ContentType.objects.get_for_model(model))
        sort = "date" if request.GET.get("sort") == "date" else "relevance"
        if sort == "date":
            results = pages.order_by("-first_published_at").search(
                search_string, operator="and", order_by_relevance=False
            )
        else:
            results = pages.search(search_string, operator="and")
        context.update(facets=[facet], sort=sort)
        page_obj = paginate(request, results, RESULTS_PER_PAGE)
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
            page_obj=page_obj,
            promotions=[
                promotion
                for promotion in promoted.select_related("page").order_by("sort_order")
                if promotion.page is None or promotion.page.live
            ],
        )
        if page_obj.number == 1:
            log_query(query)
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    """Up to eight titles matching what has been typed so far, for the search box."""
    terms = search_terms(clean_query(request.GET.get("q")))
    suggestions = []
    if terms:
        pages = searchable_pages(active_locale(request)).autocomplete(" ".join(terms))[:SUGGESTIONS]
        suggestions = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    return JsonResponse({"suggestions": suggestions})
