"""A search result says which languages a publication's files are in with the markup
every listing uses (components/available_languages.html): the reader's words and the
reader's list separators, "،" in Arabic."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation

from core.typography import language_name
from tests.factories import make_document, make_report, translate_page


@pytest.fixture
def toolkit(library, locales):
    """A report with an English and a French file, in English, French and Arabic."""
    files = [(make_document("English"), "en", "full"), (make_document("Francais"), "fr", "full")]
    report = make_report(library, "Toolkit Kampala", files=files)
    translate_page(report, locales["fr"], title="Boîte à outils Kampala")
    translate_page(report, locales["ar"], title="دليل Kampala")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    return report


def file_languages_named_in(language):
    """The names of the toolkit's file languages as `language` writes them in a sentence."""
    with translation.override(language):
        return language_name("en"), language_name("fr")


def search_page(client, language):
    response = client.get(f"/{language}/search/", {"q": "Kampala"})
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 1
    return response.content.decode()


def test_a_french_result_says_disponible_en_with_french_names_and_commas(client, toolkit):
    english, french = file_languages_named_in("fr")
    assert (english, french) == ("anglais", "français")
    assert (
        '<p class="teaser__languages">Disponible en <span class="badge">anglais</span>, '
        '<span class="badge">français</span></p>'
    ) in search_page(client, "fr")


def test_an_arabic_result_joins_the_languages_with_the_arabic_comma(client, toolkit):
    english, french = file_languages_named_in("ar")
    html = search_page(client, "ar")
    assert (
        f'<p class="teaser__languages">متاح باللغات <span class="badge">{english}</span>، '
        f'<span class="badge">{french}</span></p>'
    ) in html
    assert f'<span class="badge">{english}</span>, ' not in html


def test_the_search_page_and_the_library_show_the_same_line(client, toolkit):
    search = search_page(client, "en")
    library = client.get(toolkit.get_parent().url).content.decode()
    line = 'Available in <span class="badge">English</span>, <span class="badge">French</span></p>'
    assert line in search and line in library
    assert 'class="badge" lang=' not in search
