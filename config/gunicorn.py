"""gunicorn settings: `gunicorn -c config/gunicorn.py config.wsgi`.

Workers are 2 × cores + 1, the usual size for sync workers on a CPU- and database-bound
Django site. WEB_CONCURRENCY caps it: each worker holds a database connection and its share
of memory, and a container often reports the host's cores rather than its own quota.
Timeouts are short enough that a stuck request frees its worker; on a reload (HUP) or stop
(TERM) workers get GUNICORN_GRACEFUL_TIMEOUT seconds to finish what they are serving.

Sync workers are right behind a buffering reverse proxy (nginx, Caddy, a load balancer): it
absorbs slow mobile clients, so a worker spends milliseconds per request, not the minutes a
2G download of a PDF takes. Never expose gunicorn directly to readers.
"""

import multiprocessing
import os

from config.environment import env


def worker_count(cores=None, limit=None):
    """2 × cores + 1, at most WEB_CONCURRENCY (when set), at least 1."""
    cores = cores or multiprocessing.cpu_count()
    workers = 2 * cores + 1
    if limit is None:
        limit = env.integer("WEB_CONCURRENCY", None)
    if limit is not None:
        workers = min(workers, int(limit))
    return max(workers, 1)


bind = env.text("GUNICORN_BIND", "127.0.0.1:8000")
workers = worker_count()
worker_class = "sync"
timeout = env.integer("GUNICORN_TIMEOUT", 30)
graceful_timeout = env.integer("GUNICORN_GRACEFUL_TIMEOUT", 20)
keepalive = 5
# Recycle workers now and then, so a slow leak in any library never grows without bound.
max_requests = env.integer("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = 200
# Only these addresses (the reverse proxy's) may set X-Forwarded-Proto / X-Forwarded-For.
forwarded_allow_ips = env.text("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Heartbeat files in memory: a container's overlay disk can stall them and get workers killed.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
# Logs to standard output/error, where systemd or the container runtime collects them.
accesslog = "-"
errorlog = "-"
loglevel = env.text("GUNICORN_LOG_LEVEL", "info")
# Client (as forwarded by the proxy), request, status, bytes, milliseconds, page cache result.
access_log_format = '%({x-forwarded-for}i)s %(h)s "%(r)s" %(s)s %(B)s %(M)sms cache=%({x-cache}o)s "%(a)s"'
