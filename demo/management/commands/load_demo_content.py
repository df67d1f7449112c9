"""Load the demo site: each module in DEMO_LOADERS, in order (the site first:
locales, the English page tree, taxonomy, settings; then each content app's).

Safe to run again: it changes nothing that is already there, and says so."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import site

# Each module has load(report); later ones build on what earlier ones made.
DEMO_LOADERS = ("demo.site", "demo.publications", "demo.stories", "demo.newsletter")


class Command(BaseCommand):
    help = "Load Amani's demo content (idempotent)."

    def handle(self, *args, **options):
        report = site.DemoReport(self.stdout)
        with transaction.atomic():
            for module_name in DEMO_LOADERS:
                self.stdout.write(f"Loading demo content: {module_name}…")
                import_module(module_name).load(report)
        if report.created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content loaded: {len(report.created)} items created, {report.kept} already there."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content already loaded: nothing changed ({report.kept} items checked)."
                )
            )
