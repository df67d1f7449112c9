"""Publication pages: creation rules, editions, reports, files, ISBN and structured data."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from home.models import HomePage
from publications.identifiers import normalise_isbn, validate_isbn
from publications.models import (
    MagazineEditionPage,
    MagazineSeriesPage,
    PublicationIndexPage,
    PublicationPage,
    ReportPage,
)
from tests.conftest import admin_add_page
from tests.publications.conftest import make_document, make_edition, make_report


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_page_type_rules(home_page, library, series):
    assert PublicationIndexPage in HomePage.allowed_subpage_models()
    assert not PublicationIndexPage.can_create_at(Page.objects.get(pk=home_page.pk).specific)  # one per tree
    assert PublicationIndexPage.max_count is None and PublicationIndexPage.max_count_per_parent == 1
    assert MagazineSeriesPage.can_create_at(library) and ReportPage.can_create_at(library)
    assert MagazineEditionPage.can_create_at(series)
    assert not MagazineEditionPage.can_create_at(library)
    assert not ReportPage.can_create_at(series)
    assert not PublicationPage.can_create_at(library)


def test_editor_creates_a_report_in_the_admin(admin_client_logged_in, library):
    document = make_document("Policy brief")
    fields = {
        "title": "Defend Her",
        "slug": "defend-her",
        "publication_type": "policy_brief",
        "publication_date": "2021-11-29",
        "authors": "Peace Centre",
        "summary": "Recommendations.",
        "findings": streamfield([("recommendation", "Fund rapid response.")]),
        "files": inline_formset(
            [{"document": document.pk, "language": "rn", "version": "full", "page_count": ""}]
        ),
        "isbn": "",
        "doi": "",
        "licence": "cc-by-4.0",
    }
    admin_add_page(admin_client_logged_in, library, ReportPage, fields)
    report = ReportPage.objects.get(slug="defend-her")
    file = report.files.get()
    assert file.language == "rn"
    assert file.page_count == 3  # read from the PDF


def test_edition_numbers_are_unique_within_a_series(admin_client_logged_in, series):
    make_edition(series, 2, "2021-10-22")
    fields = {
        "title": "Again",
        "slug": "again",
        "edition_number": "2",
        "publication_date": "2022-01-01",
        "summary": "x",
        "launch_note": "",
        "contents": streamfield([]),
        "contributors": "",
        "files": inline_formset([]),
    }
    with pytest.raises(AssertionError, match="already has an edition number 2"):
        admin_add_page(admin_client_logged_in, series, MagazineEditionPage, fields)


def test_the_same_edition_number_may_exist_in_another_series(library, series):
    from tests.conftest import publish

    other = publish(library, MagazineSeriesPage(title="Other", slug="other", description="<p>x</p>"))
    make_edition(series, 1, "2021-01-01")
    edition = make_edition(other, 1, "2021-01-01")
    edition.full_clean()


@pytest.mark.parametrize("isbn", ["978-9970-0-0000-5", "9789970000005", "978 9970 0 0000 5", "0-306-40615-2"])
def test_valid_isbns_are_accepted(isbn):
    validate_isbn(isbn)


@pytest.mark.parametrize(
    ("isbn", "message"),
    [
        ("978-9970-0-0000-4", "check digit is wrong: with these first twelve digits it should end in 5"),
        ("978-9970-0000", "An ISBN-13 has 13 digits; this one has 11."),
        ("978-99A0-0-0000-5", "only digits"),
        ("0-306-40615-3", "10-digit ISBN's check digit is wrong"),
    ],
)
def test_invalid_isbns_get_a_clear_message(isbn, message):
    with pytest.raises(ValidationError, match=message):
        validate_isbn(isbn)


def test_isbn_10_is_stored_as_isbn_13():
    assert normalise_isbn("0-306-40615-2") == "9780306406157"


def test_report_citation_is_made_from_its_fields(client, library):
    report = make_report(
        library, "Toolkit", "2021-06-15", authors="A. Akello\nB. Bangura", doi="10.1234/abcd"
    )
    html = client.get(report.url).content.decode()
    assert (
        "A. Akello; B. Bangura (2021). Toolkit. Women&#x27;s International Peace Centre. https://doi.org/10.1234/abcd"
        in html
    )


def test_files_show_format_size_language_and_pages_from_the_real_file(client, library):
    english = make_document("Big", pages=5, lines=60)
    kirundi = make_document("Small", pages=2)
    report = make_report(
        library, "Brief", "2021-11-29", files=[(english, "en", "full"), (kirundi, "rn", "light")]
    )
    html = client.get(report.url).content.decode()
    size = english.file.size
    assert size > 1024
    from django.template.defaultfilters import filesizeformat

    assert f'PDF · {filesizeformat(size)} · <span lang="en">English</span> · 5 pages' in html
    assert '<span lang="rn">Ikirundi</span> · 2 pages' in html
    assert "Light version" in html


def test_file_sizes_follow_the_readers_locale(client, library, locales):
    from tests.conftest import translate_page

    document = make_document("Big", pages=8, lines=60)
    report = make_report(library, "Brief", "2021-11-29", files=[(document, "en", "full")])
    french = translate_page(report, locales["fr"], title="Note")
    with translation.override("fr"):
        from django.template.defaultfilters import filesizeformat

        expected = filesizeformat(document.file.size)
    assert "," in expected  # French decimal comma
    assert expected in client.get(french.url).content.decode()


def test_translated_report_keeps_its_own_files_after_a_sync(library, locales):
    from wagtail_localize.models import TranslationSource

    from publications.models import PublicationFile
    from tests.conftest import translate_page

    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("English"), "en", "full")])
    french = translate_page(report, locales["fr"], title="Note")
    PublicationFile.objects.create(page=french, document=make_document("French"), language="fr")
    source, _ = TranslationSource.update_or_create_from_instance(report)
    source.create_or_update_translation(locales["fr"], fallback=True)
    assert sorted(french.files.values_list("language", flat=True)) == ["en", "fr"]


def test_downloads_are_served_as_pdf(client, library):
    document = make_document("Served")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "Served" in b"".join(response.streaming_content).decode("latin-1")


def test_edition_json_ld_is_a_publication_issue_in_a_periodical(client, series):
    edition = make_edition(series, 2, "2021-10-22", files=[(make_document("Ed"), "en", "full")])
    data = json_ld(client.get(edition.url).content.decode())
    assert data["@type"] == "PublicationIssue"
    assert data["issueNumber"] == "2"
    assert data["isPartOf"] == {
        "@type": "Periodical",
        "name": "Feminist Peace Series",
        "publisher": data["publisher"],
    }
    assert data["datePublished"] == "2021-10-22"
    assert data["encoding"][0]["encodingFormat"] == "application/pdf"


def test_report_json_ld_is_a_report(client, library):
    report = make_report(library, "Study", "2021-01-01", authors="A. Akello", isbn="9789970000005")
    data = json_ld(client.get(report.url).content.decode())
    assert data["@type"] == "Report"
    assert data["author"] == [{"@type": "Person", "name": "A. Akello"}]
    assert data["identifier"]["value"] == "9789970000005"
    assert '<meta property="og:type" content="article">' in client.get(report.url).content.decode()


def test_series_lists_its_editions_by_number(client, series):
    make_edition(series, 3, "2022-12-10")
    make_edition(series, 1, "2020-11-25")
    make_edition(series, 2, "2021-10-22")
    html = client.get(series.url).content.decode()
    assert html.index("Edition 1") < html.index("Edition 2") < html.index("Edition 3")


def test_call_for_contributions_hides_after_its_deadline(client, series):
    import datetime

    series.call_for_contributions = "<p>Send poems.</p>"
    series.contributions_deadline = datetime.date(2020, 1, 1)
    series.save_revision().publish()
    assert "Send poems." not in client.get(series.url).content.decode()
    series.contributions_deadline = None
    series.save_revision().publish()
    assert "Send poems." in client.get(series.url).content.decode()


def test_edition_contents_render_each_item_kind(client, series):
    edition = make_edition(
        series,
        1,
        "2020-11-25",
        contents=[
            (
                "poem",
                {"title": "Mother of peace", "contributors": "A poet", "pages": "6", "text": rich_text("")},
            ),
        ],
    )
    html = client.get(edition.url).content.decode()
    assert '<span class="contents-list__kind">Poem</span>' in html
    assert '<span class="contents-list__title">Mother of peace</span>' in html
