"""The editor's dashboard: add a story or a report in one click under the right parent in her
language, her drafts, pages awaiting moderation and translations waiting per language, in a
bounded number of queries; translators keep their own queue."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from home.models import StandardPage
from tests.factories import make_story, make_user, publish, translate_page

DASHBOARD = "/admin/"


def _add_url(app, model, parent):
    return reverse("wagtailadmin_pages:add", args=[app, model, parent.pk])


def _dashboard(client, user):
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_an_editor_adds_a_story_or_a_report_in_one_click(client, editor, story_index, library):
    html = _dashboard(client, editor)

    assert f'href="{_add_url("stories", "storypage", story_index)}"' in html
    assert f'href="{_add_url("publications", "reportpage", library)}"' in html
    assert "Add a story" in html
    assert "Add a report" in html


@pytest.mark.django_db
def test_an_editor_working_in_french_adds_under_the_french_story_index(client, editor, story_index, locales):
    french_index = translate_page(story_index, locales["fr"], title="Actualités", slug="actualites")
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": "fr"})

    html = _dashboard(client, editor)

    assert f'href="{_add_url("stories", "storypage", french_index)}"' in html
    assert f'href="{_add_url("stories", "storypage", story_index)}"' not in html


@pytest.mark.django_db
def test_without_a_story_index_in_her_language_the_english_one_is_offered(client, editor, story_index):
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": "fr"})

    html = _dashboard(client, editor)

    assert f'href="{_add_url("stories", "storypage", story_index)}"' in html


@pytest.mark.django_db
def test_no_add_link_where_there_is_nowhere_to_add(client, editor, home_page):
    html = _dashboard(client, editor)

    assert "Add a story" not in html
    assert "Add a report" not in html


@pytest.mark.django_db
def test_my_drafts_lists_the_editors_unpublished_work_and_nothing_else(client, editor, story_index):
    new_draft = make_story(story_index, "Half written", publish_it=False)
    new_draft.save_revision(user=editor)
    changed = make_story(story_index, "Changed since publishing")
    changed.title = "Changed since publishing, again"
    changed.save_revision(user=editor)
    make_story(story_index, "Published as it stands").save_revision(user=editor).publish()
    someone_else = make_user("someone")
    make_story(story_index, "Their draft", publish_it=False).save_revision(user=someone_else)

    html = _dashboard(client, editor)
    drafts = html.split('id="my-drafts-section"', 1)[1].split("</section>", 1)[0]

    assert f'href="{reverse("wagtailadmin_pages:edit", args=[new_draft.pk])}"' in drafts
    assert "Half written" in drafts
    assert "Changed since publishing, again" in drafts
    assert "Published as it stands" not in drafts
    assert "Their draft" not in drafts


@pytest.mark.django_db
def test_pages_awaiting_moderation_are_on_the_editors_dashboard(client, editor, story_index):
    story = make_story(story_index, "Awaiting review", publish_it=False)
    story.save_revision(user=editor)
    story.get_workflow().start(story, editor)

    html = _dashboard(client, editor)

    review = html.split('id="awaiting-review-section"', 1)[1].split("</section>", 1)[0]
    assert "Awaiting review" in review


@pytest.mark.django_db
def test_the_editor_sees_translations_waiting_per_language(client, editor, standard_page):
    html = _dashboard(client, editor)

    waiting = html.split('id="translations-waiting-section"', 1)[1].split("</section>", 1)[0]
    for language in ("Français", "Kiswahili", "العربية"):
        assert language in waiting


@pytest.mark.django_db
def test_a_translator_keeps_her_queue_without_the_editors_panels(client, french_translator, story_index):
    make_story(story_index, "Her English story")

    html = _dashboard(client, french_translator)

    assert 'id="translation-queue-fr-section"' in html
    assert 'id="quick-add-section"' not in html
    assert 'id="my-drafts-section"' not in html


@pytest.mark.django_db
def test_the_dashboard_reads_a_bounded_number_of_queries_for_hundreds_of_pages(
    client, editor, story_index, library, no_search_indexing, django_assert_max_num_queries
):
    home_page = story_index.get_parent()
    for i in range(300):
        page = publish(home_page, StandardPage(title=f"Page {i}", slug=f"page-{i}", introduction="Text."))
        if i % 10 == 0:
            page.save_revision(user=editor)
    for i in range(30):
        make_story(story_index, f"Draft {i}", slug=f"draft-{i}", publish_it=False).save_revision(user=editor)
    client.force_login(editor)
    client.get(DASHBOARD)  # warm up sessions, content types and the admin's own caches

    with django_assert_max_num_queries(40):
        response = client.get(DASHBOARD)

    assert response.status_code == 200
    assert "The newest 10 of your 60 drafts." in response.content.decode()
    assert Page.objects.count() > 330
