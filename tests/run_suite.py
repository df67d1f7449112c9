"""Run the test suite on SQLite, then on PostgreSQL when one answers, and say which ran.

PostgreSQL is used when DATABASE_URL names it, or else when a server answers on
127.0.0.1:5432 (as the `amani` role, which .ci/run creates). With REQUIRE_POSTGRES=1
(as in CI) a missing PostgreSQL is a failure rather than a skipped run.
Browser tests run once, in the SQLite pass: they test pages, not the database.

Each pass spreads its tests over the machine's cores (pytest-xdist); PYTEST_WORKERS=0 runs
them in one process, which is what a debugger or `-x` wants. `--dist load` hands tests out
in collection order, which pytest-django sorts so that tests in real transactions (a live
server) come after the others: they end by emptying every table, Wagtail's root page
included. (`--dist loadfile` orders files by size and so broke that order.)
"""

import os
import socket
import subprocess
import sys

DEFAULT_POSTGRES_URL = "postgres://amani@127.0.0.1:5432/amani"


def postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return url
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return DEFAULT_POSTGRES_URL
    except OSError:
        return None


def parallel_args():
    workers = os.environ.get("PYTEST_WORKERS", "auto")
    if workers == "0":
        return []
    return ["--numprocesses", workers, "--maxprocesses", "4", "--dist", "load"]


def pytest(label, env, extra_args):
    print(f"\n=== Test suite on {label} ===", flush=True)
    command = [sys.executable, "-m", "pytest", *parallel_args(), *extra_args, *sys.argv[1:]]
    return subprocess.call(command, env=env)


def main():
    results = {}
    sqlite_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    results["SQLite"] = pytest("SQLite", sqlite_env, [])

    url = postgres_url()
    if url is None:
        results["PostgreSQL"] = None
    else:
        results["PostgreSQL"] = pytest(
            "PostgreSQL", {**os.environ, "DATABASE_URL": url}, ["-m", "not browser"]
        )

    print("\n=== Databases ===")
    failed = False
    for name, code in results.items():
        if code is None:
            required = os.environ.get("REQUIRE_POSTGRES") == "1"
            print(f"{name}: not run (no server answered on 127.0.0.1:5432 and no DATABASE_URL)")
            failed = failed or required
        else:
            print(f"{name}: {'passed' if code == 0 else f'FAILED (exit {code})'}")
            failed = failed or code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
