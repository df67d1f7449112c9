"""Fixtures for the WordPress import: the sample export, its uploads folder, a story index
to import into, and a guard that keeps every download on this machine."""

import io
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core.management import call_command
from PIL import Image as PILImage

from stories.models import StoryIndexPage
from tests.conftest import publish

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "sample.xml"
GPS_IFD = 0x8825
# The smallest file filetype recognises as a PDF, with a body a reader would accept.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def jpeg_with_gps(colour=(120, 40, 140), size=(64, 48)):
    """A real JPEG whose EXIF says where it was taken (Kampala) and with which phone."""
    picture = PILImage.new("RGB", size, colour)
    exif = PILImage.Exif()
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (0.0, 20.0, 0.0), 3: "E", 4: (32.0, 35.0, 0.0)})
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Downloads may only reach this machine: the sample's site address is not real."""
    real_urlopen = urllib.request.urlopen

    def local_only(request, *args, **kwargs):
        url = request.full_url if isinstance(request, urllib.request.Request) else request
        if urlparse(url).hostname not in ("127.0.0.1", "localhost"):
            raise urllib.error.URLError("tests never reach the internet")
        return real_urlopen(request, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", local_only)


@pytest.fixture
def uploads(tmp_path):
    """A copy of wp-content/uploads with the sample's files, except missing-photo.jpg."""
    root = tmp_path / "uploads"
    (root / "2021" / "11").mkdir(parents=True)
    (root / "2021" / "12").mkdir(parents=True)
    (root / "2021" / "11" / "mediators-kampala.jpg").write_bytes(jpeg_with_gps())
    (root / "2021" / "11" / "training-group.jpg").write_bytes(jpeg_with_gps(colour=(30, 120, 60)))
    (root / "2021" / "12" / "policy-brief-peace-talks.pdf").write_bytes(PDF)
    return root


@pytest.fixture
def story_index(home_page):
    return publish(home_page, StoryIndexPage(title="News and stories", slug="stories"))


@pytest.fixture
def run_import(tmp_path, story_index):
    """Run import_wordpress; returns (stdout, report text). `export` defaults to the sample."""

    def run(*args, export=SAMPLE, **options):
        out, err = io.StringIO(), io.StringIO()
        report = options.pop("report", tmp_path / "report.csv")
        call_command(
            "import_wordpress", str(export), *args, report=str(report), stdout=out, stderr=err, **options
        )
        return out.getvalue() + err.getvalue(), Path(report).read_text(encoding="utf-8")

    return run


@pytest.fixture
def imported(run_import, uploads, locales):
    """The sample imported once, with its uploads folder."""
    return run_import(media_dir=str(uploads))
