"""SERVE_MEDIA=true under production settings and gunicorn: uploads answer with their
content type, caching and the documents' security headers; large files resume (206)."""

import json

import pytest
import requests

from config.local_production import production_env
from tests.production.conftest import gunicorn, manage

MAKE_MEDIA = """
import io, json
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from demo.pdf import make_pdf

buffer = io.BytesIO()
PILImage.new("RGB", (800, 600), (91, 42, 134)).save(buffer, "JPEG")
image = Image(title="Cover", file=ImageFile(buffer, name="cover.jpg"))
image.save()
rendition = image.get_rendition("fill-320x180|format-webp")
pdf = make_pdf([[f"Chapter {number}", "The Women, Peace and Security agenda. " * 40] for number in range(30)])
document = Document(title="Report", file=ContentFile(pdf, name="report.pdf"))
document.save()
print(json.dumps({"rendition": rendition.url, "original": image.file.url, "document": document.url,
                  "document_file": document.file.url, "pdf_size": len(pdf)}))
"""


@pytest.fixture(scope="module")
def served_media(tmp_path_factory, production_static):
    folder = tmp_path_factory.mktemp("media-serving")
    media_root = folder / "media"
    env = production_env(
        production_static,
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        MEDIA_ROOT=str(media_root),
        SERVE_MEDIA="true",
    )
    manage(env, "migrate", "--no-input", "-v0")
    urls = json.loads(manage(env, "shell", "-c", MAKE_MEDIA).strip().splitlines()[-1])
    (media_root / "original_images" / "page.html").write_text("<script>alert(1)</script>")
    with gunicorn(env, folder / "gunicorn.log") as base:
        yield base, urls, media_root


def test_a_rendition_answers_as_webp_cached_for_a_year(served_media):
    base, urls, _media_root = served_media
    answer = requests.get(base + urls["rendition"], timeout=10)
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "image/webp"
    assert answer.content[8:12] == b"WEBP"
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert "Content-Disposition" not in answer.headers


def test_an_original_is_cached_for_an_hour_only(served_media):
    base, urls, _media_root = served_media
    answer = requests.get(base + urls["original"], timeout=10)
    assert (answer.status_code, answer.headers["Content-Type"]) == (200, "image/jpeg")
    assert answer.headers["Cache-Control"] == "public, max-age=3600"


def test_media_carry_the_documents_security_headers(served_media):
    base, urls, _media_root = served_media
    headers = requests.get(base + urls["rendition"], timeout=10).headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in headers["Content-Security-Policy"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]


def test_a_file_that_is_not_an_image_downloads_instead_of_rendering(served_media):
    base, _urls, _media_root = served_media
    answer = requests.get(f"{base}/media/original_images/page.html", timeout=10)
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"] == "attachment"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in answer.headers["Content-Security-Policy"]


def test_a_range_of_a_rendition_answers_206(served_media):
    base, urls, _media_root = served_media
    answer = requests.get(base + urls["rendition"], headers={"Range": "bytes=0-11"}, timeout=10)
    assert answer.status_code == 206
    assert answer.headers["Content-Range"].startswith("bytes 0-11/")
    assert answer.content[:4] == b"RIFF" and len(answer.content) == 12


def test_a_revalidated_rendition_answers_304(served_media):
    base, urls, _media_root = served_media
    first = requests.get(base + urls["rendition"], timeout=10)
    again = requests.get(
        base + urls["rendition"], headers={"If-None-Match": first.headers["ETag"]}, timeout=10
    )
    assert again.status_code == 304


def test_a_pdf_range_request_answers_206_with_that_range(served_media):
    base, urls, _media_root = served_media
    whole = requests.get(base + urls["document"], timeout=10)
    assert (whole.status_code, whole.headers["Accept-Ranges"]) == (200, "bytes")
    size = urls["pdf_size"]
    part = requests.get(base + urls["document"], headers={"Range": "bytes=1000-"}, timeout=10)
    assert part.status_code == 206
    assert part.headers["Content-Range"] == f"bytes 1000-{size - 1}/{size}"
    assert part.content == whole.content[1000:]
    assert part.headers["Content-Type"] == "application/pdf"
    assert part.headers["Content-Disposition"].startswith("attachment")
    assert part.headers["X-Content-Type-Options"] == "nosniff"


def test_a_range_of_another_version_of_the_pdf_gets_the_whole_file(served_media):
    base, urls, _media_root = served_media
    headers = {"Range": "bytes=1000-", "If-Range": '"an-older-version"'}
    answer = requests.get(base + urls["document"], headers=headers, timeout=10)
    assert answer.status_code == 200
    assert len(answer.content) == urls["pdf_size"]


def test_documents_are_not_served_past_their_privacy_checks(served_media):
    base, urls, _media_root = served_media
    assert requests.get(base + urls["document_file"], timeout=10).status_code == 404


def test_paths_outside_the_media_folder_are_not_served(served_media):
    base, _urls, _media_root = served_media
    assert requests.get(f"{base}/media/%2e%2e/manage.py", timeout=10).status_code == 404
    assert requests.get(f"{base}/media/original_images/", timeout=10).status_code == 404
