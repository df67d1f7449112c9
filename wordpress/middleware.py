"""Old WordPress query addresses (`/?p=12`) that lead nowhere answer 404, as WordPress did.

The importer redirects the query address of every public item it made (redirects.py).
One it made no redirect for, a private or password-protected post's above all, would
otherwise be sent on to the home page in the reader's language (`/` always is), which
says the address meant something. WordPress answers 404 to a reader who may not see a
post; so does this.

It sits before the language middleware: that one turns the 404 into the redirect.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import get_resolver

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
        if (
            request.path_info == "/"
            and response.status_code == 302
            and WORDPRESS_QUERY & set(request.GET)
            and urlsplit(response.get("Location", "")).path in self.language_roots
        ):
            handler = get_resolver(getattr(request, "urlconf", None)).resolve_error_handler(404)
            return handler(request, exception=Http404())
        return response
