"""Outages logged as a few lines, not a traceback per request.

While the database is down every request fails the same way; a traceback each time
buries the one line an operator needs. `OutageLog` writes one warning when a kind of
failure starts, at most one reminder a minute while it lasts (with how many failures it
left out) and one line when a check sees it end. Each gunicorn worker keeps its own
record, so an outage costs a few lines per worker.

`SkipDatabaseOutageTracebacks` (a filter on the `django.request` logger, see LOGGING)
drops Django's own lines for those requests (a traceback, then "Service Unavailable"):
they are answered with the maintenance page or a failed health check (core/health.py),
and `OutageLog` has said why.
"""

import logging
import threading
import time

from django.db import InterfaceError, OperationalError

logger = logging.getLogger("core.health")

# What an unreachable database raises (Django wraps the driver's errors in these).
DATABASE_DOWN_ERRORS = (OperationalError, InterfaceError)
REMIND_SECONDS = 60


class OutageLog:
    """One warning per kind and error class, then quiet; see the module docstring."""

    def __init__(self, remind_seconds=REMIND_SECONDS, clock=time.monotonic):
        self.remind_seconds = remind_seconds
        self.clock = clock
        self._lock = threading.Lock()
        self._ongoing = {}  # (kind, error class) → [last logged, failures not logged]

    def failed(self, kind, error, message):
        """Log `message` and the error in one line, unless this failure was just logged."""
        key = (kind, type(error).__name__)
        now = self.clock()
        with self._lock:
            entry = self._ongoing.get(key)
            if entry is not None and now - entry[0] < self.remind_seconds:
                entry[1] += 1
                return
            left_out = entry[1] if entry is not None else 0
            self._ongoing[key] = [now, 0]
        detail = " ".join(str(error).split()) or "no detail"
        if left_out:
            logger.warning("%s (%s: %s); %d more since the last report", message, key[1], detail, left_out)
        else:
            logger.warning("%s (%s: %s)", message, key[1], detail)

    def recovered(self, kind, message):
        """Log `message` once if a failure of `kind` was ongoing."""
        if not self._ongoing:
            return  # the usual case: nothing to look at
        with self._lock:
            ended = [key for key in self._ongoing if key[0] == kind]
            for key in ended:
                del self._ongoing[key]
        if ended:
            logger.info(message)


outage_log = OutageLog()


def mark_logged(request):
    """Say that `request`'s failure is in the outage log, so Django need not log it again."""
    request._amani_outage_logged = True


class SkipDatabaseOutageTracebacks(logging.Filter):
    """Drops Django's records of requests that failed on an unreachable database: the
    traceback of each, and the "Service Unavailable" line of each answer already counted
    in the outage log."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, DATABASE_DOWN_ERRORS):
            return False
        return not getattr(getattr(record, "request", None), "_amani_outage_logged", False)
