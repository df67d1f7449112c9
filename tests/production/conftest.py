"""What the tests that run the site under production settings share."""

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

# Defined in config/ for bench/ too; re-exported for the tests that import them from here.
from config.local_production import TEST_SECRET_KEY, free_port, production_env, wait_for  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


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
