"""Run from cron or a systemd timer (docs/deploy.md): readers' counts leave the cache for the
database, and daily rows past the retention period become monthly ones."""

from django.core.management.base import BaseCommand

from readership.flush import flush, retention_days, roll_up


class Command(BaseCommand):
    help = (
        "Write the page views and downloads counted in the cache to the database, and sum daily "
        "rows older than READERSHIP_DAILY_RETENTION_DAYS into monthly rows. Safe to run again."
    )

    def handle(self, *args, **options):
        stored = flush()
        if stored is None:
            self.stdout.write(
                "The cache is unavailable: nothing to flush now; counts wait there until it answers."
            )
        else:
            views, downloads = stored
            self.stdout.write(f"Stored {views} page views and {downloads} downloads.")
        rolled = roll_up()
        self.stdout.write(f"Rolled {rolled} daily rows older than {retention_days()} days into monthly rows.")
