"""Pagination that never fails on what a reader (or a bot) puts in `?page=`."""

from django.core.paginator import Paginator

from core.text_input import clean_text

from .cache import note_query

# More digits than any page number needs.
PAGE_PARAM_MAX_LENGTH = 10


def paginate(request, items, per_page, param="page"):
    """Return the requested page of `items`.

    A missing or non-numeric page number gives the first page; a number out of range
    gives the last, so a stale or hand-edited link still shows something useful. A longer
    value than PAGE_PARAM_MAX_LENGTH is cut first, so int() never sees thousands of digits.
    """
    paginator = Paginator(items, per_page)
    page_obj = paginator.get_page(clean_text(request.GET.get(param), max_length=PAGE_PARAM_MAX_LENGTH))
    page_obj.elided_range = list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
    if param in request.GET:
        note_query(request, **{param: page_obj.number})
    return page_obj
