"""/healthz and the maintenance page when the database is unreachable."""

import json
import shutil

import pytest
from django.db import OperationalError
from wagtail.models import Page

from config.local_production import production_env
from tests.production.conftest import manage


def test_healthz_reports_database_and_cache(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "migrations": "ok", "site": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client, db):
    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.backends.utils.CursorWrapper.execute", broken)
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_pages_answer_503_with_a_translated_maintenance_page_when_the_database_is_down(
    client, home_page, monkeypatch
):
    def unreachable(request, path):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(Page, "route_for_request", staticmethod(unreachable))
    client.raise_request_exception = False
    response = client.get("/fr/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Traceback" not in html
    assert "Nous revenons bientôt" in html

    monkeypatch.undo()
    assert client.get("/fr/").status_code == 200


HEALTHZ = """
from django.test import Client
answer = Client(HTTP_HOST="127.0.0.1").get("/healthz")
print(answer.status_code, answer.content.decode())
"""


def healthz_under_production(env):
    status, body = manage(env, "shell", "-c", HEALTHZ).strip().splitlines()[-1].split(" ", 1)
    return int(status), json.loads(body)


@pytest.fixture
def empty_database(tmp_path, production_static):
    return production_env(
        production_static, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", MEDIA_ROOT=str(tmp_path)
    )


@pytest.fixture(scope="module")
def migrated_template(tmp_path_factory, production_static):
    """A database file migrated once for this module (as Wagtail leaves it: one site)."""
    path = tmp_path_factory.mktemp("migrated") / "db.sqlite3"
    manage(
        production_env(production_static, DATABASE_URL=f"sqlite:///{path}"), "migrate", "--no-input", "-v0"
    )
    return path


@pytest.fixture
def migrated_database(empty_database, migrated_template, tmp_path):
    shutil.copyfile(migrated_template, tmp_path / "db.sqlite3")
    return empty_database


def test_healthz_answers_503_on_an_empty_unmigrated_database(empty_database):
    status, checks = healthz_under_production(empty_database)
    assert (status, checks["database"], checks["migrations"]) == (503, "ok", "pending")


def test_healthz_answers_503_when_migrated_but_no_site_has_a_root_page(migrated_database):
    manage(migrated_database, "shell", "-c", "from wagtail.models import Site; Site.objects.all().delete()")
    status, checks = healthz_under_production(migrated_database)
    assert (status, checks["migrations"], checks["site"]) == (503, "ok", "missing")


def test_healthz_answers_200_on_a_migrated_database_with_a_site(migrated_database):
    assert healthz_under_production(migrated_database) == (
        200,
        {"database": "ok", "migrations": "ok", "site": "ok", "cache": "ok"},
    )


def test_the_migrations_check_runs_until_all_are_applied_then_never_again(db, monkeypatch):
    from core import health

    monkeypatch.setattr(health, "_migrations_applied", False)
    assert health.migrations_applied()
    monkeypatch.setattr(health, "MigrationExecutor", None)  # would fail if built again
    assert health.migrations_applied()
