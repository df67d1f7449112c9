"""A translator translates a story into French in wagtail-localize's editor and publishes it;
the French story goes live and the English story's language menu links to it."""

from stories.models import StoryPage
from tests.factories import PASSWORD

FRENCH = {
    "Activists trained": "Des militantes formées",
    "30 community activists trained.": "30 militantes et militants formés.",
    "To end violence against women, the Peace Centre trained activists.": (
        "Pour mettre fin aux violences faites aux femmes, le Centre a formé des militantes."
    ),
}


def sign_in(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def translate_segments(page, texts):
    """Fill each segment of the Content tab with its translation, as a translator types it."""
    for source, translation in texts.items():
        segment = page.locator("li", has=page.get_by_text(source, exact=True)).last
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(translation)
        with page.expect_response(
            lambda response: "/strings/" in response.url and response.request.method in ("PUT", "POST")
        ):
            segment.get_by_role("button", name="Save").click()


def test_translator_translates_a_page_in_the_editor_and_publishes_it(
    live_server, browser_page, translator, english_page
):
    page = browser_page
    sign_in(page, live_server.url, "amina", PASSWORD)

    page.goto(f"{live_server.url}/admin/localize/submit/page/{english_page.pk}/")
    page.check("label:has-text('Français') input")
    page.click("input[type=submit][value=Submit]")
    page.wait_for_url("**/edit/")
    french_page_id = int(page.url.rstrip("/").split("/")[-2])

    # Until the translator publishes, the French page is a draft: nothing English leaks to /fr/.
    assert not StoryPage.objects.get(pk=french_page_id).live

    translate_segments(page, FRENCH)
    page.get_by_role("button", name="Publish in Français").click()
    page.wait_for_load_state("networkidle")

    french = StoryPage.objects.get(pk=french_page_id)
    assert french.live
    assert french.title == "Des militantes formées"
    assert french.excerpt == "30 militantes et militants formés."
    assert "Pour mettre fin aux violences faites aux femmes" in str(french.body[0].value)

    page.goto(f"{live_server.url}{french.url}")
    assert page.inner_text("h1") == "Des militantes formées"
    assert page.get_attribute("html", "lang") == "fr"

    page.goto(f"{live_server.url}{english_page.url}")
    switcher_link = page.locator(".language-menu a[hreflang=fr]")
    assert switcher_link.get_attribute("href") == french.url
