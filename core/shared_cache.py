"""The one place that talks to the cache, and what the site does while the cache is away.

The cache (Redis in production, shared by every app server) makes pages cheap; it must never
make them fail. So the Redis backend here answers every failure (connection refused, a hung
server, a full one) as a miss: reads return nothing, writes are dropped, and a short socket
timeout bounds how long one request waits. After a failure the backend stops asking for
`CACHE_RETRY_SECONDS`, so during an outage requests cost no time on the cache at all, and it
asks again by itself afterwards: recovery needs no restart. One warning is logged when an
outage is first seen and one line when the cache answers again, never a traceback per request.

Because the backend itself is guarded, everything that uses Django's cache is covered:
sessions (`cached_db` then reads the database), Wagtail's site lookups, the page cache.
Project code goes through the functions below rather than `django.core.cache` directly, so
the questions that need more than a miss (what a version number is while the cache is away,
how rate limits keep counting) have one answer each.
"""

import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What a cache client raises when its server is away, hung or refuses a write.
CACHE_ERRORS = (OSError, RedisError)
# The field of a taken tally that names it, so whoever stores its counts can tell a tally
# already stored (then only forgotten) from a new one.
TALLY_BATCH_FIELD = "__batch__"


def _retry_seconds():
    return getattr(settings, "CACHE_RETRY_SECONDS", 5)


class ResilientRedisCache(RedisCache):
    """Django's Redis backend, answering a miss instead of raising when Redis fails, and
    not asking again for a few seconds after a failure (a circuit breaker per process)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._retry_at = 0.0
        self._outage_logged = False
        self._lock = threading.Lock()

    @property
    def reachable(self):
        """False while a recent failure keeps the circuit open."""
        return time.monotonic() >= self._retry_at

    def _guarded(self, operation, fallback, *args, **kwargs):
        if not self.reachable:
            return fallback
        try:
            result = operation(*args, **kwargs)
        except CACHE_ERRORS as error:
            self._failed(error)
            return fallback
        if self._outage_logged:
            with self._lock:
                if self._outage_logged:
                    self._outage_logged = False
                    logger.warning("Cache server answers again; using the cache")
        return result

    def _failed(self, error):
        with self._lock:
            self._retry_at = time.monotonic() + _retry_seconds()
            if not self._outage_logged:
                self._outage_logged = True
                logger.warning(
                    "Cache server unavailable (%s: %s); serving without it, next try in %s s",
                    type(error).__name__,
                    error,
                    _retry_seconds(),
                )

    def add(self, *args, **kwargs):
        return self._guarded(super().add, False, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._guarded(super().get, default, key, default, version)

    def set(self, *args, **kwargs):
        return self._guarded(super().set, None, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._guarded(super().touch, False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._guarded(super().delete, False, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._guarded(super().get_many, {}, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._guarded(super().has_key, False, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        result = self._guarded(super().incr, None, key, delta, version)
        if result is None:
            # What Django's backends raise for a key they do not hold; callers handle it.
            raise ValueError(f"Key {key!r} not found (the cache is unavailable)")
        return result

    def set_many(self, *args, **kwargs):
        return self._guarded(super().set_many, [], *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._guarded(super().delete_many, None, *args, **kwargs)

    def clear(self):
        return self._guarded(super().clear, False)

    def add_to_tally(self, key, deltas, timeout):
        """HINCRBY each field of the hash `key` in one round trip; nothing while Redis is away."""

        def write():
            name = self.make_and_validate_key(key)
            pipeline = self._cache.get_client(name, write=True).pipeline(transaction=False)
            for field, delta in deltas.items():
                pipeline.hincrby(name, field, delta)
            pipeline.expire(name, timeout)
            pipeline.execute()
            return True

        return self._guarded(write, False)

    def take_tally(self, key, batch):
        """Move the hash `key` aside (unless a previous take is still pending) and return the
        pending hash, whose `TALLY_BATCH_FIELD` names it, or None while Redis is away."""

        def take():
            name = self.make_and_validate_key(key)
            pending = self.make_and_validate_key(f"{key}:pending")
            client = self._cache.get_client(name, write=True)
            if not client.exists(pending) and client.exists(name):
                client.renamenx(name, pending)
            if client.exists(pending):
                client.persist(pending)
                client.hsetnx(pending, TALLY_BATCH_FIELD, batch)
            return {field.decode(): value.decode() for field, value in client.hgetall(pending).items()}

        return self._guarded(take, None)

    def forget_tally(self, key):
        """Delete the pending hash of `key`, once its counts are safely elsewhere."""
        return self._guarded(
            lambda: self._cache.get_client(write=True).delete(self.make_and_validate_key(f"{key}:pending")),
            None,
        )


def is_reachable():
    """Whether the cache is answering, as far as this process knows. Backends without a
    circuit (local memory in development and tests) are always reachable."""
    return getattr(cache, "reachable", True)


# --- Plain reads and writes -----------------------------------------------------------------


def get(key, default=None):
    return cache.get(key, default)


def get_many(keys):
    return cache.get_many(keys)


def set(key, value, timeout):
    cache.set(key, value, timeout)


def add(key, value, timeout):
    return cache.add(key, value, timeout)


def delete(key):
    cache.delete(key)


def get_or_build(key, build, timeout):
    """The value under `key`, or `build()` stored there. Built on every call while the
    cache is away, which is what the site did before it had a cache."""
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


# --- Version numbers ------------------------------------------------------------------------
# A version number inside other keys lets one write make many entries stale. It starts from
# the clock, so a version lost to eviction or a Redis restart never brings old entries back.


def _fresh_version():
    return time.time_ns() // 1000


# Every version number an app declares, so a command that swaps the database under the
# cache (restore_site) can make all of them stale without knowing the apps.
_version_keys = []


def version_key(key):
    """Declare `key` a version number and return it."""
    if key not in _version_keys:
        _version_keys.append(key)
    return key


def bump_every_version():
    """Make everything stored under any declared version number stale."""
    for key in _version_keys:
        bump(key)


def version(key):
    """The current value of the version number `key`, or None while the cache is away (then
    nothing can be read under it, so callers build afresh)."""
    value = cache.get(key)
    if value is None:
        # add() does nothing if another process set it meanwhile; never expires.
        cache.add(key, _fresh_version(), None)
        value = cache.get(key)
    return value


def bump(key):
    """Make everything stored under the version number `key` stale."""
    try:
        cache.incr(key)
    except ValueError:  # not held (never read, evicted, or the cache is away)
        cache.set(key, _fresh_version(), None)


# --- Counting attempts ----------------------------------------------------------------------

# While the shared cache is away, attempts are counted in this process's memory: each app
# server process then counts on its own, so limits stay in force, a little looser.
_local_counts = LocMemCache("amani-attempts", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def count_attempt(key, window):
    """Count one attempt under `key` in the current window of `window` seconds and return the
    count so far: in the shared cache, or in this process's memory while it is away."""
    if is_reachable():
        count = _increment(cache, key, window)
        if is_reachable():
            return count
    return _increment(_local_counts, key, window)


