"""The frame every page shares: language routing, errors, chrome, SEO and settings."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from home.models import StandardPage
from home.site_settings import OrganisationSettings, SocialLink
from home.snippets import NavigationMenu, NavigationMenuItem
from home.views import server_error
from tests.conftest import LANGUAGE_CODES
from tests.factories import make_image, publish, translate_page


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_renders_under_each_language_prefix(client, home_page, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ar" else "ltr"}">' in html
    assert "<h1>Peace Centre</h1>" in html


def test_untranslated_home_page_is_marked_as_english_under_another_prefix(client, home_page):
    html = client.get("/fr/").content.decode()
    assert '<main id="main-content" tabindex="-1" lang="en" dir="ltr">' in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr", "/fr/"),
        ("fr-CA,fr;q=0.9", "/fr/"),
        ("sw", "/sw/"),
        ("ar", "/ar/"),
        ("de", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_page, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unprefixed_page_path_redirects_to_the_language_version(client, standard_page):
    response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/about/"


def test_missing_page_renders_the_404_page_in_french(client, home_page):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Page introuvable" in html


@pytest.mark.parametrize("path", ["/xx/", "/xx/about/", "/zz-yy/", "/xyz/"])
def test_unknown_language_prefix_is_a_404_not_a_redirect(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_500_page_renders_in_the_active_language_without_the_database():
    # No `db` fixture: any query here would raise, so rendering must not touch the database.
    request = RequestFactory().get("/fr/")
    with translation.override("fr"):
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Un problème est survenu" in html


def test_arabic_pages_are_right_to_left(client, home_page):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_footer_shows_contact_details_from_site_settings(client, home_page):
    settings = OrganisationSettings.for_site(home_page.get_site())
    settings.phone = "+256-414698684"
    settings.email = "program@wipc.org"
    settings.address = "Plot 1467, Church Road, Bulindo,\nKira, Wakiso"
    settings.social_links = [SocialLink(platform="facebook", url="https://facebook.example/wipc")]
    settings.save()

    html = client.get("/en/").content.decode()
    assert '<a href="tel:+256414698684" dir="ltr">+256-414698684</a>' in html
    assert '<a href="mailto:program@wipc.org" dir="ltr">program@wipc.org</a>' in html
    assert "Plot 1467, Church Road, Bulindo,<br>Kira, Wakiso" in html
    assert '<a href="https://facebook.example/wipc" rel="me noopener">Facebook</a>' in html


def test_primary_navigation_comes_from_the_navigation_snippet(client, home_page, standard_page, locales):
    menu = NavigationMenu(name="Main", slug="primary", locale=locales["en"])
    menu.items = [
        NavigationMenuItem(link_page=standard_page, locale=locales["en"]),
        NavigationMenuItem(link_url="https://example.org/donate", label="Donate", locale=locales["en"]),
    ]
    menu.save()

    html = client.get("/en/about/").content.decode()
    assert '<a href="/en/about/" aria-current="page">About us</a>' in html
    assert '<a href="https://example.org/donate">Donate</a>' in html


def test_navigation_link_to_an_untranslated_page_is_marked_with_its_language(
    client, home_page, standard_page, locales
):
    menu = NavigationMenu(name="Main", slug="primary", locale=locales["en"])
    menu.items = [NavigationMenuItem(link_page=standard_page, locale=locales["en"])]
    menu.save()

    html = client.get("/fr/").content.decode()
    assert '<a href="/en/about/" lang="en">About us</a>' in html


def test_language_menu_lists_every_locale_and_marks_the_current_one(client, home_page):
    html = client.get("/sw/").content.decode()
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in html
    assert '<a href="/sw/" lang="sw" hreflang="sw" aria-current="true">Kiswahili' in html
    assert '<a href="/ar/" lang="ar" hreflang="ar" dir="rtl">العربية<span class="visually-hidden">' in html


def test_language_menu_says_when_a_link_leads_to_the_home_page_instead(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert (
        '<a href="/fr/" lang="fr" hreflang="fr">Français<span class="visually-hidden">'
        " (page d’accueil : cette page n’est pas encore traduite)</span></a>"
    ) in html


def test_language_menu_links_to_a_live_translation(client, standard_page, locales):
    french = translate_page(standard_page, locales["fr"], title="À propos")

    html = client.get("/en/about/").content.decode()
    assert f'<a href="{french.url}" lang="fr" hreflang="fr">Français</a>' in html
    assert french.url == "/fr/about/"


def test_every_page_has_a_skip_link_to_the_main_content(client, home_page):
    html = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main-content">Skip to main content</a>' in html
    assert '<main id="main-content"' in html


def test_no_page_loads_anything_from_another_host(client, standard_page):
    html = client.get("/en/about/").content.decode()
    for attribute in ('src="http', 'src="//', 'href="//'):
        assert attribute not in html
    assert "<script" not in html


def test_favicon_is_self_hosted(client, home_page):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/home/img/favicon.ico"
    html = client.get("/en/").content.decode()
    assert '<link rel="icon" href="/static/home/img/favicon.svg" type="image/svg+xml">' in html


def test_standard_page_renders_its_introduction(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert '<p class="article__intro">Who we are.</p>' in html


def test_standard_pages_can_nest(client, standard_page):
    child = publish(standard_page, StandardPage(title="Our team", slug="team"))
    assert child.url == "/en/about/team/"
    assert "<h1>Our team</h1>" in client.get("/en/about/team/").content.decode()


def test_share_image_falls_back_to_the_home_page_hero(client, home_page):
    home_page.hero_image = make_image("Hero")
    home_page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert '<meta property="og:image" content="http://testserver/media/images/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
