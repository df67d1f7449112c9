"""Each language searched by its own rules: on PostgreSQL, English, French and Arabic pages
are stemmed with their own text-search configuration and Kiswahili with `simple`."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from home.models import StandardPage
from search.backend import search_config
from tests.factories import publish, translate_page

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="text-search configurations are PostgreSQL's"
)

TEXTS = {
    "en": ("Trainings", "The training of women mediators in Yei."),
    "fr": ("Formations", "Une formation des médiatrices à Yei."),
    "sw": ("Mafunzo", "Mafunzo ya wanawake wapatanishi huko Yei."),
    "ar": ("تدريبات", "تدريب المدربات على الوساطة في ياي."),
}


@pytest.fixture
def pages_in_every_language(home_page, locales):
    title, text = TEXTS["en"]
    english = publish(home_page, StandardPage(title=title, slug="trainings", introduction=text))
    for code in ("fr", "sw", "ar"):
        title, text = TEXTS[code]
        translate_page(english, locales[code], title=title, introduction=text)
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    return english


def found(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [result["page"].title for result in response.context["page_obj"].object_list]


def test_the_configurations_are_the_ones_postgresql_has_for_each_language():
    assert [search_config(code) for code in ("en", "fr", "ar", "sw", "rn")] == [
        "amani_english",
        "amani_french",
        "arabic",
        "simple",
        "simple",
    ]


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("en", "training", "Trainings"),
        ("fr", "formation", "Formations"),
        ("sw", "wapatanishi", "Mafunzo"),
        ("ar", "الوساطة", "تدريبات"),
    ],
)
def test_each_language_finds_its_own_page_and_no_other(
    client, pages_in_every_language, language, query, title
):
    assert found(client, language, query) == [title]


@on_postgresql
@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("en", "trainings", "Trainings"),  # "training" in the text
        ("fr", "formations", "Formations"),  # "formation" in the text
        ("fr", "médiatrice", "Formations"),  # "médiatrices" in the text
        ("ar", "مدرب", "تدريبات"),  # "المدربات" in the text
    ],
)
def test_stemming_follows_the_language(client, pages_in_every_language, language, query, title):
    assert found(client, language, query) == [title]


@on_postgresql
def test_kiswahili_is_not_stemmed_as_english(client, pages_in_every_language):
    # English rules would cut "wanawake" to "wanawak"; Kiswahili keeps whole words.
    assert found(client, "sw", "wanawake") == ["Mafunzo"]
    assert found(client, "sw", "wanawak") == []


@on_postgresql
def test_french_text_is_indexed_by_french_rules(pages_in_every_language, locales):
    from wagtail.search.models import IndexEntry

    french = pages_in_every_language.get_translation(locales["fr"])
    english = pages_in_every_language
    vectors = dict(
        IndexEntry.objects.filter(object_id__in=[str(french.pk), str(english.pk)]).values_list(
            "object_id", "body"
        )
    )
    # "médiatrices" is stemmed, its accents folded first (search/normalise.py); stop words
    # such as "une" are indexed too, so a page is found by any word it holds.
    assert "'mediatric'" in vectors[str(french.pk)]
    assert "'une'" in vectors[str(french.pk)]
    assert "'train'" in vectors[str(english.pk)]


@on_postgresql
def test_a_search_in_no_language_finds_each_page_by_its_own_stems(pages_in_every_language, locales):
    """The admin's search names no language: it reads the query in every configuration."""
    from wagtail.models import Page

    def titles(query):
        return sorted(page.title for page in Page.objects.live().filter(depth__gt=2).search(query))

    assert titles("formations") == ["Formations"]
    assert titles("trainings") == ["Trainings"]
    assert titles("مدرب") == ["تدريبات"]
