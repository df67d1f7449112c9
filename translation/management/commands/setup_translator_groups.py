"""Create a "Translators: <language>" group for each non-default locale (idempotent)."""

from django.core.management.base import BaseCommand

from translation.groups import ensure_translator_groups


class Command(BaseCommand):
    help = "Create or update one translator group per locale, limited to that locale."

    def handle(self, *args, **options):
        made = ensure_translator_groups(self.stdout)
        self.stdout.write(
            self.style.SUCCESS(f"Translator groups ready: {len(made)} created, the rest brought up to date.")
        )
