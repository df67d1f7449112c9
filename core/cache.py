"""Full-page cache for anonymous readers, HTTP caching headers, and CDN purging.

Readers pay for every byte and wait on slow links; most of them see exactly the same page.
So an anonymous GET of a Wagtail page is rendered once and then served from the cache (Redis
in production, shared by every app server; local memory otherwise) without touching the
database, with `Cache-Control: public`, an `ETag` and a `Last-Modified` that let browsers and
CDNs revalidate for a few bytes (304).

Invalidation is one "site content version" number (`core.shared_cache.version`) stored in the
same cache and made part of every key. Publishing, unpublishing, moving or deleting a page, making a page private or
public again, or saving or deleting a snippet, a site setting, a site, a locale or a changed
image or document bumps it, so the next request for any page renders afresh. For a site of
this size (thousands of pages, few edits an hour) re-rendering everything after an edit
costs less than tracking which page shows which snippet, and it cannot miss a dependency:
the home page listing the latest stories, a menu in every header, a phone number in every
footer. The release (code, templates and translation catalogues) is part of the key too, so
a deploy never serves pages rendered by the previous code. Old entries are never deleted;
they expire (PAGE_CACHE_TIMEOUT).

wagtail-cache was considered: it clears a whole cache alias on publish (so it needs a cache
of its own, or it wipes sessions and the chrome), couples the server TTL with the browser's
max-age, asks every page model for a mixin (in apps other teams own) and does not answer
conditional requests. The version key does the same job in one small module.

Only the query strings a page reads are stored: a listing tells the cache which parameters it
understood, with the values it made of them (`note_query`), and a response is stored only
when the request's query string says exactly that. A bot inventing `?x=` or `?page=99999`
gets a rendered page that takes no cache space, so junk cannot fill the cache and evict what
readers need. Tracking parameters added by the places links are shared (`utm_*`, `fbclid`…)
are dropped before the page is made, so a shared link is served the page everyone gets.

Who bypasses: anyone with a session, CSRF or messages cookie (editors, readers who used a
form), requests with credentials, previews, anything but GET/HEAD. Responses that set a
cookie, carry `private`/`no-store`, or are not a 200 are never stored. Logged-in users get
`Cache-Control: private, no-store` so no shared cache ever keeps their pages.

The middleware sits after WhiteNoise (static files never reach it) and before the session,
locale and authentication middleware: a hit is answered before any of them runs, so it costs
two cache reads and no query; a miss passes through all of them and is stored as they left it
(with LocaleMiddleware's Content-Language). The language comes from the URL's prefix, which
is what LocaleMiddleware uses for every page (`prefix_default_language=True`); a URL without
one is never cached, since `/` redirects by Accept-Language.
"""

import hashlib
import os
import time
from functools import cache as memoize
from pathlib import Path
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, get_conditional_response, patch_cache_control
from django.utils.http import http_date
from modelcluster.fields import ParentalKey

from . import shared_cache

VERSION_KEY = shared_cache.version_key("amani:pages:version")
HEADER = "X-Cache"
# Responses bigger than this (a long feed, say) are not worth a cache slot.
MAX_ENTRY_BYTES = 2 * 1024 * 1024
# Headers that belong to one response only and must not be replayed from the cache.
UNSTORED_HEADERS = {"set-cookie", "date", HEADER.lower()}
# Added to shared links by newsletters, social networks and ad platforms; no page reads them.
TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid"}
TRACKING_PREFIXES = ("utm_",)


def _setting(name, default):
    return getattr(settings, name, default)


def page_cache_enabled():
    """On unless turned off, and off under DEBUG so template edits show at once."""
    return _setting("AMANI_PAGE_CACHE_ENABLED", True) and not settings.DEBUG


# --- The site content version -------------------------------------------------------------


def content_version():
    """The current site content version, or None while the cache is away."""
    return shared_cache.version(VERSION_KEY)


def bump_content_version(**kwargs):
    """Something readers see has changed: every cached page is stale.

    Bumped now, so the next request in this process already sees the change, and again when
    the transaction commits: a request that rendered in between read the old rows and stored
    its page under the version of that moment, which the second bump leaves behind.
    """
    shared_cache.bump(VERSION_KEY)
    transaction.on_commit(lambda: shared_cache.bump(VERSION_KEY))


def under_content_version(name, parts, build, timeout=None):
    """`build()`, kept until the content or the release changes (or `timeout` seconds, by
    default the page cache's), under `name` and a digest of `parts` (everything the value
    depends on: the caller must name the language, and never anything a reader's session or
    permissions change). Built afresh while the cache is away.

    For what one page renders from published content alone (a listing's facet counts): the
    next request, cached or not, gets it without its queries; any publish makes it stale."""
    version = content_version()
    if version is None:
        return build()
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    key = f"amani:content:{release_id()}:{version}:{name}:{digest}"
    if timeout is None:
        timeout = _setting("AMANI_PAGE_CACHE_TIMEOUT", 60 * 60 * 24)
    return shared_cache.get_or_build(key, build, timeout)


