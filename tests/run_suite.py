"""Run the test suite on SQLite, then on PostgreSQL when one answers, and say which ran.

PostgreSQL is the server DATABASE_URL names, or else 127.0.0.1:5432 as the role `amani`.
Before any test runs, config/local_postgres.py connects to it and, on this machine, creates
the role and its database when they are missing and the superuser `postgres` can; when
PostgreSQL still cannot be used, one line says why and what to run, and the PostgreSQL pass
is skipped rather than failing every test on the same connection. With REQUIRE_POSTGRES=1
(as in CI) a skipped PostgreSQL pass is a failure.
Browser tests run once, in the SQLite pass: they test pages, not the database.

Each pass spreads its tests over the machine's cores (pytest-xdist); PYTEST_WORKERS=0 runs
them in one process, which is what a debugger or `-x` wants. `--dist load` hands tests out
in collection order, which pytest-django sorts so that tests in real transactions (a live
server) come after the others: they end by emptying every table, Wagtail's root page
included. (`--dist loadfile` orders files by size and so broke that order.)
"""

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from config.local_postgres import DEFAULT_URL, ensure_database, is_postgres_url  # noqa: E402


def postgres_pass(environ):
    """The PostgreSQL pass's database: an Outcome whose `url` the pass runs on when `ready`,
    and whose `message` (one line) says what was found, made, or is to be run by hand."""
    url = environ.get("DATABASE_URL", "")
    return ensure_database(url if is_postgres_url(url) else DEFAULT_URL)


def parallel_args():
    workers = os.environ.get("PYTEST_WORKERS", "auto")
    if workers == "0":
        return []
    return ["--numprocesses", workers, "--maxprocesses", "4", "--dist", "load"]


def run_pytest(label, env, extra_args):
    print(f"\n=== Test suite on {label} ===", flush=True)
    command = [sys.executable, "-m", "pytest", *parallel_args(), *extra_args, *sys.argv[1:]]
    return subprocess.call(command, env=env)


def verdict(results, postgres, environ):
    """The summary's lines and the exit status: 1 when a pass failed, or when the PostgreSQL
    pass was skipped and REQUIRE_POSTGRES=1."""
    lines = []
    failed = False
    for name, code in results.items():
        if code is None:
            lines.append(f"{name}: not run ({postgres.message})")
            failed = failed or environ.get("REQUIRE_POSTGRES") == "1"
        else:
            lines.append(f"{name}: {'passed' if code == 0 else f'FAILED (exit {code})'}")
            failed = failed or code != 0
    return lines, 1 if failed else 0


def main():
    # Checked first, so a missing role is said at once rather than after the SQLite pass.
    postgres = postgres_pass(os.environ)
    print(postgres.message if postgres.ready else f"PostgreSQL pass skipped: {postgres.message}", flush=True)

    results = {}
    sqlite_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    results["SQLite"] = run_pytest("SQLite", sqlite_env, [])
    if postgres.ready:
        results["PostgreSQL"] = run_pytest(
            "PostgreSQL", {**os.environ, "DATABASE_URL": postgres.url}, ["-m", "not browser"]
        )
    else:
        results["PostgreSQL"] = None

    lines, status = verdict(results, postgres, os.environ)
    print("\n=== Databases ===")
    print("\n".join(lines))
    return status


if __name__ == "__main__":
    sys.exit(main())
