"""Listings in a partly translated language: own-language pages first, untranslated
source pages after them (when the setting allows), never a page twice."""

from wagtail.models import Page

from home.localisation import localised_pages
from home.models import StandardPage
from tests.factories import publish, translate_page


def listing(locale, include_untranslated=True):
    pages = localised_pages(StandardPage.objects.live(), locale, include_untranslated)
    return [(page.title, page.locale.language_code) for page in pages.order_by("is_untranslated", "title")]


def test_french_listing_shows_french_pages_first_then_untranslated_english_ones(home_page, locales):
    translated = publish(home_page, StandardPage(title="B translated", slug="b"))
    publish(home_page, StandardPage(title="A only in English", slug="a"))
    translate_page(translated, locales["fr"], title="B traduit")

    assert listing(locales["fr"]) == [("B traduit", "fr"), ("A only in English", "en")]


def test_french_listing_without_untranslated_pages_shows_only_french(home_page, locales):
    translated = publish(home_page, StandardPage(title="B translated", slug="b"))
    publish(home_page, StandardPage(title="A only in English", slug="a"))
    translate_page(translated, locales["fr"], title="B traduit")

    assert listing(locales["fr"], include_untranslated=False) == [("B traduit", "fr")]


def test_english_listing_never_includes_translations(home_page, locales):
    translated = publish(home_page, StandardPage(title="B translated", slug="b"))
    translate_page(translated, locales["fr"], title="B traduit")

    assert listing(locales["en"]) == [("B translated", "en")]


def test_unpublished_translation_lets_the_english_page_show_instead(home_page, locales):
    translated = publish(home_page, StandardPage(title="B translated", slug="b"))
    french = translate_page(translated, locales["fr"], title="B traduit")
    Page.objects.get(pk=french.pk).specific.unpublish()

    assert listing(locales["fr"]) == [("B translated", "en")]
