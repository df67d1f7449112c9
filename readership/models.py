"""Stored counts: what was read or downloaded, on which day (or month), in which language,
coming from which site. Nothing else: no cookie, address, user agent or full referrer, so
there is nothing here that could tell one reader from another."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Counts(models.Model):
    locale = models.CharField(_("language"), max_length=16, blank=True)
    referrer_host = models.CharField(_("referring site"), max_length=255, blank=True)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.count}"


class DailyPageViews(Counts):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "date", "locale", "referrer_host"], name="daily_page_views_once"
            )
        ]
        indexes = [models.Index(fields=["date"])]


class DailyDownloads(Counts):
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "date", "locale", "referrer_host"], name="daily_downloads_once"
            )
        ]
        indexes = [models.Index(fields=["date"])]


class MonthlyPageViews(Counts):
    """Daily rows older than READERSHIP_DAILY_RETENTION_DAYS, summed per month (its first day)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "month", "locale", "referrer_host"], name="monthly_page_views_once"
            )
        ]


class MonthlyDownloads(Counts):
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "month", "locale", "referrer_host"], name="monthly_downloads_once"
            )
        ]


class StoredTally(models.Model):
    """Which takes of the cache's tally are already in the tables above, so a flush that
    stopped between storing and forgetting them stores them only once when run again."""

    batch = models.CharField(max_length=32, unique=True)
    stored_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.batch
