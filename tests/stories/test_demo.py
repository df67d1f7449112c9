"""The demo stories: the reference news page's nine stories, loaded once however often
`load_demo_content` runs."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from stories.models import StoryIndexPage, StoryPage


@pytest.fixture
def demo(demo_content):
    """The demo, loaded a second time: the stories must still be there once each."""
    call_command("load_demo_content", stdout=StringIO())


def english_story(slug):
    return StoryPage.objects.get(slug=slug, locale__language_code="en")


def body_blocks(story, block_type):
    return [block.value for block in story.body if block.block_type == block_type]


def test_demo_has_one_story_index_per_language_with_the_english_one_at_stories(demo):
    english = StoryIndexPage.objects.get(locale__language_code="en")
    assert (english.title, english.slug, english.url) == ("News and stories", "stories", "/en/stories/")
    assert StoryIndexPage.objects.count() == 4


def test_every_reference_story_is_there_once_after_two_runs(demo):
    english = StoryPage.objects.filter(locale__language_code="en")
    assert english.count() == 9
    assert list(english.order_by("-date").values_list("date", flat=True)) == [
        datetime.date(2021, 10, 28),
        datetime.date(2021, 10, 22),
        datetime.date(2021, 10, 5),
        datetime.date(2021, 9, 27),
        datetime.date(2021, 9, 24),
        datetime.date(2021, 9, 21),
        datetime.date(2021, 9, 14),
        datetime.date(2021, 9, 6),
        datetime.date(2021, 8, 25),
    ]
    assert all(story.live and story.hero_image_id and story.excerpt for story in english)


def test_demo_speakers_of_defend_her_are_a_people_list(demo):
    story = english_story("defend-her-whrd-recommendations-for-diplomatic-missions")
    [panel] = body_blocks(story, "people")
    assert [person["name"] for person in panel["people"]] == [
        "Richard Arbeiter",
        "Caecilia Wijgers",
        "Caroline Rucah",
        "Sandra Tumwesigye",
    ]
    assert body_blocks(story, "participants")[0]["total"] == 180


def test_demo_activists_training_counts_25_women_and_5_men_in_adjumani(demo):
    story = english_story("community-activists-trained-to-prevent-violence-against-women")
    [counts] = body_blocks(story, "participants")
    assert (counts["women"], counts["men"], counts["total"]) == (25, 5, 30)
    assert (story.event_start, story.event_end) == (datetime.date(2021, 8, 20), datetime.date(2021, 8, 22))
    assert [(place.town, place.country.slug) for place in story.places.all()] == [("Adjumani", "uganda")]
    assert "SASA! Together" in story.tags.names()


def test_demo_stories_carry_their_real_dates_places_and_partners(demo):
    feedback = english_story("national-feedback-meeting-conflict-resolution-uganda")
    assert (feedback.event_start, feedback.event_end) == (
        datetime.date(2021, 9, 30),
        datetime.date(2021, 10, 1),
    )
    mediators = english_story("community-peace-advocates-and-mediators-trained-south-sudan")
    assert [place.town for place in mediators.places.all()] == ["Juba", "Yei", "Bor", "Mundri"]
    assert [partner.short_name for partner in mediators.partners.all()] == ["CIGPJ"]
    refresher = english_story("refresher-training-conflict-monitors-adjumani-yumbe-kotido")
    assert body_blocks(refresher, "participants")[0]["total"] == 92
    assert [partner.name for partner in refresher.partners.all()] == ["UN Women"]
    exchange = english_story("regional-learning-and-networking-exchange-visit")
    assert body_blocks(exchange, "participants")[0]["total"] == 22
    assert {place.country.slug for place in exchange.places.all()} >= {"burundi", "drc", "south-sudan"}


def test_demo_story_index_serves_every_story_with_filters(client, demo):
    html = client.get("/en/stories/?country=south-sudan").content.decode()
    assert "2 stories" in html
    assert "Community Based Peace Advocates and Mediators" in html
