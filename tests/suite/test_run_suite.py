"""tests/run_suite.py decides about the PostgreSQL pass before any test runs: it runs the pass
when the database is ready, and otherwise says why in one line and skips it, which fails the
run only under REQUIRE_POSTGRES=1. The passes themselves (pytest) are replaced here."""

import pytest

from config.local_postgres import Outcome
from config.local_production import free_port
from tests import run_suite


@pytest.fixture
def passes(monkeypatch):
    """The passes run_suite starts, as (label, DATABASE_URL) pairs; each one passes."""
    started = []

    def run_pytest(label, env, extra_args):
        started.append((label, env.get("DATABASE_URL")))
        return 0

    monkeypatch.setattr(run_suite, "run_pytest", run_pytest)
    monkeypatch.delenv("REQUIRE_POSTGRES", raising=False)
    return started


@pytest.fixture
def no_server(monkeypatch):
    port = free_port()
    monkeypatch.setenv("DATABASE_URL", f"postgres://amani@127.0.0.1:{port}/amani")
    return port


def test_with_no_server_the_postgres_pass_is_skipped_with_one_line_and_the_run_passes(
    passes, no_server, capsys
):
    assert run_suite.main() == 0

    assert passes == [("SQLite", None)]
    output = capsys.readouterr().out
    assert len(output.splitlines()) < 10
    skipped = [line for line in output.splitlines() if line.startswith("PostgreSQL pass skipped: ")]
    assert len(skipped) == 1
    assert f"no PostgreSQL answers on 127.0.0.1:{no_server}" in skipped[0]
    assert output.rstrip().endswith(f"PostgreSQL: not run ({skipped[0].split(': ', 1)[1]})")


def test_with_no_server_and_require_postgres_the_run_fails(passes, no_server, monkeypatch):
    monkeypatch.setenv("REQUIRE_POSTGRES", "1")

    assert run_suite.main() == 1
    assert passes == [("SQLite", None)]


def test_a_ready_database_gets_the_postgres_pass_on_its_url(passes, monkeypatch):
    url = "postgres://amani@127.0.0.1:5432/amani"
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(run_suite, "ensure_database", lambda wanted: Outcome(wanted, True, "ready"))

    assert run_suite.main() == 0
    assert passes == [("SQLite", None), ("PostgreSQL", url)]


def test_a_database_url_for_sqlite_leaves_the_postgres_pass_on_the_local_server(monkeypatch):
    monkeypatch.setattr(run_suite, "ensure_database", lambda wanted: Outcome(wanted, False, "checked"))

    assert run_suite.postgres_pass({"DATABASE_URL": "sqlite:///x.sqlite3"}).url == run_suite.DEFAULT_URL
    named = "postgresql://someone@127.0.0.1:6543/theirs"
    assert run_suite.postgres_pass({"DATABASE_URL": named}).url == named
