"""Counting searches for editors' statistics without writing on the reader's path.

A row written per search made every reader wait for the database's write lock (on SQLite,
"database is locked" under two workers). So a search only leaves a numbered note in the
shared cache (`core.shared_cache`): one increment and one write there, no database. Notes
are added up and written to Wagtail's Query and QueryDailyHits (what the admin's search
terms report reads), and those that found nothing to SearchWithoutResults, by `flush()`: after a response at most every FLUSH_SECONDS, and by
`manage.py flush_search_hits` from cron. One flush runs at a time (a lock in the cache).

Counting is a help for editors, never worth a slower or failed answer: while the cache is
away notes are dropped, and a flush that cannot write keeps the notes for the next one and
logs one line without a traceback. The words searched are never logged: a reader's query
can name a person at risk.
"""

import datetime
import logging

from django.db import DatabaseError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from core import shared_cache

from .models import KEPT_DAYS, SearchWithoutResults

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 60
# Notes outlive any sensible flush interval, so a flush missed for a while loses nothing.
NOTE_SECONDS = 7 * 24 * 3600
# The numbering restarts after this long (then the flush starts again from 1).
NUMBERING_SECONDS = 30 * 24 * 3600
BATCH = 500

SEQUENCE = "amani:search-hits:sequence"
FLUSHED = "amani:search-hits:flushed"
LOCK = "amani:search-hits:lock"
DUE = "amani:search-hits:due"

_counted_since_flush = False


def _note(number):
    return f"amani:search-hits:note:{number}"


def count(query, language_code, found_anything):
    """Note one search for `query` in `language_code`, and whether any page matched it,
    for the next flush: cache operations only."""
    global _counted_since_flush
    number = shared_cache.count_attempt(SEQUENCE, NUMBERING_SECONDS)
    note = (timezone.localdate().isoformat(), query, language_code, found_anything)
    shared_cache.set(_note(number), note, NOTE_SECONDS)
    _counted_since_flush = True


def flush_if_due(**_kwargs):
    """After a response: flush when this process counted a search and no flush ran in the
    last FLUSH_SECONDS on any app server."""
    global _counted_since_flush
    if not _counted_since_flush:
        return
    _counted_since_flush = False
    if shared_cache.add(DUE, 1, FLUSH_SECONDS):
        flush()


def flush():
    """Write the noted searches to Query and QueryDailyHits in one transaction; return how
    many searches were written (0 when another flush holds the lock or nothing was noted), or None when the database refused them (they stay noted for the next flush)."""
    if not shared_cache.add(LOCK, 1, 5 * 60):
        return 0
    try:
        return _flush()
    finally:
        shared_cache.delete(LOCK)


def _flush():
    last = shared_cache.attempts(SEQUENCE)
    done = shared_cache.get(FLUSHED) or 0
    if done > last:  # the numbering restarted
        done = 0
    totals, misses = {}, {}
    upto = done
    missing_tail_from = None
    for start in range(done + 1, last + 1, BATCH):
        numbers = range(start, min(start + BATCH, last + 1))
        notes = shared_cache.get_many([_note(n) for n in numbers])
        for n in numbers:
            note = notes.get(_note(n))
            if note is None:
                # Numbered but not yet written by its search, or evicted: left for the next
                # flush while nothing later has been written.
                if missing_tail_from is None:
                    missing_tail_from = n
                continue
            missing_tail_from = None
            date, query_string, *found = note
            # Notes left by a release that noted neither language nor outcome count as found.
            language_code, found_anything = found or ("", True)
            totals[date, query_string] = totals.get((date, query_string), 0) + 1
            if not found_anything:
                miss = (date, language_code, normalise_query_string(query_string)[:255])
                misses[miss] = misses.get(miss, 0) + 1
            upto = n
    if missing_tail_from is None:
        upto = last
    if not totals:
        shared_cache.set(FLUSHED, upto, None)
        return 0
    try:
        with transaction.atomic():
            for (date, query_string), hits in totals.items():
                query = Query.get(query_string)
                daily, created = QueryDailyHits.objects.get_or_create(
                    query=query, date=date, defaults={"hits": hits}
                )
                if not created:
                    QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
            for (date, language_code, query_string), searches in misses.items():
                row, created = SearchWithoutResults.objects.get_or_create(
                    date=date,
                    language_code=language_code,
                    query_string=query_string,
                    defaults={"searches": searches},
                )
                if not created:
                    SearchWithoutResults.objects.filter(pk=row.pk).update(searches=F("searches") + searches)
            forget_old_searches_without_results()
    except DatabaseError as error:
        logger.warning("Search statistics not written (%s); kept for the next flush", type(error).__name__)
        return None
    shared_cache.set(FLUSHED, upto, None)
    return sum(totals.values())


def forget_old_searches_without_results():
    cutoff = timezone.localdate() - datetime.timedelta(days=KEPT_DAYS)
    SearchWithoutResults.objects.filter(date__lt=cutoff).delete()


def searches_without_results(start, end, limit):
    """The `limit` most frequent (query, language code, searches) that found nothing
    between `start` and `end`, both included."""
    rows = (
        SearchWithoutResults.objects.filter(date__range=(start, end))
        .values("query_string", "language_code")
        .annotate(total=Sum("searches"))
        .order_by("-total", "query_string", "language_code")[:limit]
    )
    return [(row["query_string"], row["language_code"], row["total"]) for row in rows]
