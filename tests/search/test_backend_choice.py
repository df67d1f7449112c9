"""The search backend is chosen by environment variables (documented in docs/deploy.md)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT_BACKENDS = (
    "from django.conf import settings; import json; print(json.dumps(settings.WAGTAILSEARCH_BACKENDS))"
)


def settings_with(**variables):
    env = {
        key: value for key, value in os.environ.items() if "SEARCH" not in key and not key.endswith("_URL")
    }
    env.update(DJANGO_SETTINGS_MODULE="config.settings.test", **variables)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {PRINT_BACKENDS}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_the_database_backend_is_the_default():
    result = settings_with()
    assert json.loads(result.stdout)["default"]["BACKEND"] == "search.backend"


@pytest.mark.parametrize(
    ("name", "variable", "module"),
    [
        ("opensearch", "OPENSEARCH_URL", "wagtail.search.backends.opensearch2"),
        ("elasticsearch", "ELASTICSEARCH_URL", "wagtail.search.backends.elasticsearch8"),
    ],
)
def test_a_search_cluster_is_named_by_its_url(name, variable, module):
    result = settings_with(
        WAGTAILSEARCH_BACKEND=name, **{variable: "https://search.internal:9200"}, SEARCH_INDEX="wipc"
    )
    backend = json.loads(result.stdout)["default"]
    assert (backend["BACKEND"], backend["URLS"], backend["INDEX"]) == (
        module,
        ["https://search.internal:9200"],
        "wipc",
    )


def test_a_cluster_without_its_url_stops_with_a_message():
    result = settings_with(WAGTAILSEARCH_BACKEND="opensearch")
    assert result.returncode != 0
    assert "WAGTAILSEARCH_BACKEND=opensearch needs OPENSEARCH_URL." in result.stderr


def test_an_unknown_backend_stops_with_a_message():
    result = settings_with(WAGTAILSEARCH_BACKEND="solr")
    assert result.returncode != 0
    assert "is not one of: database, opensearch, elasticsearch" in result.stderr
