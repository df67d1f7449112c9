"""Every PDF of a publication is read for its page count and text, whichever way the file
reached the page: built with it, added in the admin, or added to a draft."""

import re

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from publications import pdf
from publications.models import ReportPage
from tests.factories import admin_add_page, make_document, make_report
from tests.publications.test_creation import report_form


def file_rows(documents, first=None):
    """The admin's file rows: `first` (an existing file) kept, then one new row per document."""
    rows = []
    if first is not None:
        rows.append(
            {"id": first.pk, "document": first.document_id, "language": "en", "version": "full"}
            | {"page_count": first.page_count}
        )
    rows += [
        {"document": document.pk, "language": "fr", "version": "full", "page_count": ""}
        for document in documents
    ]
    return inline_formset(rows, initial=1 if first is not None else 0)


def save_in_admin(client, report, files, publish_it=False):
    """Post the report's edit form as the editor's Save draft (or Publish) does."""
    data = nested_form_data({"comments": inline_formset([]), **report_form(slug=report.slug, files=files)})
    if publish_it:
        data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[report.pk]), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response


def counted_reads(monkeypatch):
    reads = []
    real_read = pdf.read_pdf
    monkeypatch.setattr(pdf, "read_pdf", lambda document: reads.append(document.title) or real_read(document))
    return reads


def page_counts_shown(html):
    return re.findall(r"· (\d+) pages</span>", html)


def test_every_pdf_of_a_publication_shows_its_own_page_count(client, library):
    documents = [
        make_document("First", pages=2),
        make_document("Second", pages=5),
        make_document("Third", pages=7),
    ]
    report = make_report(library, "Brief", files=[(document, "en", "full") for document in documents])
    assert page_counts_shown(client.get(report.url).content.decode()) == ["2", "5", "7"]


def test_each_file_an_editor_adds_with_a_new_report_gets_its_page_count(admin_client_logged_in, library):
    documents = [make_document("First", pages=3), make_document("Second", pages=6)]
    admin_add_page(admin_client_logged_in, library, ReportPage, report_form(files=file_rows(documents)))
    report = ReportPage.objects.get(slug="defend-her")
    assert [(file.document.title, file.page_count) for file in report.files.order_by("sort_order")] == [
        ("First", 3),
        ("Second", 6),
    ]
    assert all("page 0" in file.text for file in report.files.all())


def test_files_added_to_a_draft_show_their_page_count_in_its_preview(admin_client_logged_in, library):
    report = make_report(library, "Brief", files=[(make_document("First", pages=2), "en", "full")])
    added = [make_document("Second", pages=5), make_document("Third", pages=7)]
    save_in_admin(admin_client_logged_in, report, file_rows(added, first=report.files.get()))
    draft = ReportPage.objects.get(pk=report.pk).get_latest_revision_as_object()
    assert [file.page_count for file in draft.files.all()] == [2, 5, 7]
    assert page_counts_shown(draft.make_preview_request().content.decode()) == ["2", "5", "7"]


def test_publishing_a_draft_does_not_read_its_files_again(admin_client_logged_in, library, monkeypatch):
    report = make_report(library, "Brief", files=[(make_document("First", pages=2), "en", "full")])
    rows = file_rows([make_document("Second", pages=5)], first=report.files.get())
    reads = counted_reads(monkeypatch)
    save_in_admin(admin_client_logged_in, report, rows)
    assert reads == ["Second"]
    save_in_admin(admin_client_logged_in, report, rows, publish_it=True)
    assert reads == ["Second"]
    assert [file.page_count for file in report.files.order_by("sort_order")] == [2, 5]
