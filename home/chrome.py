"""The site chrome (menus, the home page of each language, organisation settings) cached
across requests.

Every page shows them and they change rarely, so each is built once per language and kept
in the cache under a version number that any change to menus, settings, locales or the
page tree bumps (see `connect_signals`). A page view then spends its queries on the page.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import shared_cache

VERSION_KEY = shared_cache.version_key("amani:chrome:version")
TIMEOUT = 60 * 60 * 24


def bump_version(**kwargs):
    """Signal receiver: anything the chrome shows has changed; rebuild on next use."""
    shared_cache.bump(VERSION_KEY)


def cached(request, name, build):
    """`build()`, cached per site, language and chrome version; built afresh while the
    cache is away."""
    site = Site.find_for_request(request)
    suffix = f"{site.pk if site else 0}:{getattr(request, 'LANGUAGE_CODE', '')}:{name}"
    # Read once per request: a page asks for several parts of the chrome, and all of them
    # then come from the same version.
    if not hasattr(request, "_amani_chrome_version"):
        request._amani_chrome_version = shared_cache.version(VERSION_KEY)
    version = request._amani_chrome_version
    if version is None:
        return build()
    value = shared_cache.get(f"amani:chrome:{version}:{suffix}")
    if value is None:
        value = build()
        # Building may itself change what the chrome shows (settings are created on first
        # use), so store under the version as it is now.
        shared_cache.set(f"amani:chrome:{shared_cache.version(VERSION_KEY)}:{suffix}", value, TIMEOUT)
    return value


def active_locale(request):
    """The Locale being served, from the chrome cache (Locale.get_active queries every time)."""
    if not hasattr(request, "_amani_locale"):
        request._amani_locale = cached(request, "locale", Locale.get_active)
    return request._amani_locale


def page_locale(request, page):
    """`page.locale`, without a query when it is the language being served (the usual
    case): the cached Locale is given to the page, so its template reads it for free too."""
    if not Page.locale.is_cached(page):
        active = active_locale(request)
        if active.pk == page.locale_id:
            page.locale = active
    return page.locale


def organisation(request):
    """The organisation's settings in the request's language, with their social links, logo
    and share image loaded before they are cached (else each page queries for the images)."""

    def load():
        from .site_settings import OrganisationSettings

        settings = OrganisationSettings.for_request(request)
        settings.social_links_list = list(settings.social_links.all())
        # Read now so the cached copy carries them (None when unset, at no cost).
        settings.logo, settings.default_share_image  # noqa: B018
        return settings.localise(getattr(request, "LANGUAGE_CODE", ""))

    return cached(request, "organisation", load)


def connect_signals():
    from .site_settings import OrganisationSettings, SocialLink
    from .snippets import NavigationMenu, NavigationMenuItem

    # Settings are created with their defaults on first use: nothing shown changes then.
    post_save.connect(_settings_saved, sender=OrganisationSettings, dispatch_uid="amani-chrome-settings")
    post_delete.connect(
        bump_version, sender=OrganisationSettings, dispatch_uid="amani-chrome-settings-delete"
    )
    # A view restriction hides a page that related-story lists and menus may show.
    for model in (NavigationMenu, NavigationMenuItem, SocialLink, Locale, Site, PageViewRestriction):
        post_save.connect(bump_version, sender=model, dispatch_uid=f"amani-chrome-save-{model.__name__}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"amani-chrome-delete-{model.__name__}")
    # Menus and the language menu show page titles and URLs.
    page_published.connect(bump_version, dispatch_uid="amani-chrome-publish")
    page_unpublished.connect(bump_version, dispatch_uid="amani-chrome-unpublish")
    post_page_move.connect(bump_version, dispatch_uid="amani-chrome-move")
    post_delete.connect(_page_deleted, dispatch_uid="amani-chrome-page-delete")


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_version()


def _settings_saved(sender, instance, created, **kwargs):
    if not created:
        bump_version()
