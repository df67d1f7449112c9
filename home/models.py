"""Page types of the site's frame: the home page and standard pages, and `AmaniPage`,
the base every page type builds on (SEO, sharing and the teaser used in listings).

This is the only module of `home` allowed to import the content apps: the home page
shows their latest stories and publications.
"""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, Site
from wagtail.search import index

from core.sanitised_fields import SanitisedStreamField

from .blocks import BaseStreamBlock
from .chrome import cached, page_locale
from .fields import optional_image
from .site_settings import OrganisationName, OrganisationSettings, SocialLink  # noqa: F401 (registers models)
from .snippets import Country, NavigationMenu, NavigationMenuItem, Partner, Theme  # noqa: F401

HOME_LATEST_COUNT = 3


class AmaniPage(Page):
    """Abstract base of every page type: what SEO, sharing and listings need from a page.

    Subclasses override the `teaser_*` hooks to show their own image, date and text in
    listings, search results and the home page, through one shared teaser template.
    """

    share_image = optional_image(
        _("Shown when the page is shared on social media. Leave empty to use the page's main image.")
    )

    promote_panels = Page.promote_panels + [FieldPanel("share_image")]

    # Joined in when the page is found by its URL (`route`), so its template reads them
    # without a query each.
    route_select_related = ("locale",)

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail finds a child page in two queries (the page, then its specific type),
        and the child's template then asks for its locale and images one query each. Where
        the children are all of one type (a single `subpage_types`, e.g. stories under the
        story index), one query finds the child with what it shows."""
        child_models = self.allowed_subpage_models()
        if path_components and len(child_models) > 1:
            # Of several types (the home page's children): which one this slug is, from the
            # chrome cache, which publishing and moving pages renew. A stale answer finds no
            # page below and falls back to Wagtail's own routing.
            slug = path_components[0]
            child_models = [cached(request, f"child-type:{self.pk}:{slug}", lambda: self._child_model(slug))]
        if path_components and len(child_models) == 1 and child_models[0] is not None:
            model = child_models[0]
            child = (
                model.objects.child_of(self)
                .select_related(*getattr(model, "route_select_related", ()))
                .filter(slug=path_components[0])
                .first()
            )
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _child_model(self, slug):
        """The page class of this page's child at `slug`, or None if there is none."""
        child = Page.objects.child_of(self).filter(slug=slug).select_related("content_type").first()
        return child.specific_class if child is not None else None

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """A preview remembers the address the editor reached the site at (`preview_origin`),
        so the addresses it shows (the share box) are the ones readers use: Wagtail builds
        a preview's request from the Site record, whose hostname and port need not be the
        public address (the demo's is http://localhost). A page of another Site keeps that
        Site's address."""
        if original_request is not None:
            page_site, editor_site = self.get_site(), Site.find_for_request(original_request)
            if page_site is None or editor_site is None or page_site.pk == editor_site.pk:
                origin = original_request.build_absolute_uri("/")
                extra_request_attrs = {"preview_origin": origin, **(extra_request_attrs or {})}
        return super().make_preview_request(original_request, preview_mode, extra_request_attrs)

    # Listing and SEO hooks, overridden by page types that have richer fields.
    def teaser_image(self):
        return None

    def teaser_date(self):
        return self.first_published_at

    def teaser_text(self):
        return self.search_description

    def teaser_kind(self):
        """A short label of the page's type, shown above the title in mixed listings."""
        return ""

    def teaser_place(self):
        return ""

    def teaser_languages(self):
        """(code, name) of the languages the page's downloads are in, for "available in"."""
        return []

    @classmethod
    def teaser_prefetch(cls):
        """Lookups to prefetch on a list of these pages so their teasers add no queries."""
        return []

    def meta_description(self):
        return self.search_description or self.teaser_text() or ""

    def get_share_image(self):
        return self.share_image or self.teaser_image()

    def og_type(self):
        return "website"

    def get_sitemap_urls(self, request=None):
        """Absolute with the host the sitemap was asked on, like the canonical link."""
        urls = super().get_sitemap_urls(request)
        if request is not None:
            for url in urls:
                url["location"] = request.build_absolute_uri(self.get_url(request))
        return urls


class HomePage(AmaniPage):
    hero_intro = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("One or two sentences under the page title: who the organisation is."),
    )
    hero_image = optional_image(_("A wide photo shown behind or beside the introduction."))
    body = SanitisedStreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_("Sections shown between the introduction and the latest stories."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_intro"), FieldPanel("hero_image")], heading=_("Hero")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "stories.StoryIndexPage",
        "publications.PublicationIndexPage",
        "newsletter.ContactPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def teaser_image(self):
        return self.hero_image

    def teaser_text(self):
        return self.hero_intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = page_locale(request, self)
        context["latest_stories"] = self._latest("stories", "StoryPage", locale)
        context["latest_publications"] = self._latest("publications", "PublicationPage", locale)
        return context

    def _latest(self, app_label, model_name, locale):
        """The newest live pages of a content type in `locale`, through the content
        model's `latest_for_home(locale, count)`."""
        return apps.get_model(app_label, model_name).latest_for_home(locale, HOME_LATEST_COUNT)


class StandardPage(AmaniPage):
    """About, Contact, Privacy and the like: an introduction and a body of blocks."""

    introduction = models.TextField(
        blank=True, max_length=500, help_text=_("A short lead paragraph shown under the title.")
    )
    body = SanitisedStreamField(BaseStreamBlock(), blank=True, help_text=_("The page's content."))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def teaser_text(self):
        return self.search_description or self.introduction
