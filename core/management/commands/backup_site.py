"""Back up the whole site into one archive: a consistent database dump and every media file.

`manage.py backup_site [--output FILE] [--no-media]` writes a .tar.gz holding manifest.json
(what was backed up, from which versions), the database dump and media/ (uploads, renditions,
publication files), restored by `manage.py restore_site FILE`.

Why the database's own tools rather than dumpdata/loaddata: pg_dump reads one snapshot in a
single transaction while the site keeps serving (a JSON dump walks models one query at a time
and can catch half an edit), keeps sequences, constraints and tables no model describes
(Wagtail's search index), streams instead of holding everything in memory, and restores with
no model signals firing and no content-type or permission clashes. SQLite's online backup API
gives the same consistent copy of a SQLite file. The cost is that a dump restores into the same
kind of database (PostgreSQL into PostgreSQL) with a client no older than the server; moving
between kinds is a migration, not a restore.

Consistency between the dump and the files: the dump is taken first, the media after it, so
every file the dump refers to is already on disk (Wagtail never rewrites a file under an
existing name; new uploads get new names). A file deleted between the two steps is the one
gap, so back up when nobody is deleting images or documents.

Media are read through Django's storage API, so the same command backs up a local MEDIA_ROOT or
an S3 bucket (on a large bucket, the provider's versioning or replication is cheaper).

The archive holds subscribers' addresses, contact messages, password hashes and page
passwords, so it is created readable and writable by its owner only (mode 0600), from its
first byte: a file made with the usual umask and narrowed afterwards could be opened by
another account in between.
"""

import glob
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import django
import wagtail
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEDIA_PREFIX = "media/"
DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


def human_size(size):
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def postgres_client(name):
    """pg_dump/pg_restore: from PATH, else the newest one Debian installs per version."""
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if not found:
        raise CommandError(f"{name} is not installed: install the PostgreSQL client (postgresql-client).")
    return found


def postgres_environment(settings_dict):
    """libpq's variables for Django's connection settings (no password on a command line)."""
    env = dict(os.environ)
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
    }
    options = settings_dict.get("OPTIONS") or {}
    for option, variable in [("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")]:
        values[variable] = options.get(option)
    env.update({name: str(value) for name, value in values.items() if value})
    return env


def run_client(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(
            f"{Path(command[0]).name} failed: {result.stderr.strip() or result.stdout.strip()}"
        )


def sqlite_path(settings_dict):
    name = str(settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:") or "mode=memory" in name:
        raise CommandError("An in-memory SQLite database cannot be backed up or restored.")
    return Path(name)


def media_names(storage, directory=""):
    """Every file in the storage, depth first; an absent media folder is an empty one."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for name in sorted(directories):
        yield from media_names(storage, f"{directory}/{name}" if directory else name)


def private_file(path):
    """`path` opened for writing, created with mode 0600 whatever the umask (a leftover
    file of the same name is removed first: O_CREAT keeps an existing file's mode)."""
    path.unlink(missing_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(descriptor, "wb")


def applied_migrations():
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())


class Command(BaseCommand):
    help = (
        "Back up the database and media into one archive (restore it with restore_site). "
        "The archive holds personal data and password hashes: it is written readable by its owner "
        "only (mode 0600); keep it that way wherever it is copied."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help="Archive to write (default: amani-backup-<UTC date and time>.tar.gz here).",
        )
        parser.add_argument(
            "--no-media", action="store_true", help="Only the database (media are backed up elsewhere)."
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        output = Path(options["output"] or f"amani-backup-{stamp}.tar.gz").resolve()
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        vendor = connection.vendor
        if vendor not in DATABASE_FILES:
            raise CommandError(f"Backups support PostgreSQL and SQLite, not {vendor}.")

        with tempfile.TemporaryDirectory(prefix="amani-backup-") as workdir:
            dump = Path(workdir) / DATABASE_FILES[vendor]
            self.stdout.write(
                f"Dumping the {connection.display_name} database {connection.settings_dict['NAME']}…"
            )
            self.dump_database(dump)
            self.stdout.write(f"  database: {human_size(dump.stat().st_size)}")

            storage = default_storage
            names = [] if options["no_media"] else list(media_names(storage))
            manifest = {
                "format": FORMAT_VERSION,
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "database": {"vendor": vendor, "file": dump.name, "bytes": dump.stat().st_size},
                "media": {"included": not options["no_media"], "files": len(names)},
                "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
                "migrations": applied_migrations(),
            }
            try:
                with private_file(partial) as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
                    self.add_bytes(archive, MANIFEST_NAME, json.dumps(manifest, indent=2).encode())
                    archive.add(dump, arcname=dump.name)
                    copied, media_bytes, missing = self.add_media(archive, storage, names)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        partial.replace(output)

        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up the {connection.display_name} database ({human_size(manifest['database']['bytes'])})"
                f" and {copied} media files ({human_size(media_bytes)}) to {output}"
                f" ({human_size(output.stat().st_size)}) in {time.monotonic() - started:.1f} s."
            )
        )
        if missing:
            self.stdout.write(
                self.style.WARNING(
                    f"{missing} media files were deleted while the backup ran and are not in it."
                )
            )
        if options["no_media"]:
            self.stdout.write("Media were not included (--no-media).")

    def dump_database(self, target):
        settings_dict = connection.settings_dict
        if connection.vendor == "postgresql":
            # One snapshot (pg_dump's own transaction); objects restore owned by whoever restores.
            command = [
                postgres_client("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={target}",
            ]
            run_client(command, postgres_environment(settings_dict))
        else:
            source = sqlite3.connect(f"file:{sqlite_path(settings_dict)}?mode=ro", uri=True)
            copy = sqlite3.connect(target)
            try:
                with copy:
                    source.backup(copy)
            finally:
                copy.close()
                source.close()

    def add_media(self, archive, storage, names):
        copied = media_bytes = missing = 0
        for number, name in enumerate(names, start=1):
            try:
                size = storage.size(name)
                with storage.open(name, "rb") as handle:
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = size
                    info.mtime = int(time.time())
                    archive.addfile(info, handle)
            except FileNotFoundError:
                missing += 1
                continue
            copied += 1
            media_bytes += size
            if number % 100 == 0 or number == len(names):
                self.stdout.write(f"  media: {number}/{len(names)} files, {human_size(media_bytes)}")
        return copied, media_bytes, missing

    @staticmethod
    def add_bytes(archive, name, data):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = int(time.time())
        archive.addfile(info, io.BytesIO(data))
