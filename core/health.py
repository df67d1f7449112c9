"""Health check for load balancers, and a maintenance page when the database is down.

/healthz is healthy only when pages can be served: the database answers, every migration
is applied and a site has a live root page. An empty or half-migrated database answers
`SELECT 1` happily while every page is a 500, so that alone says little. The cache is
reported but does not decide: pages are served without it (core/shared_cache.py), and taking
every server out of the load balancer because Redis is away would turn a slower site into
no site.

When the database cannot be reached, readers get a translated "back soon" page with
status 503 and Retry-After instead of an error page; Django reconnects on the next
request by itself (CONN_HEALTH_CHECKS), so the site recovers without a restart. An outage
is logged as one warning line per kind of failure (core/outage.py), not a traceback per
request: load balancers poll every few seconds and readers keep arriving.
"""

import sys

from django.core.signals import got_request_exception
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache

from core import shared_cache
from core.outage import DATABASE_DOWN_ERRORS, mark_logged, outage_log

RETRY_AFTER_SECONDS = 30

# Once every migration is applied it stays so until the next deploy restarts the process.
_migrations_applied = False


def migrations_applied():
    """True when the database has every migration the code knows; checked until it is."""
    global _migrations_applied
    if not _migrations_applied:
        executor = MigrationExecutor(connection)
        _migrations_applied = not executor.migration_plan(executor.loader.graph.leaf_nodes())
    return _migrations_applied


def site_has_root_page():
    from wagtail.models import Site

    return Site.objects.filter(root_page__live=True).exists()


@never_cache
def healthz(request):
    """{"database", "migrations", "site", "cache"}: 200 when all but the cache are "ok", else
    503. No data, no auth."""
    checks = {"database": "ok", "migrations": "unchecked", "site": "unchecked"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        outage_log.recovered("healthz-database", "Health check: the database answers again")
    except DatabaseError as error:
        outage_log.failed("healthz-database", error, "Health check: the database does not answer")
        checks["database"] = "unavailable"
    if checks["database"] == "ok":
        try:
            checks["migrations"] = "ok" if migrations_applied() else "pending"
            if checks["migrations"] == "ok":
                checks["site"] = "ok" if site_has_root_page() else "missing"
        except DatabaseError as error:
            outage_log.failed("healthz-schema", error, "Health check: the database schema cannot be read")
            checks["migrations"] = "unavailable"
    # The cache logs its own outages (once each) and never raises.
    shared_cache.set("amani:healthz", "ok", 10)
    checks["cache"] = "ok" if shared_cache.get("amani:healthz") == "ok" else "unavailable"
    healthy = all(value == "ok" for name, value in checks.items() if name != "cache")
    if not healthy:
        mark_logged(request)
    return JsonResponse(checks, status=200 if healthy else 503)


def _note_database_failure(sender, request=None, **kwargs):
    """Mark requests that failed because the database is unreachable."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_DOWN_ERRORS):
        request._amani_database_down = error


got_request_exception.connect(_note_database_failure, dispatch_uid="amani-database-down")


class DatabaseUnavailableMiddleware:
    """Outermost middleware: a request that failed on an unreachable database becomes a
    503 maintenance page (rendered without the database) instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        error = getattr(request, "_amani_database_down", None)
        if error is not None:
            outage_log.failed("pages", error, "Database unavailable: readers get the maintenance page (503)")
            mark_logged(request)
            response = maintenance_response(request)
        return response


def maintenance_response(request):
    """The 503 page in the language of the URL's prefix (else the browser's), rendered from
    the template alone: no context processors, no session, no query."""
    language = translation.get_language_from_path(request.path_info) or translation.get_language_from_request(
        request
    )
    with translation.override(language):
        html = loader.get_template("503.html").render()
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response
