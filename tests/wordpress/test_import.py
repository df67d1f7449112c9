"""The sample export imported: fields, statuses, blocks, media, languages and the report."""

import csv
import datetime
import io
import logging

from django.contrib.contenttypes.models import ContentType
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, PageViewRestriction

from home.models import HomePage, StandardPage
from home.snippets import Theme
from stories.models import StoryIndexPage, StoryPage
from wordpress.models import ImportedObject


def story(title):
    return StoryPage.objects.get(title=title)


def body_types(page):
    return [block.block_type for block in page.body]


def test_a_post_becomes_a_story_with_every_field(imported, story_index):
    page = story("Women mediators trained in Kampala")
    assert page.get_parent().pk == story_index.pk
    assert page.slug == "women-mediators-trained-in-kampala"
    assert page.date == datetime.date(2021, 11, 29)
    assert page.first_published_at == datetime.datetime(2021, 11, 29, 7, 15, tzinfo=datetime.UTC)
    assert page.live and page.locale.language_code == "en"
    # No excerpt in WordPress: made from the text, plain, cut at a word within 300 characters.
    assert page.excerpt.startswith(
        "Thirty women from Kampala, Gulu and Arua spent five days learning mediation"
    )
    assert "<" not in page.excerpt and len(page.excerpt) <= 300
    assert page.hero_image.title == "Mediators in Kampala"
    assert sorted(theme.slug for theme in page.themes.all()) == ["mediation", "training"]
    assert {theme.name for theme in page.themes.all()} == {"Mediation", "Training"}
    assert sorted(page.tags.names()) == ["Kampala", "Youth"]
    assert body_types(page) == ["paragraph", "heading", "paragraph", "quote", "image", "embed", "paragraph"]


def test_uncategorized_is_not_a_theme(imported):
    page = story("Policy brief: women at the peace table")
    assert [theme.slug for theme in page.themes.all()] == ["policy-briefs"]
    assert not Theme.objects.filter(slug="uncategorized").exists()
    assert list(page.tags.names()) == ["UNSCR 1325"]


def test_block_editor_content_becomes_blocks(imported):
    blocks = {
        block.block_type: block.value
        for block in reversed(list(story("Women mediators trained in Kampala").body))
    }
    assert blocks["heading"]["text"] == "What the training covered"
    assert blocks["heading"]["level"] == "h2"
    assert blocks["quote"]["text"] == "When women sit at the table, the agreement lasts."
    assert blocks["quote"]["attribution"] == "Grace A., mediator from Gulu"
    assert blocks["image"]["image"].title == "Training group photo"
    assert blocks["image"]["caption"] == "The trainees on the last day"
    # No alt in the <img>: the attachment's alt text is used.
    assert blocks["image"]["alt_text"] == "Thirty trainees outside the Peace Centre"
    assert blocks["embed"]["url"] == "https://www.youtube.com/watch?v=dQw4peace1"
    assert blocks["embed"]["title"] == "Closing ceremony (video)"


def test_shortcodes_become_blocks_or_go(imported):
    page = story("Policy brief: women at the peace table")
    assert body_types(page) == [
        "paragraph",  # the first paragraph
        "image",  # [caption]
        "heading",
        "paragraph",  # the list and the [highlight]ed text, kept without its shortcode
        "gallery",  # [gallery ids="101,102" columns="2"]
        "embed",  # [embed]
        "embed",  # a bare YouTube address on its own line
        "paragraph",  # the download link ([contact-form-7] removed; the missing image left out)
    ]
    blocks = list(page.body)
    assert blocks[1].value["image"].title == "Mediators in Kampala"
    assert blocks[1].value["caption"] == "Mediators at work in Kampala"
    assert blocks[1].value["alt_text"] == "Mediators listening"
    assert blocks[2].value["level"] == "h3"
    assert "Women are not victims only" in blocks[3].value.source
    gallery = blocks[4].value
    assert gallery["columns"] == 2
    # Each image once, with the caption WordPress showed: the attachment's own.
    assert [(image["image"].title, image["caption"]) for image in gallery["images"]] == [
        ("Mediators in Kampala", "Mediators at the Kampala training"),
        ("Training group photo", ""),
    ]
    assert blocks[5].value["url"] == "https://vimeo.com/123456789"
    assert blocks[6].value["url"] == "https://www.youtube.com/watch?v=peaceTalks7"
    # A link to an imported file leads to the Wagtail document itself.
    brief = Document.objects.get(title="Policy brief: women at the peace table (PDF)")
    assert f'<a id="{brief.pk}" linktype="document">' in blocks[7].value.source
    # "[sic]" is prose, not a shortcode.
    assert "women [sic]." in blocks[0].value.source


