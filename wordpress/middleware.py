"""Old WordPress addresses that lead nowhere, or to a page a reader may not see, answer 404.

WordPress answers 404 to a reader who may not see a post; so does this, in two cases:

- a query address (`/?p=12`) the import made no redirect for, a private or
  password-protected post's above all, would otherwise be sent on to the home page in
  the reader's language (`/` always is), which says the address meant something;
- a redirect the import made (redirects.py) to a page that has since been restricted
  or unpublished in Wagtail would tell anyone its address, and often its title, until
  the next import withdraws it: it answers 404 from the moment the page changes.

It sits before the language middleware, which turns the first 404 into a redirect, and
before Wagtail's redirect middleware, whose answers it checks.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import get_resolver
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from .models import ImportedObject

# Query parameters that make "/" a WordPress address: posts, pages, attachments, archives.
WORDPRESS_QUERY = {
    "p",
    "page_id",
    "attachment_id",
    "cat",
    "tag",
    "m",
    "author",
    "paged",
    "feed",
    "year",
    "monthnum",
}


class OldQueryAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.language_roots = {f"/{code}/" for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code not in (301, 302):
            return response
        if (
            request.path_info == "/"
            and response.status_code == 302
            and WORDPRESS_QUERY & set(request.GET)
            and urlsplit(response.get("Location", "")).path in self.language_roots
        ) or leads_to_hidden_imported_page(request, response):
            handler = get_resolver(getattr(request, "urlconf", None)).resolve_error_handler(404)
            return handler(request, exception=Http404())
        return response


def answered_redirect(request):
    """The Wagtail redirect for `request`, found as its middleware finds it (the full
    path, then the path alone), or None."""
    path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
    for candidate in dict.fromkeys((path, urlsplit(path).path)):
        redirect = get_redirect(request, candidate)
        if redirect is not None:
            return redirect
    return None


def leads_to_hidden_imported_page(request, response):
    """Whether `response` is an import's redirect to a page that is not live or has a
    view restriction (on it or above it)."""
    if response.status_code != 301 or "Location" not in response:
        return False  # the import's redirects are all permanent
    redirect = answered_redirect(request)
    if redirect is None or redirect.redirect_page_id is None:
        return False
    if not ImportedObject.objects.filter(
        object_id=redirect.redirect_page_id, kind__in=(ImportedObject.Kind.POST, ImportedObject.Kind.PAGE)
    ).exists():
        return False
    page = Page.objects.filter(pk=redirect.redirect_page_id).only("pk", "live", "path", "depth").first()
    return page is None or not page.live or page.get_view_restrictions().exists()
