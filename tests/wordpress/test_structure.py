"""Structure survives the import: tables, code, verse, numbered lists, galleries with
their captions, sub- and superscripts, quotations and definition lists; whatever is
left out is a row of the report."""

import csv
import io

import pytest

from home.models import StandardPage
from stories.models import StoryPage
from tests.factories import jpeg_with_gps
from tests.wordpress.conftest import FIXTURES, attachment_xml, export_xml

CONTENT = FIXTURES / "content.xml"
STORY = "/en/stories/numbers-from-the-field/"


@pytest.fixture
def structured(run_import, tmp_path, locales):
    uploads = tmp_path / "content-uploads"
    (uploads / "2023" / "05").mkdir(parents=True)
    (uploads / "2023" / "05" / "participants.jpg").write_bytes(jpeg_with_gps())
    (uploads / "2023" / "05" / "facilitators.jpg").write_bytes(jpeg_with_gps(colour=(10, 90, 160)))
    return run_import(export=CONTENT, media_dir=str(uploads))


def blocks_of(title, block_type):
    page = StoryPage.objects.filter(title=title).first() or StandardPage.objects.get(title=title)
    return [block.value for block in page.body if block.block_type == block_type]


def test_a_table_keeps_its_headings_caption_and_links(structured):
    table = blocks_of("Numbers from the field", "table")[0]
    assert table["caption"] == "Women trained per district, 2023"
    assert table["header_row"] is True
    rows = [[cell.source for cell in row["cells"]] for row in table["rows"]]
    assert rows[0] == ["<p>District</p>", "<p>Women</p>", "<p>Report</p>"]
    assert (
        rows[1][2] == '<p><a href="/reports/gitega/">Gitega report</a></p>'
    )  # the old site's, made relative
    assert rows[2] == [
        "<p><strong>Ngozi</strong></p>",
        "<p>35</p>",
        '<p><a href="https://partner.example.org/ngozi.pdf">Ngozi report</a></p>',
    ]


def test_a_classic_table_with_a_heading_row_of_th(structured):
    table = blocks_of("A classic table and a poem", "table")[0]
    assert table["caption"] == "Listening sessions" and table["header_row"] is True
    assert [cell.source for cell in table["rows"][1]["cells"]] == [
        "<p>Bukavu</p>",
        '<p><a href="/2011/12/bukavu/">12</a></p>',
    ]


def test_a_table_renders_with_headings_and_caption(structured, client):
    html = client.get(STORY).content.decode()
    assert "<caption>Women trained per district, 2023</caption>" in html
    assert '<th scope="col"><div class="rich-text"><p>District</p></div></th>' in html
    assert '<a href="/reports/gitega/">Gitega report</a>' in html


def test_code_preformatted_text_and_verse_keep_their_line_breaks(structured):
    kinds = [(value["kind"], value["text"]) for value in blocks_of("Numbers from the field", "preformatted")]
    assert kinds == [
        ("code", "count = sum(women.values())\nprint(count)"),
        ("preformatted", "Peace Centre\nPlot 1467 Mutesa II Road\nKampala"),
        ("verse", "We are the daughters\nof the ones who stayed"),
    ]
    classic = blocks_of("A classic table and a poem", "preformatted")[0]
    assert classic["text"] == "Line one\n\nLine three, after a blank line"  # the blank line is its own


def test_code_and_verse_render_as_such(structured, client):
    html = client.get(STORY).content.decode()
    assert (
        '<pre class="block-preformatted"><code>count = sum(women.values())\nprint(count)</code></pre>' in html
    )
    assert '<p class="block-verse">We are the daughters<br>of the ones who stayed</p>' in html


def test_a_list_starting_at_8_keeps_its_numbers(structured):
    text = "".join(value.source for value in blocks_of("Numbers from the field", "paragraph"))
    assert "<p>8. Fund the networks.</p><p>9. Protect the defenders.</p>" in text


def test_sub_and_superscripts_quotations_and_definitions_keep_their_sense(structured):
    text = "".join(value.source for value in blocks_of("Numbers from the field", "paragraph"))
    assert "H₂O testing" in text and "the 1ˢᵗ round" in text and "E=mc²" in text
    assert "“Peace begins at the well”, said the chair." in text
    assert "<p><b>UNSCR 1325</b><br/>The resolution on women, peace and security.</p>" in text


