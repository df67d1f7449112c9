"""Resend the confirmation emails that the mail server did not take.

A sign-up whose confirmation failed to send is kept as pending (the reader was told to
check their inbox); run this from cron, or by hand once mail works again. It prints
subscriber ids and languages, never addresses, so its output is safe in logs.
"""

import datetime
import re

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsletter.emails import send_confirmation
from newsletter.models import Subscriber

DURATION = re.compile(r"^(\d+)([mhd]?)$")
UNITS = {"": "minutes", "m": "minutes", "h": "hours", "d": "days"}


def parse_duration(value):
    """'30' or '30m' (minutes), '2h' (hours), '1d' (days) as a timedelta."""
    match = DURATION.match(value.strip().lower())
    if not match:
        raise CommandError(f"--older-than takes a number with m, h or d, e.g. 30m or 2h; not {value!r}.")
    number, unit = match.groups()
    return datetime.timedelta(**{UNITS[unit]: int(number)})


class Command(BaseCommand):
    help = "Resend newsletter confirmation emails that could not be sent (pending sign-ups only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            default="10m",
            help=(
                "Only sign-ups at least this old (e.g. 30m, 2h, 1d; default 10m), so one a "
                "request is still sending is left alone."
            ),
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be resent without sending anything."
        )

    def handle(self, *args, older_than, dry_run, **options):
        cutoff = timezone.now() - parse_duration(older_than)
        pending = list(Subscriber.objects.confirmation_unsent(cutoff).order_by("consent_at"))
        if not pending:
            self.stdout.write("No pending confirmation is waiting to be resent.")
            return
        if dry_run:
            self.stdout.write(f"Would resend {len(pending)} confirmation email(s):")
            for subscriber in pending:
                self.stdout.write(f"  subscriber #{subscriber.pk} ({subscriber.language})")
            return
        sent = failed = 0
        for subscriber in pending:
            if send_confirmation(subscriber):
                sent += 1
                self.stdout.write(f"  sent: subscriber #{subscriber.pk} ({subscriber.language})")
            else:
                failed += 1
                self.stdout.write(f"  failed again: subscriber #{subscriber.pk} (see the error log)")
        summary = f"Resent {sent} confirmation email(s); {failed} failed."
        if failed:
            # A non-zero exit, so cron and monitoring notice that mail still fails.
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
