"""What readers searched for and did not find, for editors' statistics.

Wagtail's Query and QueryDailyHits (the admin's search terms report) count every search
but not whether it found anything. A search whose words match no page in the reader's
language tells editors what the archive lacks or calls by another name, so those are
counted here too, per day and language. The words can name a person at risk: rows are
kept for KEPT_DAYS only and shown only in the admin's Readership report.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

KEPT_DAYS = 90


class SearchWithoutResults(models.Model):
    date = models.DateField()
    language_code = models.CharField(max_length=20)
    query_string = models.CharField(max_length=255)
    searches = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "language_code", "query_string"], name="search_without_results_once_a_day"
            )
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return self.query_string
