"""Reports → Translations: every page and snippet × locale, filters, CSV, bounded queries."""

import csv
import io

from home.models import StandardPage
from tests.factories import finish_translation, publish, start_translation

REPORT = "/admin/reports/translations/"


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_reports_menu_links_to_the_translations_report_once(client, editor, standard_page):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert html.count(f'"url": "{REPORT}"') == 1  # the sidebar's Reports menu, as JSON
    assert "/admin/localize/reports/translations/" not in html


def test_editors_see_every_locale_in_the_report(client, editor, standard_page):
    client.force_login(editor)
    response = client.get(REPORT)
    assert response.status_code == 200
    languages = {row.locale.language_code for row in response.context["object_list"]}
    assert languages == {"fr", "sw", "ar"}


def test_translators_see_only_their_locale_in_the_report(client, french_translator, standard_page):
    client.force_login(french_translator)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert {row.locale.language_code for row in response.context["object_list"]} == {"fr"}


def test_the_report_filters_by_locale_status_and_type(
    client, editor, standard_page, locales, django_capture_on_commit_callbacks
):
    finish_translation(start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks)
    client.force_login(editor)
    response = client.get(REPORT, {"locale": "fr", "status": "up_to_date", "type": "home.standardpage"})
    rows = response.context["object_list"]
    assert [(row.title, row.locale.language_code, row.status) for row in rows] == [
        ("About us", "fr", "up_to_date")
    ]


def test_the_csv_export_has_the_documented_columns(
    client, editor, standard_page, locales, django_capture_on_commit_callbacks
):
    translation = finish_translation(
        start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks
    )
    client.force_login(editor)
    response = client.get(REPORT, {"export": "csv", "locale": "fr", "type": "home.standardpage"})
    assert response["Content-Type"] == "text/csv"
    (row,) = csv_rows(response)
    assert list(row) == [
        "object type",
        "id",
        "title",
        "locale",
        "status",
        "percent",
        "source_last_published",
        "translation_last_synced",
    ]
    assert (row["object type"], row["id"], row["title"], row["locale"]) == (
        "Standard page",
        str(standard_page.pk),
        "About us",
        "fr",
    )
    assert (row["status"], row["percent"]) == ("up_to_date", "100")
    assert row["source_last_published"].startswith(str(standard_page.last_published_at.date()))
    assert row["translation_last_synced"].startswith(str(translation.source.last_updated_at.date()))


def test_the_report_reads_a_bounded_number_of_queries_for_hundreds_of_pages(
    client, editor, home_page, locales, french_home, no_search_indexing, django_assert_max_num_queries
):
    pages = [
        publish(home_page, StandardPage(title=f"Page {i}", slug=f"page-{i}", introduction="Text."))
        for i in range(300)
    ]
    for page in pages[:20]:
        start_translation(page, locales["fr"])
    client.force_login(editor)
    client.get(REPORT)  # warm up sessions, content types and the admin's own caches
    with django_assert_max_num_queries(25):
        response = client.get(REPORT)
    assert response.context["items_count"] == 3 * (len(pages) + 1)  # and the home page
    with django_assert_max_num_queries(25):
        export = client.get(REPORT, {"export": "csv"})
        assert len(csv_rows(export)) == 3 * (len(pages) + 1)
