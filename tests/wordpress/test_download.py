"""Attachments not in the media folder are downloaded from the old site when it answers
(here a server on this machine, started by the test)."""

import functools
import http.server
import threading

import pytest
from wagtail.images.models import Image

from stories.models import StoryPage
from tests.wordpress.conftest import jpeg_with_gps

EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/" xmlns:wp="http://wordpress.org/export/1.1/">
<channel>
  <title>Peace Network</title><link>{base}</link>
  <wp:wxr_version>1.1</wp:wxr_version><wp:base_site_url>{base}</wp:base_site_url>
  <item>
    <title>Youth peace camp</title><link>{base}/?attachment_id=11</link>
    <wp:post_id>11</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
    <wp:post_parent>12</wp:post_parent>
    <wp:attachment_url>{base}/wp-content/uploads/2022/01/camp.jpg</wp:attachment_url>
  </item>
  <item>
    <title>Gone photo</title><link>{base}/?attachment_id=13</link>
    <wp:post_id>13</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
    <wp:attachment_url>{base}/wp-content/uploads/2022/01/gone.jpg</wp:attachment_url>
  </item>
  <item>
    <title>Youth peace camp in Jinja</title><link>{base}/2022/01/10/youth-peace-camp/</link>
    <content:encoded><![CDATA[<p>Forty young people met in Jinja.</p><p><img src="{base}/wp-content/uploads/2022/01/camp-1024x768.jpg" alt="Camp"></p>]]></content:encoded>
    <excerpt:encoded></excerpt:encoded>
    <wp:post_id>12</wp:post_id><wp:post_date>2022-01-10 09:00:00</wp:post_date><wp:post_date_gmt>2022-01-10 06:00:00</wp:post_date_gmt>
    <wp:post_name>youth-peace-camp</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
  </item>
</channel>
</rss>
"""


@pytest.fixture
def old_site(tmp_path):
    """An HTTP server on 127.0.0.1 serving a wp-content/uploads folder."""
    root = tmp_path / "site"
    (root / "wp-content" / "uploads" / "2022" / "01").mkdir(parents=True)
    (root / "wp-content" / "uploads" / "2022" / "01" / "camp.jpg").write_bytes(jpeg_with_gps())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_files_are_downloaded_when_not_in_a_media_folder(run_import, old_site, tmp_path, locales):
    export = tmp_path / "export.xml"
    export.write_text(EXPORT.format(base=old_site), encoding="utf-8")
    out, report = run_import(export=export, timeout=5)
    image = Image.objects.get(title="Youth peace camp")
    page = StoryPage.objects.get(title="Youth peace camp in Jinja")
    assert [block.block_type for block in page.body] == ["paragraph", "image"]
    assert page.body[1].value["image"] == image
    assert "gone.jpg" in report and "404" in report  # the missing one is reported
    assert "attachments  1 / 0 / 0 / 1" in out
