"""A report's countries, publishers and funders pickers offer the page's language only."""

import pytest
from django.urls import reverse

from home.snippets import Country, Partner
from tests.factories import make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def countries_in_four_languages(locales):
    uganda = Country.objects.create(name="Uganda", slug="uganda", iso_code="UG", locale=locales["en"])
    burundi = Country.objects.create(name="Burundi", slug="burundi", iso_code="BI", locale=locales["en"])
    for country in (uganda, burundi):
        for code in ("fr", "sw", "ar"):
            country.copy_for_translation(locales[code]).save()
    return uganda, burundi


def labels(response, field):
    return [choice.data["label"] for choice in response.context["form"][field]]


def test_an_english_reports_country_picker_lists_each_country_once(
    admin_client_logged_in, library, countries_in_four_languages
):
    report = make_report(
        library, "Brief", "2022-01-01", publishers=[Partner.objects.create(name="Peace Centre")]
    )
    response = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[report.pk]))
    assert labels(response, "countries") == ["Burundi", "Uganda"]
    assert Country.objects.filter(name="Burundi").count() == 4


@pytest.mark.parametrize("field", ["publishers", "funders", "partners"])
def test_an_english_reports_organisation_pickers_list_english_organisations_only(
    admin_client_logged_in, library, locales, field
):
    un_women = Partner.objects.create(name="UN Women", locale=locales["en"])
    un_women.copy_for_translation(locales["fr"]).save()
    report = make_report(library, "Brief", "2022-01-01", publishers=[un_women])
    response = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[report.pk]))
    assert labels(response, field) == ["UN Women"]


def test_a_reports_pickers_are_checkboxes(admin_client_logged_in, library, countries_in_four_languages):
    report = make_report(
        library, "Brief", "2022-01-01", publishers=[Partner.objects.create(name="Peace Centre")]
    )
    html = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[report.pk])).content.decode()
    assert 'type="checkbox" name="countries"' in html
    assert '<select name="countries"' not in html
