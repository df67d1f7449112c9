"""Query counts of story pages do not grow with the number of stories."""

import datetime

import pytest
from django.test import override_settings

from stories.models import StoryIndexPage, StoryPage, StoryPlace
from tests.conftest import make_image
from tests.stories.conftest import make_story


@pytest.fixture
def many_stories(story_index, taxonomy):
    """500 live stories with images, themes and places, created without revisions."""
    image = make_image("Shared")
    for i in range(500):
        story = StoryPage(
            title=f"Story {i}",
            slug=f"story-{i}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=i),
            excerpt="An excerpt.",
            body=[],
            hero_image=image,
            live=True,
        )
        story.places = [StoryPlace(town="Kampala", country=taxonomy["uganda"], sort_order=0)]
        story.themes = [taxonomy["peacebuilding"]]
        story_index.add_child(instance=story)
    return story_index


@pytest.mark.parametrize("per_page", [12, 50])
def test_story_index_query_count_is_fixed(client, many_stories, django_assert_max_num_queries, per_page):
    with override_settings(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(StoryIndexPage, "per_page", per_page)
        client.get("/en/stories/")  # renditions are made on the first view
        with django_assert_max_num_queries(24):
            response = client.get("/en/stories/?theme=peacebuilding&page=3")
    assert len(response.context["page_obj"].object_list) == per_page


def test_story_page_stays_within_fifteen_queries(
    client, story_index, taxonomy, django_assert_max_num_queries
):
    story = make_story(
        story_index,
        "Story",
        "2021-01-01",
        themes=[taxonomy["peacebuilding"]],
        places=[("Kampala", taxonomy["uganda"])],
        hero_image=make_image("Hero"),
    )
    for i in range(5):
        make_story(story_index, f"Related {i}", f"2020-01-0{i + 1}", themes=[taxonomy["peacebuilding"]])
    client.get(story.url)
    with django_assert_max_num_queries(15):
        client.get(story.url)
