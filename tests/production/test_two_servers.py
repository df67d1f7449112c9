"""Past one machine: two app servers (gunicorn, production settings) sharing one PostgreSQL
and one Redis. A page one of them cached is served by the other, and what an editor
publishes or unpublishes through either shows on both at once."""

import re
import uuid
from urllib.parse import urlsplit

import pytest
import requests

from config.local_production import production_env
from tests.production.conftest import gunicorn, manage

MAKE_SITE = """
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site
from home.models import HomePage, StandardPage
home = HomePage(title="Peace Centre", slug="peace-centre", hero_intro="We build peace.")
Page.get_first_root_node().add_child(instance=home)
home.save_revision().publish()
Site.objects.update(root_page=home)
about = StandardPage(title="About us", slug="about", introduction="Who we are.")
home.add_child(instance=about)
about.save_revision().publish()
get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
print("ABOUT", about.pk)
"""
# Behind a load balancer both servers see the site's own host name, not their port.
SITE_HOST = {"Host": "127.0.0.1"}
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def shared_database():
    """A PostgreSQL database of this test's own on the suite's server."""
    import os

    import psycopg

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("two app servers share a PostgreSQL database (the PostgreSQL pass runs this)")
    base = urlsplit(url)
    name = f"amani_two_servers_{uuid.uuid4().hex[:8]}"
    server = base._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def admin_session(base):
    """A requests session signed in to the admin of the server at `base`."""
    session = requests.Session()
    login = session.get(f"{base}/admin/login/", timeout=10)
    token = CSRF_FIELD.search(login.text).group(1)
    answer = session.post(
        f"{base}/admin/login/",
        {"csrfmiddlewaretoken": token, "username": "editor", "password": "a-long-password-1"},
        headers={"Referer": f"{base}/admin/login/"},
        timeout=10,
    )
    assert answer.url.rstrip("/").endswith("/admin"), "signed in"
    return session


def confirm(session, url):
    """Open an admin confirmation page and press its button."""
    page = session.get(url, timeout=10)
    assert page.status_code == 200, url
    token = CSRF_FIELD.search(page.text).group(1)
    answer = session.post(url, {"csrfmiddlewaretoken": token}, headers={"Referer": url}, timeout=10)
    assert answer.status_code == 200 and answer.history, f"{url} was not confirmed"


def test_two_servers_share_the_page_cache_and_see_each_others_publishing(
    tmp_path, shared_database, production_static
):
    env = production_env(
        production_static,
        DATABASE_URL=shared_database,
        REDIS_URL="redis://127.0.0.1:6379/0",
        CACHE_KEY_PREFIX=f"amani-test-{uuid.uuid4().hex[:8]}",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    manage(env, "migrate", "--no-input", "-v0")
    about_id = int(manage(env, "shell", "-c", MAKE_SITE).split("ABOUT", 1)[1].split()[0])

    with gunicorn(env, tmp_path / "a.log") as server_a, gunicorn(env, tmp_path / "b.log") as server_b:
        first = requests.get(f"{server_a}/en/about/", headers=SITE_HOST, timeout=10)
        assert (first.status_code, first.headers["X-Cache"]) == (200, "MISS")
        # B answers from the entry A stored in the shared Redis.
        from_b = requests.get(f"{server_b}/en/about/", headers=SITE_HOST, timeout=10)
        assert (from_b.status_code, from_b.headers["X-Cache"]) == (200, "HIT")
        assert from_b.text == first.text

        # An editor unpublishes through A: B stops showing the page at once.
        editor_on_a = admin_session(server_a)
        confirm(editor_on_a, f"{server_a}/admin/pages/{about_id}/unpublish/")
        assert requests.get(f"{server_b}/en/about/", headers=SITE_HOST, timeout=10).status_code == 404

        # And publishes it again through B: A shows it at once.
        editor_on_b = admin_session(server_b)
        confirm(editor_on_b, f"{server_b}/admin/bulk/wagtailcore/page/publish/?id={about_id}&next=/admin/")
        again = requests.get(f"{server_a}/en/about/", headers=SITE_HOST, timeout=10)
        assert again.status_code == 200
        assert "<h1>About us</h1>" in again.text

        # Sessions live in Redis and the database: the editor signed in on A is signed in on B.
        shared = requests.get(
            f"{server_b}/admin/", cookies=editor_on_a.cookies.get_dict(), timeout=10, allow_redirects=False
        )
        assert shared.status_code == 200
