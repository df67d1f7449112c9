"""Script payloads typed into any field reach readers as text, never as markup."""

import pytest
from django.utils.html import escape

from home.models import StandardPage
from home.snippets import NavigationMenu, NavigationMenuItem, Theme
from tests.factories import make_story, publish

PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
AS_TEXT = escape(PAYLOAD)


def assert_inert(html):
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html


def test_page_fields_are_escaped(client, home_page):
    page = publish(
        home_page, StandardPage(title=PAYLOAD, slug="x", introduction=PAYLOAD, search_description=PAYLOAD)
    )
    html = client.get(page.url).content.decode()
    assert_inert(html)
    assert f"<h1>{AS_TEXT}</h1>" in html


def test_snippet_names_in_menus_and_filters_are_escaped(client, story_index, locales):
    theme = Theme.objects.create(name=PAYLOAD, slug="evil", locale=locales["en"])
    make_story(story_index, "Story", "2021-01-01", themes=[theme])
    menu = NavigationMenu(name="Main", slug="primary", locale=locales["en"])
    menu.items = [NavigationMenuItem(link_url="https://example.org", label=PAYLOAD, locale=locales["en"])]
    menu.save()
    html = client.get("/en/stories/").content.decode()
    assert_inert(html)
    header, listing = html.split("<main", 1)
    assert AS_TEXT in header  # the menu item
    assert AS_TEXT in listing  # the theme filter and the story's theme


def test_rich_text_keeps_only_the_allowed_features(client, home_page):
    page = publish(
        home_page,
        StandardPage(
            title="T", slug="t", body=[("paragraph", f"<p>Hello</p><script>alert(1)</script>{PAYLOAD}")]
        ),
    )
    html = client.get(page.url).content.decode()
    assert_inert(html)
    assert "<p>Hello</p>" in html


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"])
def test_embed_links_refuse_script_urls(url):
    from django.core.exceptions import ValidationError

    from home.blocks import EmbedBlock

    with pytest.raises(ValidationError):
        EmbedBlock().clean({"url": url, "title": "x", "description": ""})


def test_search_queries_are_escaped(client, home_page):
    html = client.get("/en/search/", {"q": PAYLOAD}).content.decode()
    assert_inert(html)
    assert f'name="q" value="{AS_TEXT}"' in html
