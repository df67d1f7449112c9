"""RSS and Atom feeds: valid, absolute, limited to their language."""

import feedparser
import pytest

from tests.factories import make_story, translate_page


@pytest.mark.parametrize("kind", ["feed", "atom"])
def test_feeds_parse_and_list_the_latest_stories_with_absolute_links(client, story_index, kind):
    for day in range(1, 25):
        make_story(story_index, f"Story {day:02}", f"2021-08-{day:02}")
    response = client.get(f"/en/stories/{kind}/")
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0
    assert len(parsed.entries) == 20
    assert parsed.entries[0].title == "Story 24"
    assert parsed.entries[0].link == "http://testserver/en/stories/story-24/"
    assert parsed.feed.language.startswith("en")


def test_feeds_are_linked_from_the_head(client, story_index):
    head = client.get("/en/stories/").content.decode().split("</head>", 1)[0]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="News and stories (RSS)" href="/en/stories/feed/">'
        in head
    )
    assert 'type="application/atom+xml" title="News and stories (Atom)" href="/en/stories/atom/"' in head


def test_feed_lists_only_its_own_language(client, story_index, locales):
    english = make_story(story_index, "English only", "2021-08-01")
    translated = make_story(story_index, "Translated", "2021-08-02")
    french_index = translate_page(story_index, locales["fr"], title="Actualités", slug="recits")
    translate_page(translated, locales["fr"], title="Traduit")

    french = feedparser.parse(client.get(f"{french_index.url}feed/").content)
    assert [entry.title for entry in french.entries] == ["Traduit"]
    english_feed = feedparser.parse(client.get("/en/stories/feed/").content)
    assert [entry.title for entry in english_feed.entries] == ["Translated", english.title]


def test_feed_items_carry_their_themes_in_the_feeds_language(client, story_index, taxonomy, locales):
    theme = taxonomy["peacebuilding"]
    french_theme = theme.copy_for_translation(locales["fr"])
    french_theme.name = "Consolidation de la paix"
    french_theme.save()
    story = make_story(story_index, "Mediators", "2021-09-14", themes=[theme])
    french_index = translate_page(story_index, locales["fr"], title="Actualités", slug="recits")
    translate_page(story, locales["fr"], title="Médiatrices")

    english = feedparser.parse(client.get("/en/stories/feed/").content)
    french = feedparser.parse(client.get(f"{french_index.url}atom/").content)
    assert [tag.term for tag in english.entries[0].tags] == ["Peacebuilding"]
    assert [tag.term for tag in french.entries[0].tags] == ["Consolidation de la paix"]


def test_feeds_leave_out_drafts_and_private_stories(client, story_index):
    from wagtail.models import PageViewRestriction

    make_story(story_index, "Public", "2021-08-01")
    make_story(story_index, "Draft", "2021-08-02", publish_it=False)
    private = make_story(story_index, "Private", "2021-08-03")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for kind in ("feed", "atom"):
        parsed = feedparser.parse(client.get(f"/en/stories/{kind}/").content)
        assert [entry.title for entry in parsed.entries] == ["Public"]
