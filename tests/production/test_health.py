"""/healthz and the maintenance page when the database is unreachable."""

from django.db import OperationalError
from wagtail.models import Page


def test_healthz_reports_database_and_cache(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client, db):
    import pytest

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
