"""Photos lose every piece of metadata (GPS above all) on upload, originals and renditions;
GIFs lose what follows their pixels; documents must be what their extension says."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from tests.factories import GPS_IFD, jpeg_with_gps


def read_back(file_field):
    with file_field.open("rb") as handle:
        picture = PILImage.open(io.BytesIO(handle.read()))
        picture.load()
    return picture


def test_the_test_photo_really_carries_gps():
    picture = PILImage.open(io.BytesIO(jpeg_with_gps()))
    assert picture.getexif().get_ifd(GPS_IFD)[1] == "N"


def test_an_uploaded_photo_is_stored_without_gps_or_any_exif(admin_client_logged_in):
    upload = SimpleUploadedFile("defender.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = admin_client_logged_in.post("/admin/images/add/", {"title": "Defender", "file": upload})
    assert response.status_code == 302
    original = read_back(Image.objects.get(title="Defender").file)
    assert dict(original.getexif()) == {}
    assert "exif" not in original.info


def test_renditions_carry_no_metadata_either(db):
    image = Image(
        title="Mediator", file=SimpleUploadedFile("m.jpg", jpeg_with_gps(), content_type="image/jpeg")
    )
    image.save()
    for spec in ("width-20", "fill-10x10|format-jpeg"):
        rendition = read_back(image.get_rendition(spec).file)
        assert dict(rendition.getexif()) == {}


def test_orientation_is_applied_before_the_metadata_goes(db):
    # Orientation 6: the camera was turned; the stored pixels must be turned upright.
    image = Image(
        title="Turned",
        file=SimpleUploadedFile(
            "t.jpg", jpeg_with_gps(size=(40, 20), orientation=6), content_type="image/jpeg"
        ),
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

    from demo.pdf import make_pdf

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


# GIFs --------------------------------------------------------------------------------------

SCRIPT = b"<script>alert(document.cookie)</script>"


def animated_gif(durations=(100, 200, 300), comment=b"taken at 0.33N 32.58E"):
    palette = [0, 0, 0, 200, 30, 30, 30, 200, 30, 30, 30, 200] * 64
    frames = []
    for colour in range(1, len(durations) + 1):
        frame = PILImage.new("P", (20, 10), colour)
        frame.putpalette(palette)
        frames.append(frame)
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=list(durations),
        loop=0,
        comment=comment,
    )
    return buffer.getvalue()


def test_a_gif_with_a_script_appended_is_stored_without_it(admin_client_logged_in):
    upload = SimpleUploadedFile("banner.gif", animated_gif() + SCRIPT, content_type="image/gif")
    response = admin_client_logged_in.post("/admin/images/add/", {"title": "Banner", "file": upload})
    assert response.status_code == 302
    with Image.objects.get(title="Banner").file.open("rb") as handle:
        stored = handle.read()
    assert SCRIPT not in stored
    assert b"0.33N" not in stored


def test_a_cleaned_gif_keeps_its_frames_timing_and_loop(db):
    image = Image(title="Moving", file=SimpleUploadedFile("m.gif", animated_gif(), content_type="image/gif"))
    image.save()
    with image.file.open("rb") as handle:
        stored = PILImage.open(io.BytesIO(handle.read()))
        durations = []
        for index in range(stored.n_frames):
            stored.seek(index)
            durations.append(stored.info["duration"])
        assert (stored.format, stored.n_frames, durations) == ("GIF", 3, [100, 200, 300])
        assert stored.info["loop"] == 0 and "comment" not in stored.info


# Documents that are not what their extension says -------------------------------------------


def zip_of(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def content_types(part, content_type):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
    )


WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def upload_document(client, name, data):
    upload = SimpleUploadedFile(name, data)
    response = client.post("/admin/documents/add/", {"title": name, "file": upload})
    return response.status_code, response.content.decode()


def accepted(client, name, data):
    """Whether the admin stored the upload and went on (302)."""
    from wagtail.documents.models import Document

    status, _html = upload_document(client, name, data)
    return status == 302 and Document.objects.filter(title=name).exists()


def refused(client, name, data):
    """Whether the admin showed its form again (200, with the reason) and stored nothing."""
    from wagtail.documents.models import Document

    status, _html = upload_document(client, name, data)
    return status == 200 and not Document.objects.filter(title=name).exists()


def test_a_real_docx_is_accepted(admin_client_logged_in):
    docx = zip_of(
        {"[Content_Types].xml": content_types("word/document.xml", WORD_MAIN), "word/document.xml": "<w/>"}
    )
    assert accepted(admin_client_logged_in, "brief.docx", docx)


def test_any_zip_renamed_docx_is_refused_with_a_message(admin_client_logged_in):
    status, html = upload_document(admin_client_logged_in, "brief.docx", zip_of({"run.js": "alert(1)"}))
    assert status == 200
    assert "This file is not a real .docx document" in html


def test_a_macro_workbook_renamed_xlsx_is_refused(admin_client_logged_in):
    macro = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    xlsm = zip_of({"[Content_Types].xml": content_types("xl/workbook.xml", macro), "xl/workbook.xml": "<w/>"})
    assert refused(admin_client_logged_in, "budget.xlsx", xlsm)


def test_a_docx_whose_main_part_is_missing_is_refused(admin_client_logged_in):
    docx = zip_of({"[Content_Types].xml": content_types("word/document.xml", WORD_MAIN)})
    assert refused(admin_client_logged_in, "empty.docx", docx)


def test_odf_and_epub_files_need_their_mimetype_entry(admin_client_logged_in):
    odt = zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<c/>"})
    assert accepted(admin_client_logged_in, "minutes.odt", odt)
    epub = zip_of({"mimetype": "application/epub+zip", "META-INF/container.xml": "<c/>"})
    assert accepted(admin_client_logged_in, "series.epub", epub)
    assert refused(admin_client_logged_in, "fake.ods", zip_of({"content.xml": "<c/>"}))
    assert refused(admin_client_logged_in, "fake.epub", odt)


# Text and CSV ------------------------------------------------------------------------------


def test_plain_text_and_csv_are_accepted(admin_client_logged_in):
    assert accepted(admin_client_logged_in, "notes.txt", "Réunion à Gulu: 3 < 5 and 7 > 2.\n".encode())
    table = "District;Participants;Change;Phone\nGulu;42;-5;+256 772 123456\nYei;17;+3;-\n"
    assert accepted(admin_client_logged_in, "attendance.csv", table.encode("cp1252"))


def test_html_renamed_txt_is_refused_with_a_message(admin_client_logged_in):
    page = b"Minutes of the meeting\n<html><body><script>steal()</script></body></html>"
    status, html = upload_document(admin_client_logged_in, "minutes.txt", page)
    assert status == 200
    assert "This .txt file contains web page markup (&lt;html)" in html


def test_html_renamed_csv_is_refused(admin_client_logged_in):
    assert refused(admin_client_logged_in, "list.csv", b"  <!DOCTYPE html><p>hello</p>")
    assert refused(admin_client_logged_in, "list2.csv", b"<div>name,place</div>")


def test_binary_data_renamed_txt_is_refused(admin_client_logged_in):
    status, html = upload_document(admin_client_logged_in, "data.txt", b"\x00\x01\x02binary\x00")
    assert status == 200
    assert "This .txt file holds binary data, not plain text" in html


def test_a_csv_with_a_formula_cell_is_refused_naming_the_cell(admin_client_logged_in):
    table = b'name,amount\r\nAmina,12\r\nJoseph,"=HYPERLINK(""http://evil.example"",""Open"")"\r\n'
    status, html = upload_document(admin_client_logged_in, "donors.csv", table)
    assert status == 200
    assert "Row 3, column 2 of this CSV file starts with “=”" in html


def test_every_formula_prefix_is_refused_in_csv(admin_client_logged_in):
    for number, cell in enumerate(("=1+1", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)")):
        assert refused(admin_client_logged_in, f"sheet{number}.csv", f"a,b\nx,{cell}\n".encode())


def test_upload_messages_are_translated():
    from django.utils import translation

    from core.document_checks import check_document

    with translation.override("fr"), pytest.raises(ValidationError) as error:
        check_document(SimpleUploadedFile("x.csv", b"a\n=1+1\n"), "csv")
    assert "formule" in error.value.messages[0]
