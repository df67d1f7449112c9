"""python manage.py import_wordpress EXPORT.xml: move a WordPress site's content in.

Safe to run again: what changed in WordPress is updated, what did not is skipped, nothing
is duplicated. Try it first with --dry-run: it does the whole import, then rolls it back.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from stories.models import StoryIndexPage
from wordpress.importer import Importer, ImportStopped, Options
from wordpress.progress import Progress, quiet_logging
from wordpress.wxr import WXRError, read_export

KINDS = ["attachment", "page", "post", "redirect", "other"]
OUTCOMES = ["created", "updated", "skipped", "failed"]
KEPT_SHOWN = 20


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR 1.0-1.2, self-hosted or WordPress.com, from Tools → Export): posts become stories, pages "
        "standard pages, attachments images and documents, old addresses redirects."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The .xml file WordPress exported.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Do everything, report, then roll it all back."
        )
        parser.add_argument(
            "--locale",
            default="",
            help="Language code of content that does not say its language (default: the site's default, 'en').",
        )
        parser.add_argument(
            "--media-dir",
            help="A copy of wp-content/uploads; files not in it are downloaded from the old site.",
        )
        parser.add_argument(
            "--skip-media",
            action="store_true",
            help="Import no files (images already imported by an earlier run are still used).",
        )
        parser.add_argument(
            "--report",
            default="wordpress-import-report.csv",
            help="Where to write the CSV of failures, skips and warnings (default: %(default)s).",
        )
        parser.add_argument(
            "--comments",
            default="wordpress-comments.csv",
            help=(
                "Where to write readers' comments for editors, without email or IP addresses "
                "(default: %(default)s; '' keeps none). The site shows no comments."
            ),
        )
        parser.add_argument(
            "--authors-to-users",
            action="store_true",
            help="Make each page's owner the Wagtail user with its WordPress author's email or login (no user is created).",
        )
        parser.add_argument(
            "--restore-deleted",
            action="store_true",
            help="Import again what an earlier run made and an editor has since deleted (skipped by default).",
        )
        parser.add_argument("--parent", type=int, help="Id of the story index to put posts under.")
        parser.add_argument("--pages-parent", type=int, help="Id of the page to put top-level pages under.")
        parser.add_argument(
            "--timeout", type=float, default=15.0, help="Seconds to wait for each download (default: 15)."
        )
        parser.add_argument(
            "--allow-host",
            action="append",
            default=[],
            metavar="HOST",
            help=(
                "Download from HOST even though it resolves to a loopback, private or otherwise "
                "non-public address (refused by default). Repeat for several hosts."
            ),
        )
        parser.add_argument(
            "--password-protected",
            choices=["password", "private"],
            default="password",
            help=(
                "What a password-protected post becomes: 'password' (default) asks readers for the "
                "same password; 'private' shows it to signed-in users only."
            ),
        )
        parser.add_argument(
            "--progress-every",
            type=int,
            default=0,
            help="Instead of a progress bar, print a line every N items of each kind (for logs).",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        self.check_options(options)
        try:
            export = read_export(options["export"])
        except WXRError as error:
            raise CommandError(str(error)) from None
        self.say(
            f"{options['export']}: WXR {export.version or '?'} from {export.site_url or '?'}, "
            f"{len(export.items)} items{' (dry run: nothing will be kept)' if options['dry_run'] else ''}"
        )
        importer = Importer(
            export,
            Options(
                locale=options["locale"],
                media_dir=options["media_dir"],
                skip_media=options["skip_media"],
                dry_run=options["dry_run"],
                parent=options["parent"],
                pages_parent=options["pages_parent"],
                timeout=options["timeout"],
                allow_hosts=tuple(options["allow_host"]),
                password_protected=options["password_protected"],
                authors_to_users=options["authors_to_users"],
                restore_deleted=options["restore_deleted"],
                comments_file=options["comments"] or None,
            ),
        )
        kinds = ["page", "post"] + ([] if options["skip_media"] else ["attachment"])
        importer.progress = Progress(
            self.stderr,
            total=sum(1 for item in export.items if item.post_type in kinds),
            every=options["progress_every"],
            enabled=self.verbosity >= 1,
        )
        try:
            with quiet_logging(self.verbosity):
                importer.run()
        except ImportStopped as error:
            raise CommandError(str(error)) from None
        finally:
            importer.progress.close()
        importer.report.write(options["report"])
        if options["comments"] and importer.comments.rows:
            importer.comments.write(options["comments"])
        self.summary(importer, options)
        failed = sum(importer.tally[(kind, "failed")] for kind in KINDS)
        if failed:
            # A script running the import can tell from the exit status (1).
            raise CommandError(f"{failed} item(s) failed; see {options['report']}.")

    def check_options(self, options):
        if not Path(options["export"]).is_file():
            raise CommandError(f"{options['export']}: no such file.")
        if options["media_dir"] and not Path(options["media_dir"]).is_dir():
            raise CommandError(f"--media-dir {options['media_dir']}: no such folder.")
        codes = [code for code, _name in settings.LANGUAGES]
        if options["locale"] and options["locale"] not in codes:
            raise CommandError(f"--locale {options['locale']}: the site's languages are {', '.join(codes)}.")
        if options["parent"] and not StoryIndexPage.objects.filter(pk=options["parent"]).exists():
            raise CommandError(f"--parent {options['parent']}: there is no story index with that id.")
        if options["pages_parent"]:
            page = Page.objects.filter(pk=options["pages_parent"]).first()
            if page is None or "home.StandardPage" not in [
                f"{m._meta.app_label}.{m.__name__}" for m in page.specific_class.allowed_subpage_models()
            ]:
                raise CommandError(
                    f"--pages-parent {options['pages_parent']}: not a page that can hold pages."
                )

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    def summary(self, importer, options):
        tally = importer.tally
        if self.verbosity >= 2:
            for row in importer.report.rows:
                where = (
                    f"{row['kind']} {row['wp_id']} '{row['title']}'" if row["wp_id"] != "" else row["kind"]
                )
                self.stdout.write(f"  {row['outcome']}: {where}: {row['reason']}")
        self.say("Summary (created / updated / skipped / failed):")
        for kind in KINDS:
            counts = [tally[(kind, outcome)] for outcome in OUTCOMES]
            if any(counts):
                self.say(f"  {kind + 's':<12} " + " / ".join(str(count) for count in counts))
        if importer.kept_edited:
            self.say(
                f"Kept as edited in Wagtail ({len(importer.kept_edited)}; WordPress's changes not applied):"
            )
            for title, page_id in importer.kept_edited[:KEPT_SHOWN]:
                self.say(f"  '{title}' (page {page_id})")
            if len(importer.kept_edited) > KEPT_SHOWN:
                self.say(f"  and {len(importer.kept_edited) - KEPT_SHOWN} more: see the report")
        rows = len(importer.report.rows)
        self.say(
            f"Report ({rows} rows: what failed, was restricted, skipped or left out): {options['report']}"
        )
        if options["dry_run"]:
            self.say("Dry run: everything was rolled back.")
        failed = sum(tally[(kind, "failed")] for kind in KINDS)
        if not failed and self.verbosity >= 1:
            self.stdout.write(self.style.SUCCESS("Import finished."))
