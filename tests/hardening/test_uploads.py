"""Photos lose every piece of metadata (GPS above all) on upload, originals and renditions."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def photo_with_gps(size=(40, 20), orientation=1):
    """A JPEG with GPS coordinates (Kampala), a camera make and an orientation tag."""
    picture = PILImage.new("RGB", size, (200, 30, 30))
    exif = PILImage.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[ORIENTATION] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (0.0, 20.0, 0.0), 3: "E", 4: (32.0, 35.0, 0.0)})
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def read_back(file_field):
    with file_field.open("rb") as handle:
        picture = PILImage.open(io.BytesIO(handle.read()))
        picture.load()
    return picture


def test_the_test_photo_really_carries_gps():
    picture = PILImage.open(io.BytesIO(photo_with_gps()))
    assert picture.getexif().get_ifd(GPS_IFD)[1] == "N"


def test_an_uploaded_photo_is_stored_without_gps_or_any_exif(admin_client_logged_in):
    upload = SimpleUploadedFile("defender.jpg", photo_with_gps(), content_type="image/jpeg")
    response = admin_client_logged_in.post("/admin/images/add/", {"title": "Defender", "file": upload})
    assert response.status_code == 302
    original = read_back(Image.objects.get(title="Defender").file)
    assert dict(original.getexif()) == {}
    assert "exif" not in original.info


def test_renditions_carry_no_metadata_either(db):
    image = Image(
        title="Mediator", file=SimpleUploadedFile("m.jpg", photo_with_gps(), content_type="image/jpeg")
    )
    image.save()
    for spec in ("width-20", "fill-10x10|format-jpeg"):
        rendition = read_back(image.get_rendition(spec).file)
        assert dict(rendition.getexif()) == {}


def test_orientation_is_applied_before_the_metadata_goes(db):
    # Orientation 6: the camera was turned; the stored pixels must be turned upright.
    image = Image(
        title="Turned",
        file=SimpleUploadedFile("t.jpg", photo_with_gps((40, 20), 6), content_type="image/jpeg"),
    )
    image.save()
    assert (image.width, image.height) == (20, 40)
    assert read_back(image.file).size == (20, 40)


def test_documents_of_other_types_are_refused_with_a_message(admin_client_logged_in):
    upload = SimpleUploadedFile("run.exe", b"MZ\x90\x00" + b"\x00" * 100)
    response = admin_client_logged_in.post("/admin/documents/add/", {"title": "Tool", "file": upload})
    assert response.status_code == 200
    assert "File extension “exe” is not allowed." in response.content.decode()


def test_an_executable_renamed_pdf_is_refused(admin_client_logged_in):
    upload = SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    response = admin_client_logged_in.post("/admin/documents/add/", {"title": "Fake", "file": upload})
    assert "This file&#x27;s content is not a .pdf file, so it was not accepted." in response.content.decode()


def test_oversized_documents_are_refused_with_their_size(admin_client_logged_in, settings):
    settings.AMANI_DOCUMENT_MAX_UPLOAD_SIZE = 1000
    upload = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 5000)
    response = admin_client_logged_in.post("/admin/documents/add/", {"title": "Big", "file": upload})
    assert "files can be at most 1000" in response.content.decode()


def test_a_real_pdf_is_accepted_and_served_as_an_attachment(admin_client_logged_in, client):
    from wagtail.documents.models import Document

    from publications.pdf import make_pdf

    upload = SimpleUploadedFile("brief.pdf", make_pdf([["Brief"]]))
    response = admin_client_logged_in.post("/admin/documents/add/", {"title": "Brief", "file": upload})
    assert response.status_code == 302
    download = client.get(Document.objects.get(title="Brief").url)
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"


def test_svg_images_are_refused(admin_client_logged_in):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    upload = SimpleUploadedFile("logo.svg", svg, content_type="image/svg+xml")
    response = admin_client_logged_in.post("/admin/images/add/", {"title": "Logo", "file": upload})
    assert response.status_code == 200
    assert not Image.objects.filter(title="Logo").exists()
