"""The guarded Redis backend on a real redis-server: failures are misses, found out within the
socket timeout, then not asked about again for a while; warnings once per outage; limits keep
counting without the cache."""

import logging
import time

import pytest
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import cache

from config.local_production import free_port
from core import shared_cache
from tests.production.conftest import REDIS_SERVER

pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason="needs redis-server")

TIMEOUT_SECONDS = 0.2
RETRY_SECONDS = 1


def use_redis(settings, url):
    settings.CACHE_RETRY_SECONDS = RETRY_SECONDS
    settings.CACHES = {
        "default": {
            "BACKEND": "core.shared_cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"amani-test-{free_port()}",
            "OPTIONS": {
                "socket_connect_timeout": TIMEOUT_SECONDS,
                "socket_timeout": TIMEOUT_SECONDS,
                "retry_on_timeout": False,
            },
        }
    }


@pytest.fixture
def redis_cache(settings, redis_server):
    use_redis(settings, redis_server.url())
    return redis_server


def timed(operation):
    started = time.monotonic()
    result = operation()
    return result, time.monotonic() - started


def test_a_stopped_server_is_a_miss_and_is_not_asked_again_until_the_retry_time(redis_cache, caplog):
    shared_cache.set("greeting", "hello", 60)
    assert shared_cache.get("greeting") == "hello"

    redis_cache.stop()
    with caplog.at_level(logging.WARNING, logger="core.shared_cache"):
        assert shared_cache.get("greeting", "missing") == "missing"
        assert not shared_cache.is_reachable()
        for _ in range(50):
            value, seconds = timed(lambda: shared_cache.get("greeting"))
            assert value is None and seconds < 0.01, "an open circuit asks nobody"
            shared_cache.set("greeting", "again", 60)
            shared_cache.bump("version")
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and "Cache server unavailable" in warnings[0].getMessage()
    assert all(record.exc_info is None for record in caplog.records), "no traceback"


def test_the_cache_is_used_again_by_itself_when_the_server_returns(redis_cache, caplog):
    redis_cache.stop()
    assert shared_cache.get("greeting") is None
    redis_cache.start()
    time.sleep(RETRY_SECONDS + 0.1)
    with caplog.at_level(logging.WARNING, logger="core.shared_cache"):
        shared_cache.set("greeting", "back", 60)
    assert shared_cache.get("greeting") == "back"
    assert shared_cache.is_reachable()
    assert "Cache server answers again" in caplog.text


def test_a_hung_server_costs_one_socket_timeout(redis_cache):
    shared_cache.set("greeting", "hello", 60)
    redis_cache.hang()
    try:
        value, seconds = timed(lambda: shared_cache.get("greeting"))
        assert value is None
        assert seconds < TIMEOUT_SECONDS * 4, f"waited {seconds:.2f} s"
        value, seconds = timed(lambda: shared_cache.get("greeting"))
        assert seconds < 0.01
    finally:
        redis_cache.resume()


def test_a_version_number_while_the_cache_is_away_is_none_so_callers_build_afresh(settings):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")
    assert shared_cache.version("amani:test:version") is None
    shared_cache.bump("amani:test:version")  # no error


def test_attempts_are_counted_in_memory_while_the_cache_is_away(settings):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")
    counts = [shared_cache.count_attempt("amani:test:attempts", 60) for _ in range(5)]
    assert counts == [1, 2, 3, 4, 5]


def test_get_or_build_builds_each_time_while_the_cache_is_away(settings):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")
    built = []
    for _ in range(3):
        shared_cache.get_or_build("amani:test:built", lambda: built.append(1) or "value", 60)
    assert len(built) == 3


@pytest.mark.django_db
def test_a_session_saved_while_the_cache_is_away_is_read_from_the_database(settings):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")
    session = SessionStore()
    session["editor"] = "signed in"
    session.save()
    assert SessionStore(session.session_key)["editor"] == "signed in"
    assert cache.get(session.cache_key) is None


def test_only_the_shared_cache_module_uses_django_s_cache_directly():
    from pathlib import Path

    from django.conf import settings as django_settings

    root = Path(django_settings.BASE_DIR)
    sources = [
        path
        for path in root.rglob("*.py")
        if not {".venv", "tests", "migrations"} & set(path.relative_to(root).parts)
    ]
    users = {
        str(path.relative_to(root))
        for path in sources
        if "from django.core.cache import" in path.read_text()
        or "django.core.cache.cache" in path.read_text()
    }
    assert users == {"core/shared_cache.py"}
