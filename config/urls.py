"""URLs: admin, documents, sitemap and robots.txt outside the language prefixes;
every reader-facing page under /<lang>/ (i18n_patterns with the prefix always on)."""

import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import health, media, page_creation, page_passwords
from home import views as home_views

urlpatterns = [
    # Wagtail's page creation without autosave (core/page_creation.py); its URL name stays Wagtail's.
    path(
        f"{settings.ADMIN_URL}pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        page_creation.create_page,
    ),
    path(settings.ADMIN_URL, include(wagtailadmin_urls)),
    # Wagtail's document view with byte ranges (core/media.py); its URL name stays Wagtail's.
    re_path(r"^documents/(\d+)/(.*)$", media.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon),
    path("healthz", health.healthz, name="healthz"),
]

if (settings.DEBUG or getattr(settings, "SERVE_MEDIA", False)) and settings.MEDIA_URL.startswith("/"):
    # Usually the web server or object storage serves media; docs/deploy.md says how.
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns.append(re_path(rf"^{media_prefix}(?P<path>.+)$", media.serve_media))

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("newsletter.urls")),
    # Wagtail's page-password form, with a limit on guesses (before Wagtail's own URL).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_passwords.authenticate_with_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
