"""Files of private and password-protected posts are not handed to anonymous readers:
documents go into a collection for signed-in users only, which Wagtail's document view
enforces; images (which Wagtail serves to anyone with the address) get random names."""

import csv
import io
import re

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from stories.models import StoryPage
from tests.factories import jpeg_with_gps
from tests.wordpress.conftest import FIXTURES, PDF
from wordpress.private_files import PRIVATE_COLLECTION

EXPORT = FIXTURES / "private-files.xml"
RANDOM_NAME = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture
def private_uploads(tmp_path):
    root = tmp_path / "defenders-uploads"
    (root / "2022" / "02").mkdir(parents=True)
    (root / "2022" / "02" / "survivors-gulu-shelter.jpg").write_bytes(jpeg_with_gps())
    (root / "2022" / "02" / "gulu-meeting.jpg").write_bytes(jpeg_with_gps(colour=(20, 140, 90)))
    (root / "2022" / "02" / "case-list.pdf").write_bytes(PDF)
    (root / "2022" / "02" / "annual-report-2021.pdf").write_bytes(PDF)
    return root


@pytest.fixture
def with_files(run_import, private_uploads, locales):
    return run_import(export=EXPORT, media_dir=str(private_uploads))


def stem(field_file):
    return field_file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def test_a_private_posts_document_is_refused_to_anonymous_readers(with_files, client, editor):
    document = Document.objects.get(title="Case list")
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert PDF not in b"".join(getattr(response, "streaming_content", [response.content]))
    client.force_login(editor)
    signed_in = client.get(document.url)
    assert signed_in.status_code == 200
    assert b"".join(signed_in.streaming_content) == PDF


def test_the_files_of_restricted_posts_are_in_a_collection_for_signed_in_users(with_files):
    case_list = Document.objects.get(title="Case list")
    shelter = Image.objects.get(title="Survivors at the Gulu shelter")
    assert case_list.collection.name == shelter.collection.name == PRIVATE_COLLECTION
    assert case_list.collection.get_parent().name == "WordPress: defenders.example.org"
    [restriction] = case_list.collection.get_view_restrictions()
    assert restriction.restriction_type == CollectionViewRestriction.LOGIN


def test_files_public_posts_use_stay_public_even_if_a_restricted_post_shows_them_too(with_files, client):
    meeting = Image.objects.get(title="Defenders meeting in Gulu")
    report = Document.objects.get(title="Annual report 2021")
    assert meeting.collection.name == report.collection.name == "WordPress: defenders.example.org"
    assert stem(meeting.file).startswith("gulu-meeting")
    response = client.get(report.url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF


def test_a_restricted_posts_image_gets_a_random_name_and_its_old_one_answers_nothing(with_files, client):
    shelter = Image.objects.get(title="Survivors at the Gulu shelter")
    assert RANDOM_NAME.match(stem(shelter.file))
    rendition = shelter.get_rendition("width-360")
    assert "survivors" not in rendition.url and stem(shelter.file) in rendition.url
    assert client.get("/media/original_images/survivors-gulu-shelter.jpg").status_code == 404
    for old in (
        "/wp-content/uploads/2022/02/survivors-gulu-shelter.jpg",
        "/wp-content/uploads/2022/02/case-list.pdf",
        "/?attachment_id=510",
        "/?attachment_id=511",
    ):
        assert client.get(old, follow=True).status_code == 404, old
        assert not Redirect.objects.filter(old_path=old).exists()


def test_a_restricted_posts_link_to_its_file_leads_to_the_checked_document(with_files, client, editor):
    case_list = Document.objects.get(title="Case list")
    page = StoryPage.objects.get(title="Safe house rota")
    assert f'<a id="{case_list.pk}" linktype="document">case list</a>' in str(page.body.raw_data)
    client.force_login(editor)
    assert f'href="{case_list.url}"' in client.get(page.url).content.decode()


def test_the_report_says_where_restricted_posts_files_went_and_what_images_cannot_do(with_files):
    _out, report = with_files
    rows = {
        row["wp_id"]: row["reason"]
        for row in csv.DictReader(io.StringIO(report))
        if row["outcome"] == "restricted" and row["kind"] == "attachment"
    }
    assert set(rows) == {"510", "511"}
    assert PRIVATE_COLLECTION in rows["511"] and "only signed-in users can download it" in rows["511"]
    assert "anyone given its address can see it" in rows["510"]


def test_a_post_restricted_in_wagtail_takes_its_files_private_on_the_next_run(
    with_files, run_import, private_uploads, client, django_capture_on_commit_callbacks
):
    page = StoryPage.objects.get(title="Defenders meet in Gulu")
    meeting = Image.objects.get(title="Defenders meeting in Gulu")
    public_name = meeting.file.name
    old_rendition = meeting.get_rendition("width-360")
    old_rendition_url = old_rendition.url
    assert client.get(meeting.file.url).status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    with django_capture_on_commit_callbacks(execute=True):  # the old files go after the commit
        run_import(export=EXPORT, media_dir=str(private_uploads))

    meeting.refresh_from_db()
    report = Document.objects.get(title="Annual report 2021")
    assert meeting.collection.name == report.collection.name == PRIVATE_COLLECTION
    assert meeting.file.name != public_name and RANDOM_NAME.match(stem(meeting.file))
    assert client.get("/media/" + public_name).status_code == 404
    assert client.get(old_rendition_url).status_code == 404
    assert client.get(report.url).status_code == 302


def test_a_dry_run_keeps_a_restricted_posts_files_nowhere(run_import, private_uploads, locales):
    run_import("--dry-run", export=EXPORT, media_dir=str(private_uploads))
    assert not Document.objects.exists() and not Image.objects.exists()


def test_a_private_collection_found_without_its_restriction_gets_it_back(
    with_files, run_import, private_uploads
):
    CollectionViewRestriction.objects.all().delete()
    _out, report = run_import(export=EXPORT, media_dir=str(private_uploads))
    collection = Document.objects.get(title="Case list").collection
    [restriction] = collection.get_view_restrictions()
    assert restriction.restriction_type == CollectionViewRestriction.LOGIN
    assert f"the collection '{PRIVATE_COLLECTION}' had no privacy setting" in report
