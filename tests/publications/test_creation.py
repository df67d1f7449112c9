"""Where publication pages can be created, and what the admin refuses."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, streamfield

from home.models import HomePage, StandardPage
from publications.models import (
    MagazineEditionPage,
    MagazineSeriesPage,
    PublicationIndexPage,
    PublicationPage,
    ReportPage,
)
from tests.factories import admin_add_page, make_document, make_edition, publish, translate_page


def report_form(**changes):
    """What an editor fills in to add a report in the admin."""
    fields = {
        "title": "Defend Her",
        "slug": "defend-her",
        "publication_type": "policy_brief",
        "publication_date": "2021-11-29",
        "authors": "",
        "published_by_us": "on",
        "summary": "Recommendations for diplomatic missions.",
        "findings": streamfield([("recommendation", "Fund rapid response.")]),
        "files": inline_formset([]),
        "isbn": "",
        "doi": "",
        "licence": "cc-by-4.0",
    }
    fields.update(changes)
    return fields


def edition_form(number, **changes):
    fields = {
        "title": f"Edition {number} again",
        "slug": f"again-{number}",
        "edition_number": str(number),
        "publication_date": "2022-01-01",
        "summary": "An edition.",
        "launch_note": "",
        "contents": streamfield([]),
        "contributors": "",
        "files": inline_formset([]),
    }
    fields.update(changes)
    return fields


def test_the_library_goes_under_a_home_page_only(home_page, standard_page):
    assert PublicationIndexPage.can_create_at(home_page)
    assert not PublicationIndexPage.can_create_at(standard_page)
    assert PublicationIndexPage.parent_page_types == ["home.HomePage"]


def test_each_language_tree_has_one_library_but_translations_are_allowed(home_page, library, locales):
    assert not PublicationIndexPage.can_create_at(Page.objects.get(pk=home_page.pk).specific)
    assert PublicationIndexPage.max_count is None
    french_library = translate_page(library, locales["fr"], title="Publications (fr)")
    assert french_library.locale == locales["fr"]


def test_series_and_reports_go_in_the_library(library, series):
    assert MagazineSeriesPage.can_create_at(library)
    assert ReportPage.can_create_at(library)
    assert not ReportPage.can_create_at(series)
    assert not MagazineSeriesPage.can_create_at(series)


def test_editions_go_in_a_series_only(library, series):
    assert MagazineEditionPage.can_create_at(series)
    assert not MagazineEditionPage.can_create_at(library)


def test_the_shared_base_type_is_never_created_directly(home_page, library, series):
    assert not any(PublicationPage.can_create_at(parent) for parent in (home_page, library, series))


def test_nothing_goes_under_a_publication(library, series):
    assert ReportPage.subpage_types == [] and MagazineEditionPage.subpage_types == []
    assert not StandardPage.can_create_at(make_edition(series, 1, "2020-11-25"))


def test_home_page_offers_the_library(home_page):
    assert PublicationIndexPage in HomePage.allowed_subpage_models()


def test_editor_adds_a_report_with_a_kirundi_file_in_the_admin(admin_client_logged_in, library):
    document = make_document("Policy brief", pages=4)
    files = inline_formset([{"document": document.pk, "language": "rn", "version": "full", "page_count": ""}])
    admin_add_page(admin_client_logged_in, library, ReportPage, report_form(files=files))
    report = ReportPage.objects.get(slug="defend-her")
    assert report.live
    file = report.files.get()
    assert (file.language, file.version, file.page_count) == ("rn", "full", 4)


def test_the_admin_does_not_offer_magazine_as_a_report_type(admin_client_logged_in, library):
    with pytest.raises(AssertionError, match="publication_type"):
        admin_add_page(admin_client_logged_in, library, ReportPage, report_form(publication_type="magazine"))


def test_a_report_someone_else_published_must_name_its_publisher(admin_client_logged_in, library):
    form = report_form()
    del form["published_by_us"]
    with pytest.raises(AssertionError, match="Name who published it"):
        admin_add_page(admin_client_logged_in, library, ReportPage, form)


def test_the_admin_refuses_a_second_edition_with_the_same_number(admin_client_logged_in, series):
    make_edition(series, 2, "2021-10-22")
    with pytest.raises(AssertionError, match="already has an edition number 2"):
        admin_add_page(admin_client_logged_in, series, MagazineEditionPage, edition_form(2))


def test_the_admin_accepts_the_next_edition_number(admin_client_logged_in, series):
    make_edition(series, 2, "2021-10-22")
    admin_add_page(admin_client_logged_in, series, MagazineEditionPage, edition_form(3))
    assert MagazineEditionPage.objects.get(slug="again-3").edition_number == 3


def test_changing_an_edition_to_a_taken_number_is_refused_with_a_clear_message(series):
    make_edition(series, 1, "2020-11-25")
    second = make_edition(series, 2, "2021-10-22")
    second.edition_number = 1
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert error.value.message_dict["edition_number"] == [
        "“Feminist Peace Series” already has an edition number 1. Each edition needs its own number."
    ]


def test_the_same_edition_number_may_exist_in_another_series(library, series):
    other = publish(library, MagazineSeriesPage(title="Other", slug="other", description="<p>x</p>"))
    make_edition(series, 1, "2021-01-01")
    make_edition(other, 1, "2021-01-01").full_clean()


def test_an_edition_and_its_translation_share_a_number_without_clashing(series, locales):
    edition = make_edition(series, 2, "2021-10-22")
    french = translate_page(edition, locales["fr"], title="Numéro 2")
    french.full_clean()
    assert french.edition_number == 2


def test_an_edition_is_always_listed_as_a_magazine(series):
    assert make_edition(series, 1, "2020-11-25").publication_type == "magazine"
