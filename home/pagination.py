"""Pagination that never fails on what a reader (or a bot) puts in `?page=`."""

from django.core.paginator import Paginator

from .cache import note_query


def paginate(request, items, per_page, param="page"):
    """Return the requested page of `items`.

    A missing or non-numeric page number gives the first page; a number out of range
    gives the last, so a stale or hand-edited link still shows something useful.
    """
    paginator = Paginator(items, per_page)
    page_obj = paginator.get_page(request.GET.get(param))
    page_obj.elided_range = list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
    if param in request.GET:
        note_query(request, **{param: page_obj.number})
    return page_obj
