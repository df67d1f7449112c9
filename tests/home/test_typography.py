"""The site's chrome in each language: the organisation's name, list punctuation and
language names as each language writes them."""

import pytest

from core.typography import join_groups, join_items, language_name
from home.site_settings import OrganisationName, OrganisationSettings
from tests.factories import translate_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Juba, Yei; Kampala"),
        ("fr", "Juba, Yei; Kampala"),
        ("sw", "Juba, Yei; Kampala"),
        ("ar", "Juba، Yei؛ Kampala"),
    ],
)
def test_lists_are_joined_with_the_languages_own_comma_and_semicolon(language, expected):
    assert join_groups([join_items(["Juba", "Yei"], language), "Kampala"], language) == expected


def test_empty_items_are_left_out_of_a_joined_list():
    assert join_items(["Juba", "", None, "Yei"], "ar") == "Juba، Yei"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["English", "French", "Kiswahili", "Arabic"]),
        ("fr", ["anglais", "français", "swahili", "arabe"]),
        ("sw", ["Kiingereza", "Kifaransa", "Kiswahili", "Kiarabu"]),
        ("ar", ["الإنجليزية", "الفرنسية", "السواحلية", "العربية"]),
    ],
)
def test_language_names_are_written_as_the_readers_language_writes_them_in_a_sentence(language, expected):
    assert [language_name(code, language) for code in ["en", "fr", "sw", "ar"]] == expected


@pytest.fixture
def organisation(home_page, locales):
    org = OrganisationSettings.for_site(home_page.get_site())
    org.name = "Women's International Peace Centre"
    org.save()
    for code, name in [
        ("fr", "Centre international pour la paix des femmes"),
        ("ar", "مركز السلام الدولي للنساء"),
    ]:
        OrganisationName.objects.create(settings=org, locale=locales[code], name=name)
    for code in ("fr", "sw", "ar"):
        translate_page(home_page, locales[code])
    return org


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", '<span class="site-brand__name">Centre international pour la paix des femmes</span>'),
        ("ar", '<span class="site-brand__name">مركز السلام الدولي للنساء</span>'),
        ("en", '<span class="site-brand__name">Women&#x27;s International Peace Centre</span>'),
    ],
)
def test_the_header_shows_the_organisations_name_in_the_pages_language(
    client, organisation, language, expected
):
    html = client.get(f"/{language}/").content.decode()
    assert expected in html


def test_the_page_title_carries_the_organisations_name_in_the_pages_language(client, organisation):
    html = client.get("/fr/").content.decode()
    assert "| Centre international pour la paix des femmes</title>" in html


def test_without_a_name_in_the_pages_language_the_header_marks_the_english_name_as_english(
    client, organisation
):
    html = client.get("/sw/").content.decode()
    assert (
        '<span class="site-brand__name" lang="en" dir="auto">Women&#x27;s International Peace Centre</span>'
        in html
    )