# --- What counts as shown content ---------------------------------------------------------


@memoize
def _kind(model):
    """'page', 'shown' (bump on every save and delete), 'setting' (bump on change and
    delete, not on the creation with defaults that first use does), 'media' (bump on change
    and delete, not on upload: a new file is on no page yet) or None."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Locale, Page, Site
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page):
        return "page"
    if issubclass(model, BaseSiteSetting | BaseGenericSetting):
        return "setting"
    if issubclass(model, AbstractImage | AbstractDocument):
        return "media"
    # A view restriction hides pages (or documents) that readers could see a moment ago.
    if model in get_snippet_models() or issubclass(model, Site | Locale | BaseViewRestriction):
        return "shown"
    # Inline children (menu items, social links) are saved after their parent's post_save.
    for field in model._meta.get_fields():
        if isinstance(field, ParentalKey) and _kind(field.related_model) in {"shown", "setting"}:
            return "shown"
    return None


def _content_saved(sender, instance, created=False, raw=False, **kwargs):
    kind = _kind(sender)
    # Page saves are drafts until published: page_published says when readers see them.
    if kind == "shown" or (kind in {"setting", "media"} and not created):
        bump_content_version()
        _purge_site_roots_later()


def _content_deleted(sender, instance, **kwargs):
    if _kind(sender) is not None:
        bump_content_version()
        if _kind(sender) != "page":
            _purge_site_roots_later()


def _page_changed(sender, instance, **kwargs):
    bump_content_version()
    _purge_page_surroundings_later(instance)


def connect_signals():
    """Called from HomeConfig.ready, so management commands and shells invalidate too."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_content_saved, dispatch_uid="amani-page-cache-save")
    post_delete.connect(_content_deleted, dispatch_uid="amani-page-cache-delete")
    page_published.connect(_page_changed, dispatch_uid="amani-page-cache-publish")
    page_unpublished.connect(_page_changed, dispatch_uid="amani-page-cache-unpublish")
    post_page_move.connect(_page_changed, dispatch_uid="amani-page-cache-move")


# --- Front-end cache (CDN) purging --------------------------------------------------------
# wagtail.contrib.frontend_cache purges a page's own URLs when it is published or unpublished.
# Its listings and the home page show it too, so they are purged with it; snippets and
# settings appear on every page, where a purge per URL would be thousands of API calls, so
# the home pages are purged and the rest follows within the browsers' max-age.


def _frontend_cache_configured():
    return bool(_setting("WAGTAILFRONTENDCACHE", None))


def _purge_page_surroundings_later(page):
    if not _frontend_cache_configured() or not apps.is_installed("wagtail.contrib.frontend_cache"):
        return

    def purge():
        from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

        purge_pages_from_cache(page.get_ancestors().filter(depth__gt=1).live().specific())

    transaction.on_commit(purge)


def _purge_site_roots_later():
    if not _frontend_cache_configured() or not apps.is_installed("wagtail.contrib.frontend_cache"):
        return

    def purge():
        from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
        from wagtail.models import Page

        purge_pages_from_cache(Page.objects.filter(depth=2).live().specific())

    transaction.on_commit(purge)


# --- The release ---------------------------------------------------------------------------


@memoize
def release_id():
    """What the code that renders pages is: RELEASE_ID if the deploy sets one, else a digest
    of the project's Python, templates and catalogues and the static manifest. Every server
    running the same code computes the same value and shares entries; a deploy starts fresh."""
    configured = _setting("AMANI_RELEASE_ID", "")
    if configured:
        return configured
    base = Path(settings.BASE_DIR).resolve()
    digest = hashlib.blake2b(digest_size=8)
    roots = [Path(config.path) for config in apps.get_app_configs()]
    roots = [root for root in roots if root.is_relative_to(base) and ".venv" not in root.parts]
    roots += [Path(path) for path in settings.LOCALE_PATHS] + [base / "config"]
    for root in sorted(set(roots)):
        for directory, subdirectories, files in os.walk(root):
            subdirectories[:] = sorted(d for d in subdirectories if d not in {"__pycache__", "static"})
            for name in sorted(files):
                if name.endswith((".py", ".html", ".txt", ".xml", ".mo")):
                    path = Path(directory, name)
                    digest.update(str(path.relative_to(base)).encode())
                    digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT or "", "staticfiles.json")
    if settings.STATIC_ROOT and manifest.exists():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()


# --- The middleware ------------------------------------------------------------------------


def _has_private_cookie(request):
    private = {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, "messages"}
    return any(name in request.COOKIES for name in private)


def _is_tracking(name):
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def _without_tracking(query):
    """`query` (a QueryDict) less tracking parameters, or `query` itself if it has none."""
    if not any(_is_tracking(name) for name in query):
        return query
    kept = query.copy()
    for name in list(kept):
        if _is_tracking(name):
            del kept[name]
    kept._mutable = False
    return kept


