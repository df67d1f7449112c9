"""Title norms kept without reading the whole search index on every write (PostgreSQL).

Wagtail's PostgreSQL index multiplies a title's rank by `title_norm`: the average number of
words in a title over the number in this one, so short titles that match rank higher. After
every write (each publish) it averaged the titles of every entry, a sequential scan of the
index table, and then updated the entries still at the default norm of 1.0, another one.

Here the average comes from the newest entry already normalised (its norm times its length
gives back the average it was given), so every entry carries the average of the last full
computation, which `update_index` makes over all entries and which is used whenever no entry
has a norm yet. The entries at 1.0 are found through a partial index
(search/migrations/0004_index_entry_norms_and_gin_pending_list.py). The norms differ from
Wagtail's only in that they do not drift with each write between two `update_index` runs.
"""

from django.db.models import ExpressionWrapper, F, FloatField
from django.db.models.functions import Length


class TitleNormsWithoutFullScan:
    """Mixed into Wagtail's PostgresIndex."""

    def _refresh_title_norms(self, full=False):
        average = None if full else self._average_given_last()
        if average is None:
            return super()._refresh_title_norms(full=full)
        self.entries.filter(title_norm=1.0).annotate(title_length=Length("title")).filter(
            title_length__gt=0
        ).update(title_norm=average / F("title_length"))

    def _average_given_last(self):
        """The average title length the newest normalised entry was given, or None."""
        return (
            self.entries.exclude(title_norm=1.0)
            .annotate(title_length=Length("title"))
            .filter(title_length__gt=0)
            .annotate(
                average=ExpressionWrapper(F("title_norm") * F("title_length"), output_field=FloatField())
            )
            .order_by("-pk")
            .values_list("average", flat=True)
            .first()
        )
