"""The PostgreSQL role and database that `make test` and `make bench` connect as, made on the
spot when this machine's server lets the superuser in.

A fresh machine has PostgreSQL on 127.0.0.1:5432 (trust authentication, superuser `postgres`)
but no role `amani`. `ensure_database(url)` connects as the role `url` names and, when that
role or its database is missing, creates them: the role with LOGIN CREATEDB (Django's test
runner and the benchmark create databases of their own) and the database owned by it. A
missing database alone is created by the role itself when it can, else by the superuser. This
is the one place that makes them: tests/run_suite.py and bench/run.py call it, and .ci/run
leaves it to the test runner.

`DATABASE_URL`, when set, is respected: its role, password and database are the ones checked
and, if missing, created (the role with the URL's password). Only a server on this machine
(127.0.0.1, ::1, localhost or a Unix socket) is ever changed, and only when something is
missing and the superuser can connect (trust authentication, as on a fresh machine, or
PGPASSWORD / ~/.pgpass). A URL naming another host is used as it is: nothing is created on a
server someone else runs; what is missing there is said, not fixed. A role that exists is
never altered; one that cannot create databases is reported.

Every outcome is one line (`Outcome.message`), so a runner can print it instead of letting
hundreds of tests each fail on the same connection. Connections give up after
CONNECT_TIMEOUT seconds (libpq's minimum is 2).

It lives in config/ because both runners need it before Django or pytest starts: bench/
imports nothing from tests/, and the test runner should not depend on the benchmark. It
imports only psycopg and the standard library.
"""

import contextlib
import getpass
import os
import re
from dataclasses import dataclass

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

DEFAULT_URL = "postgres://amani@127.0.0.1:5432/amani"
SUPERUSER = "postgres"
CONNECT_TIMEOUT = 3
LOCAL_HOSTS = {"", "127.0.0.1", "::1", "localhost"}
UNREACHABLE = re.compile(
    r"Connection refused|timeout expired|No such file or directory|could not translate host name"
    r"|failed to resolve host|Network is unreachable|No route to host"
)
# A concurrent runner may create the same role or database between the check and the CREATE.
CREATED_MEANWHILE = (
    psycopg.errors.DuplicateObject,
    psycopg.errors.DuplicateDatabase,
    psycopg.errors.UniqueViolation,
)


@dataclass(frozen=True)
class Outcome:
    """`ready`: `url` can be connected to, by a role that may create databases.
    `message`: one line, what was found or done, or what to run."""

    url: str
    ready: bool
    message: str


def is_postgres_url(url):
    return url.startswith(("postgres://", "postgresql://"))


def ensure_database(url=DEFAULT_URL, superuser=SUPERUSER, timeout=CONNECT_TIMEOUT):
    """Connect as `url`'s role to its database, creating both first when they are missing
    and this machine's superuser can; see the module docstring for when that is."""
    target = conninfo_to_dict(url)
    role = target.get("user") or os.environ.get("PGUSER") or getpass.getuser()
    database = target.get("dbname") or role
    host, port = target.get("host", ""), target.get("port", "5432")
    where = f"{host or 'the local socket'}:{port}"
    try:
        return _check(url, timeout, f"PostgreSQL ready: {role} on {where}")
    except psycopg.OperationalError as error:
        reason = _reason(error)
    if UNREACHABLE.search(reason):
        return Outcome(
            url,
            False,
            f"no PostgreSQL answers on {where} ({reason}); start it there, or point DATABASE_URL at one that runs",
        )
    missing_role = re.search(r'role "[^"]*" does not exist', reason)
    if not (missing_role or re.search(r'database "[^"]*" does not exist', reason)):
        return Outcome(url, False, f"cannot connect to PostgreSQL as {role} on {where}: {reason}")
    command = _commands(role, database, host, port)
    if not _is_local(host):
        return Outcome(url, False, f"PostgreSQL on {where}: {reason}; its administrator can run: {command}")
    server = {key: target[key] for key in ("host", "port") if key in target}
    # A missing database alone the role may create itself; a missing role needs the superuser.
    admins = [{"user": superuser}]
    if not missing_role and role != superuser:
        admins.insert(0, {"user": role, "password": target.get("password")})
    failures = []
    for admin in admins:
        credentials = {key: value for key, value in admin.items() if value}
        try:
            with psycopg.connect(
                **server, **credentials, dbname="postgres", connect_timeout=timeout, autocommit=True
            ) as connection:
                created = _create(connection, role, database, target.get("password"))
            break
        except psycopg.Error as error:
            failures.append(f"as {admin['user']}: {_reason(error)}")
    else:
        return Outcome(
            url,
            False,
            f"PostgreSQL on {where}: {reason}, and creating it failed ({'; '.join(failures)}); run: {command}",
        )
    try:
        return _check(url, timeout, f"PostgreSQL ready: created {' and '.join(created)} on {where}")
    except psycopg.OperationalError as error:
        return Outcome(url, False, f"cannot connect to PostgreSQL as {role} on {where}: {_reason(error)}")


def _check(url, timeout, message):
    """Connect as `url` says; the outcome, or OperationalError when it cannot connect."""
    with psycopg.connect(url, connect_timeout=timeout, autocommit=True) as connection:
        may_create = connection.execute(
            "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]
        role = connection.info.user
    if not may_create:
        return Outcome(
            url,
            False,
            f"the PostgreSQL role {role} cannot create databases (the test runner and the bench do); "
            f'run: psql -h 127.0.0.1 -U postgres -c "ALTER ROLE {role} CREATEDB"',
        )
    return Outcome(url, True, message)


def _create(connection, role, database, password):
    """Create what is missing of `role` and `database` through `connection`; what it made."""
    created = []
    if not connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
        statement = sql.SQL("CREATE ROLE {} LOGIN CREATEDB").format(sql.Identifier(role))
        if password:
            statement += sql.SQL(" PASSWORD {}").format(sql.Literal(password))
        with contextlib.suppress(*CREATED_MEANWHILE):
            connection.execute(statement)
        created.append(f"role {role} (LOGIN CREATEDB)")
    if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone():
        with contextlib.suppress(*CREATED_MEANWHILE):
            connection.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(database), sql.Identifier(role))
            )
        created.append(f"database {database}")
    return created


def _is_local(host):
    return host in LOCAL_HOSTS or host.startswith("/")


def _reason(error):
    """libpq's message on one line, without its "connection to server ... failed:" preamble
    nor the hint lines after it."""
    text = " ".join((str(error).splitlines() or [""])[0].split())
    text = re.sub(r"^connection failed: ", "", text)
    text = re.sub(r'connection to server (at|on) "[^"]*"(, port \d+)? failed: ', "", text)
    return re.sub(r"^FATAL: ", "", text)


def _commands(role, database, host, port):
    """The shell commands that make `role` and `database` by hand, as the README gives them."""
    where = (f"-h {host} " if host else "") + ("" if str(port) == "5432" else f"-p {port} ")
    return f"createuser {where}-U {SUPERUSER} --createdb {role} && createdb {where}-U {role} {database}"
