"""Production settings come from the environment and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    inherited = {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean_env = {k: v for k, v in os.environ.items() if k not in inherited}
    clean_env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_without_secret_key_stop_with_a_message_naming_it():
    result = run_manage("check")
    assert result.returncode != 0
    assert "the environment variable SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_deploy_is_clean_with_sensible_production_values(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="peace.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        SECURE_HSTS_PRELOAD="true",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_read_hosts_cache_and_mail_from_the_environment():
    code = (
        "from django.conf import settings as s;"
        "print(s.ALLOWED_HOSTS, s.CACHES['default']['BACKEND'], s.EMAIL_HOST, s.DEBUG, "
        "s.STORAGES['staticfiles']['BACKEND'])"
    )
    result = run_manage(
        "shell",
        "--verbosity=0",
        "-c",
        code,
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="a.example,b.example",
        REDIS_URL="redis://127.0.0.1:6379/3",
        EMAIL_HOST="smtp.example",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "['a.example',",
        "'b.example']",
        "core.shared_cache.ResilientRedisCache",
        "smtp.example",
        "False",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]


def test_every_settings_module_honours_database_url():
    for module in ["config.settings.dev", "config.settings.test", "config.settings.production"]:
        result = run_manage(
            "shell",
            "--verbosity=0",
            "-c",
            "from django.conf import settings; print(settings.DATABASES['default']['NAME'])",
            DJANGO_SETTINGS_MODULE=module,
            SECRET_KEY="x" * 50,
            DATABASE_URL="postgres://someone@db.example:5432/amani_prod",
        )
        assert result.stdout.strip() == "amani_prod", (module, result.stderr)
