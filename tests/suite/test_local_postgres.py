"""config/local_postgres.py on this machine's PostgreSQL: what a fresh machine lacks (the role
and its database) is created when the superuser can, and otherwise one line says what to run.

The creating tests run once, in the PostgreSQL pass, under throwaway names they drop again;
they need the superuser `postgres` on 127.0.0.1:5432, as a fresh machine has it."""

import os
import secrets
import time

import psycopg
import pytest
from psycopg import sql

from config.local_postgres import ensure_database
from config.local_production import free_port

SUPERUSER_URL = "postgres://postgres@127.0.0.1:5432/postgres"

in_postgres_pass = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="creates roles on the local server: run once, in the PostgreSQL pass",
)


def superuser():
    try:
        return psycopg.connect(SUPERUSER_URL, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as error:
        pytest.skip(f"needs the superuser postgres on 127.0.0.1:5432 ({error})")


@pytest.fixture
def probe():
    """A role and database name that exist nowhere, dropped again at the end."""
    name = f"amani_probe_{secrets.token_hex(4)}"
    superuser().close()
    yield name
    with superuser() as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def role_and_database(name):
    with superuser() as connection:
        role = connection.execute(
            "SELECT rolcanlogin, rolcreatedb, rolsuper FROM pg_roles WHERE rolname = %s", [name]
        ).fetchone()
        owner = connection.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
    return role, owner


@in_postgres_pass
def test_a_missing_role_is_created_with_login_and_createdb_and_owns_its_new_database(probe):
    assert role_and_database(probe) == (None, None)

    outcome = ensure_database(f"postgres://{probe}@127.0.0.1:5432/{probe}")

    assert outcome.ready, outcome.message
    assert role_and_database(probe) == ((True, True, False), (probe,))
    assert outcome.message == (
        f"PostgreSQL ready: created role {probe} (LOGIN CREATEDB) and database {probe} on 127.0.0.1:5432"
    )


@in_postgres_pass
def test_a_second_run_finds_the_role_and_database_and_creates_nothing(probe):
    url = f"postgres://{probe}@127.0.0.1:5432/{probe}"
    ensure_database(url)

    outcome = ensure_database(url)

    assert outcome.ready
    assert outcome.message == f"PostgreSQL ready: {probe} on 127.0.0.1:5432"


@in_postgres_pass
def test_a_missing_database_is_created_by_its_role_without_the_superuser(probe):
    with superuser() as connection:
        connection.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEDB").format(sql.Identifier(probe)))

    outcome = ensure_database(f"postgres://{probe}@127.0.0.1:5432/{probe}", superuser="nobody_at_all")

    assert outcome.ready, outcome.message
    assert role_and_database(probe)[1] == (probe,)


@in_postgres_pass
def test_without_the_superuser_one_line_gives_the_commands_to_run(probe):
    outcome = ensure_database(f"postgres://{probe}@127.0.0.1:5432/{probe}", superuser="nobody_at_all")

    assert not outcome.ready
    assert "\n" not in outcome.message
    assert f'role "{probe}" does not exist' in outcome.message
    assert outcome.message.endswith(
        f"run: createuser -h 127.0.0.1 -U postgres --createdb {probe} && createdb -h 127.0.0.1 -U {probe} {probe}"
    )
    assert role_and_database(probe) == (None, None)


def test_with_no_server_on_the_port_one_line_says_so_at_once():
    port = free_port()
    started = time.monotonic()

    outcome = ensure_database(f"postgres://amani@127.0.0.1:{port}/amani")

    assert time.monotonic() - started < 10
    assert not outcome.ready
    assert "\n" not in outcome.message
    assert outcome.message.startswith(f"no PostgreSQL answers on 127.0.0.1:{port} ")
