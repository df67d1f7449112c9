"""Script payloads typed into any field reach readers as text, never as markup."""

import pytest

from home.models import StandardPage
from home.snippets import NavigationMenu, NavigationMenuItem, Theme
from stories.models import StoryIndexPage
from tests.conftest import publish
from tests.stories.conftest import make_story

PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


def assert_inert(html):
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html


def test_page_fields_are_escaped(client, home_page):
    page = publish(
        home_page, StandardPage(title=PAYLOAD, slug="x", introduction=PAYLOAD, search_description=PAYLOAD)
    )
    assert_inert(client.get(page.url).content.decode())


def test_snippet_names_in_menus_and_filters_are_escaped(client, home_page, locales):
    index = publish(home_page, StoryIndexPage(title="Stories", slug="stories"))
    theme = Theme.objects.create(name=PAYLOAD, slug="evil", locale=locales["en"])
    make_story(index, "Story", "2021-01-01", themes=[theme])
    menu = NavigationMenu(name="Main", slug="primary", locale=locales["en"])
    menu.items = [NavigationMenuItem(link_url="https://example.org", label=PAYLOAD, locale=locales["en"])]
    menu.save()
    assert_inert(client.get("/en/stories/").content.decode())


def test_rich_text_keeps_only_the_allowed_features(client, home_page):
    page = publish(
        home_page,
        StandardPage(
            title="T", slug="t", body=[("paragraph", f"<p>Hello</p><script>alert(1)</script>{PAYLOAD}")]
        ),
    )
    assert_inert(client.get(page.url).content.decode())


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"])
def test_embed_links_refuse_script_urls(url):
    from django.core.exceptions import ValidationError

    from home.blocks import EmbedBlock

    with pytest.raises(ValidationError):
        EmbedBlock().clean({"url": url, "title": "x", "description": ""})


def test_search_queries_are_escaped(client, home_page):
    assert_inert(client.get("/en/search/", {"q": PAYLOAD}).content.decode())
