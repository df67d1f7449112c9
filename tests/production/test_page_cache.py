"""The full-page cache: anonymous readers get stored pages until something shown changes."""

import pytest
from django.utils.http import http_date
from wagtail.models import Page, PageViewRestriction

from core.cache import content_version
from home.models import StandardPage
from home.site_settings import OrganisationSettings
from home.snippets import NavigationMenu, NavigationMenuItem, Theme
from stories.models import StoryIndexPage
from tests.factories import make_story, publish


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.AMANI_PAGE_CACHE_ENABLED = True
    settings.DEBUG = False


def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, standard_page, django_assert_num_queries
):
    first = client.get("/en/about/")
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"

    with django_assert_num_queries(0):
        second = client.get("/en/about/")
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Language"] == "en"


@pytest.fixture
def listed_stories(story_index, taxonomy):
    for number in range(StoryIndexPage.per_page + 1):
        make_story(story_index, f"Training {number}", "2024-05-01", themes=[taxonomy["peacebuilding"]])
    return story_index


def test_the_cache_keeps_languages_and_the_filters_a_listing_reads_apart(client, listed_stories):
    assert client.get("/en/stories/")["X-Cache"] == "MISS"
    assert client.get("/en/stories/?page=2")["X-Cache"] == "MISS"
    assert client.get("/en/stories/?year=2024&theme=peacebuilding")["X-Cache"] == "MISS"
    assert client.get("/en/stories/?theme=peacebuilding&year=2024")["X-Cache"] == "HIT"
    assert client.get("/en/stories/?page=2")["X-Cache"] == "HIT"


@pytest.mark.parametrize(
    "query",
    [
        "?x=1",  # a parameter no page reads
        "?page=99999",  # past the last page: the last page is shown
        "?page=abc",
        "?theme=no-such-theme",  # an empty listing
        "?year=1234",
        "?theme=PEACEBUILDING",  # understood, but as another value
        "?page=2&page=3",
    ],
)
def test_query_strings_a_page_does_not_read_are_rendered_but_never_stored(client, listed_stories, query):
    first = client.get(f"/en/stories/{query}")
    assert first.status_code == 200 and first["X-Cache"] == "BYPASS"
    assert client.get(f"/en/stories/{query}")["X-Cache"] == "BYPASS"


def test_a_page_that_reads_no_parameter_is_stored_only_without_a_query(client, standard_page):
    client.get("/en/about/")
    assert client.get("/en/about/?b=2&a=1")["X-Cache"] == "BYPASS"
    assert client.get("/en/about/")["X-Cache"] == "HIT"


def test_a_flood_of_invented_query_strings_adds_nothing_to_the_cache(client, listed_stories):
    from django.core.cache import cache

    client.get("/en/stories/")
    stored = len(cache._cache)
    for number in range(200):
        client.get(f"/en/stories/?x={number}&page={number + 50}")
    assert len(cache._cache) == stored


def test_tracking_parameters_of_a_shared_link_are_served_the_stored_page(client, standard_page):
    first = client.get("/en/about/")
    shared = client.get("/en/about/?utm_source=whatsapp&fbclid=IwAR0abc")
    assert shared["X-Cache"] == "HIT"
    assert shared.content == first.content


def test_the_cache_keeps_hosts_apart(client, standard_page):
    client.get("/en/about/", HTTP_HOST="localhost")
    assert client.get("/en/about/", HTTP_HOST="127.0.0.1")["X-Cache"] == "MISS"


def test_anonymous_pages_are_public_for_a_few_minutes_with_revalidation(client, standard_page):
    response = client.get("/en/about/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=300", "stale-while-revalidate=600"} <= cache_control
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]


