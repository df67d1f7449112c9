"""Arabic text is never slanted, on every page type: the rule is in the base stylesheet,
not in one app's. Read from the styles Chromium computes."""

import pytest

from tests.factories import make_edition, make_story, translate_page

FONT_STYLE = "selector => getComputedStyle(document.querySelector(selector)).fontStyle"
VERSE = [("preformatted", {"kind": "verse", "text": "We are the daughters\nof the ones who stayed."})]


@pytest.fixture
def edition_in_arabic(series, locales):
    edition = make_edition(series, 2, launch_note="Launched online on 22 October 2021.")
    return edition, translate_page(edition, locales["ar"], launch_note="أُطلق عبر الإنترنت في 22 أكتوبر 2021.")


def test_an_arabic_launch_note_stands_upright_where_the_english_one_is_italic(
    live_server, browser_page, edition_in_arabic
):
    english, arabic = edition_in_arabic
    browser_page.goto(f"{live_server.url}{english.url}")
    assert browser_page.evaluate(FONT_STYLE, ".publication__launch") == "italic"
    browser_page.goto(f"{live_server.url}{arabic.url}")
    assert browser_page.evaluate(FONT_STYLE, ".publication__launch") == "normal"


def test_arabic_verse_in_a_story_stands_upright(live_server, browser_page, story_index, locales):
    story = make_story(story_index, "Poems of peace", body=VERSE)
    arabic = translate_page(story, locales["ar"], title="قصائد السلام")
    browser_page.goto(f"{live_server.url}{story.url}")
    assert browser_page.evaluate(FONT_STYLE, ".block-verse") == "italic"
    browser_page.goto(f"{live_server.url}{arabic.url}")
    assert browser_page.evaluate(FONT_STYLE, ".block-verse") == "normal"
