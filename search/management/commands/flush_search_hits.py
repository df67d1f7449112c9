from django.core.management.base import BaseCommand, CommandError

from search import hits


class Command(BaseCommand):
    help = (
        "Write the searches counted in the cache to the search terms statistics (Query and "
        "QueryDailyHits). Safe to run from cron at any interval; readers' searches also flush "
        "at most every minute."
    )

    def handle(self, *args, **options):
        written = hits.flush()
        if written is None:
            raise CommandError("The database refused the search statistics; they are kept for the next run.")
        self.stdout.write(f"Wrote {written} searches to the search statistics.")
