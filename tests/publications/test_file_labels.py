"""A file's language is labelled the same way in the editor's picker, on the publication's
page and in the library's filters, and each download link names its own file."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from publications import languages
from tests.factories import make_document, make_report, translate_page


def language_picker(html):
    """[(group label, [option labels])] of the first file's language picker."""
    select = re.search(r'<select name="files-0-language".*?</select>', html, re.S).group(0)
    groups = re.findall(r'<optgroup label="([^"]*)">(.*?)</optgroup>', select, re.S)
    return [
        (unescape(label), [unescape(o) for o in re.findall(r"<option[^>]*>([^<]*)</option>", body)])
        for label, body in groups
    ]


def test_the_file_language_picker_offers_the_sites_languages_first(admin_client_logged_in, library):
    report = make_report(library, "Brief", files=[(make_document("Brief"), "rn", "full")])
    html = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[report.pk])).content.decode()
    (site_label, site_options), (other_label, other_options) = language_picker(html)
    assert (site_label, site_options) == (
        "The site’s languages",
        ["English", "French (Français)", "Kiswahili", "Arabic (العربية)"],
    )
    assert other_label == "Other languages"
    assert "Kirundi · rn" in other_options and not {"English · en", "French · fr"} & set(other_options)


def test_the_picker_follows_the_organisations_list_of_languages(settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [("en", "English"), ("rn", "Ikirundi"), ("pt-br", "Português")]
    with translation.override("en"):
        (_site, site_options), (_other, other_options) = languages.editor_choices()
    assert site_options == [("en", "English"), ("rn", "Kirundi (Ikirundi)"), ("pt", "Portuguese (Português)")]
    assert "rn" not in dict(other_options) and "fr" in dict(other_options)


def test_a_language_is_labelled_alike_in_the_picker_the_page_and_the_filters(client, library):
    report = make_report(library, "Brief", files=[(make_document("Arabic"), "ar", "full")])
    labelled = 'Arabic (<span lang="ar" dir="rtl">العربية</span>)'
    assert f"· {labelled}" in client.get(report.url).content.decode()
    assert f"<span>{labelled}</span>" in client.get(library.url).content.decode()
    with translation.override("en"):
        assert ("ar", "Arabic (العربية)") in languages.editor_choices()[0][1]


@pytest.mark.parametrize(("language", "code", "own"), [("fr", "en", "English"), ("ar", "rn", "Ikirundi")])
def test_french_and_arabic_readers_see_the_same_label_on_the_page_and_in_the_filters(
    client, library, locales, language, code, own
):
    report = make_report(library, "Brief", files=[(make_document("File"), code, "full")])
    translated = translate_page(report, locales[language], title=f"Brief ({language})")
    labelled = f'{languages.name_in(code, language)} (<span lang="{code}">{own}</span>)'
    assert f"· {labelled}" in client.get(translated.url).content.decode()
    assert f"<span>{labelled}</span>" in client.get(translated.get_parent().url).content.decode()


def download_links(html):
    return re.findall(r'class="download-list__link"[^>]*>([^<]*)</a>', html)


def test_each_download_link_names_its_version_and_language(client, library):
    files = [
        (make_document("Full"), "en", "full"),
        (make_document("Light"), "en", "light"),
        (make_document("Fr"), "fr", "full"),
    ]
    report = make_report(library, "Brief", files=files)
    assert download_links(client.get(report.url).content.decode()) == [
        "Full version (English)",
        "Light version (English)",
        "Full version (French)",
    ]


def test_download_links_are_named_in_french_and_arabic(client, library, locales):
    report = make_report(
        library,
        "Brief",
        files=[(make_document("Full"), "en", "full"), (make_document("Light"), "sw", "light")],
    )
    french = translate_page(report, locales["fr"], title="Note")
    arabic = translate_page(report, locales["ar"], title="موجز")
    assert download_links(client.get(french.url).content.decode()) == [
        "Version complète (Anglais)",
        "Version légère (Swahili)",
    ]
    english, swahili = languages.name_in("en", "ar"), languages.name_in("sw", "ar")
    assert download_links(client.get(arabic.url).content.decode()) == [
        f"النسخة الكاملة ({english})",
        f"النسخة الخفيفة ({swahili})",
    ]