def test_a_removed_contact_form_is_a_row_of_the_report(imported):
    _out, report = imported
    reasons = [
        row["reason"]
        for row in csv.DictReader(io.StringIO(report))
        if row["outcome"] == "left out" and row["wp_id"] == "202"
    ]
    assert "[contact-form-7]: forms are not imported (Amani has its own contact form page)" in reasons


def test_rendered_story_leaks_no_wordpress_markup_or_script(imported, client):
    for url in (
        "/en/stories/women-mediators-trained-in-kampala/",
        "/en/stories/policy-brief-women-at-the-peace-table/",
    ):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        for leaked in (
            "<!-- wp:",
            "wp:paragraph",
            "[caption",
            "[gallery",
            "[embed",
            "[highlight",
            "[contact-form-7",
            "[/",
        ):
            assert leaked not in html, (url, leaked)
        assert "tracker.example.com" not in html
        assert "document.cookie" not in html
        assert "onclick" not in html
        assert "ads.example.com" not in html
    html = client.get("/en/stories/women-mediators-trained-in-kampala/").content.decode()
    assert "When women sit at the table, the agreement lasts." in html
    assert '<h2 class="block-heading">What the training covered</h2>' in html
    assert "<li>Safe reporting of threats</li>" in html
    assert 'href="https://www.youtube.com/watch?v=dQw4peace1"' in html
    assert "<iframe" not in html  # an embed is a link card
    assert "Read the <em>full report</em> on our site." in html


