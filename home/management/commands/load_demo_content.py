"""Load the demo site: each module in settings.AMANI_DEMO_LOADERS, in order (home first:
locales, the English page tree, taxonomy, settings; then each content app's).

Safe to run again: it changes nothing that is already there, and says so."""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo


class Command(BaseCommand):
    help = "Load Amani's demo content (idempotent)."

    def handle(self, *args, **options):
        report = demo.DemoReport(self.stdout)
        with transaction.atomic():
            for module_name in settings.AMANI_DEMO_LOADERS:
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
