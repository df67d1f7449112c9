"""How one counted view or download is written into the cache's tally, and read back.

A field names what was counted (a page's address or a document's id), the day in the site's
time zone, and the referring host; its value is the count. Pages are counted by address so
that a page-cache hit, answered before any page is looked up, costs no query: the flush finds
the page behind each address once.
"""

import atexit
import threading
import time
from collections import Counter
from dataclasses import dataclass

from django.conf import settings

from core import shared_cache

TALLY_KEY = "amani:readership:tally"
PAGE, DOCUMENT = "p", "d"
# Counts not flushed within this long are dropped by the cache (a week of missed flushes).
TALLY_TIMEOUT = 7 * 24 * 60 * 60


@dataclass(frozen=True)
class Counted:
    kind: str  # PAGE or DOCUMENT
    day: str  # ISO date
    referrer_host: str
    # For a page, the host then the path it was asked for; for a document, its id then the
    # language of the page it was linked from ("" if none).
    target: str
    detail: str

    def field(self):
        return "\t".join([self.kind, self.day, self.referrer_host, self.target, self.detail])

    @classmethod
    def from_field(cls, field):
        kind, day, referrer_host, target, detail = field.split("\t", 4)
        return cls(kind, day, referrer_host, target, detail)


# Each process adds up its counts in memory and sends them to the cache at most once every
# READERSHIP_SEND_SECONDS, in one round trip: a cached page then pays a dict increment, not
# a Redis call. A process that is killed loses at most that long of counts.
_pending = Counter()
_lock = threading.Lock()
_sent_at = time.monotonic()


def add(counted):
    """One more of `counted`, sent to the cache with the others soon."""
    global _sent_at
    if not getattr(settings, "READERSHIP_ENABLED", True):
        return
    with _lock:
        _pending[counted.field()] += 1
        due = time.monotonic() - _sent_at >= getattr(settings, "READERSHIP_SEND_SECONDS", 1.0)
    if due:
        send()


def send():
    """Send this process's counts to the cache's tally; dropped while the cache is away."""
    global _sent_at
    with _lock:
        deltas = dict(_pending)
        _pending.clear()
        _sent_at = time.monotonic()
    if deltas:
        shared_cache.add_to_tally(TALLY_KEY, deltas, TALLY_TIMEOUT)


atexit.register(send)


def take():
    """(batch, {Counted: count}) of everything counted since the last flush, the same again
    until `forget`; None while the cache is away."""
    send()  # what this process still holds (a flush run in another process holds nothing)
    taken = shared_cache.take_tally(TALLY_KEY)
    if taken is None:
        return None
    batch = taken.pop(shared_cache.TALLY_BATCH_FIELD, "")
    return batch, {Counted.from_field(field): count for field, count in taken.items()}


def forget():
    shared_cache.forget_tally(TALLY_KEY)
