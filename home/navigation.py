"""Resolve navigation menus for the language being served."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page

from .chrome import active_locale, cached
from .snippets import NavigationMenu


@dataclass
class MenuLink:
    label: str
    url: str
    page_id: int | None = None
    # Set when the link leads to a page not yet translated into the reader's language.
    lang: str | None = None


def menu_links(request, slug):
    """The links of menu `slug` for the request's language (see `_resolve_menus`)."""
    menus = cached(request, "menus", lambda: _resolve_menus(request, active_locale(request)))
    return menus.get(slug, [])


def _resolve_menus(request, locale):
    """Every menu, by slug, in `locale` where translated, else in the default locale.

    Each page link points at the page's live translation in `locale` when there is one,
    else at the original, marked with its language. Three queries for all menus,
    whatever their size.
    """
    menus = {}
    candidates = NavigationMenu.objects.filter(
        locale__language_code__in={locale.language_code, settings.LANGUAGE_CODE}
    )
    for menu in candidates.prefetch_related("items__link_page__locale").order_by("pk"):
        if menu.slug not in menus or menu.locale_id == locale.pk:
            menus[menu.slug] = menu
    items = [item for menu in menus.values() for item in menu.items.all()]
    keys = [item.link_page.translation_key for item in items if item.link_page]
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    return {slug: _links(request, menu, translations, locale) for slug, menu in menus.items()}


def _links(request, menu, translations, locale):
    links = []
    for item in sorted(menu.items.all(), key=lambda item: item.sort_order or 0):
        page = item.link_page
        if page is None:
            links.append(MenuLink(label=item.label, url=item.link_url))
            continue
        shown = translations.get(page.translation_key)
        if shown is None and not page.live:
            continue
        shown = shown or page
        links.append(
            MenuLink(
                label=item.label or shown.title,
                url=shown.get_url(request),
                page_id=shown.pk,
                lang=None if shown.locale_id == locale.pk else page.locale.language_code,
            )
        )
    return links