def test_statuses(imported, client):
    draft = story("Notes for the annual report")
    assert not draft.live and draft.latest_revision is not None
    assert draft.slug == "notes-for-the-annual-report"  # no post_name: made from the title
    assert client.get(draft.url).status_code == 404

    private = story("Safety plan for defenders in Arua")
    assert private.live
    restriction = PageViewRestriction.objects.get(page=private)
    assert restriction.restriction_type == PageViewRestriction.LOGIN
    response = client.get(private.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Safe houses" not in response.content.decode()
    assert "Safe houses" not in client.get("/en/stories/").content.decode()

    future = story("Launch of the Feminist Peace Series, 5th edition")
    assert not future.live
    assert future.go_live_at == datetime.datetime(2041, 3, 8, 7, 0, tzinfo=datetime.UTC)
    assert future.latest_revision.approved_go_live_at == future.go_live_at

    assert not StoryPage.objects.filter(title="Old office hours").exists()  # in WordPress's bin


def test_pages_keep_their_hierarchy(imported, home_page, client):
    about = StandardPage.objects.get(title="About the network")
    team = StandardPage.objects.get(title="Our team")
    partners = StandardPage.objects.get(title="Our partners")
    assert about.get_parent().pk == home_page.pk
    assert team.get_parent().pk == about.pk and partners.get_parent().pk == about.pk
    assert team.introduction == "The people who run the network day to day."
    assert [block.block_type for block in team.body] == ["heading", "paragraph"]
    assert not partners.live
    response = client.get("/en/about-the-network/our-team/")
    assert response.status_code == 200
    assert "Our coordinators work from Kampala, Gulu and Arua." in response.content.decode()


def test_images_are_imported_without_exif(imported):
    image = Image.objects.get(title="Mediators in Kampala")
    with image.file.open("rb") as handle:
        picture = PILImage.open(io.BytesIO(handle.read()))
        picture.load()
    assert dict(picture.getexif()) == {}
    assert "exif" not in picture.info
    assert image.width == 64 and image.height == 48
    assert image.collection.name == "WordPress: peacenetwork.example.org"


def test_other_files_become_documents(imported):
    document = Document.objects.get(title="Policy brief: women at the peace table (PDF)")
    assert document.file_extension == "pdf"
    assert document.file_size > 0


def test_a_missing_attachment_is_reported_and_its_post_still_imported(imported):
    out, report = imported
    rows = list(csv.DictReader(io.StringIO(report)))
    missing = [row for row in rows if row["wp_id"] == "104"]
    assert missing[0]["outcome"] == "failed"
    assert "missing-photo.jpg" in missing[0]["reason"]
    assert not Image.objects.filter(title="Community dialogue in Gulu").exists()
    assert story("Policy brief: women at the peace table").live
    left_out = [row for row in rows if row["wp_id"] == "202" and row["outcome"] == "warning"]
    assert "missing-photo.jpg" in left_out[0]["reason"]


def test_a_broken_item_fails_alone_and_is_reported(imported):
    out, report = imported
    rows = list(csv.DictReader(io.StringIO(report)))
    broken = next(row for row in rows if row["wp_id"] == "208")
    assert broken["outcome"] == "failed"
    assert "invalid date '2021-13-45 99:00:00'" in broken["reason"]
    assert not ImportedObject.objects.filter(wp_id=208).exists()
    assert "posts        8 / 0 / 1 / 1" in out  # 8 created, the bin's 1 skipped, 1 failed
    assert "2 item(s) failed" in out  # with the missing attachment


def test_unicode_titles_and_slugs(imported, client):
    arabic = StoryPage.objects.get(title="بناء السلام في جنوب السودان")
    assert arabic.locale.language_code == "ar"
    assert arabic.slug == "بناء-السلام"
    assert "<h1>بناء السلام في جنوب السودان</h1>" in client.get(arabic.url).content.decode()
    french = StoryPage.objects.get(title="Des médiatrices formées à Kampala")
    assert french.slug == "des-mediatrices-formees-a-kampala"


def test_polylang_translations_are_linked(imported, locales, client):
    english = story("Women mediators trained in Kampala")
    french = story("Des médiatrices formées à Kampala")
    assert french.translation_key == english.translation_key
    assert french.locale == locales["fr"]
    assert french.live
    # Under the French story index, made as a draft copy for the translator to finish.
    french_index = french.get_parent().specific
    assert isinstance(french_index, StoryIndexPage)
    assert french_index.translation_key == StoryIndexPage.objects.get(locale=locales["en"]).translation_key
    assert not french_index.live
    assert HomePage.objects.filter(locale=locales["fr"]).exists()
    assert french.excerpt == "Trente femmes formées à la médiation et à l'alerte précoce."
    assert [theme.slug for theme in french.themes.all()] == ["formation"]
    assert french.themes.get().locale == locales["fr"]
    response = client.get("/fr/stories/des-mediatrices-formees-a-kampala/")
    assert response.status_code == 200
    assert "Trente femmes de Kampala" in response.content.decode()


def test_a_language_the_site_lacks_is_reported_and_imported_in_the_default(imported):
    out, report = imported
    page = story("Paz e segurança em Moçambique")
    assert page.locale.language_code == "en"
    assert "language 'pt' is not one of the site's" in report


def test_what_was_made_is_recorded(imported):
    record = ImportedObject.objects.get(source_site="peacenetwork.example.org", kind="post", wp_id=201)
    assert record.content_object == story("Women mediators trained in Kampala").page_ptr.specific
    assert record.content_type == ContentType.objects.get_for_model(StoryPage)
    assert ImportedObject.objects.filter(kind="attachment").count() == 3
    assert ImportedObject.objects.filter(kind="page").count() == 3


def test_progress_and_summary_are_printed_and_quiet_at_verbosity_0(run_import, uploads, locales):
    out, _report = run_import(media_dir=str(uploads), verbosity=0)
    assert "posts" not in out and "Summary" not in out and "%|" not in out
    assert "2 item(s) failed" in out  # failures still say so


def test_one_progress_bar_then_the_summary(imported):
    out, _report = imported
    # tqdm's bar over every attachment, page and post (the menu item is not counted).
    assert "posts: 100%" in out and "17/17" in out
    assert "Summary (created / updated / skipped / failed):" in out
    assert Page.objects.type(StoryPage).count() == 8


PER_PAGE_LINES = ("Page created", "Page edited", "Edited:", "Published:")


def test_wagtail_logs_no_line_per_page(run_import, uploads, locales, caplog):
    caplog.set_level(logging.DEBUG)
    run_import(media_dir=str(uploads))
    assert not [record for record in caplog.records if record.getMessage().startswith(PER_PAGE_LINES)]
    assert not [record for record in caplog.records if record.name.startswith("wordpress")]


def test_verbosity_3_lets_every_log_line_through(run_import, uploads, locales, caplog):
    caplog.set_level(logging.DEBUG)
    run_import(media_dir=str(uploads), verbosity=3)
    assert [record for record in caplog.records if record.getMessage().startswith("Page created")]
    assert any(
        "invalid date" in record.getMessage()
        for record in caplog.records
        if record.name == "wordpress.importer"
    )


def test_progress_lines_for_logs_instead_of_a_bar(run_import, uploads, locales):
    out, _report = run_import(media_dir=str(uploads), progress_every=5)
    assert "  posts: 5/10 (" in out and "  posts: 10/10 (" in out
    assert "%|" not in out


def test_verbosity_2_prints_every_report_row(run_import, uploads, locales):
    out, _report = run_import(media_dir=str(uploads), verbosity=2)
    assert "failed: post 208 '(post 208)': invalid date '2021-13-45 99:00:00'" in out
    assert "failed: attachment 104 'Community dialogue in Gulu': file missing" in out


def test_the_exit_status_is_1_when_an_item_failed(imported):
    assert imported.status == 1
    assert "CommandError: 2 item(s) failed; see" in imported[0]


def test_the_exit_status_is_0_when_nothing_failed(run_import, locales):
    from tests.wordpress.test_privacy import STATUSES

    run = run_import(export=STATUSES)
    assert run.status == 0
    assert "Import finished." in run[0] and "failed;" not in run[0]
