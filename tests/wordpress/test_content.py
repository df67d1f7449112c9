"""The HTML → blocks conversion on its own (no database)."""

from types import SimpleNamespace

import pytest

from wordpress.content import Converter, autop, truncate
from wordpress.languages import plan_languages
from wordpress.shortcodes import expand
from wordpress.wxr import Item, Term


class Media:
    """Every attachment id is an imported image whose pk is the id plus 1000."""

    def image_for(self, attachment_id, src):
        if attachment_id is None:
            return None
        return SimpleNamespace(pk=attachment_id + 1000, alt="From the library", caption="")


def convert(html, site_url="https://old.example.org"):
    return Converter(Media(), site_url).convert(html)


def test_classic_text_gets_paragraphs_and_line_breaks():
    assert autop("One\ntwo\n\nThree") == "<p>One<br>\ntwo</p>\n<p>Three</p>"
    assert [b["type"] for b in convert("One\n\nTwo")] == ["paragraph"]
    assert convert("One\n\nTwo")[0]["value"] == "<p>One</p><p>Two</p>"


def test_scripts_styles_frames_and_handlers_never_survive():
    html = (
        '<p onmouseover="steal()">Hello <span style="color:red">there</span></p>'
        "<script>alert(1)</script><style>p{}</style><iframe src='https://evil.example'></iframe>"
        '<p><a href="javascript:alert(1)">click</a> <img src=x onerror="alert(2)"></p>'
    )
    blocks = convert(html)
    text = str(blocks)
    for bad in (
        "onmouseover",
        "steal",
        "alert",
        "style",
        "script",
        "iframe",
        "evil",
        "javascript",
        "onerror",
    ):
        assert bad not in text
    assert blocks[0]["value"].startswith("<p>Hello there</p>")


def test_headings_levels_and_rich_text_features():
    blocks = convert("<h1>Title</h1><h2>Section</h2><h4>Sub</h4><p>A <b>bold</b> <u>move</u></p>")
    assert [(b["type"], b["value"]["level"]) for b in blocks[:3]] == [
        ("heading", "h2"),
        ("heading", "h2"),
        ("heading", "h3"),
    ]
    assert blocks[3]["value"] == "<p>A <b>bold</b> move</p>"


def test_captions_galleries_and_embeds_from_shortcodes():
    html = (
        '[caption id="attachment_7" width="300"]<img src="https://old.example.org/wp-content/uploads/a.jpg" />'
        ' A caption[/caption]\n\n[gallery ids="8,9"]\n\n[embed]https://youtu.be/abc[/embed]'
    )
    blocks = convert(html)
    assert [b["type"] for b in blocks] == ["image", "image", "image", "embed"]
    assert blocks[0]["value"] == {
        "image": 1007,
        "alignment": "column",
        "alt_text": "From the library",
        "caption": "A caption",
        "credit": "",
    }
    assert [blocks[1]["value"]["image"], blocks[2]["value"]["image"]] == [1008, 1009]
    assert blocks[3]["value"]["url"] == "https://youtu.be/abc"


def test_unknown_shortcodes_go_and_keep_their_text():
    assert (
        expand('[vc_row][vc_column]Inside[/vc_column][/vc_row] [button url="x"] [sic] [1]')
        == "Inside  [sic] [1]"
    )


def test_video_frames_and_bare_addresses_become_link_cards():
    blocks = convert(
        '<iframe src="https://www.youtube.com/embed/xyz123" title="Launch"></iframe>'
        "<p>https://vimeo.com/42</p>"
        "<p>See https://vimeo.com/42 for more</p>"
    )
    assert blocks[0]["value"] == {
        "url": "https://www.youtube.com/watch?v=xyz123",
        "title": "Launch",
        "description": "",
    }
    assert blocks[1]["value"]["url"] == "https://vimeo.com/42"
    assert blocks[2]["type"] == "paragraph"  # an address inside a sentence stays text


def test_block_comments_vanish():
    html = "<!-- wp:paragraph --><p>Text</p><!-- /wp:paragraph --><!-- wp:separator --><hr/><!-- /wp:separator -->"
    assert convert(html) == [{"type": "paragraph", "value": "<p>Text</p>"}]


