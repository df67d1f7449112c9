"""WordPress's image alignment is kept: an imported image or gallery has the alignment it
had, mirrored for a right-to-left post, and its page renders it so."""

import pytest

from stories.models import StoryPage
from tests.factories import jpeg_with_gps
from tests.wordpress.conftest import attachment_xml, export_xml

PHOTOS = (701, 702, 703, 704)


def post_xml(wp_id, slug, content, language=""):
    term = (
        f'<category domain="language" nicename="{language}"><![CDATA[{language}]]></category>'
        if language
        else ""
    )
    return f"""<item><title>Aligned photos {slug}</title><link>https://peace.example.org/2019/05/10/{slug}/</link>
<dc:creator>comms</dc:creator><guid isPermaLink="false">https://peace.example.org/?p={wp_id}</guid>{term}
<content:encoded><![CDATA[{content}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{wp_id}</wp:post_id><wp:post_date>2019-05-10 10:00:00</wp:post_date>
<wp:post_date_gmt>2019-05-10 07:00:00</wp:post_date_gmt><wp:post_name>{slug}</wp:post_name>
<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>
</item>"""


CONTENT = (
    '<p><img class="alignleft size-medium wp-image-701" src="https://peace.example.org/wp-content/uploads/'
    '2019/05/day-701-300x200.jpg" alt="Facilitators" /> The facilitators opened the day.</p>\n\n'
    '[caption id="attachment_702" align="alignright" width="300"]<img class="size-medium wp-image-702" '
    'src="https://peace.example.org/wp-content/uploads/2019/05/day-702.jpg" alt="" /> Participants[/caption]\n\n'
    '<!-- wp:gallery {"align":"full"} --><figure class="wp-block-gallery alignfull columns-2">'
    '<figure class="wp-block-image"><img src="https://peace.example.org/wp-content/uploads/2019/05/day-703.jpg" '
    'class="wp-image-703"/></figure><figure class="wp-block-image"><img '
    'src="https://peace.example.org/wp-content/uploads/2019/05/day-704.jpg" class="wp-image-704"/></figure>'
    "</figure><!-- /wp:gallery -->"
)


@pytest.fixture
def aligned(run_import, tmp_path, locales):
    """An English post and an Arabic one, each with an image aligned left, one aligned
    right in a [caption] and a full-width block gallery."""
    uploads = tmp_path / "aligned-uploads"
    (uploads / "2019" / "05").mkdir(parents=True)
    for wp_id in PHOTOS:
        (uploads / "2019" / "05" / f"day-{wp_id}.jpg").write_bytes(
            jpeg_with_gps(colour=(wp_id % 255, 60, 90))
        )
    export = tmp_path / "aligned.xml"
    export.write_text(
        export_xml(
            "".join(attachment_xml(wp_id) for wp_id in PHOTOS)
            + post_xml(800, "english", CONTENT)
            + post_xml(801, "arabic", CONTENT, language="ar")
        ),
        encoding="utf-8",
    )
    return run_import(export=export, media_dir=str(uploads))


def alignments(slug):
    page = StoryPage.objects.get(slug=slug)
    return [
        (block.block_type, block.value["alignment"]) for block in page.body if block.block_type != "paragraph"
    ]


def test_left_and_right_are_the_start_and_end_in_english_and_full_stays(aligned):
    assert alignments("english") == [("image", "start"), ("image", "end"), ("gallery", "full")]


def test_left_and_right_are_mirrored_in_an_arabic_post(aligned):
    assert alignments("arabic") == [("image", "end"), ("image", "start"), ("gallery", "full")]


def test_alignment_is_no_longer_a_row_of_the_report(aligned):
    _output, report = aligned
    assert aligned.status == 0
    assert "alignment" not in report


def test_the_imported_page_renders_each_alignment_on_its_figure(aligned, client):
    page = StoryPage.objects.get(slug="english")
    html = client.get(page.url).content.decode()
    assert html.count('<figure class="block-image placement-start">') == 1
    assert html.count('<figure class="block-image placement-end">') == 1
    assert 'class="block-gallery block-gallery--columns-2 placement-full"' in html
    # The image beside the text comes before the paragraph it sits beside.
    body = html[html.index('<div class="stream">') :]
    assert body.index("placement-start") < body.index("The facilitators opened the day.")
