"""Security headers on reader pages and in production."""

import pytest

from tests.home.test_settings import run_manage


@pytest.fixture
def reader_page(client, standard_page):
    return client.get("/en/about/")


def test_reader_pages_get_a_strict_content_security_policy(reader_page):
    policy = dict(
        directive.strip().split(" ", 1) for directive in reader_page["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert "unsafe-inline" not in reader_page["Content-Security-Policy"]


def test_reader_pages_have_no_inline_script(reader_page):
    html = reader_page.content.decode()
    assert "<script>" not in html
    assert "<script " not in html.replace('<script type="application/ld+json">', "")


def test_other_security_headers(reader_page):
    assert reader_page["X-Content-Type-Options"] == "nosniff"
    assert reader_page["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert reader_page["X-Frame-Options"] == "DENY"
    assert "geolocation=()" in reader_page["Permissions-Policy"]
    assert "camera=()" in reader_page["Permissions-Policy"]


def test_the_admin_gets_a_policy_it_can_work_with(admin_client_logged_in, home_page):
    response = admin_client_logged_in.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_production_sends_hsts_and_secure_cookies():
    code = (
        "from django.test import Client; from django.conf import settings as s;"
        "r = Client().get('/robots.txt', secure=True, HTTP_HOST='peace.example.org');"
        "print(r.get('Strict-Transport-Security'), s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SESSION_COOKIE_HTTPONLY)"
    )
    result = run_manage(
        "shell",
        "--verbosity=0",
        "-c",
        code,
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="peace.example.org",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.stdout.split() == ["max-age=31536000;", "includeSubDomains", "True", "True", "True"], (
        result.stderr
    )
