"""No personal data is kept or sent, and counting never costs an answer, with Redis too."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from config.local_production import free_port
from readership.models import DailyDownloads, DailyPageViews, MonthlyDownloads, MonthlyPageViews, StoredTally
from tests.production.conftest import REDIS_SERVER, RedisServer

from .conftest import views

pytestmark = pytest.mark.django_db

COUNTS = {"id", "locale", "referrer_host", "count"}


@pytest.mark.parametrize(
    ("model", "columns"),
    [
        (DailyPageViews, COUNTS | {"page_id", "date"}),
        (DailyDownloads, COUNTS | {"document_id", "date"}),
        (MonthlyPageViews, COUNTS | {"page_id", "month"}),
        (MonthlyDownloads, COUNTS | {"document_id", "month"}),
        (StoredTally, {"id", "batch", "stored_at"}),
    ],
)
def test_the_tables_hold_only_what_was_read_when_in_which_language_and_from_which_site(model, columns):
    with connection.cursor() as cursor:
        described = connection.introspection.get_table_description(cursor, model._meta.db_table)
    assert {column.name for column in described} == columns


def test_a_counted_answer_sets_no_cookie(reader, standard_page):
    for _ in range(2):  # a miss, then a hit
        response = reader.get("/en/about/", HTTP_REFERER="https://facebook.com/some/post")
        assert response.status_code == 200
        assert not response.cookies


def test_a_counted_download_sets_no_cookie(reader, document):
    response = reader.get(document.url)
    assert response.status_code == 200 and not response.cookies


def test_the_cache_keeps_no_user_agent_or_full_referrer(reader, standard_page):
    from core import shared_cache
    from readership.tally import TALLY_KEY, send

    reader.get("/en/about/?utm_source=x", HTTP_REFERER="https://facebook.com/some/post?id=secret")
    send()
    stored = repr(shared_cache.get(TALLY_KEY))
    assert "facebook.com" in stored
    assert "secret" not in stored and "some/post" not in stored and "Android" not in stored


def test_a_failure_while_counting_costs_no_answer(reader, standard_page, monkeypatch):
    from readership import tally

    def broken(counted):
        raise RuntimeError("boom")

    monkeypatch.setattr(tally, "add", broken)
    for _ in range(2):  # a miss, then a hit
        response = reader.get("/en/about/")
        assert response.status_code == 200
        assert "Who we are." in response.content.decode()


redis_only = pytest.mark.skipif(REDIS_SERVER is None, reason="needs redis-server")


@pytest.fixture
def redis_cache(settings):
    redis_server = RedisServer()
    redis_server.start()
    settings.CACHE_RETRY_SECONDS = 1
    settings.CACHES = {
        "default": {
            "BACKEND": "core.shared_cache.ResilientRedisCache",
            "LOCATION": redis_server.url(),
            "KEY_PREFIX": f"amani-test-{free_port()}",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2, "retry_on_timeout": False},
        }
    }
    yield redis_server
    if redis_server.process.poll() is None:
        redis_server.stop()


@redis_only
def test_views_and_cache_hits_are_counted_in_redis_and_flushed_once(reader, standard_page, redis_cache):
    assert reader.get("/en/about/")["X-Cache"] == "MISS"
    assert reader.get("/en/about/")["X-Cache"] == "HIT"
    call_command("flush_readership", stdout=io.StringIO())
    call_command("flush_readership", stdout=io.StringIO())
    assert views() == {(standard_page.pk, "en", ""): 2}


@redis_only
def test_while_redis_is_away_pages_are_answered_and_the_flush_loses_nothing_stored(
    reader, standard_page, redis_cache, capsys
):
    reader.get("/en/about/")
    call_command("flush_readership")
    redis_cache.stop()
    for _ in range(2):
        response = reader.get("/en/about/")
        assert response.status_code == 200
        assert "Who we are." in response.content.decode()
    call_command("flush_readership")
    assert "unavailable" in capsys.readouterr().out
    assert views() == {(standard_page.pk, "en", ""): 1}
