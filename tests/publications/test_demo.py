"""The demo publications: the Feminist Peace Series and reports with generated PDFs."""

from io import StringIO

from django.core.management import call_command
from django.utils.html import escape
from wagtail.documents.models import Document

from publications.models import MagazineEditionPage, PublicationFile, PublicationIndexPage, ReportPage


def test_the_demo_library_has_the_feminist_peace_series_with_three_editions(demo_content):
    library = PublicationIndexPage.objects.get(locale__language_code="en")
    assert (library.slug, library.title) == ("publications", "Publications")
    editions = MagazineEditionPage.objects.filter(locale__language_code="en").order_by("edition_number")
    assert [edition.edition_number for edition in editions] == [1, 2, 3]
    second = editions[1]
    assert second.title == "Crisis as an Opportunity for Transformative Change"
    assert second.publication_date.isoformat() == "2021-10-22"
    assert "LSE Centre for Women, Peace and Security" in second.launch_note
    assert second.get_parent().title == "Feminist Peace Series"


def test_the_demo_has_at_least_four_kinds_of_report_including_the_au_report(demo_content):
    reports = ReportPage.objects.filter(locale__language_code="en")
    assert len({report.publication_type for report in reports}) >= 4
    au = reports.get(title__startswith="2020 Report of the Chairperson of the African Union Commission")
    assert not au.published_by_us and au.publishers.exists()


def test_demo_files_are_real_pdfs_some_in_two_languages_one_light(demo_content):
    files = PublicationFile.objects.filter(page__locale__language_code="en")
    assert all(file.format == "PDF" and file.page_count and file.size > 0 for file in files)
    languages_per_page = {}
    for file in files:
        languages_per_page.setdefault(file.page_id, set()).add(file.language)
    assert any(len(languages) >= 2 for languages in languages_per_page.values())
    assert files.filter(version="light").exists()


def test_the_demo_pages_serve(client, demo_content):
    french_library = PublicationIndexPage.objects.get(locale__language_code="fr")
    pages = [PublicationIndexPage.objects.get(locale__language_code="en"), *ReportPage.objects.all()[:2]]
    for page in [*pages, french_library]:
        response = client.get(page.url)
        assert response.status_code == 200
        assert f"<h1>{escape(page.title)}</h1>" in response.content.decode()
    assert french_library.url == "/fr/publications/"


def test_loading_the_demo_twice_creates_nothing_new(demo_content):
    models = (PublicationIndexPage, MagazineEditionPage, ReportPage, PublicationFile, Document)
    counts = {model: model.objects.count() for model in models}
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert {model: model.objects.count() for model in models} == counts
    assert "nothing changed" in out.getvalue()