def test_a_gallery_is_one_block_with_each_images_caption(structured):
    galleries = blocks_of("Numbers from the field", "gallery")
    first = galleries[0]
    assert first["caption"] == "The Gitega training" and first["columns"] == 2
    assert [(image["image"].title, image["caption"], image["alt_text"]) for image in first["images"]] == [
        ("Facilitators", "The facilitators", ""),
        ("Participants", "Day one in Gitega", "Women seated in rows"),
    ]
    # [gallery] without ids shows the post's attached images with their library captions...
    assert [(image["image"].title, image["caption"]) for image in galleries[1]["images"]] == [
        ("Participants", "Participants in Bujumbura"),
        ("Facilitators", ""),
    ]
    # ...and the same gallery again is imported once.
    assert len(galleries) == 2


def test_a_gallery_renders_each_image_once_with_its_caption(structured, client):
    html = client.get(STORY).content.decode()
    assert html.count('class="block-gallery block-gallery--columns-2 placement-column"') == 1
    assert "<figcaption>Day one in Gitega</figcaption>" in html
    assert ".webp" in html  # renditions, not the uploaded file


def test_what_is_left_out_is_a_row_of_the_report(structured):
    _out, report = structured
    left_out = [row["reason"] for row in csv.DictReader(io.StringIO(report)) if row["outcome"] == "left out"]
    assert any(reason.startswith("[audio]: audio is not played") for reason in left_out)
    assert any(
        reason.startswith('<iframe src="https://maps.example.com/embed?pb=gitega">') for reason in left_out
    )
    assert any(
        reason.startswith('<form src="https://peacedata.example.org/subscribe">: forms')
        for reason in left_out
    )
    assert any("the same gallery again in this post: imported once" in reason for reason in left_out)


def test_a_page_without_table_blocks_keeps_rows_and_links_as_text(structured):
    [paragraph] = blocks_of("Our numbers", "paragraph")
    assert paragraph.source == '<p>Members | <a href="/members/">312</a></p>'


GALLERY_PHOTOS = range(700, 726)


@pytest.fixture
def repeated_gallery(run_import, tmp_path, locales):
    """A block-editor post whose 26-image gallery was pasted 12 times (a 312-image page)."""
    uploads = tmp_path / "gallery-uploads"
    (uploads / "2019" / "05").mkdir(parents=True)
    for wp_id in GALLERY_PHOTOS:
        (uploads / "2019" / "05" / f"day-{wp_id}.jpg").write_bytes(
            jpeg_with_gps(colour=(wp_id % 255, 60, 90))
        )
    figures = "".join(
        f'<!-- wp:image {{"id":{wp_id},"sizeSlug":"large"}} --><figure class="wp-block-image size-large">'
        f'<img src="https://peace.example.org/wp-content/uploads/2019/05/day-{wp_id}-1024x683.jpg" alt="" '
        f'class="wp-image-{wp_id}"/><figcaption class="wp-element-caption">Photo {wp_id}</figcaption>'
        "</figure><!-- /wp:image -->"
        for wp_id in GALLERY_PHOTOS
    )
    gallery = (
        '<!-- wp:gallery {"columns":4,"linkTo":"none"} --><figure class="wp-block-gallery '
        f'has-nested-images columns-4 is-cropped">{figures}</figure><!-- /wp:gallery -->\n\n'
    )
    export = tmp_path / "gallery.xml"
    export.write_text(
        export_xml(
            "".join(attachment_xml(wp_id) for wp_id in GALLERY_PHOTOS)
            + f"""<item><title>A day of dialogue in pictures</title><link>https://peace.example.org/2019/05/10/dialogue/</link>
<dc:creator>comms</dc:creator><guid isPermaLink="false">https://peace.example.org/?p=800</guid>
<content:encoded><![CDATA[<!-- wp:paragraph --><p>The day in pictures.</p><!-- /wp:paragraph -->
{gallery * 12}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>800</wp:post_id><wp:post_date>2019-05-10 10:00:00</wp:post_date>
<wp:post_date_gmt>2019-05-10 07:00:00</wp:post_date_gmt><wp:post_name>dialogue</wp:post_name>
<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>
</item>"""
        ),
        encoding="utf-8",
    )
    return run_import(export=export, media_dir=str(uploads))


def test_a_26_image_gallery_pasted_12_times_renders_once_with_26_images(repeated_gallery, client):
    [gallery] = blocks_of("A day of dialogue in pictures", "gallery")
    assert len(gallery["images"]) == 26 and gallery["columns"] == 4
    assert gallery["images"][0]["caption"] == "Photo 700"
    html = client.get("/en/stories/dialogue/").content.decode()
    assert html.count('class="block-gallery block-gallery--columns-4 placement-column"') == 1
    grid = html.split('class="block-gallery__grid"', 1)[1].split("</ul>", 1)[0]
    assert grid.count("<li>") == 26 and grid.count("<img ") == 26
    _out, report = repeated_gallery
    assert report.count("a gallery of 26 images") == 11
