"""A French-only translator works from her queue: she signs in, starts a French translation
from the dashboard without the English tree, is offered only French and refused Arabic,
publishes, and sees "Source changed" after an editor republishes the English story."""

import re

import pytest
from wagtail.models import Locale

from stories.models import StoryPage
from tests.browser.conftest import axe_violations, save_screenshot
from tests.browser.test_translation_flow import FRENCH, sign_in, translate_segments
from tests.factories import PASSWORD

pytestmark = pytest.mark.browser


def test_a_french_translator_works_from_her_queue_to_a_published_page_and_back(
    live_server,
    browser_page,
    translator,
    english_page,
    mailoutbox,
):
    page = browser_page
    sign_in(page, live_server.url, "amina", PASSWORD)

    queue = page.locator("#translation-queue-fr-section")
    assert "To translate into Français" in queue.inner_text()
    assert "Activists trained" in queue.inner_text()
    queue.get_by_role("link", name=re.compile(r"^Translate\s*: Activists trained$")).click()
    page.wait_for_url("**/localize/submit/page/**")

    boxes = page.locator("input[name=locales]")
    assert boxes.count() == 1
    assert page.locator("label:has(input[name=locales])").inner_text().strip() == "Français"
    assert boxes.first.is_checked()  # the queue asked for French

    # Arabic is not offered; a forged request for it is refused by name and creates nothing.
    arabic = Locale.objects.get(language_code="ar").pk
    page.evaluate(
        """(arabic) => {
            const box = document.querySelector('input[name=locales]');
            box.checked = false;
            const forged = box.cloneNode();
            forged.value = String(arabic);
            forged.checked = true;
            box.form.appendChild(forged);
        }""",
        arabic,
    )
    page.click("input[type=submit][value=Submit]")
    page.wait_for_load_state()
    assert (
        "You can translate only into Français. Ask an editor to translate into العربية."
        in page.inner_text("body")
    )
    assert not english_page.has_translation(Locale.objects.get(pk=arabic))
    assert page.locator(".messages .success").count() == 0

    page.check("input[name=locales]")
    page.click("input[type=submit][value=Submit]")
    page.wait_for_url("**/edit/")
    assert page.locator(".messages .error").count() == 0
    french_page_id = int(page.url.rstrip("/").split("/")[-2])

    translate_segments(page, FRENCH)
    page.get_by_role("button", name="Publish in Français").click()
    page.wait_for_load_state("networkidle")
    assert StoryPage.objects.get(pk=french_page_id).live

    # An editor changes the English story and publishes it again.
    english_page.refresh_from_db()
    english_page.excerpt = "32 community activists trained."
    english_page.save_revision().publish()
    assert [message.bcc for message in mailoutbox] == [["amina@example.org"]]

    page.goto(f"{live_server.url}/admin/")
    row = page.locator("#translation-queue-fr-section tr", has_text="Activists trained")
    assert "Source changed" in row.text_content()
    assert axe_violations(page) == []
    save_screenshot(page, "translation-queue")

    page.goto(f"{live_server.url}/admin/reports/translations/")
    assert "Source changed" in page.locator("table.listing").text_content()
    assert axe_violations(page) == []
    save_screenshot(page, "translations-report")

    page.goto(f"{live_server.url}/admin/")
    page.locator("#translation-queue-fr-section").get_by_role(
        "link", name=re.compile(r"^Update\s*: Activists trained$")
    ).click()
    page.get_by_role("button", name="Update").click()
    page.wait_for_url(f"**/admin/pages/{french_page_id}/edit/")
    assert "32 community activists trained." in page.inner_text("body")
