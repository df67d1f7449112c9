"""What the Readership report shows, read from the stored counts for a period.

Daily rows answer recent periods; months older than the retention period come from the
monthly rows (a month is counted when its first day falls in the period). Translations of a
page are one row with a count per language: a story is one story, read in several languages.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Sum
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from .models import DailyDownloads, DailyPageViews, MonthlyDownloads, MonthlyPageViews

TOP = 20


@dataclass
class Period:
    start: datetime.date
    end: datetime.date

    def rows(self, daily, monthly, target):
        """(target id, date, locale, referrer host, count) dicts of both tables in the period."""
        fields = [target, "locale", "referrer_host"]
        days = daily.objects.filter(date__range=(self.start, self.end)).values(*fields, "date")
        months = monthly.objects.filter(month__range=(self.start, self.end)).values(*fields, "month")
        for row in days.annotate(total=Sum("count")):
            yield row
        for row in months.annotate(total=Sum("count")):
            yield {**row, "date": row.pop("month")}


@dataclass
class Item:
    id: int
    title: str
    total: int = 0
    per_locale: Counter = field(default_factory=Counter)

    @property
    def languages(self):
        """[(language code, count)], most first (templates cannot call most_common on a Counter)."""
        return self.per_locale.most_common()


def most_read_pages(period, limit=TOP):
    """Pages by views, translations together, each with its views per language."""
    per_page = Counter()
    per_page_locale = Counter()
    for row in period.rows(DailyPageViews, MonthlyPageViews, "page_id"):
        per_page[row["page_id"]] += row["total"]
        per_page_locale[(row["page_id"], row["locale"])] += row["total"]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=per_page).select_related("locale")}
    items = {}
    for page_id, total in per_page.items():
        page = pages.get(page_id)
        if page is None:
            continue
        item = items.setdefault(page.translation_key, Item(page.pk, page.title))
        if page.locale.language_code == "en":  # the source's title names the story
            item.id, item.title = page.pk, page.title
        item.total += total
    for (page_id, locale), total in per_page_locale.items():
        if page_id in pages:
            items[pages[page_id].translation_key].per_locale[locale] += total
    return sorted(items.values(), key=lambda item: (-item.total, item.title))[:limit]


def downloads_per_file(period, limit=TOP):
    """Documents by downloads, with downloads per language of the page they came from."""
    items = {}
    for row in period.rows(DailyDownloads, MonthlyDownloads, "document_id"):
        item = items.setdefault(row["document_id"], Item(row["document_id"], ""))
        item.total += row["total"]
        item.per_locale[row["locale"]] += row["total"]
    titles = dict(get_document_model().objects.filter(pk__in=items).values_list("pk", "title"))
    for item in items.values():
        item.title = titles.get(item.id, "")
    return sorted(items.values(), key=lambda item: (-item.total, item.title))[:limit]


def top_referrers(period, limit=TOP):
    """Other sites readers came from, by page views and downloads together."""
    hosts = Counter()
    for daily, monthly, target in [
        (DailyPageViews, MonthlyPageViews, "page_id"),
        (DailyDownloads, MonthlyDownloads, "document_id"),
    ]:
        for row in period.rows(daily, monthly, target):
            if row["referrer_host"]:
                hosts[row["referrer_host"]] += row["total"]
    return hosts.most_common(limit)


def daily_views(period):
    """[(date, views)] for every day of the period (monthly rows on their month's first day)."""
    per_day = Counter()
    for row in period.rows(DailyPageViews, MonthlyPageViews, "page_id"):
        per_day[row["date"]] += row["total"]
    days = (period.end - period.start).days + 1
    return [(day, per_day[day]) for day in (period.start + datetime.timedelta(n) for n in range(days))]


def csv_rows(period):
    """(date, object type, id, title, locale, count) per day, object and language."""
    rows = defaultdict(int)
    titles = {}
    for kind, daily, monthly, target in [
        ("page", DailyPageViews, MonthlyPageViews, "page_id"),
        ("document", DailyDownloads, MonthlyDownloads, "document_id"),
    ]:
        for row in period.rows(daily, monthly, target):
            rows[(row["date"], kind, row[target], row["locale"])] += row["total"]
    page_ids = {key[2] for key in rows if key[1] == "page"}
    document_ids = {key[2] for key in rows if key[1] == "document"}
    titles.update(
        {("page", pk): t for pk, t in Page.objects.filter(pk__in=page_ids).values_list("pk", "title")}
    )
    titles.update(
        {
            ("document", pk): t
            for pk, t in get_document_model().objects.filter(pk__in=document_ids).values_list("pk", "title")
        }
    )
    for (date, kind, pk, locale), count in sorted(rows.items()):
        yield date.isoformat(), kind, pk, titles.get((kind, pk), ""), locale, count


def recent_views_of(page, days=30):
    """(total, [(language, views)]) of `page` and its translations over the last `days` days."""
    today = timezone.localdate()
    rows = (
        DailyPageViews.objects.filter(
            page__translation_key=page.translation_key, date__gt=today - datetime.timedelta(days=days)
        )
        .values("locale")
        .annotate(total=Sum("count"))
    )
    per_locale = Counter({row["locale"]: row["total"] for row in rows})
    return sum(per_locale.values()), per_locale.most_common()
