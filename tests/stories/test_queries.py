"""Query counts of story pages do not grow with the number of stories."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.cache import bump_content_version
from stories.models import StoryIndexPage, StoryPage, StoryPlace, StoryRelatedPublication
from tests.factories import make_image, make_report, make_story, translate_page

LISTING = "/en/stories/?theme=peacebuilding&country=uganda"


def add_stories(index, taxonomy, images, numbers):
    """Live stories with images, a theme and places, saved without revisions (fast)."""
    for i in numbers:
        story = StoryPage(
            title=f"Story {i}",
            slug=f"story-{i}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=i),
            excerpt="An excerpt.",
            body=[],
            hero_image=images[i % len(images)],
            live=True,
        )
        story.places = [
            StoryPlace(town="Kampala", country=taxonomy["uganda"], sort_order=0),
            StoryPlace(town="Juba", country=taxonomy["south-sudan"], sort_order=1),
        ]
        story.themes = [taxonomy["peacebuilding"], taxonomy["youth"]]
        index.add_child(instance=story)


def count_listing_queries(client, monkeypatch, per_page):
    """Queries of a render right after content changed (facet counts computed), then of
    the next one (facet counts read from the cache)."""
    monkeypatch.setattr(StoryIndexPage, "per_page", per_page)
    client.get(LISTING)  # renditions are made on the first view
    counts = []
    bump_content_version()
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(LISTING)
        assert len(response.context["page_obj"].object_list) == per_page
        counts.append(len(queries))
    return tuple(counts)


def test_story_index_queries_do_not_grow_with_stories_on_the_page_or_in_the_index(
    client, story_index, taxonomy, monkeypatch, no_search_indexing, django_assert_max_num_queries
):
    images = [make_image(f"Photo {i}", size=(400, 300)) for i in range(8)]
    add_stories(story_index, taxonomy, images, range(50))
    with_50 = {per_page: count_listing_queries(client, monkeypatch, per_page) for per_page in (12, 50)}
    add_stories(story_index, taxonomy, images, range(50, 500))
    with_500 = {per_page: count_listing_queries(client, monkeypatch, per_page) for per_page in (12, 50)}

    assert with_50[12] == with_50[50] == with_500[12] == with_500[50]
    for per_page in (12, 50):
        monkeypatch.setattr(StoryIndexPage, "per_page", per_page)
        client.get(LISTING + "&page=3")
        with django_assert_max_num_queries(12):
            client.get(LISTING + "&page=3")


@pytest.fixture
def full_story(story_index, taxonomy, library):
    """A story with everything that costs queries: hero image, places, themes, a partner
    with a logo, tags, three related stories with photos and a related report."""
    partner = taxonomy["un-women"]
    partner.logo = make_image("Logo", size=(200, 80))
    partner.save()
    report = make_report(library, "AU report", "2021-09-22", slug="au", cover_image=make_image("Cover"))
    theme = taxonomy["peacebuilding"]
    for i in range(5):
        make_story(
            story_index, f"Related {i}", f"2020-01-0{i + 1}", themes=[theme], hero_image=make_image(f"R{i}")
        )
    story = make_story(
        story_index,
        "Story",
        "2021-01-01",
        themes=[theme, taxonomy["youth"]],
        places=[("Kampala", taxonomy["uganda"]), ("Juba", taxonomy["south-sudan"])],
        hero_image=make_image("Hero"),
        body=[("participants", {"women": 25, "men": 5, "total": 30, "note": "Activists"})],
    )
    story.partners = [partner]
    story.tags.add("SASA! Together", "refugees")
    story.related_publications = [StoryRelatedPublication(publication=report, sort_order=0)]
    story.save_revision().publish()
    return story


def test_story_page_stays_within_ten_queries(client, full_story, django_assert_max_num_queries):
    client.get(full_story.url)
    with django_assert_max_num_queries(10):
        html = client.get(full_story.url).content.decode()
    assert "Related 4" in html and "AU report" in html and "partner__logo" in html


def test_translated_story_page_stays_within_ten_queries(
    client, full_story, locales, django_assert_max_num_queries
):
    french = translate_page(full_story, locales["fr"], title="Histoire")
    client.get(french.url)
    with django_assert_max_num_queries(10):
        html = client.get(french.url).content.decode()
    assert "Histoire" in html.split("<main", 1)[1] and "partner__logo" in html
