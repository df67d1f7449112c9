"""Counting readers on the server: one for each page a reader is shown, one for each download.

The middleware sits before the page cache so it sees its hits too. It counts a GET answered
200 with HTML by Wagtail's page view (or replayed by the page cache), and a document
download; not editors (signed in), previews, prefetches, or bots, which are recognised by
crawlerdetect's user-agent list (kept up to date upstream) rather than by a pattern of ours.
Nothing about the reader is kept: the user agent is only tested, and of the referrer only
the host name survives. Counting happens in the cache, never in the database, and can never
cost an answer: any failure here is logged without the request and the answer goes out.
"""

import logging
from functools import lru_cache
from urllib.parse import urlsplit

from crawlerdetect import CrawlerDetect
from django.utils import timezone, translation

from core.cache import HEADER as PAGE_CACHE_HEADER

from . import tally

logger = logging.getLogger(__name__)

_detector = CrawlerDetect()
# Browsers announce speculative loads with one of these; a reader may never see the page.
PREFETCH_HEADERS = {
    "HTTP_SEC_PURPOSE": "prefetch",
    "HTTP_PURPOSE": "prefetch",
    "HTTP_X_PURPOSE": "preview",
    "HTTP_X_MOZ": "prefetch",
}


@lru_cache(maxsize=4096)
def is_bot(user_agent):
    """A crawler by crawlerdetect's list; no user agent at all is a script, not a reader."""
    return not user_agent.strip() or _detector.is_crawler(user_agent)


def referrer_host(request, own_host):
    """The referring site's host name without `www.`, or "" for none or this site itself."""
    referrer = request.META.get("HTTP_REFERER", "")
    try:
        host = (urlsplit(referrer).hostname or "").lower()
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    return "" if host == own_host.removeprefix("www.") else host[:255]


def _referring_language(request, own_host):
    """The language of the site's own page a download was linked from, else ""."""
    referrer = request.META.get("HTTP_REFERER", "")
    try:
        parts = urlsplit(referrer)
    except ValueError:
        return ""
    if (parts.hostname or "").lower() != own_host:
        return ""
    return translation.get_language_from_path(parts.path) or ""


def _is_reader(request):
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    if any(request.META.get(name, "").lower().startswith(value) for name, value in PREFETCH_HEADERS.items()):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not is_bot(request.META.get("HTTP_USER_AGENT", ""))


def _is_whole_download(request, response):
    """A download from its start: 200, or the first range of a resumable one."""
    if response.status_code == 200:
        return True
    return response.status_code == 206 and request.META.get("HTTP_RANGE", "").replace(" ", "").startswith(
        "bytes=0-"
    )


def what_was_read(request, response):
    """The `tally.Counted` for this answer, or None when it is not a reader's view."""
    is_page = response.get(PAGE_CACHE_HEADER) == "HIT" or getattr(request, "_readership_page", False)
    document_id = getattr(request, "_readership_document", None)
    if not is_page and document_id is None:
        return None
    if is_page and (
        response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html")
    ):
        return None
    if document_id is not None and not _is_whole_download(request, response):
        return None
    if not _is_reader(request):
        return None
    host = request.get_host().split(":")[0].lower()
    day = timezone.localdate().isoformat()
    source = referrer_host(request, host)
    if is_page:
        return tally.Counted(tally.PAGE, day, source, host, request.path)
    return tally.Counted(tally.DOCUMENT, day, source, str(document_id), _referring_language(request, host))


class ReadershipMiddleware:
    """Counts readers' page views (page-cache hits included) and downloads in the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail.views import serve

        from core.media import serve_document

        if view_func is serve:
            request._readership_page = True
        elif view_func is serve_document:
            request._readership_document = view_kwargs.get("document_id", view_args[0] if view_args else None)

    def __call__(self, request):
        response = self.get_response(request)
        try:
            counted = what_was_read(request, response)
            if counted is not None:
                tally.add(counted)
        except Exception as error:  # counting must never cost a reader the page
            logger.warning("Readership not counted (%s)", type(error).__name__)
        return response
