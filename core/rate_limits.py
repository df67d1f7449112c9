"""A fixed-window rate limit: at most so many attempts per key in each window.

Counted through `core.shared_cache.count_attempt`, so in the shared cache (site-wide with
Redis) and, while it is away, in each process's memory: limits keep limiting during an
outage. The cache only sees keyed hashes, never an address or an email in the clear.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.crypto import salted_hmac

from core.shared_cache import attempts, count_attempt


@dataclass(frozen=True)
class RateLimit:
    """At most `limit_setting` attempts per key in each window of `window_setting` seconds.
    Both are names of settings, read on every check, so tests and deployments can change
    them without a restart of this module."""

    scope: str
    limit_setting: str
    window_setting: str

    @property
    def window(self):
        return getattr(settings, self.window_setting)

    @property
    def minutes(self):
        """The window in whole minutes, for messages to readers."""
        return max(1, self.window // 60)

    def key(self, *parts):
        digest = salted_hmac(f"amani.ratelimit.{self.scope}", "\x00".join(parts)).hexdigest()[:40]
        return f"amani:ratelimit:{self.scope}:{digest}"

    def exceeded(self, *parts):
        """Count one attempt for `parts` (an address, a page id…); True if it is one too many."""
        return count_attempt(self.key(*parts), self.window) > getattr(settings, self.limit_setting)

    def reached(self, *parts):
        """Whether `parts` has used up its attempts, without counting one: for limits that
        count only failures, checked before the attempt and recorded after it fails."""
        return attempts(self.key(*parts)) >= getattr(settings, self.limit_setting)

    def record(self, *parts):
        count_attempt(self.key(*parts), self.window)
