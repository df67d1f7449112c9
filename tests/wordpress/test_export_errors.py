"""Bad files stop the import with a message naming the problem, not a traceback."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

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
