"""Moving counts from the cache's tally into the database, and old days into months.

Idempotent: the tally taken from the cache is named (its batch), and the batch is stored in
the same transaction as its counts; a run that stopped after storing and before telling the
cache finds the batch stored and only forgets it. While the cache is away nothing is taken
and nothing is lost but what the cache itself lost.
"""

import datetime
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.db.models import F, Sum
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Page

from . import tally
from .models import DailyDownloads, DailyPageViews, MonthlyDownloads, MonthlyPageViews, StoredTally


def retention_days():
    return getattr(settings, "READERSHIP_DAILY_RETENTION_DAYS", 366)


def _page_at(host, path, found):
    """The page a reader was shown at `host` + `path`, found as Wagtail's view finds it."""
    if (host, path) not in found:
        language = translation.get_language_from_path(path)
        page = None
        if language:
            request = RequestFactory(SERVER_NAME=host).get(path)
            with translation.override(language):
                inner = path.removeprefix(f"/{language}/")
                try:
                    result = Page.route_for_request(request, inner)
                except Exception:  # an address that no longer leads to a page
                    result = None
            page = result[0] if result else None
        found[(host, path)] = page
    return found[(host, path)]


def _add(model, target_field, rows):
    """Add `rows` ({(target_id, date, locale, referrer_host): count}) to `model`."""
    for (target_id, date, locale, source), count in rows.items():
        keys = {target_field: target_id, "date": date, "locale": locale, "referrer_host": source}
        updated = model.objects.filter(**keys).update(count=F("count") + count)
        if not updated:
            model.objects.create(**keys, count=count)


def store(counts):
    """Turn {Counted: count} into rows; returns (views, downloads) stored."""
    found = {}
    views, downloads = Counter(), Counter()
    document_ids = set(
        get_document_model()
        .objects.filter(
            pk__in=[int(c.target) for c in counts if c.kind == tally.DOCUMENT and c.target.isdigit()]
        )
        .values_list("pk", flat=True)
    )
    for counted, count in counts.items():
        date = datetime.date.fromisoformat(counted.day)
        if counted.kind == tally.PAGE:
            page = _page_at(counted.target, counted.detail, found)
            if page is not None:
                views[(page.pk, date, page.locale.language_code, counted.referrer_host)] += count
        elif (
            counted.kind == tally.DOCUMENT
            and counted.target.isdigit()
            and int(counted.target) in document_ids
        ):
            downloads[(int(counted.target), date, counted.detail, counted.referrer_host)] += count
    _add(DailyPageViews, "page_id", views)
    _add(DailyDownloads, "document_id", downloads)
    return sum(views.values()), sum(downloads.values())


def flush():
    """Store what the cache counted. Returns (views, downloads), or None while it is away."""
    taken = tally.take()
    if taken is None:
        return None
    batch, counts = taken
    stored = (0, 0)
    if counts:
        with transaction.atomic():
            if not StoredTally.objects.filter(batch=batch).exists():
                stored = store(counts)
                StoredTally.objects.create(batch=batch)
        tally.forget()
    return stored


def roll_up(today=None):
    """Sum daily rows older than the retention period into monthly rows; returns how many
    daily rows went."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days())
    rolled = 0
    pairs = [(DailyPageViews, MonthlyPageViews, "page_id"), (DailyDownloads, MonthlyDownloads, "document_id")]
    with transaction.atomic():
        for daily, monthly, target in pairs:
            old = daily.objects.filter(date__lt=cutoff)
            sums = Counter()
            for row in old.values(target, "date", "locale", "referrer_host").annotate(total=Sum("count")):
                month = row["date"].replace(day=1)
                sums[(row[target], month, row["locale"], row["referrer_host"])] += row["total"]
            for (target_id, month, locale, source), count in sums.items():
                keys = {target: target_id, "month": month, "locale": locale, "referrer_host": source}
                if not monthly.objects.filter(**keys).update(count=F("count") + count):
                    monthly.objects.create(**keys, count=count)
            rolled += old.delete()[0]
        StoredTally.objects.filter(stored_at__lt=timezone.now() - datetime.timedelta(days=30)).delete()
    return rolled
