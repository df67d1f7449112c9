"""Every export WordPress writes is read: WXR 1.0 to 1.2 over http or https (WordPress.com
writes https), and uploads in either layout, self-hosted or WordPress.com's files host."""

import pytest
from wagtail.images.models import Image

from stories.models import StoryPage
from tests.factories import jpeg_with_gps
from tests.wordpress.conftest import FIXTURES
from wordpress.media import lookup_key, uploads_path
from wordpress.wxr import read_export

WORDPRESS_COM = FIXTURES / "wordpress-com.xml"
MINIMAL = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="{wp}excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="{wp}">
<channel>
  <title>Peace</title><link>https://peace.example.org</link>
  <wp:wxr_version>{version}</wp:wxr_version>
  <item>
    <title>Hello</title><dc:creator>amina</dc:creator>
    <content:encoded><![CDATA[<p>Body</p>]]></content:encoded>
    <excerpt:encoded><![CDATA[Teaser]]></excerpt:encoded>
    <wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
  </item>
</channel>
</rss>
"""


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_every_export_namespace_is_read(tmp_path, version, scheme):
    export = tmp_path / "export.xml"
    export.write_text(MINIMAL.format(wp=f"{scheme}://wordpress.org/export/{version}/", version=version))
    item = read_export(export).items[0]
    assert (item.wp_id, item.post_type, item.status) == (7, "post", "publish")
    assert (item.content, item.excerpt, item.creator) == ("<p>Body</p>", "Teaser", "amina")


@pytest.mark.parametrize(
    "address, path",
    [
        (
            "https://peace.example.org/wp-content/uploads/2021/11/photo-300x200.jpg",
            "2021/11/photo-300x200.jpg",
        ),
        ("/wp-content/uploads/sites/3/2021/11/photo.jpg", "sites/3/2021/11/photo.jpg"),
        (
            "https://peacevoices.files.wordpress.com/2008/06/market-women.jpg?w=300",
            "2008/06/market-women.jpg",
        ),
        (
            "https://i0.wp.com/peace.example.org/wp-content/uploads/2021/11/photo.jpg?ssl=1",
            "2021/11/photo.jpg",
        ),
        ("https://peace.example.org/files/2010/01/photo.jpg", "2010/01/photo.jpg"),  # old multisite
        ("2021/11/photo.jpg", "2021/11/photo.jpg"),  # _wp_attached_file
        ("https://peace.example.org/2021/11/photo/", ""),  # an attachment page, not a file
    ],
)
def test_uploads_are_found_by_their_path_below_the_uploads_folder(address, path):
    assert uploads_path(address) == path


@pytest.mark.parametrize(
    "variant",
    [
        "https://peacevoices.files.wordpress.com/2008/06/market-women-580x300.jpg",
        "https://peacevoices.files.wordpress.com/2008/06/market-women.jpg?w=300&h=200",
        "https://peacevoices.files.wordpress.com/2008/06/market-women-scaled.jpg",
        "https://peacevoices.files.wordpress.com/2008/06/market-women-e1634567890123.jpg",
        "https://peacevoices.files.wordpress.com/2008/06/market-women@2x.jpg",
        "https://i2.wp.com/peacevoices.files.wordpress.com/2008/06/market-women-150x150.jpg?ssl=1",
    ],
)
def test_resized_copies_share_the_originals_key(variant):
    assert lookup_key(variant) == lookup_key(
        "https://peacevoices.files.wordpress.com/2008/06/market-women.jpg"
    )


@pytest.fixture
def wordpress_com_uploads(tmp_path):
    """The media export of a WordPress.com site: year/month folders at its root."""
    root = tmp_path / "media"
    (root / "2008" / "06").mkdir(parents=True)
    (root / "2008" / "06" / "market-women.jpg").write_bytes(jpeg_with_gps())
    (root / "2008" / "06" / "peace-committee.png").write_bytes(_png())
    return root


def _png():
    import io

    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 120, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_wordpress_com_export_is_imported(run_import, wordpress_com_uploads, locales):
    out, report = run_import(export=WORDPRESS_COM, media_dir=str(wordpress_com_uploads))
    page = StoryPage.objects.get(title="Market women of Juba")
    assert page.live and page.excerpt == "Konyo Konyo's traders keep the peace."
    assert "attachments  2 / 0 / 0 / 0" in out  # both files found in the media folder
    assert page.hero_image.title == "Market women of Juba"


def test_content_images_are_matched_by_path_whatever_size_they_show(
    run_import, wordpress_com_uploads, locales
):
    _out, report = run_import(export=WORDPRESS_COM, media_dir=str(wordpress_com_uploads))
    page = StoryPage.objects.get(title="Market women of Juba")
    images = [block.value for block in page.body if block.block_type == "image"]
    market = Image.objects.get(file__contains="market-women")
    committee = Image.objects.get(title="Peace committee")
    assert [value["image"] for value in images] == [market, committee, market]
    assert images[0]["alt_text"] == "Women selling vegetables at a market stall"  # the attachment's
    assert images[1]["alt_text"] == "The committee in session"
    assert "image left out" not in report
