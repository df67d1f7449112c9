"""A real outage: the site under gunicorn and production settings, on a PostgreSQL server of
its own that the test stops and starts again. Readers get the translated 503 page while it
is down, load balancers a 503 from /healthz, and everything recovers by itself."""

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import requests

from config.local_production import free_port, production_env, wait_for
from tests.production.conftest import gunicorn, manage

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)

pytestmark = [
    pytest.mark.skipif(
        PG_BIN is None or shutil.which("runuser") is None or os.geteuid() != 0,
        reason="needs PostgreSQL's server programs and root to run them as the postgres user",
    ),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="a PostgreSQL outage: run once, in the PostgreSQL pass",
    ),
]

MAKE_HOME = """
from wagtail.models import Locale, Page, Site
from home.models import HomePage
Locale.objects.get_or_create(language_code="fr")
home = HomePage(title="Peace Centre", slug="peace-centre", hero_intro="We build peace.")
Page.get_first_root_node().add_child(instance=home)
home.save_revision().publish()
Site.objects.update(root_page=home)
"""


class PostgresServer:
    """A throwaway PostgreSQL cluster in `directory`, run as the postgres user."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        directory.mkdir()
        shutil.chown(directory, "postgres", "postgres")
        self.run("initdb", "-D", str(directory), "-A", "trust", "-U", "postgres", "--no-sync")

    def run(self, program, *args):
        # No pipes: a server started by pg_ctl would hold them open, and the wait never end.
        command = ["runuser", "-u", "postgres", "--", str(PG_BIN / program), *args]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp")

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = self.directory / "server.log"
        self.run("pg_ctl", "-D", str(self.directory), "-o", options, "-l", str(log), "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", str(self.directory), "-m", "fast", "-w", "stop")

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"


@pytest.fixture
def site_on_its_own_database(tmp_path, production_static):
    # The postgres user cannot enter pytest's private temporary folders: a folder of its own.
    cluster_parent = Path(tempfile.mkdtemp(prefix="amani-outage-"))
    cluster_parent.chmod(0o755)
    server = PostgresServer(cluster_parent / "pgdata")
    server.start()
    try:
        server.run("createdb", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres", "amani")
        env = production_env(
            production_static,
            DATABASE_URL=server.url("amani"),
            PAGE_CACHE_ENABLED="false",  # every request must reach the database
            MEDIA_ROOT=str(tmp_path / "media"),
        )
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "shell", "-c", MAKE_HOME)
        with gunicorn(env, tmp_path / "gunicorn.log") as base:
            yield base, server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop()  # unless the test left it stopped
        shutil.rmtree(cluster_parent, ignore_errors=True)


HEALTHY = {"database": "ok", "migrations": "ok", "site": "ok", "cache": "ok"}


def test_pages_answer_503_while_the_database_is_down_and_recover_by_themselves(site_on_its_own_database):
    base, database = site_on_its_own_database
    assert requests.get(f"{base}/en/", timeout=5).status_code == 200

    database.stop()
    page = requests.get(f"{base}/fr/", timeout=5)
    assert page.status_code == 503
    assert page.headers["Retry-After"] == "30"
    assert page.headers["Content-Language"] == "fr"
    assert '<html lang="fr"' in page.text
    assert "Nous revenons bientôt" in page.text
    assert "Traceback" not in page.text and "OperationalError" not in page.text
    health = requests.get(f"{base}/healthz", timeout=5)
    assert (health.status_code, health.json()["database"]) == (503, "unavailable")

    database.start()
    wait_for(lambda: requests.get(f"{base}/en/", timeout=5).status_code == 200, seconds=20)
    assert requests.get(f"{base}/healthz", timeout=5).json() == HEALTHY


def test_an_outage_is_logged_in_a_few_lines_without_tracebacks(site_on_its_own_database, tmp_path):
    base, database = site_on_its_own_database
    log = tmp_path / "gunicorn.log"
    before = len(log.read_text())

    database.stop()
    for number in range(40):
        assert requests.get(f"{base}/{('en', 'fr')[number % 2]}/", timeout=5).status_code == 503
        assert requests.get(f"{base}/healthz", timeout=5).status_code == 503
    database.start()
    wait_for(lambda: requests.get(f"{base}/healthz", timeout=5).status_code == 200, seconds=20)

    during = log.read_text()[before:]
    assert "Traceback" not in during
    lines = [line for line in during.splitlines() if " core." in line or " django." in line]
    # One line per kind of failure (pages, health check) and one for the recovery,
    # whatever the number of requests.
    assert 3 <= len(lines) <= 5, during
    assert any(" WARNING core.health: Database unavailable" in line for line in lines)
    assert any(" WARNING core.health: Health check: the database does not answer" in line for line in lines)
    assert any(" INFO core.health: Health check: the database answers again" in line for line in lines)
