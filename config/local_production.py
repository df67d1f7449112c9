"""Production settings on this machine, for the runs that serve the site under gunicorn on
127.0.0.1: the tests in tests/production/ and `make bench`. The environment (a fixed
throwaway key, plain HTTP), a free port to bind, and waiting until the server answers.

In config/ beside the settings it fills in, because bench/ imports nothing from tests/ and the
tests should not import the benchmark. Standard library only: no pytest, no requests.
"""

import os
import socket
import time

# Never a real deployment's key: it is in the source, for servers that live a few minutes.
TEST_SECRET_KEY = "production-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds=30):
    """Poll `condition` until it holds; connection errors (OSError, which requests' errors
    are too) count as "not yet"."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if condition():
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("the condition was not met in time")
        time.sleep(0.3)


def production_env(static_root, **variables):
    """Production settings on 127.0.0.1 over plain HTTP, with `variables` on top."""
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "DATABASE_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=TEST_SECRET_KEY,
        STATIC_ROOT=str(static_root),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        WEB_CONCURRENCY="1",
    )
    env.update(variables)
    return env
