"""Files per language: what a download costs is shown from the real file, downloads are
served as PDFs, and translations keep their own files."""

import pytest
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from wagtail_localize.models import TranslationSource

from publications import languages
from publications.models import PublicationFile
from tests.factories import make_document, make_edition, make_report, translate_page


def test_a_file_shows_format_size_language_and_pages_read_from_the_pdf(client, library):
    document = make_document("Kirundi brief", pages=2)
    report = make_report(library, "Brief", "2021-11-29", files=[(document, "rn", "full")])
    size = filesizeformat(document.file.size)
    assert size.endswith("KB")
    html = client.get(report.url).content.decode()
    assert f'PDF · {size} · Kirundi (<span lang="rn">Ikirundi</span>) · 2 pages' in html


def test_a_file_in_the_readers_own_language_names_it_once(client, library):
    document = make_document("English brief", pages=5, lines=60)
    report = make_report(library, "Brief", "2021-11-29", files=[(document, "en", "full")])
    html = client.get(report.url).content.decode()
    assert f"PDF · {filesizeformat(document.file.size)} · English · 5 pages</span>" in html


def test_a_right_to_left_language_name_gets_its_direction(client, library):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("Arabic"), "ar", "full")])
    assert '· Arabic (<span lang="ar" dir="rtl">العربية</span>)' in client.get(report.url).content.decode()


def test_a_light_version_is_labelled_as_such(client, library):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("Light"), "en", "light")])
    html = client.get(report.url).content.decode()
    assert 'download aria-describedby="download-1-meta">Light version (English)</a>' in html


def test_file_sizes_and_language_names_follow_the_readers_locale(client, library, locales):
    document = make_document("Big", pages=8, lines=60)
    report = make_report(library, "Brief", "2021-11-29", files=[(document, "en", "full")])
    french = translate_page(report, locales["fr"], title="Note")
    with translation.override("fr"):
        size = filesizeformat(document.file.size)
    assert size.endswith("Kio") and "," in size  # "12,3 Kio": French units and decimal comma
    assert (
        f'PDF · {size} · Anglais (<span lang="en">English</span>) · 8 pages'
        in client.get(french.url).content.decode()
    )


def test_the_format_comes_from_the_document_not_from_an_editor(library):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("Doc"), "en", "full")])
    file = report.files.get()
    assert (file.format, file.size) == ("PDF", file.document.file.size)


def test_a_download_is_served_as_a_pdf_attachment(client, db):
    document = make_document("Served")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert b"%PDF-1.4" in b"".join(response.streaming_content)


def test_the_pdf_is_read_when_a_file_is_added_not_at_every_publish(library, monkeypatch):
    from publications import pdf

    reads = []
    real_read = pdf.read_pdf
    monkeypatch.setattr(pdf, "read_pdf", lambda document: reads.append(document.pk) or real_read(document))
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("Once"), "en", "full")])
    assert len(reads) == 1
    report.summary = "Changed."
    report.save_revision().publish()
    assert len(reads) == 1


def test_replacing_a_files_document_reads_the_new_page_count(library):
    report = make_report(
        library, "Brief", "2021-11-29", files=[(make_document("Old", pages=2), "en", "full")]
    )
    file = report.files.get()
    file.document = make_document("New", pages=7)
    file.save()
    file.refresh_from_db()
    assert file.page_count == 7
    assert "New page 0" in file.text


def test_an_editor_may_type_the_page_count_of_a_file_that_is_not_a_pdf(library):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title="Slides")
    document.file.save("slides.odp", ContentFile(b"PK\x03\x04 not really slides"), save=False)
    document.save()
    report = make_report(library, "Brief", "2021-11-29")
    file = PublicationFile.objects.create(page=report, document=document, language="en", page_count=12)
    assert (file.page_count, file.format) == (12, "ODP")


@pytest.mark.parametrize(
    ("code", "native"),
    [
        ("rn", "Ikirundi"),
        ("rw", "Ikinyarwanda"),
        ("lg", "Luganda"),
        ("ach", "Lwo"),
        ("lgg", "Lugbarati"),
        ("teo", "Ateso"),
        ("pga", "Arabi Juba"),
        ("ln", "Lingála"),
        ("sw", "Kiswahili"),
        ("ar", "العربية"),
        ("fr", "Français"),
        ("din", "Thuɔŋjäŋ"),
        ("nus", "Thok Naath"),
        ("bfa", "Kutuk na Bari"),
    ],
)
def test_the_languages_of_the_region_are_offered_with_their_own_names(code, native):
    assert languages.native_name(code) == native
    languages.validate_language(code)


def test_every_iso_639_1_language_is_offered():
    assert len(languages.ISO_639_1) == 183
    assert all(len(code) == 2 for code, _english, _native in languages.ISO_639_1)


def test_an_unknown_language_code_is_refused(library):
    report = make_report(library, "Brief", "2021-11-29")
    file = PublicationFile(page=report, document=make_document("X"), language="xx")
    with pytest.raises(ValidationError, match="not a language code this site knows"):
        file.full_clean()


def files_of(page):
    return [(f.document.title, f.language, f.from_source) for f in page.files.order_by("sort_order")]


def test_a_new_translation_starts_with_the_sources_files(library, locales):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("English"), "en", "full")])
    french = translate_page(report, locales["fr"], title="Note")
    assert files_of(french) == [("English", "en", True)]
    assert files_of(report) == [("English", "en", False)]


def sync(page, locale):
    """What a translator's "Sync translated pages" and publish do (the parent first)."""
    parent = page.get_parent().specific
    if parent.depth > 1 and not parent.has_translation(locale):
        sync(parent, locale)
    source, _created = TranslationSource.update_or_create_from_instance(page)
    source.create_or_update_translation(locale, fallback=True)


def test_a_translation_keeps_its_own_files_when_synced(library, locales):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("English"), "en", "full")])
    sync(report, locales["fr"])
    french = report.get_translation(locales["fr"]).specific
    PublicationFile.objects.create(page=french, document=make_document("Français"), language="fr")
    sync(report, locales["fr"])
    assert files_of(french) == [("Français", "fr", False), ("English", "en", True)]


def test_files_added_to_or_removed_from_the_source_reach_the_translation_at_sync(library, locales):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("Old English"), "en", "full")])
    sync(report, locales["fr"])
    french = report.get_translation(locales["fr"]).specific
    PublicationFile.objects.create(page=french, document=make_document("Français"), language="fr")
    report.files = [PublicationFile(document=make_document("Kiswahili"), language="sw")]
    report.save_revision().publish()
    sync(report, locales["fr"])
    assert files_of(french) == [("Français", "fr", False), ("Kiswahili", "sw", True)]


def test_the_translations_own_files_show_on_its_page_first(client, series, locales):
    edition = make_edition(series, 2, "2021-10-22", files=[(make_document("English"), "en", "full")])
    french = translate_page(edition, locales["fr"], title="Numéro 2")
    PublicationFile.objects.create(page=french, document=make_document("Français"), language="fr")
    sync(edition, locales["fr"])
    html = client.get(french.url).content.decode()
    assert html.index("Version complète (Français)</a>") < html.index("Version complète (Anglais)</a>")


def test_copying_a_page_in_its_own_language_copies_its_files_as_its_own(library):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("English"), "en", "full")])
    copy = report.copy(update_attrs={"slug": "brief-copy", "title": "Brief copy"})
    assert files_of(copy) == [("English", "en", False)]
