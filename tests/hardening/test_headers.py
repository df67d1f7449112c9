"""Security headers: reader pages run only the site's own script files, and production
adds HSTS and secure cookies."""

import json
from html.parser import HTMLParser

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.security import SecurityHeadersMiddleware
from tests.home.test_settings import run_manage


def directives(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


class ScriptFinder(HTMLParser):
    """Collects the attributes of every <script> element of a page."""

    def __init__(self):
        super().__init__()
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def executable(script):
    """What HTML runs: no type, a JavaScript type or a module. JSON-LD and JSON are data."""
    kind = (script.get("type") or "").strip().lower()
    return kind in ("", "module") or "javascript" in kind or "ecmascript" in kind


def inline_scripts(html):
    """Scripts a browser would execute from the page itself rather than from a file."""
    finder = ScriptFinder()
    finder.feed(html)
    return [script for script in finder.scripts if "src" not in script and executable(script)]


@pytest.fixture
def reader_page(client, standard_page):
    return client.get("/en/about/")


READER_PATHS = ["/en/", "/en/about/", "/en/no-such-page/", "/en/search/?q=peace"]


@pytest.mark.parametrize("path", READER_PATHS)
def test_reader_pages_allow_no_inline_script_and_no_eval(client, standard_page, path):
    policy = directives(client.get(path))
    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]


@pytest.mark.parametrize("path", READER_PATHS)
def test_reader_pages_contain_no_inline_script(client, standard_page, path):
    response = client.get(path)
    assert response.status_code == (404 if "no-such-page" in path else 200)
    assert inline_scripts(response.content.decode()) == []


def test_the_inline_script_check_would_see_one(client):
    html = (
        '<script type="application/ld+json">{}</script><script src="/s.js"></script>'
        '<script>x()</script><script type="module">y()</script>'
    )
    assert inline_scripts(html) == [{}, {"type": "module"}]


def test_reader_pages_load_nothing_from_other_hosts(reader_page):
    sources = {source for values in directives(reader_page).values() for source in values}
    assert sources <= {"'self'", "'none'", "data:"}


def test_reader_pages_cannot_be_framed_or_embed_plugins(reader_page):
    policy = directives(reader_page)
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert reader_page["X-Frame-Options"] == "DENY"


def test_a_signed_in_editor_reading_the_site_keeps_the_strict_policy(admin_client_logged_in, standard_page):
    response = admin_client_logged_in.get("/en/about/")
    assert "wagtail-userbar" in response.content.decode()
    assert directives(response)["script-src"] == ["'self'"]
    assert inline_scripts(response.content.decode()) == []


def test_reader_pages_turn_off_powerful_browser_features(reader_page):
    features = dict(item.strip().split("=") for item in reader_page["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "interest-cohort", "browsing-topics"):
        assert features[feature] == "()"


def test_responses_are_never_sniffed_and_send_only_the_origin_elsewhere(reader_page):
    assert reader_page["X-Content-Type-Options"] == "nosniff"
    assert reader_page["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_the_admin_gets_the_inline_code_it_needs_and_still_no_other_host(admin_client_logged_in, home_page):
    response = admin_client_logged_in.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    sources = {source for values in policy.values() for source in values}
    assert not any(source.startswith(("http:", "https:")) for source in sources)


def test_the_admin_asks_no_third_party_for_avatars(admin_client_logged_in, home_page):
    assert "gravatar" not in admin_client_logged_in.get("/admin/").content.decode()


def test_the_sign_in_page_gets_the_admin_policy(client, db):
    assert "'unsafe-inline'" in directives(client.get("/admin/login/"))["script-src"]


def test_the_preview_panel_may_frame_the_page_preview(admin_client_logged_in, standard_page):
    url = f"/admin/pages/{standard_page.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": "About us",
            "slug": "about",
            "introduction": "Who we are.",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    assert admin_client_logged_in.post(url, data).json()["is_valid"]
    response = admin_client_logged_in.get(url, {"in_preview_panel": "true"})
    assert "Who we are." in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]


def middleware_response(path, admin_url="admin/", **response_headers):
    """The headers the middleware adds to a bare response for `path`."""
    from django.test import override_settings

    response = HttpResponse("x", headers=response_headers)
    with override_settings(ADMIN_URL=admin_url):
        return SecurityHeadersMiddleware(lambda request: response)(RequestFactory().get(path))


def test_the_admin_policy_follows_the_configured_admin_path():
    assert (
        "'unsafe-inline'" in directives(middleware_response("/backstage/pages/", "backstage/"))["script-src"]
    )
    assert directives(middleware_response("/admin/pages/", "backstage/"))["script-src"] == ["'self'"]


def test_documents_are_sandboxed_in_case_a_browser_renders_one():
    policy = directives(middleware_response("/documents/1/report.pdf"))
    assert policy["sandbox"] == []
    assert policy["script-src"] == ["'self'"]


def test_a_policy_set_by_a_view_is_kept():
    response = middleware_response("/en/", **{"Content-Security-Policy": "default-src 'none'"})
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_media_hosts_from_the_settings_are_allowed_for_images(settings):
    settings.AMANI_CSP_MEDIA_SOURCES = ["https://media.example.org"]
    policy = directives(middleware_response("/en/"))
    assert "https://media.example.org" in policy["img-src"]
    assert policy["script-src"] == ["'self'"]


PRODUCTION_HEADERS = (
    "Strict-Transport-Security",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
)


@pytest.fixture(scope="module")
def production():
    """Headers of an HTTPS response and the cookie settings, under production settings."""
    code = (
        "import json; from django.test import Client; from django.conf import settings as s;"
        "r = Client().get('/robots.txt', secure=True, HTTP_HOST='peace.example.org');"
        f"print(json.dumps({{'headers': {{h: r.get(h) for h in {list(PRODUCTION_HEADERS)!r}}},"
        "'cookies': [s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE,"
        " s.LANGUAGE_COOKIE_SECURE, s.LANGUAGE_COOKIE_HTTPONLY]}))"
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
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_sends_hsts_for_a_year_with_subdomains(production):
    assert production["headers"]["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


@pytest.mark.parametrize("header", PRODUCTION_HEADERS)
def test_production_sends_each_security_header(production, header):
    assert production["headers"][header]


def test_production_sends_the_strict_policy_without_unsafe_inline(production):
    policy = production["headers"]["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "script-src 'self';" in policy


def test_production_cookies_are_secure_and_out_of_reach_of_scripts(production):
    assert production["cookies"] == [True, True, True, True, True]


def test_production_redirects_plain_http_to_https():
    code = "from django.test import Client; r = Client().get('/robots.txt', HTTP_HOST='peace.example.org'); print(r.status_code, r['Location'])"
    result = run_manage(
        "shell",
        "--verbosity=0",
        "-c",
        code,
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="peace.example.org",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.stdout.split() == ["301", "https://peace.example.org/robots.txt"], result.stderr
