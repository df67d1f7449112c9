"""The story editor's theme and partner pickers offer the page's language only, as
checkboxes."""

import pytest
from django.urls import reverse

from home.snippets import Partner, Theme
from stories.models import StoryPage
from tests.factories import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_taxonomy(taxonomy, locales):
    """Each English theme and partner with a French translation under the same name."""
    for key in ("peacebuilding", "un-women"):
        translation = taxonomy[key].copy_for_translation(locales["fr"])
        translation.save()
    return taxonomy


def picker_values(response, field):
    return [str(choice.data["value"]) for choice in response.context["form"][field]]


def test_an_english_storys_theme_picker_lists_english_themes_only(
    admin_client_logged_in, story_index, translated_taxonomy, locales
):
    story = make_story(story_index, "Training", "2021-08-25")
    response = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    english = [str(pk) for pk in Theme.objects.filter(locale=locales["en"]).values_list("pk", flat=True)]
    assert sorted(picker_values(response, "themes")) == sorted(english)


def test_the_partner_picker_offers_un_women_once(admin_client_logged_in, story_index, translated_taxonomy):
    story = make_story(story_index, "Training", "2021-08-25")
    response = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    names = [choice.data["label"] for choice in response.context["form"]["partners"]]
    assert names == ["UN Women"]
    assert Partner.objects.filter(name="UN Women").count() == 2


def test_the_pickers_are_checkboxes_not_a_multiple_select(
    admin_client_logged_in, story_index, translated_taxonomy
):
    story = make_story(story_index, "Training", "2021-08-25")
    html = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    assert 'type="checkbox" name="themes"' in html
    assert '<select name="themes"' not in html


def test_a_new_storys_pickers_follow_the_parents_language(
    admin_client_logged_in, story_index, translated_taxonomy
):
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", story_index.pk])
    response = admin_client_logged_in.get(url)
    assert [choice.data["label"] for choice in response.context["form"]["themes"]] == [
        "Peacebuilding",
        "Youth and peace",
    ]


def test_a_theme_already_chosen_in_another_language_stays_offered_so_saving_keeps_it(
    admin_client_logged_in, story_index, translated_taxonomy, locales
):
    french_theme = Theme.objects.get(slug="peacebuilding", locale=locales["fr"])
    story = make_story(story_index, "Training", "2021-08-25", themes=[french_theme])
    response = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert str(french_theme.pk) in picker_values(response, "themes")
    assert StoryPage.objects.get(pk=story.pk).themes.get() == french_theme
