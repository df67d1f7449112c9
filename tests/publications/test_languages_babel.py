"""Language names and directions come from Babel's locale data: every language offered has
a name in each site language and in itself, and right-to-left scripts are marked."""

import pytest
from babel import Locale
from django.conf import settings
from django.utils import translation

from publications import languages
from tests.factories import make_document, make_report, translate_page

SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("code", ["ar", "fa", "he", "ur", "ps", "dv", "yi", "sd", "ckb"])
def test_languages_written_right_to_left_are_marked_so(code):
    assert languages.is_rtl(code)


@pytest.mark.parametrize("code", ["sw", "fr", "en", "rn", "am", "pga"])
def test_languages_written_left_to_right_are_not(code):
    assert not languages.is_rtl(code)


def test_kashmiri_gets_the_direction_babel_gives_it():
    assert languages.is_rtl("ks") is (Locale.parse("ks").text_direction == "rtl")


def test_a_language_babel_has_no_locale_for_takes_the_direction_of_its_script():
    assert languages.is_rtl("apd")  # Sudanese Arabic, written in Arabic script


@pytest.mark.parametrize("code", ["", "xx", "not a code"])
def test_an_unknown_code_is_neither_right_to_left_nor_an_error(code):
    assert not languages.is_rtl(code)
    assert languages.native_name(code) == code


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_every_iso_639_1_language_has_a_name_in_each_site_language(language):
    with translation.override(language):
        unnamed = [code for code in languages.ISO_639_1_CODES if languages.reader_name(code) == code]
    assert not unnamed


def test_every_iso_639_1_language_has_its_own_name():
    assert not [code for code in languages.ISO_639_1_CODES if languages.native_name(code) == code]


@pytest.mark.parametrize(
    ("language", "code", "name"),
    [
        ("fr", "rn", "Roundi"),
        ("fr", "en", "Anglais"),
        ("fr", "lg", "Ganda"),
        ("sw", "en", "Kiingereza"),
        ("sw", "rn", "Kirundi"),
        ("ar", "fr", "الفرنسية"),
    ],
)
def test_names_are_in_the_readers_language_as_a_label_starts_them(language, code, name):
    with translation.override(language):
        assert languages.reader_name(code) == name


@pytest.mark.parametrize(
    ("code", "name"),
    [("sw", "Kiswahili"), ("rn", "Kirundi"), ("lg", "Luganda"), ("teo", "Ateso"), ("de", "German")],
)
def test_in_english_the_organisations_names_win_over_cldrs(code, name):
    assert languages.reader_name(code) == name


@pytest.mark.parametrize(
    ("code", "own"),
    [("fr", "Français"), ("de", "Deutsch"), ("am", "አማርኛ"), ("ks", "کٲشُر"), ("tl", "Tagalog"), ("tw", "Twi")],
)
def test_own_names_are_babels_capitalised_as_a_label(code, own):
    assert languages.native_name(code) == own


def test_the_editors_picker_names_each_offered_language_in_the_admins_language():
    with translation.override("fr"):
        choices = {code: name for _group, options in languages.editor_choices() for code, name in options}
    assert set(choices) == languages.CODES
    assert choices["rn"] == "Roundi · rn"
    assert choices["ach"] == "Acoli · ach"
    assert choices["en"] == "Anglais (English)"


def test_the_library_filter_knows_each_offered_language_by_its_own_name():
    assert languages.NATIVE_NAMES["rn"] == "Ikirundi"
    assert "xx" not in languages.NATIVE_NAMES
    assert len(languages.NATIVE_NAMES) == len(languages.CODES) == 214


def test_a_french_reader_sees_a_kirundi_file_named_in_french_and_in_kirundi(client, library, locales):
    report = make_report(library, "Brief", "2021-11-29", files=[(make_document("Kirundi"), "rn", "full")])
    french = translate_page(report, locales["fr"], title="Note")
    html = client.get(french.url).content.decode()
    assert '· Roundi (<span lang="rn">Ikirundi</span>)' in html


def test_a_persian_file_gets_its_direction_and_a_kiswahili_file_none(client, library):
    files = [(make_document("Persian"), "fa", "full"), (make_document("Kiswahili"), "sw", "full")]
    html = client.get(make_report(library, "Brief", "2021-11-29", files=files).url).content.decode()
    assert '· Persian (<span lang="fa" dir="rtl">فارسی</span>)' in html
    assert "· Kiswahili · " in html and 'lang="sw" dir="rtl"' not in html
