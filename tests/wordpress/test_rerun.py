"""Running again updates and never duplicates; a dry run keeps nothing."""

import shutil

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from home.snippets import Theme
from stories.models import StoryPage
from tests.wordpress.conftest import SAMPLE
from wordpress.models import ImportedObject


def counts():
    return {
        "pages": Page.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "redirects": Redirect.objects.count(),
        "themes": Theme.objects.count(),
        "records": ImportedObject.objects.count(),
    }


def test_a_second_run_changes_nothing_and_says_so(imported, run_import, uploads):
    before = counts()
    out, _report = run_import(media_dir=str(uploads))
    assert counts() == before
    assert (
        "posts        0 / 0 / 9 / 1" in out
    )  # 8 unchanged + the bin's 1 skipped; the broken one fails again
    assert "pages        0 / 0 / 3 / 0" in out
    assert "attachments  0 / 0 / 3 / 1" in out


def test_a_changed_title_updates_the_page(imported, run_import, uploads, tmp_path):
    page = StoryPage.objects.get(title="Women mediators trained in Kampala")
    changed = tmp_path / "changed.xml"
    changed.write_text(
        SAMPLE.read_text(encoding="utf-8").replace(
            "<title>Women mediators trained in Kampala</title>",
            "<title>Forty women mediators trained in Kampala</title>",
        ),
        encoding="utf-8",
    )
    before = counts()
    out, _report = run_import(export=changed, media_dir=str(uploads))
    assert counts() == before
    page.refresh_from_db()
    assert page.title == "Forty women mediators trained in Kampala"
    assert page.live and not page.has_unpublished_changes
    assert page.slug == "women-mediators-trained-in-kampala"  # the slug came from wp:post_name
    assert "posts        0 / 1 / 8 / 1" in out


def test_a_page_edited_in_wagtail_is_left_alone(imported, run_import, uploads, tmp_path, editor):
    page = StoryPage.objects.get(title="Women mediators trained in Kampala")
    page.title = "Edited by an editor"
    page.save_revision(user=editor).publish(user=editor)
    changed = tmp_path / "changed.xml"
    changed.write_text(
        SAMPLE.read_text(encoding="utf-8").replace(
            "Women mediators trained in Kampala</title>", "Renamed</title>"
        ),
        encoding="utf-8",
    )
    out, report = run_import(export=changed, media_dir=str(uploads))
    page.refresh_from_db()
    assert page.title == "Edited by an editor"
    assert "changed in Wagtail since the import" in report
    assert (
        f"Kept as edited in Wagtail (1; WordPress's changes not applied):\n  'Edited by an editor' (page {page.pk})"
        in out
    )


def test_running_again_without_media_keeps_the_images(imported, run_import):
    out, _report = run_import(skip_media=True)
    page = StoryPage.objects.get(title="Women mediators trained in Kampala")
    assert page.hero_image is not None
    assert "image" in [block.block_type for block in page.body]
    assert "posts        0 / 0 / 9 / 1" in out


def test_the_dry_run_writes_nothing(run_import, uploads, locales, settings):
    before = counts()
    media_files = sorted(
        p.name for p in __import__("pathlib").Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
    )
    out, report = run_import("--dry-run", media_dir=str(uploads))
    assert counts() == before
    assert (
        sorted(p.name for p in __import__("pathlib").Path(settings.MEDIA_ROOT).rglob("*") if p.is_file())
        == media_files
    )
    assert "Dry run: everything was rolled back." in out
    assert "posts        8 / 0 / 1 / 1" in out  # what a real run would do
    assert "invalid date" in report


def test_two_wordpress_sites_do_not_overwrite_each_other(imported, run_import, uploads, tmp_path):
    other = tmp_path / "other.xml"
    other.write_text(
        SAMPLE.read_text(encoding="utf-8").replace("peacenetwork.example.org", "othersite.example.org")
    )
    shutil.copytree(uploads, tmp_path / "other-uploads")
    run_import(export=other, media_dir=str(tmp_path / "other-uploads"))
    assert StoryPage.objects.filter(title="Women mediators trained in Kampala").count() == 2
    assert set(ImportedObject.objects.values_list("source_site", flat=True)) == {
        "peacenetwork.example.org",
        "othersite.example.org",
    }
