"""Private and password-protected pages never appear where readers look."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import make_story


@pytest.fixture
def private_story(story_index):
    make_story(story_index, "Public story", "2021-01-01")
    story = make_story(story_index, "Safe house locations", "2021-01-02")
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    return story


@pytest.mark.parametrize(
    "path", ["/en/", "/en/stories/", "/en/stories/feed/", "/en/stories/atom/", "/sitemap.xml"]
)
def test_a_protected_story_is_absent_everywhere(client, private_story, path):
    body = client.get(path).content.decode()
    public = private_story.get_prev_sibling().specific
    assert (public.url if path == "/sitemap.xml" else public.title) in body
    assert "Safe house locations" not in body
    assert private_story.url not in body


def test_a_protected_story_asks_for_its_password(client, private_story):
    html = client.get(private_story.url).content.decode()
    assert 'name="password"' in html
    assert "Safe house locations" not in html


@pytest.mark.parametrize("restricted", ["translation", "its parent"])
def test_a_protected_translation_is_not_offered_in_the_language_menu(
    client, private_story, locales, restricted
):
    from tests.factories import translate_page

    public = private_story.get_prev_sibling().specific
    french = translate_page(public, locales["fr"], title="Histoire publique", slug="histoire-publique")
    protected = french if restricted == "translation" else french.get_parent()
    english = client.get(public.url).content.decode()
    assert french.url in english  # offered while it is public
    assert '<link rel="alternate" hreflang="fr"' in english

    PageViewRestriction.objects.create(
        page=protected, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    english = client.get(public.url).content.decode()
    assert french.url not in english
    assert '<link rel="alternate" hreflang="fr"' not in english


def test_a_story_made_private_leaves_the_lists_that_showed_it(client, story_index, taxonomy):
    """Lists built before the restriction (related stories, the home page's latest) are
    cached across requests; the restriction must reach them at once."""
    theme = taxonomy["peacebuilding"]
    public = make_story(story_index, "Public story", "2021-01-01", themes=[theme])
    secret = make_story(story_index, "Safe house locations", "2021-01-02", themes=[theme])
    for path in (public.url, "/en/"):
        assert "Safe house locations" in client.get(path).content.decode(), path

    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for path in (public.url, "/en/"):
        assert "Safe house locations" not in client.get(path).content.decode(), path