def note_query(request, **understood):
    """Tell the page cache that this response depends on these query parameters, with these
    values (as the page understood them). Listings call it; a page that never does depends
    on no parameter, so it is stored only when asked for without a query string."""
    noted = getattr(request, "_amani_query_understood", {})
    noted.update({name: str(value) for name, value in understood.items()})
    request._amani_query_understood = noted


def note_listing(request, listing, page_obj):
    """What a faceted, paginated listing read. An empty one is never stored: any invented
    filter value gives one."""
    if page_obj.paginator.count:
        note_query(request, **listing.selected)
    else:
        request._amani_query_understood = None


def _query_is_understood(request):
    """Whether the request's query string is exactly what the page said it read."""
    understood = getattr(request, "_amani_query_understood", {})
    if understood is None:
        return False
    asked = dict(request.GET.lists())
    return asked == {name: [value] for name, value in understood.items()}


def _page_key(request, version):
    """Scheme, host, language, path and the query string with its parameters sorted."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    language = translation.get_language_from_path(request.path_info)
    raw = "\n".join([request.scheme, request.get_host(), language, request.path, query])
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"amani:page:{release_id()}:{version}:{digest}"


def _is_private(response):
    value = response.get("Cache-Control", "").lower()
    return any(word in value for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serves anonymous page views from the cache; sets Cache-Control, ETag, Last-Modified."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail.views import serve

        request._amani_page_view = view_func is serve

    def __call__(self, request):
        if translation.get_language_from_path(request.path_info) is not None:
            request.GET = _without_tracking(request.GET)
        key = self._key_if_cacheable(request)
        if key is not None:
            entry = shared_cache.get(key)
            if entry is not None:
                return self._replay(request, entry)

        response = self.get_response(request)
        if getattr(request, "_amani_page_view", False) and self._shareable(request, response):
            entry = self._make_public(response)
            if (
                key is not None
                and request.method == "GET"
                and len(entry["content"]) <= MAX_ENTRY_BYTES
                and _query_is_understood(request)
            ):
                shared_cache.set(key, entry, _setting("AMANI_PAGE_CACHE_TIMEOUT", 60 * 60 * 24))
                response[HEADER] = "MISS"
            else:
                response[HEADER] = "BYPASS"
            return self._conditional(request, entry, response)
        if getattr(request, "_amani_page_view", False):
            response[HEADER] = "BYPASS"
        self._keep_logged_in_responses_private(request, response)
        return response

    # Decisions ------------------------------------------------------------------------------

    @staticmethod
    def _key_if_cacheable(request):
        """The cache key when this request may be answered from the cache, else None."""
        if not (
            page_cache_enabled()
            and request.method in ("GET", "HEAD")
            and translation.get_language_from_path(request.path_info) is not None
            and not _has_private_cookie(request)
            and "HTTP_AUTHORIZATION" not in request.META
        ):
            return None
        version = content_version()
        if version is None:  # the cache is away: pages are made as usual
            return None
        return _page_key(request, version)

    @staticmethod
    def _shareable(request, response):
        """A response any anonymous reader could be given."""
        user = getattr(request, "user", None)
        messages = getattr(request, "_messages", None)
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not _is_private(response)
            and not getattr(request, "is_preview", False)
            and not (user is not None and user.is_authenticated)
            and not (messages is not None and (messages.used or messages.added_new))
        )

    @staticmethod
    def _keep_logged_in_responses_private(request, response):
        """No shared cache (CDN, proxy) may keep what a signed-in person was shown."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not _is_private(response):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)

    # Entries -------------------------------------------------------------------------------

    @staticmethod
    def _make_public(response):
        """Add the public caching headers; return what a later hit needs to replay it."""
        content = response.content
        etag = f'"{hashlib.blake2b(content, digest_size=16).hexdigest()}"'
        modified = int(time.time())
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified)
        patch_cache_control(
            response,
            public=True,
            max_age=_setting("AMANI_PAGE_MAX_AGE", 300),
            stale_while_revalidate=_setting("AMANI_PAGE_STALE_WHILE_REVALIDATE", 600),
            stale_if_error=_setting("AMANI_PAGE_STALE_IF_ERROR", 86400),
        )
        headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
        return {"content": content, "etag": etag, "modified": modified, "headers": headers}

    @staticmethod
    def _replay(request, entry):
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HEADER] = "HIT"
        return PageCacheMiddleware._conditional(request, entry, response)

    @staticmethod
    def _conditional(request, entry, response):
        """304 Not Modified when the browser's copy is this one (RFC 9110 rules, in Django)."""
        answer = get_conditional_response(
            request, etag=entry["etag"], last_modified=entry["modified"], response=response
        )
        answer[HEADER] = response[HEADER]
        return answer
