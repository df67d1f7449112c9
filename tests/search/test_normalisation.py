"""Readers find a word however they spell it, on SQLite and on PostgreSQL alike: Arabic with
or without the article, hamza, taa marbuta, harakat or tatweel; French with or without
accents and elided articles; any language in any case; stop words included. Every search
here goes through the reader's search page, /<lang>/search/?q=..."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import StandardPage
from tests.factories import publish, translate_page

# (language, title, introduction): each page is the translation of an English page of its
# own; the introduction is also the teaser that results show.
PAGES = [
    ("ar", "السَّلَامُ للجميع", "نعمل من أجل الســلام في كل قرية."),
    ("ar", "الأمن الإنساني", "أمن النساء أولوية."),
    ("ar", "مدرسة البنات", "تعليم الفتيات."),
    ("ar", "لجنة المستشفى", "مجموعة من المتطوعات."),
    ("fr", "L’eau des villages", "Les femmes d'Afrique de l'Est gèrent les puits."),
    ("fr", "Égalité entre femmes et hommes", "Un droit pour chacune."),
    ("fr", "Droits et egalite", "Une page écrite sans accents."),
    ("fr", "Le cœur de la médiation", "Une formation."),
    ("sw", "Amani na usalama", "Wanawake wanajenga AMANI vijijini."),
    ("sw", "Ng’ombe wa jamii", "Mradi wa wanawake."),
    ("en", "Café meetings", "Mediators meet in Gulu."),
]


@pytest.fixture
def pages_in_four_languages(standard_page, locales):
    """The pages above, and the English "About us" page (`standard_page`)."""
    for number, (language, title, introduction) in enumerate(PAGES):
        source = publish(
            standard_page.get_parent(),
            StandardPage(title=f"Source {number}", slug=f"source-{number}", introduction="Source."),
        )
        text = {"title": title, "introduction": introduction, "search_description": introduction}
        if language == "en":
            for field, value in text.items():
                setattr(source, field, value)
            source.save_revision().publish()
        else:
            translate_page(source, locales[language], **text)
    return standard_page


def found(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [result["page"].title for result in response.context["page_obj"].object_list]


def found_by_each(client, language, spellings):
    """{spelling: titles found}, to compare every spelling at once."""
    return {query: found(client, language, query) for query in spellings}


def test_arabic_is_found_in_each_common_spelling(client, pages_in_four_languages):
    spellings = {
        "سلام": "السَّلَامُ للجميع",  # without the definite article
        "السلام": "السَّلَامُ للجميع",  # without the harakat of the title
        "والسلام": "السَّلَامُ للجميع",  # "and the"
        "للسلام": "السَّلَامُ للجميع",  # "for the"
        "السَّلَام": "السَّلَامُ للجميع",  # harakat in the query
        "الســلام": "السَّلَامُ للجميع",  # tatweel in the query
        "قريه": "السَّلَامُ للجميع",  # taa marbuta, in the introduction
        "امن": "الأمن الإنساني",  # hamza on the alef
        "أمن": "الأمن الإنساني",
        "إمن": "الأمن الإنساني",
        "آمن": "الأمن الإنساني",
        "مدرسه": "مدرسة البنات",  # taa marbuta
        "مدرسة": "مدرسة البنات",
        "المستشفي": "لجنة المستشفى",  # alef maksura
        "مستشفى": "لجنة المستشفى",
    }
    expected = {query: [title] for query, title in spellings.items()}
    assert found_by_each(client, "ar", spellings) == expected


def test_french_is_found_with_or_without_elisions_and_typographic_apostrophes(
    client, pages_in_four_languages
):
    spellings = ["eau", "l'eau", "l’eau", "afrique", "Afrique", "d'afrique", "d’Afrique", "puits"]
    assert found_by_each(client, "fr", spellings) == dict.fromkeys(spellings, ["L’eau des villages"])


def test_french_is_found_with_or_without_accents_both_ways(client, pages_in_four_languages):
    both = ["Droits et egalite", "Égalité entre femmes et hommes"]
    spellings = ["egalite", "égalité", "ÉGALITÉ", "Egalite"]
    found_sorted = {query: sorted(titles) for query, titles in found_by_each(client, "fr", spellings).items()}
    assert found_sorted == dict.fromkeys(spellings, both)
    accented = {"ecrite": ["Droits et egalite"], "coeur": ["Le cœur de la médiation"]}
    assert found_by_each(client, "fr", accented) == accented
    assert found(client, "fr", "mediation") == ["Le cœur de la médiation"]


def test_kiswahili_is_found_in_any_case_and_with_or_without_its_apostrophe(client, pages_in_four_languages):
    spellings = {
        "amani": "Amani na usalama",
        "AMANI": "Amani na usalama",
        "Usalama": "Amani na usalama",
        "ngombe": "Ng’ombe wa jamii",
        "ng'ombe": "Ng’ombe wa jamii",
        "NG’OMBE": "Ng’ombe wa jamii",
    }
    expected = {query: [title] for query, title in spellings.items()}
    assert found_by_each(client, "sw", spellings) == expected


def test_english_is_found_by_any_word_of_its_title_stop_words_included(client, pages_in_four_languages):
    spellings = {"about": "About us", "cafe": "Café meetings", "CAFÉ": "Café meetings"}
    expected = {query: [title] for query, title in spellings.items()}
    assert found_by_each(client, "en", spellings) == expected


def test_normalising_finds_nothing_in_another_language(client, pages_in_four_languages):
    assert found(client, "en", "amani") == []
    assert found(client, "sw", "سلام") == []


def test_matched_words_are_marked_in_the_text_as_written(client, pages_in_four_languages):
    arabic = client.get("/ar/search/", {"q": "سلام"}).content.decode()
    assert "<mark>السَّلَامُ</mark> للجميع" in arabic
    assert "أجل <mark>الســلام</mark> في" in arabic
    assert "<mark>Égalité</mark> entre" in client.get("/fr/search/", {"q": "egalite"}).content.decode()
    french = client.get("/fr/search/", {"q": "afrique"}).content.decode()
    assert "femmes <mark>d&#x27;Afrique</mark> de" in french


def test_suggestions_match_the_normalised_beginning_of_a_title(client, pages_in_four_languages):
    titles = [s["title"] for s in client.get("/fr/search/suggest/", {"q": "egal"}).json()["suggestions"]]
    assert sorted(titles) == ["Droits et egalite", "Égalité entre femmes et hommes"]


def test_a_rebuilt_index_finds_the_same_spellings(client, pages_in_four_languages):
    """`update_index`, the upgrade step that normalises rows indexed before, writes what
    publishing writes."""
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    assert found(client, "ar", "سلام") == ["السَّلَامُ للجميع"]
    assert found(client, "fr", "afrique") == ["L’eau des villages"]
    assert found(client, "en", "about") == ["About us"]


def test_a_search_in_no_language_is_normalised_too(pages_in_four_languages):
    """The admin's page search names no language."""
    titles = sorted(page.title for page in Page.objects.live().filter(depth__gt=2).search("egalite"))
    assert titles == ["Droits et egalite", "Égalité entre femmes et hommes"]


def test_stored_text_is_kept_as_written(pages_in_four_languages, locales):
    page = StandardPage.objects.get(locale=locales["fr"], title="L’eau des villages")
    assert page.introduction == "Les femmes d'Afrique de l'Est gèrent les puits."
