"""What readers need to move between languages: the language menu of each page."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.models import Site


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
    else to that language's home page (or its URL prefix when there is none yet)."""
    current = request.LANGUAGE_CODE if hasattr(request, "LANGUAGE_CODE") else settings.LANGUAGE_CODE
    translations = {}
    if page is not None and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    homes = {}
    site = Site.find_for_request(request)
    if site is not None:
        homes = {
            p.locale.language_code: p
            for p in site.root_page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        info = get_language_info(code)
        target = translations.get(code)
        fallback = homes.get(code)
        if target is not None:
            url = target.get_url(request)
        elif fallback is not None:
            url = fallback.get_url(request)
        else:
            url = f"/{code}/"
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                is_translation=target is not None,
                bidi=info["bidi"],
            )
        )
    return links
