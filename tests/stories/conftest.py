"""Story factories shared by the stories tests."""

import datetime

import pytest

from home.snippets import Country, Partner, Theme
from stories.models import StoryIndexPage, StoryPage, StoryPlace
from tests.conftest import publish


@pytest.fixture
def story_index(home_page):
    return publish(home_page, StoryIndexPage(title="News and stories", slug="stories"))


@pytest.fixture
def taxonomy(locales):
    en = locales["en"]
    return {
        "peacebuilding": Theme.objects.create(name="Peacebuilding", slug="peacebuilding", locale=en),
        "youth": Theme.objects.create(name="Youth and peace", slug="youth", locale=en),
        "uganda": Country.objects.create(name="Uganda", slug="uganda", iso_code="UG", locale=en),
        "south-sudan": Country.objects.create(
            name="South Sudan", slug="south-sudan", iso_code="SS", locale=en
        ),
        "un-women": Partner.objects.create(name="UN Women", locale=en),
    }


def make_story(index, title, day, themes=(), places=(), publish_it=True, **fields):
    """A story under `index`; `places` are (town, Country) pairs."""
    story = StoryPage(
        title=title,
        slug=fields.pop("slug", None) or title.lower().replace(" ", "-"),
        date=day if isinstance(day, datetime.date) else datetime.date.fromisoformat(day),
        excerpt=fields.pop("excerpt", f"About {title}."),
        body=fields.pop("body", [("paragraph", "<p>Text.</p>")]),
        **fields,
    )
    story.places = [
        StoryPlace(town=town, country=country, sort_order=i) for i, (town, country) in enumerate(places)
    ]
    story.themes = list(themes)
    if publish_it:
        return publish(index, story)
    story.live = False
    index.add_child(instance=story)
    return story
