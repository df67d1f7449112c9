"""The rules of search/normalise.py, and highlighting that follows them in the text as written."""

import pytest

from search.normalise import normalise, normalise_value
from search.query import highlight, search_terms


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("سلام", "السلام"),  # every Arabic word carries the article
        ("والسلام بالسلام كالسلام فالسلام للسلام", "السلام السلام السلام السلام السلام"),
        ("السَّلَامُ", "السلام"),  # harakat and shadda
        ("الســلام", "السلام"),  # tatweel
        ("أمن إمن آمن ٱلأمن", "الامن الامن الامن الامن"),
        ("مسؤول مسئول", "المسوول المسيول"),  # hamza on waw and yeh
        ("مدرسة", "المدرسه"),
        ("مستشفى", "المستشفي"),
        ("ﻻ", "اللا"),  # a presentation form
        ("٢٠٢٤ ۲۰۲۴", "2024 2024"),
        ("الم و", "الالم و"),  # "ال" before one letter is no article; one letter takes none
        ("Égalité", "egalite"),
        ("l'eau l’eau L‘eau lʼeau", "eau eau eau eau"),
        ("d'Afrique", "afrique"),
        ("qu'elle jusqu'ici", "elle ici"),
        ("aujourd'hui", "aujourd hui"),
        ("cœur Æthiopia", "coeur aethiopia"),
        ("Ng'ombe kung’oa", "ngombe kungoa"),
        ("women's rights", "women s rights"),  # the databases' parsers split there too
        ("AMANI Straße", "amani strasse"),
        ("Peace, (women) & rights!", "peace, (women) & rights!"),  # punctuation left where it was
    ],
)
def test_each_spelling_has_one_normal_form(written, normalised):
    assert normalise(written) == normalised


def test_scripts_with_marks_of_their_own_keep_them():
    assert normalise("हिन्दी") == "हिन्दी"  # Devanagari vowel signs and virama are letters there


def test_field_values_are_normalised_in_any_shape_wagtail_gives():
    value = ["L’eau", {"title": "سلام", "pages": 3}, None]
    assert normalise_value(value) == ["eau", {"title": "السلام", "pages": 3}, None]


def test_search_terms_keep_marks_tatweel_and_inner_apostrophes():
    assert search_terms("السَّلَام الســلام l’eau 'quoted' & |") == ["السَّلَام", "الســلام", "l’eau", "quoted"]


@pytest.mark.parametrize(
    ("text", "terms", "shown"),
    [
        ("Égalité des femmes", ["egalite"], "<mark>Égalité</mark> des femmes"),
        ("egalite des femmes", ["égalité"], "<mark>egalite</mark> des femmes"),
        ("السَّلَامُ للجميع", ["سلام"], "<mark>السَّلَامُ</mark> للجميع"),
        ("من أجل الســلام", ["السلام"], "من أجل <mark>الســلام</mark>"),
        ("Les femmes d’Afrique", ["afrique"], "Les femmes <mark>d’Afrique</mark>"),
        ("Peacebuilding and peace", ["peace"], "<mark>Peacebuilding</mark> and <mark>peace</mark>"),
        ("women", ["men"], "women"),  # only the beginning of a word
        ("a <b>peace</b>", ["peace"], "a &lt;b&gt;<mark>peace</mark>&lt;/b&gt;"),
        ("<i>x</i>", ["a"], "&lt;i&gt;x&lt;/i&gt;"),  # no term long enough
    ],
)
def test_highlight_marks_whole_words_as_written_whatever_their_spelling(text, terms, shown):
    assert highlight(text, terms) == shown
