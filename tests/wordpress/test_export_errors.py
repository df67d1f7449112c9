"""Bad files stop the import with a message naming the problem, not a traceback."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from wordpress.models import ImportedObject

MALFORMED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <wp:wxr_version>1.2</wp:wxr_version>
  <item><title>Unclosed & broken</title></item>
</channel>
</rss>
"""


def test_malformed_xml_names_the_line_and_column(tmp_path, story_index):
    export = tmp_path / "broken.xml"
    export.write_text(MALFORMED, encoding="utf-8")
    pages = Page.objects.count()
    with pytest.raises(CommandError) as raised:
        call_command("import_wordpress", str(export), report=str(tmp_path / "r.csv"))
    assert "is not well-formed XML: line 5, column 25" in str(raised.value)
    assert Page.objects.count() == pages


def test_an_rss_feed_is_not_an_export(tmp_path, story_index):
    export = tmp_path / "feed.xml"
    export.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>')
    with pytest.raises(CommandError, match="not a WordPress export"):
        call_command("import_wordpress", str(export), report=str(tmp_path / "r.csv"))


def test_entities_are_refused(tmp_path, story_index):
    export = tmp_path / "bomb.xml"
    export.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">]><rss><channel>&a;</channel></rss>'
    )
    with pytest.raises(CommandError, match="refused"):
        call_command("import_wordpress", str(export), report=str(tmp_path / "r.csv"))


def test_a_missing_file_or_unknown_language(tmp_path, story_index):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_wordpress", str(tmp_path / "nope.xml"))
    export = tmp_path / "e.xml"
    export.write_text("<rss/>")
    with pytest.raises(CommandError, match="site's languages"):
        call_command("import_wordpress", str(export), locale="xx")


def test_no_story_index_is_a_clear_error(tmp_path, home_page):
    from tests.wordpress.conftest import SAMPLE

    with pytest.raises(CommandError, match="no story index"):
        call_command("import_wordpress", str(SAMPLE), skip_media=True, report=str(tmp_path / "r.csv"))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>&lol9;</title></item></channel></rss>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type></item></channel></rss>"""


def import_refused(tmp_path, data, match):
    export = tmp_path / "export.xml"
    export.write_bytes(data)
    counts = (Page.objects.count(), ImportedObject.objects.count())
    with pytest.raises(CommandError, match=match):
        call_command("import_wordpress", str(export), report=str(tmp_path / "r.csv"))
    assert (Page.objects.count(), ImportedObject.objects.count()) == counts  # nothing half-imported


def test_a_truncated_export_is_refused_whole(tmp_path, story_index):
    from tests.wordpress.conftest import SAMPLE

    data = SAMPLE.read_bytes()
    import_refused(tmp_path, data[: len(data) // 2], r"is not well-formed XML: line \d+, column \d+")


def test_a_file_that_is_not_xml_is_refused(tmp_path, story_index):
    import_refused(tmp_path, b"PK\x03\x04" + bytes(range(256)) * 4, "is not well-formed XML")


def test_the_billion_laughs_are_refused(tmp_path, story_index):
    import_refused(tmp_path, BILLION_LAUGHS.encode(), "refused")


def test_an_external_entity_is_never_read(tmp_path, story_index):
    import_refused(tmp_path, EXTERNAL_ENTITY.encode(), "refused")
    assert not Page.objects.filter(title__contains="root:").exists()


def test_fifty_megabytes_of_junk_get_a_clear_error(tmp_path, story_index):
    import_refused(tmp_path, b"<rss><channel>" + b"x" * (50 * 1024 * 1024), "is not well-formed XML")
