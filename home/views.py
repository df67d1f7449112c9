"""Site-wide views: error pages, sitemap, robots.txt and favicon."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .sitemaps import AllLocalesSitemap


def page_not_found(request, exception=None):
    """The 404 page, in the language of the URL's prefix (or the default)."""
    return render(request, "404.html", status=404)


def server_error(request):
    """The 500 page. Renders without a database or request context: the fault may be there."""
    return HttpResponseServerError(loader.get_template("500.html").render())


@require_GET
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": AllLocalesSitemap(request)})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_URL}",
        "Disallow: /*/search/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the static one."""
    return HttpResponsePermanentRedirect(static("home/img/favicon.ico"))
