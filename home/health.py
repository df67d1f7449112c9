"""Health check for load balancers, and a maintenance page when the database is down.

When the database cannot be reached, readers get a translated "back soon" page with
status 503 and Retry-After instead of an error page; Django reconnects on the next
request by itself (CONN_HEALTH_CHECKS), so the site recovers without a restart.
"""

import logging
import sys

from django.core.cache import cache
from django.core.signals import got_request_exception
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


@never_cache
def healthz(request):
    """{"database": "ok", "cache": "ok"} with 200, or 503 naming what failed. No data, no auth."""
    checks = {}
    # Load balancers ask every few seconds: one line per failure, no traceback flood.
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except DatabaseError as error:
        logger.warning("Health check: the database does not answer: %s", error)
        checks["database"] = "unavailable"
    try:
        cache.set("amani:healthz", "ok", 10)
        checks["cache"] = "ok" if cache.get("amani:healthz") == "ok" else "unavailable"
    except Exception as error:  # any cache backend error means the cache is not healthy
        logger.warning("Health check: the cache does not answer: %s", error)
        checks["cache"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(checks, status=200 if healthy else 503)


def _note_database_failure(sender, request=None, **kwargs):
    """Mark requests that failed because the database is unreachable."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, OperationalError | InterfaceError):
        request._amani_database_down = True


got_request_exception.connect(_note_database_failure, dispatch_uid="amani-database-down")


class DatabaseUnavailableMiddleware:
    """Outermost middleware: a request that failed on an unreachable database becomes a
    503 maintenance page (rendered without the database) instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_amani_database_down", False):
            logger.error("Database unavailable while serving %s", request.path)
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
