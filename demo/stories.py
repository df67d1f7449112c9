"""Demo stories: the story index and the nine stories of the reference news page (see
story_texts.py), two of them translated. Idempotent: a story found by its slug under the
index is left as it is."""

from wagtail import blocks
from wagtail.models import Locale, Page

from demo.site import add_to_main_menu, demo_image, translate_all
from home.models import HomePage
from home.snippets import Country, Partner, Theme
from stories.blocks import StoryStreamBlock
from stories.models import StoryIndexPage, StoryPage, StoryPlace, StoryRelatedPublication

from .story_texts import STORIES, TRANSLATED_SLUGS, TRANSLATIONS


def load(report):
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    index = _index(report, home)
    for story in STORIES:
        _story(report, index, story, english)
    add_to_main_menu(report, index, position=1)
    stories = list(StoryPage.objects.child_of(index).filter(slug__in=TRANSLATED_SLUGS).order_by("path"))
    translate_all(report, [index, *stories], TRANSLATIONS)


def _index(report, home):
    existing = report.existing_child(home, StoryIndexPage)
    if existing is not None:
        return existing
    index = StoryIndexPage(
        title="News and stories",
        slug="stories",
        introduction=(
            "Trainings, meetings, launches and exchanges with women peacebuilders across Uganda, "
            "South Sudan, the DRC and Burundi."
        ),
    )
    return report.publish_child(home, index)


def _complete(block_type, value):
    """Every field of a struct block present: text fields as "", numbers as None, as the
    admin's forms store them (wagtail-localize cannot extract a missing text)."""
    block = StoryStreamBlock().child_blocks[block_type]
    if isinstance(value, dict):
        for name, child in block.child_blocks.items():
            value.setdefault(name, None if isinstance(child, blocks.IntegerBlock) else "")
    return value


def _body(blocks_data):
    body = []
    for block_type, value in blocks_data:
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "people":
            value = {
                "heading": value["heading"],
                "people": [
                    {"name": name, "role": role, "organisation": organisation}
                    for name, role, organisation in value["people"]
                ],
            }
        body.append((block_type, _complete(block_type, value)))
    return body


def _story(report, index, data, locale):
    existing = report.existing_child(index, StoryPage, data["slug"])
    if existing is not None:
        return existing
    story = StoryPage(
        title=data["title"],
        slug=data["slug"],
        date=data["date"],
        event_start=data.get("event_start"),
        event_end=data.get("event_end"),
        excerpt=data["excerpt"],
        search_description=data["excerpt"],
        hero_image=demo_image(report, data["title"][:100]),
        hero_caption="",
        hero_alt=data.get("hero_alt", ""),
        hero_credit=data.get("hero_credit", ""),
        body=_body(data["body"]),
    )
    story.places = [
        StoryPlace(town=town, country=Country.objects.get(slug=country, locale=locale), sort_order=position)
        for position, (town, country) in enumerate(data["places"])
    ]
    story.related_publications = [
        StoryRelatedPublication(publication=publication, sort_order=position)
        for position, publication in enumerate(
            Page.objects.filter(slug__in=data.get("publications", []), locale=locale)
        )
    ]
    story.themes = list(Theme.objects.filter(slug__in=data["themes"], locale=locale))
    story.partners = list(Partner.objects.filter(name__in=data["partners"], locale=locale))
    story.tags.add(*data.get("tags", []))
    return report.publish_child(index, story)
