"""Backup and restore: the demo site, backed up and restored into an empty database and
empty media folder, serves the same pages and files.

Runs the real commands in separate processes against real database files (SQLite in the
SQLite pass, PostgreSQL databases of their own in the PostgreSQL pass): a backup of the
in-memory test database would prove nothing.
"""

import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.production.conftest import manage

ROOT = Path(__file__).resolve().parents[2]

# Fetches every live page, then one rendition and one document, with Django's test client and
# prints {url: [status, digest of the body]}. CSRF tokens differ on every render: masked.
SNAPSHOT = """
import hashlib, json, re
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Rendition
from wagtail.models import Page

client = Client(HTTP_HOST="localhost")
def fetch(url):
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", body)
    result[url] = [response.status_code, hashlib.sha256(body).hexdigest()]

result = {}
for page in Page.objects.live().public().filter(depth__gt=1):
    fetch(page.url)
# Renditions exist once the pages above have been rendered.
fetch(Rendition.objects.order_by("pk").first().url)
fetch(Document.objects.order_by("pk").first().url)
print("SNAPSHOT" + json.dumps(result))
"""


def postgres_admin_url():
    """The PostgreSQL server of the test run, when this pass runs on PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


class Site:
    """One deployment of the project: a database and a media folder, driven by manage.py."""

    def __init__(self, database_url, media_root):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media_root),
            "PYTHONWARNINGS": "ignore",
        }

    def run(self, *args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True
        )

    def manage(self, *args):
        return manage(self.env, *args)

    def snapshot(self):
        output = self.manage("shell", "--no-imports", "-c", SNAPSHOT)
        return json.loads(output.split("SNAPSHOT", 1)[1])


@pytest.fixture
def databases(tmp_path):
    """(source URL, empty target URL): two SQLite files, or two new PostgreSQL databases."""
    admin_url = postgres_admin_url()
    if admin_url is None:
        yield f"sqlite:///{tmp_path / 'source.sqlite3'}", f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    import psycopg

    base = urlsplit(admin_url)
    names = [f"amani_backup_{label}_{uuid.uuid4().hex[:8]}" for label in ("source", "restored")]
    server = base._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        for name in names:
            connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield tuple(base._replace(path=f"/{name}").geturl() for name in names)
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            for name in names:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_restored_backup_serves_the_same_pages_and_files_and_is_not_restored_twice(tmp_path, databases):
    source_url, target_url = databases
    source = Site(source_url, tmp_path / "media-source")
    source.manage("migrate", "--no-input", "-v0")
    source.manage("load_demo_content")
    before = source.snapshot()
    assert len(before) > 40
    assert all(status == 200 for status, _digest in before.values()), before

    archive = tmp_path / "backup.tar.gz"
    output = source.manage("backup_site", "--output", str(archive))
    assert "Backed up the" in output and archive.exists()

    restored = Site(target_url, tmp_path / "media-restored")
    output = restored.manage("restore_site", str(archive))
    assert "The database matches the code's migrations" in output
    assert restored.snapshot() == before

    # Restoring again would overwrite a live site: refused, with a message, no traceback.
    result = restored.run("restore_site", str(archive))
    assert result.returncode != 0
    assert "is not empty" in result.stderr
    assert "Traceback" not in result.stderr

    database_only = tmp_path / "database-only.tar.gz"
    output = source.manage("backup_site", "--output", str(database_only), "--no-media")
    assert "and 0 media files" in output and "Media were not included" in output
    with tarfile.open(database_only) as archive:
        assert not [name for name in archive.getnames() if name.startswith("media")]


def test_restore_explains_a_file_that_is_not_a_backup(tmp_path, databases):
    not_a_backup = tmp_path / "photo.tar.gz"
    with tarfile.open(not_a_backup, "w:gz") as archive:
        archive.add(__file__, arcname="photo.jpg")
    site = Site(databases[1], tmp_path / "media")
    result = site.run("restore_site", str(not_a_backup))
    assert result.returncode != 0
    assert "This is not a backup_site archive" in result.stderr
    assert settings.DATABASES  # the test run's own database is untouched by these processes


def test_the_archive_is_readable_by_its_owner_only(tmp_path):
    database = tmp_path / "empty.sqlite3"
    database.touch()
    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(b"an older archive, world-readable")
    archive.chmod(0o644)
    site = Site(f"sqlite:///{database}", tmp_path / "media")
    previous = os.umask(0o022)
    try:
        site.manage("backup_site", "--output", str(archive), "--no-media")
    finally:
        os.umask(previous)
    assert archive.stat().st_mode & 0o777 == 0o600
    with tarfile.open(archive) as contents:
        assert "manifest.json" in contents.getnames()
