"""Where aligned images land in real Chromium: beside the text at the start or end of the
line (mirrored in Arabic) on a wide screen, wider than the text when wide or full, and as
wide as the text on a 360 px phone."""

import pytest
from wagtail.models import Collection

from tests.browser.conftest import VIEWPORTS
from tests.factories import make_image, make_story, translate_page

ALIGNMENTS = ("start", "end", "wide", "full", "column")
TEXT = "<p>" + "Women peacebuilders met in Gulu to plan the dialogue. " * 12 + "</p>"


@pytest.fixture
def aligned_story(story_index, locales):
    Collection.get_first_root_node() or Collection.add_root(name="Root")  # flushed by live_server's tests
    image = make_image("Meeting", size=(1200, 800))
    body = []
    for name in ALIGNMENTS:
        body.append(
            {"type": "image", "value": {"image": image.pk, "alt_text": "A meeting", "alignment": name}}
        )
        body.append({"type": "paragraph", "value": TEXT})
    story = make_story(story_index, "Aligned photos", "2021-08-25", body=body)
    arabic = translate_page(story, locales["ar"], title="صور")
    return {"en": story.url, "ar": arabic.url}


def boxes(chromium, url, viewport):
    """The bounding boxes of the reading column, <main>'s content and each aligned figure."""
    context = chromium.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    page.goto(url)
    found = page.evaluate(
        """() => {
        const box = (element) => { const r = element.getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width, top: r.top, bottom: r.bottom}; };
        const main = document.querySelector('main');
        const style = getComputedStyle(main);
        const inner = box(main);
        inner.left += parseFloat(style.paddingLeft); inner.right -= parseFloat(style.paddingRight);
        inner.width = inner.right - inner.left;
        const figures = {};
        for (const figure of document.querySelectorAll('.stream figure.block-image')) {
            const name = [...figure.classList].find((c) => c.startsWith('placement-')).slice(10);
            figures[name] = {...box(figure), next: box(figure.parentElement.nextElementSibling)};
        }
        return {stream: box(document.querySelector('.stream')), main: inner, figures,
                scroll: document.documentElement.scrollWidth};
    }"""
    )
    context.close()
    assert sorted(found["figures"]) == sorted(ALIGNMENTS), found
    return found


@pytest.mark.parametrize("language, start_side", [("en", "left"), ("ar", "right")])
def test_on_a_wide_screen_an_image_beside_the_text_sits_at_the_lines_start_or_end(
    chromium, live_server, aligned_story, language, start_side
):
    found = boxes(chromium, live_server.url + aligned_story[language], "desktop")
    stream, start, end = found["stream"], found["figures"]["start"], found["figures"]["end"]
    end_side = "right" if start_side == "left" else "left"
    assert start[start_side] == pytest.approx(stream[start_side], abs=1)
    assert end[end_side] == pytest.approx(stream[end_side], abs=1)
    for figure in (start, end):
        assert stream["width"] * 0.44 <= figure["width"] <= stream["width"] * 0.46
        assert figure["next"]["top"] < figure["bottom"]  # the paragraph after it flows beside it


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_wide_screen_wide_and_full_reach_beyond_the_text(chromium, live_server, aligned_story, language):
    found = boxes(chromium, live_server.url + aligned_story[language], "desktop")
    stream, main, figures = found["stream"], found["main"], found["figures"]
    assert figures["column"]["width"] == pytest.approx(stream["width"], abs=1)
    assert stream["width"] < figures["wide"]["width"] < figures["full"]["width"]
    assert figures["full"]["width"] == pytest.approx(main["width"], abs=1)
    assert found["scroll"] == VIEWPORTS["desktop"]["width"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_every_image_is_as_wide_as_the_text(chromium, live_server, aligned_story, language):
    found = boxes(chromium, live_server.url + aligned_story[language], "phone")
    for name in ALIGNMENTS:
        assert found["figures"][name]["width"] == pytest.approx(found["stream"]["width"], abs=1), name
    assert found["scroll"] == VIEWPORTS["phone"]["width"]
