"""What readers need to move between languages: the language menu and hreflang links."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.translation import get_language_info
from wagtail.models import PageViewRestriction, Site

from .chrome import cached


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no live translation and the link leads to that language's home.
    is_translation: bool
    bidi: bool


def language_links(request, page=None):
    """One link per configured language: to this page's live translation if it has one,
    else to that language's home page (or its URL prefix when there is none yet).

    Computed once per request: the language menu and the hreflang links share it.
    """
    cache_key = getattr(page, "pk", None)
    cached = getattr(request, "_amani_language_links", None)
    if cached is not None and cached[0] == cache_key:
        return cached[1]
    links = _language_links(request, page)
    request._amani_language_links = (cache_key, links)
    return links


def without_restricted(pages):
    """`pages` less those under a view restriction (on themselves or an ancestor), as
    Wagtail's `.public()` does, but inside the same query: `.public()` first loads every
    restriction, a query more on every page, since every page lists its translations."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.filter(~Exists(restricted))


def _language_links(request, page):
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    translations = {}
    if page is not None and page.pk:
        # Publishing, unpublishing, moving and restricting pages renew the chrome cache.
        translations = cached(request, f"translations:{page.pk}", lambda: _translation_urls(request, page))
    homes = cached(request, "language-homes", lambda: _home_urls(request))
    links = []
    for code, name in settings.LANGUAGES:
        url = translations[code] if code in translations else homes.get(code, f"/{code}/")
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                is_translation=code in translations,
                bidi=get_language_info(code)["bidi"],
            )
        )
    return links


def _translation_urls(request, page):
    """{language code: URL} of each live, public translation of `page` (itself included)."""
    translations = (
        without_restricted(page.get_translations(inclusive=True).live())
        # An alias is an untranslated copy: never offered as a translation.
        .filter(alias_of__isnull=True)
        .select_related("locale")
    )
    return {translation.locale.language_code: translation.get_url(request) for translation in translations}


def _home_urls(request):
    """{language code: URL} of each live translation of the site's home page."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home.get_url(request) for home in homes}


def alternate_links(request, page):
    """(hreflang, absolute URL) for each live translation of `page`, then x-default
    (the source-language version), for <link rel="alternate"> in the page's head."""
    translations = [link for link in language_links(request, page) if link.is_translation]
    if len(translations) < 2:
        return []
    alternates = [(link.code, request.build_absolute_uri(link.url)) for link in translations]
    default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), alternates[0][1])
    return alternates + [("x-default", default)]
