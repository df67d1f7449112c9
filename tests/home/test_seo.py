"""Titles, descriptions, canonical and social tags, sitemap and robots.txt."""

import xml.etree.ElementTree as ET

from home.models import StandardPage
from tests.factories import publish, translate_page

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_title_uses_seo_title_and_the_organisation_name(client, home_page):
    page = publish(home_page, StandardPage(title="About us", slug="about", seo_title="Who we are"))
    html = client.get(page.url).content.decode()
    assert "<title>Who we are | Women&#x27;s International Peace Centre</title>" in html


def test_title_falls_back_to_the_page_title(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert "<title>About us | Women&#x27;s International Peace Centre</title>" in html


def test_meta_description_comes_from_search_description(client, home_page):
    page = publish(
        home_page,
        StandardPage(title="About", slug="about", search_description="A feminist peace organisation."),
    )
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="A feminist peace organisation.">' in html
    assert '<meta property="og:description" content="A feminist peace organisation.">' in html


def test_meta_description_falls_back_to_the_introduction(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert '<meta name="description" content="Who we are.">' in html


def test_canonical_and_open_graph_tags_are_absolute(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/about/">' in html
    assert '<meta property="og:url" content="http://testserver/en/about/">' in html
    assert '<meta property="og:title" content="About us">' in html
    assert '<meta property="og:type" content="website">' in html
    assert '<meta property="og:locale" content="en">' in html


def test_sitemap_lists_live_public_pages_only(client, standard_page, home_page):
    draft = StandardPage(title="Draft", slug="draft", live=False)
    home_page.add_child(instance=draft)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [node.text for node in ET.fromstring(response.content).findall("s:url/s:loc", SITEMAP_NS)]
    assert locations == ["http://testserver/en/", "http://testserver/en/about/"]


def test_sitemap_includes_every_locale(client, standard_page, locales):
    translate_page(standard_page, locales["fr"], title="À propos")

    locations = [
        node.text
        for node in ET.fromstring(client.get("/sitemap.xml").content).findall("s:url/s:loc", SITEMAP_NS)
    ]
    assert "http://testserver/fr/about/" in locations
    assert "http://testserver/en/about/" in locations


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_translated_page_links_its_translations_with_hreflang_and_x_default(client, standard_page, locales):
    french = translate_page(standard_page, locales["fr"], title="À propos")
    html = client.get("/en/about/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/">' in html
    assert f'<link rel="alternate" hreflang="fr" href="http://testserver{french.url}">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/about/">' in html
    assert 'hreflang="ar" href="http' not in html


def test_untranslated_page_has_no_hreflang_alternates(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert '<link rel="alternate" hreflang=' not in html


def test_sitemap_links_each_page_to_its_translations(client, standard_page, locales):
    translate_page(standard_page, locales["fr"], title="À propos")
    root = ET.fromstring(client.get("/sitemap.xml").content)
    xhtml = "{http://www.w3.org/1999/xhtml}link"
    for url in root.findall("s:url", SITEMAP_NS):
        if url.find("s:loc", SITEMAP_NS).text == "http://testserver/en/about/":
            alternates = {link.get("hreflang"): link.get("href") for link in url.iter(xhtml)}
            break
    assert alternates == {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/about/",
        "x-default": "http://testserver/en/about/",
    }


def test_an_alias_is_not_offered_as_a_translation(client, standard_page, locales):
    translate_page(standard_page.get_parent().specific, locales["fr"], title="Centre", slug="accueil")
    french_home = standard_page.get_parent().get_translation(locales["fr"])
    alias = standard_page.create_alias(parent=french_home)
    assert alias.live
    html = client.get("/en/about/").content.decode()
    assert f'href="{alias.url}"' not in html
    assert '<link rel="alternate" hreflang="fr"' not in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver{alias.url}" not in sitemap
