"""What the tests that run the site under production settings share."""

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
TEST_SECRET_KEY = "production-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"


@pytest.fixture(scope="session")
def production_static(tmp_path_factory):
    """collectstatic under production settings, once: the manifest and compressed files that
    whitenoise serves, in a folder of this test session."""
    static_root = tmp_path_factory.mktemp("static")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": TEST_SECRET_KEY,
        "STATIC_ROOT": str(static_root),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return static_root


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds=30):
    """Poll `condition` until it holds; connection errors count as "not yet"."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if condition():
                return
        except requests.RequestException:
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


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@contextlib.contextmanager
def gunicorn(env, log_path):
    """The site under gunicorn (config/gunicorn.py) on a free port; yields its base URL.
    Its log is printed at the end, so a failing test shows it."""
    port = free_port()
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(lambda: requests.get(f"{base}/healthz", timeout=2).status_code == 200)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=20)
            print(Path(log_path).read_text()[-5000:])
