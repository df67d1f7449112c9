"""Restore an archive written by backup_site into an empty database and empty media storage.

`manage.py restore_site FILE [--no-media]`, with DATABASE_URL (and MEDIA_ROOT or the S3
bucket) pointing at the new, empty place. It refuses to write over anything: a restore that
mixes two sites' rows or files is worse than none. Create an empty database first
(`createdb amani_restored`), restore, then run `migrate` if the code is newer than the backup
(the command says so) and start the site.

The archive is read once, front to back (manifest, database, media), so a large backup is
streamed rather than unpacked to disk.
"""

import json
import sqlite3
import tarfile
import tempfile
import time
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from .backup_site import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    MEDIA_PREFIX,
    human_size,
    media_names,
    postgres_client,
    postgres_environment,
    run_client,
    sqlite_path,
)


class Command(BaseCommand):
    help = "Restore a backup_site archive into an empty database and empty media storage."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by backup_site.")
        parser.add_argument("--no-media", action="store_true", help="Restore only the database.")

    def handle(self, *args, **options):
        started = time.monotonic()
        path = Path(options["archive"])
        if not path.is_file():
            raise CommandError(f"No such archive: {path}")
        storage = default_storage

        with tarfile.open(path, "r|gz") as archive:
            members = iter(archive)
            manifest = self.read_manifest(archive, next(members, None))
            self.stdout.write(
                f"Backup of {manifest['created']}: {manifest['database']['vendor']} database, "
                f"{manifest['media']['files']} media files."
            )
            self.check_target(manifest, storage, restore_media=not options["no_media"])

            member = next(members, None)
            if member is None or member.name != manifest["database"]["file"]:
                raise CommandError("The archive has no database dump where its manifest says.")
            self.stdout.write(f"Restoring the database into {connection.settings_dict['NAME']}…")
            with tempfile.TemporaryDirectory(prefix="amani-restore-") as workdir:
                dump = Path(workdir) / member.name
                with archive.extractfile(member) as source, dump.open("wb") as target:
                    while chunk := source.read(1024 * 1024):
                        target.write(chunk)
                self.restore_database(dump)
            self.stdout.write(f"  database: {human_size(manifest['database']['bytes'])} restored")

            restored = media_bytes = renamed = 0
            if not options["no_media"]:
                for member in members:
                    restored, media_bytes, renamed = self.restore_file(
                        archive, member, storage, (restored, media_bytes, renamed), manifest
                    )

        self.forget_cached_pages()
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the database and {restored} media files ({human_size(media_bytes)}) "
                f"from {path} in {time.monotonic() - started:.1f} s."
            )
        )
        if renamed:
            self.stdout.write(self.style.WARNING(f"{renamed} media files were stored under another name."))
        self.report_pending_migrations()

    def read_manifest(self, archive, member):
        if member is None or member.name != MANIFEST_NAME:
            raise CommandError("This is not a backup_site archive: it does not start with manifest.json.")
        manifest = json.loads(archive.extractfile(member).read())
        if manifest.get("format") != FORMAT_VERSION:
            raise CommandError(f"Unknown backup format {manifest.get('format')!r}.")
        return manifest

    def check_target(self, manifest, storage, restore_media):
        vendor = manifest["database"]["vendor"]
        if vendor != connection.vendor:
            raise CommandError(
                f"This backup holds a {vendor} database; DATABASE_URL points at {connection.vendor}. "
                "Restore into the same kind of database."
            )
        tables = connection.introspection.table_names()
        if tables:
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} is not empty ({len(tables)} tables). "
                "Restore into a new, empty database (e.g. createdb amani_restored) and point "
                "DATABASE_URL at it."
            )
        if restore_media and next(media_names(storage), None) is not None:
            raise CommandError(
                "The media storage is not empty. Restore into an empty MEDIA_ROOT or bucket, "
                "or pass --no-media."
            )

    def restore_database(self, dump):
        settings_dict = connection.settings_dict
        connection.close()
        if connection.vendor == "postgresql":
            command = [
                postgres_client("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                f"--dbname={settings_dict['NAME']}",
                str(dump),
            ]
            run_client(command, postgres_environment(settings_dict))
        else:
            target_path = sqlite_path(settings_dict)
            source = sqlite3.connect(dump)
            target = sqlite3.connect(target_path)
            try:
                with target:
                    source.backup(target)
            finally:
                target.close()
                source.close()

    def restore_file(self, archive, member, storage, counts, manifest):
        restored, media_bytes, renamed = counts
        if not (member.isfile() and member.name.startswith(MEDIA_PREFIX)):
            self.stdout.write(self.style.WARNING(f"  skipped {member.name}: not a media file"))
            return counts
        name = member.name[len(MEDIA_PREFIX) :]
        # Storage.save refuses absolute paths and "..": a crafted archive cannot escape.
        with archive.extractfile(member) as handle:
            saved = storage.save(name, File(handle, name=name))
        restored += 1
        media_bytes += member.size
        if saved != name:
            renamed += 1
        total = manifest["media"]["files"]
        if restored % 100 == 0 or restored == total:
            self.stdout.write(f"  media: {restored}/{total} files, {human_size(media_bytes)}")
        return restored, media_bytes, renamed

    def forget_cached_pages(self):
        """A cache shared with the site's previous database must not serve its pages."""
        from core import shared_cache

        shared_cache.bump_every_version()

    def report_pending_migrations(self):
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if plan:
            self.stdout.write(
                self.style.WARNING(
                    f"The code has {len(plan)} migrations this backup predates: run `manage.py migrate`."
                )
            )
        else:
            self.stdout.write("The database matches the code's migrations: the site can start.")