def attempts(key):
    """How many attempts `count_attempt` has counted under `key` in its current window."""
    if is_reachable():
        count = cache.get(key)
        if is_reachable():
            return count or 0
    return _local_counts.get(key) or 0


def _increment(store, key, window):
    store.add(key, 0, window)
    try:
        return store.incr(key)
    except ValueError:  # the window ended between add and incr, or the store failed
        store.set(key, 1, window)
        return 1


# --- Tallies --------------------------------------------------------------------------------
# Many counters under one name (a Redis hash), added to in one round trip per request and
# taken as a whole by a periodic job. While the cache is away additions are dropped: a tally
# is a help for reports, never worth a slower answer. Backends other than Redis (local memory
# in development and tests) keep the tally as one dict in this process.

_tally_lock = threading.Lock()


def add_to_tally(key, deltas, timeout):
    """Add each `deltas` value to its field of the tally `key` (kept `timeout` seconds after
    the last addition). Never raises; False if the cache did not take it."""
    if hasattr(cache, "add_to_tally"):
        return cache.add_to_tally(key, deltas, timeout)
    with _tally_lock:
        tally = cache.get(key) or {}
        for field, delta in deltas.items():
            tally[field] = tally.get(field, 0) + delta
        cache.set(key, tally, timeout)
    return True


def take_tally(key):
    """The tally `key` as {field: count}, with TALLY_BATCH_FIELD naming this take, moved aside
    so new additions start afresh; the same pending tally again until `forget_tally`. {} when
    there is nothing, None while the cache is away."""
    batch = uuid.uuid4().hex
    if hasattr(cache, "take_tally"):
        taken = cache.take_tally(key, batch)
        if taken is None:
            return None
    else:
        with _tally_lock:
            taken = cache.get(f"{key}:pending")
            if taken is None:
                taken = cache.get(key)
                if taken:
                    taken = {**taken, TALLY_BATCH_FIELD: batch}
                    cache.set(f"{key}:pending", taken, None)
                    cache.delete(key)
    counts = {field: int(value) for field, value in (taken or {}).items() if field != TALLY_BATCH_FIELD}
    return {**counts, TALLY_BATCH_FIELD: taken[TALLY_BATCH_FIELD]} if counts else {}


def forget_tally(key):
    """Drop the pending take of `key`: its counts have been stored."""
    if hasattr(cache, "forget_tally"):
        cache.forget_tally(key)
    else:
        cache.delete(f"{key}:pending")
