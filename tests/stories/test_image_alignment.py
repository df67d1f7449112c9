"""An image's or gallery's alignment renders as a class on its figure, which the
stylesheet places; content saved before alignment existed stays in the text column."""

from stories.models import StoryPage
from tests.factories import make_image, make_story
from tests.html_validation import validate_html


def image_value(image, **fields):
    return {"type": "image", "value": {"image": image.pk, "alt_text": "Women seated in rows", **fields}}


def test_each_alignment_is_a_class_on_the_image_figure(client, story_index):
    image = make_image("Meeting")
    alignments = ["column", "start", "end", "wide", "full"]
    story = make_story(
        story_index, "Aligned", "2021-08-25", body=[image_value(image, alignment=name) for name in alignments]
    )
    html = client.get(story.url).content.decode()
    for name in alignments:
        assert html.count(f'<figure class="block-image placement-{name}">') == 1


def test_an_image_saved_before_alignment_existed_stays_in_the_text_column(client, story_index):
    story = make_story(story_index, "Older", "2021-08-25", body=[image_value(make_image("Old"))])
    assert "alignment" not in StoryPage.objects.get(pk=story.pk).body.raw_data[0]["value"]
    html = client.get(story.url).content.decode()
    assert '<figure class="block-image placement-column">' in html
    assert 'sizes="(min-width: 48em) 45rem, 100vw"' in html


def test_an_image_beside_the_text_asks_for_a_file_of_its_smaller_width(client, story_index):
    story = make_story(story_index, "Beside", "2021-08-25", body=[image_value(make_image(), alignment="end")])
    assert 'sizes="(min-width: 40em) 20rem, 100vw"' in client.get(story.url).content.decode()


def test_a_gallery_renders_its_alignment_and_offers_none_beside_the_text(client, story_index):
    image = make_image()
    gallery = {
        "columns": 2,
        "alignment": "wide",
        "images": [{"image": image.pk, "alt_text": "", "caption": ""}],
    }
    story = make_story(story_index, "Gallery", "2021-08-25", body=[{"type": "gallery", "value": gallery}])
    html = client.get(story.url).content.decode()
    assert '<figure class="block-gallery block-gallery--columns-2 placement-wide">' in html
    choices = [
        name
        for name, _label in StoryPage.body.field.stream_block.child_blocks["gallery"]
        .child_blocks["alignment"]
        .field.choices
    ]
    assert "start" not in choices and "end" not in choices and "wide" in choices


def test_a_story_with_every_alignment_is_valid_html(client, story_index):
    image = make_image()
    body = [image_value(image, alignment=name) for name in ("column", "start", "end", "wide", "full")]
    gallery = {
        "columns": 2,
        "alignment": "full",
        "images": [{"image": image.pk, "alt_text": "", "caption": "One"}],
    }
    story = make_story(
        story_index, "Valid", "2021-08-25", body=[*body, {"type": "gallery", "value": gallery}]
    )
    assert validate_html({"aligned": client.get(story.url).content.decode()}) == []
