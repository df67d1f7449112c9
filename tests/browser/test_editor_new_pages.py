"""An editor starts a new story in Chromium: an abandoned form leaves no page behind, and a
title whose address is taken is refused beside the title with a link to the page that holds it."""

import re

import pytest

from stories.models import StoryPage
from tests.browser.test_translation_flow import sign_in
from tests.factories import PASSWORD, make_story

pytestmark = pytest.mark.browser

# Wagtail's "unsaved changes" watch starts a moment after the form loads; edits made before
# it are part of what it compares with, so the tests wait for it like an editor's typing does.
WATCH_EDITS = "document.addEventListener('w-unsaved:watch-edits', () => { window.watchingEdits = true; })"


def _open_new_story_form(page, base_url, story_index):
    page.add_init_script(WATCH_EDITS)
    page.goto(f"{base_url}/admin/pages/add/stories/storypage/{story_index.pk}/")
    page.wait_for_function("window.watchingEdits === true")


def test_an_abandoned_new_story_form_leaves_no_draft_and_warns_before_leaving(
    live_server, browser_page, editor, story_index
):
    page = browser_page
    form_posts = []
    page.on("request", lambda request: form_posts.append(request.url) if request.method == "POST" else None)
    sign_in(page, live_server.url, "editor", PASSWORD)
    form_posts.clear()
    _open_new_story_form(page, live_server.url, story_index)
    page.fill("#id_title", "Half a story")
    page.fill("#id_date", "2026-12-03")

    # Autosave used to take these edits (and turn them into a draft); now they wait for her.
    warning = page.locator(".footer__save-warning")
    warning.get_by_text("unsaved edits").wait_for()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.accept()))
    page.goto(f"{live_server.url}/admin/")

    assert dialogs == ["beforeunload"]
    assert form_posts == []
    assert not StoryPage.objects.filter(title="Half a story").exists()


def test_a_new_story_whose_address_is_taken_says_so_beside_the_title_with_a_link(
    live_server, browser_page, editor, story_index
):
    holder = make_story(story_index, "Activists trained", slug="activists-trained", publish_it=False)
    page = browser_page
    sign_in(page, live_server.url, "editor", PASSWORD)
    _open_new_story_form(page, live_server.url, story_index)
    page.fill("#id_title", "Activists trained")
    page.fill("#id_date", "2026-12-03")
    page.fill("#id_excerpt", "Thirty activists trained in Gulu.")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state()

    message = page.locator(".messages .error")
    assert (
        "The page could not be created: its address “activists-trained” is already used by "
        "“Activists trained” (draft) under “News and stories”." in message.inner_text()
    )
    title_field = page.locator("[data-field-wrapper]:has(#id_title)")
    assert "Another page here already has the address “activists-trained”." in title_field.inner_text()
    assert page.locator("#id_title").is_visible()  # on the tab she is on, not hidden on Promote
    assert StoryPage.objects.filter(title="Activists trained").count() == 1

    message.get_by_role("link", name=re.compile("Open “Activists trained”")).click()
    page.wait_for_url(f"**/admin/pages/{holder.pk}/edit/")