def test_an_unchanged_page_answers_304_to_its_etag(client, standard_page):
    etag = client.get("/en/about/")["ETag"]
    response = client.get("/en/about/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_an_unchanged_page_answers_304_to_if_modified_since(client, standard_page):
    last_modified = client.get("/en/about/")["Last-Modified"]
    assert client.get("/en/about/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert client.get("/en/about/", HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 200


def test_the_etag_follows_the_content_not_the_time(client, standard_page):
    """A version bump that did not change this page still lets browsers keep their copy."""
    etag = client.get("/en/about/")["ETag"]
    Theme.objects.create(name="Mediation", slug="mediation", locale=standard_page.locale)
    response = client.get("/en/about/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and response["X-Cache"] == "MISS"


def test_publishing_a_page_shows_the_new_version_at_once(client, standard_page):
    client.get("/en/about/")
    standard_page.title = "About the Peace Centre"
    standard_page.save_revision().publish()

    response = client.get("/en/about/")
    assert response["X-Cache"] == "MISS"
    assert "About the Peace Centre" in response.content.decode()


def test_publishing_a_story_refreshes_the_home_page_that_lists_it(client, home_page):
    client.get("/en/")
    version = content_version()
    publish(home_page, StandardPage(title="Contact", slug="contact"))
    assert content_version() > version
    assert client.get("/en/")["X-Cache"] == "MISS"


def test_unpublishing_a_page_removes_it_from_the_cache(client, standard_page):
    client.get("/en/about/")
    standard_page.unpublish()
    assert client.get("/en/about/").status_code == 404


def test_moving_a_page_refreshes_the_cache(client, standard_page, home_page):
    contact = publish(home_page, StandardPage(title="Contact", slug="contact"))
    client.get("/en/about/")
    contact.move(standard_page, pos="last-child")
    assert client.get("/en/about/")["X-Cache"] == "MISS"


def test_deleting_a_page_removes_it_from_the_cache(client, standard_page):
    client.get("/en/about/")
    Page.objects.get(pk=standard_page.pk).delete()
    assert client.get("/en/about/").status_code == 404


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, standard_page):
    assert "Who we are." in client.get("/en/about/").content.decode()
    restriction = PageViewRestriction.objects.create(
        page=standard_page, restriction_type=PageViewRestriction.PASSWORD, password="secret-word"
    )
    private = client.get("/en/about/")
    assert private["X-Cache"] != "HIT"
    assert "Who we are." not in private.content.decode()

    restriction.delete()
    assert "Who we are." in client.get("/en/about/").content.decode()


def test_saving_the_header_menu_refreshes_every_page(client, standard_page, locales):
    menu = NavigationMenu.objects.create(name="Main", slug="primary", locale=locales["en"])
    assert "Our work" not in client.get("/en/about/").content.decode()
    menu.items = [NavigationMenuItem(link_url="https://example.org/", label="Our work", locale=locales["en"])]
    menu.save()

    response = client.get("/en/about/")
    assert response["X-Cache"] == "MISS"
    assert "Our work" in response.content.decode()


def test_saving_a_theme_snippet_refreshes_the_cache(client, standard_page, locales):
    client.get("/en/about/")
    Theme.objects.create(name="Mediation", slug="mediation", locale=locales["en"])
    assert client.get("/en/about/")["X-Cache"] == "MISS"


def test_saving_the_organisation_settings_shows_the_new_phone_in_the_footer(client, standard_page):
    settings = OrganisationSettings.for_site(standard_page.get_site())
    client.get("/en/about/")
    settings.phone = "+256 414 000 111"
    settings.save()

    response = client.get("/en/about/")
    assert response["X-Cache"] == "MISS"
    assert "+256 414 000 111" in response.content.decode()


def test_signed_in_editors_bypass_the_cache_and_get_private_pages(
    admin_client_logged_in, client, standard_page
):
    client.get("/en/about/")  # an anonymous reader fills the cache
    response = admin_client_logged_in.get("/en/about/")
    assert response["X-Cache"] == "BYPASS"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_an_editor_s_page_is_never_served_to_readers(admin_client_logged_in, standard_page):
    from django.test import Client

    admin_client_logged_in.get("/en/about/")
    assert Client().get("/en/about/")["X-Cache"] == "MISS"


def test_requests_with_a_csrf_cookie_bypass_the_cache(client, standard_page):
    client.get("/en/about/")
    client.cookies["csrftoken"] = "x" * 32
    assert client.get("/en/about/")["X-Cache"] == "BYPASS"


def test_responses_that_set_a_cookie_are_not_stored(client, standard_page, monkeypatch):
    from wagtail import hooks

    def set_cookie(page, request, serve_args, serve_kwargs):
        from django.template.response import TemplateResponse

        response = TemplateResponse(request, "404.html", {})
        response.set_cookie("tracking", "1")
        return response

    with hooks.register_temporarily("before_serve_page", set_cookie):
        first = client.get("/en/about/")
    assert first["X-Cache"] == "BYPASS"
    assert "public" not in first.get("Cache-Control", "")
    assert client.get("/en/about/")["X-Cache"] == "MISS"


def test_previews_are_never_cached(admin_client_logged_in, standard_page):
    from django.urls import reverse

    response = admin_client_logged_in.get(
        reverse("wagtailadmin_pages:preview_on_edit", args=[standard_page.pk])
    )
    assert "X-Cache" not in response or response["X-Cache"] != "HIT"
    assert "public" not in response.get("Cache-Control", "")


def test_search_and_other_views_are_not_page_cached(client, home_page):
    response = client.get("/en/search/?q=peace")
    assert "X-Cache" not in response


def test_a_release_with_new_code_does_not_serve_the_old_release_s_pages(client, standard_page, monkeypatch):
    client.get("/en/about/")
    monkeypatch.setattr("core.cache.release_id", lambda: "next-release")
    assert client.get("/en/about/")["X-Cache"] == "MISS"


def test_the_page_cache_is_off_under_debug(client, standard_page, settings):
    settings.DEBUG = True
    client.get("/en/about/")
    assert client.get("/en/about/").get("X-Cache") != "HIT"


@pytest.fixture
def purge_receiver(settings):
    """A local HTTP cache that records the PURGE requests it gets (as Varnish would)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    purged = []

    class Receiver(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield purged
    server.shutdown()


def test_publishing_purges_the_page_its_listing_and_the_home_page_from_the_cdn(
    story_index, purge_receiver, django_capture_on_commit_callbacks
):
    story = StandardPage(title="Joint statement", slug="statement", introduction="Today.")
    story_index.add_child(instance=story)
    purge_receiver.clear()
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    paths = {path for _host, path in purge_receiver}
    assert {"/en/stories/statement/", "/en/stories/", "/en/"} <= paths


def test_saving_a_setting_purges_the_home_pages_from_the_cdn(
    standard_page, purge_receiver, django_capture_on_commit_callbacks
):
    settings = OrganisationSettings.for_site(standard_page.get_site())
    purge_receiver.clear()
    with django_capture_on_commit_callbacks(execute=True):
        settings.phone = "+256 414 000 000"
        settings.save()
    assert "/en/" in {path for _host, path in purge_receiver}
