"""gunicorn's configuration reads the environment."""

import importlib
import multiprocessing


def load_config(monkeypatch, **env):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    import config.gunicorn

    return importlib.reload(config.gunicorn)


def test_workers_follow_the_cpu_count_by_default(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    assert load_config(monkeypatch).workers == multiprocessing.cpu_count() * 2 + 1


def test_workers_bind_and_proxy_trust_come_from_the_environment(monkeypatch):
    config = load_config(
        monkeypatch, WEB_CONCURRENCY="2", GUNICORN_BIND="0.0.0.0:9000", FORWARDED_ALLOW_IPS="10.0.0.5"
    )
    assert (config.workers, config.bind, config.forwarded_allow_ips) == (2, "0.0.0.0:9000", "10.0.0.5")
    assert config.accesslog == "-"