def test_missing_images_are_listed():
    converter = Converter(Media(), "")
    assert converter.convert('<p><img src="https://elsewhere.example/x.jpg"></p>') == []
    assert converter.missing_images == ["https://elsewhere.example/x.jpg"]


def test_truncate_cuts_at_a_word():
    assert truncate("Women build peace in every village of the region", 20) == "Women build peace…"
    assert len(truncate("word " * 200, 300)) <= 300


def test_wpml_languages_and_translation_links():
    english = Item(wp_id=1, post_type="post", meta={"_wpml_language": "en"})
    french = Item(wp_id=2, post_type="post", meta={"_wpml_language": "fr_FR", "_wpml_translation_of": "1"})
    swahili = Item(wp_id=3, post_type="post", meta={"wpml_language": "sw", "_wpml_trid": "9"})
    arabic = Item(wp_id=4, post_type="post", meta={"wpml_language": "ar", "_wpml_trid": "9"})
    plan = plan_languages([english, french, swahili, arabic], "en", ["en", "fr", "sw", "ar"])
    assert plan.source_of == {2: 1, 4: 3}
    assert plan.language_of(french) == "fr"


def test_polylang_groups():
    def item(wp_id, language):
        return Item(
            wp_id=wp_id,
            post_type="post",
            terms=[Term("language", language, language), Term("post_translations", "pll_1", "pll_1")],
        )

    plan = plan_languages([item(5, "fr"), item(6, "en")], "en", ["en", "fr"])
    assert plan.source_of == {5: 6}  # the English one is the source, whatever the order


def test_links_to_the_old_site_become_relative_over_either_scheme():
    blocks = convert(
        '<p><a href="http://www.old.example.org/2021/11/report/">a</a> <a href="https://old.example.org">b</a> '
        '<a href="https://partner.example.com/x">c</a></p>'
    )
    assert blocks[0]["value"] == (
        '<p><a href="/2021/11/report/">a</a> <a href="/">b</a> <a href="https://partner.example.com/x">c</a></p>'
    )


def test_a_video_frame_inside_a_paragraph_becomes_a_link_card():
    blocks = convert('<p>Watch: <iframe src="https://player.vimeo.com/video/77"></iframe></p>')
    assert [b["type"] for b in blocks] == ["paragraph", "embed"]
    assert blocks[1]["value"]["url"] == "https://vimeo.com/77"


def gallery_converter():
    return Converter(Media(), "https://old.example.org", blocks=("gallery",))


def block_gallery(ids, columns_class):
    figures = "".join(
        f'<!-- wp:image {{"id":{wp_id}}} --><figure class="wp-block-image size-large">'
        f'<img src="https://old.example.org/wp-content/uploads/2019/05/p{wp_id}-1024x683.jpg" '
        f'class="wp-image-{wp_id}"/><figcaption>Photo {wp_id}</figcaption></figure><!-- /wp:image -->'
        for wp_id in ids
    )
    return (
        f'<!-- wp:gallery {{"linkTo":"none"}} --><figure class="wp-block-gallery has-nested-images '
        f'{columns_class} is-cropped">{figures}</figure><!-- /wp:gallery -->\n\n'
    )


@pytest.mark.parametrize("shape", ["block editor", "[gallery] shortcode"])
def test_a_26_image_gallery_repeated_12_times_is_one_gallery_of_26_images(shape):
    ids = list(range(300, 326))
    if shape == "block editor":
        one = block_gallery(ids, "columns-4")
    else:
        one = f'[gallery columns="4" link="file" ids="{",".join(map(str, ids))}"]\n\n'
    converter = gallery_converter()
    blocks = converter.convert(f"<p>The photos of the day.</p>\n\n{one * 12}")
    galleries = [block["value"] for block in blocks if block["type"] == "gallery"]
    assert len(galleries) == 1
    assert [entry["image"] for entry in galleries[0]["images"]] == [wp_id + 1000 for wp_id in ids]
    assert galleries[0]["columns"] == 4
    assert not [block for block in blocks if block["type"] == "image"]
    repeats = [why for what, why in converter.dropped if what == "a gallery of 26 images"]
    assert repeats == ["the same gallery again in this post: imported once"] * 11


def test_a_block_gallery_left_at_its_default_shows_up_to_three_a_row():
    two = gallery_converter().convert(block_gallery([1, 2], "columns-default"))
    five = gallery_converter().convert(block_gallery([1, 2, 3, 4, 5], "columns-default"))
    assert two[0]["value"]["columns"] == 2 and five[0]["value"]["columns"] == 3


ALIGNED = (
    '[caption id="attachment_7" align="alignright" width="300"]<img class="wp-image-7" src="a.jpg" /> '
    "On the right[/caption]\n\n"
    '<p><img class="alignleft size-thumbnail wp-image-8" src="b.jpg" alt="" /> Text beside it.</p>\n\n'
    '<!-- wp:image {"align":"wide","id":9} --><figure class="wp-block-image alignwide">'
    '<img src="c.jpg" class="wp-image-9"/></figure><!-- /wp:image -->'
    '<!-- wp:image {"align":"center","id":10} --><figure class="wp-block-image aligncenter">'
    '<img src="d.jpg" class="wp-image-10"/></figure><!-- /wp:image -->'
    '<!-- wp:image {"align":"full","id":11} --><figure class="wp-block-image alignfull">'
    '<img src="e.jpg" class="wp-image-11"/></figure><!-- /wp:image -->'
    '<p><img class="alignnone wp-image-12" src="f.jpg" data-amani-alignment="left" /></p>'
)


def image_alignments(blocks):
    return [
        (block["value"]["image"], block["value"]["alignment"]) for block in blocks if block["type"] == "image"
    ]


def test_classic_caption_and_block_alignments_become_the_image_blocks_alignment():
    converter = Converter(Media(), "https://old.example.org")
    blocks = converter.convert(ALIGNED)
    assert image_alignments(blocks) == [
        (1007, "end"),  # [caption align="alignright"]
        (1008, "start"),  # a classic class on the <img>
        (1009, "wide"),  # the block editor's "align"
        (1010, "column"),  # centred
        (1011, "full"),
        (1012, "column"),  # alignnone; an alignment written in the markup's own data is ignored
    ]
    assert converter.dropped == []


def test_in_a_right_to_left_post_left_is_the_end_of_the_line_and_right_its_start():
    blocks = Converter(Media(), "https://old.example.org", rtl=True).convert(ALIGNED)
    assert [alignment for _image, alignment in image_alignments(blocks)] == [
        "start",
        "end",
        "wide",
        "column",
        "full",
        "column",
    ]


def test_an_image_beside_the_text_comes_before_its_paragraph_and_others_after():
    blocks = convert(
        '<p><img class="alignright wp-image-8" src="b.jpg" /> Beside it. '
        '<img class="alignwide wp-image-9" src="c.jpg" /></p>'
    )
    assert [
        (block["type"], block["value"].get("alignment")) for block in blocks if block["type"] == "image"
    ] == [
        ("image", "end"),
        ("image", "wide"),
    ]
    assert [block["type"] for block in blocks] == ["image", "paragraph", "image"]


def test_a_gallery_keeps_wide_and_full_and_one_beside_the_text_is_a_report_row():
    def aligned_gallery(alignment):
        return block_gallery([1, 2], f"align{alignment} columns-2")

    converter = gallery_converter()
    blocks = converter.convert(
        aligned_gallery("full") + aligned_gallery("wide").replace("wp-image-", "wp-image-1")
    )
    assert [block["value"]["alignment"] for block in blocks] == ["full", "wide"]
    assert converter.dropped == []
    beside = gallery_converter()
    [gallery] = beside.convert(aligned_gallery("left"))
    assert gallery["value"]["alignment"] == "column"
    assert beside.dropped == [
        (
            "a gallery of 2 images",
            "its alignment (left) is not kept: a gallery is shown in the text column, wide or full width, "
            "never beside the text",
        )
    ]


def test_a_page_without_gallery_blocks_gives_each_image_the_gallerys_alignment():
    blocks = convert(block_gallery([1, 2], "alignfull columns-2"))
    assert [alignment for _image, alignment in image_alignments(blocks)] == ["full", "full"]
