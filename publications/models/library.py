"""The library page, listing editions and reports together with their filters."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.cache import note_listing
from core.facets import ChoiceFacet, FacetedListing, TaxonomyFacet, YearFacet
from core.pagination import paginate
from home.chrome import page_locale
from home.i18n import without_restricted
from home.localisation import list_untranslated, localised_pages
from home.models import AmaniPage
from home.snippets import Country, Theme

from .. import languages
from .publication import PublicationPage
from .shared import PUBLICATION_TYPES, in_trees, teaser_queryset

# Filters of the library that the site's search offers too (publications/apps.py).
THEME_FACET = TaxonomyFacet(param="theme", label=_("Theme"), field="themes", model=Theme)
YEAR_FACET = YearFacet(param="year", label=_("Year"), field="publication_date")


class PublicationIndexPage(AmaniPage):
    """The library: editions and reports together, newest first, with filters."""

    introduction = models.TextField(
        blank=True, max_length=500, help_text=_("A sentence or two shown above the library.")
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.MagazineSeriesPage", "publications.ReportPage"]
    # One per language tree: max_count would forbid the translations.
    max_count_per_parent = 1

    per_page = 12

    class Meta:
        verbose_name = _("publication library")

    def teaser_text(self):
        return self.search_description or self.introduction

    def facets(self):
        return [
            ChoiceFacet(
                param="type", label=_("Type"), field="publication_type", choices=dict(PUBLICATION_TYPES)
            ),
            THEME_FACET,
            TaxonomyFacet(param="country", label=_("Country"), field="countries", model=Country),
            YEAR_FACET,
            LanguageFacet(param="language", label=_("File language"), field="files__language"),
        ]

    def publications(self, request):
        locale = page_locale(request, self)
        # without_restricted: .public() as a subquery, not a query of its own.
        queryset = without_restricted(PublicationPage.objects.live()).filter(in_trees(self))
        queryset = localised_pages(queryset, locale, list_untranslated(request))
        return queryset.order_by("is_untranslated", "-publication_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = FacetedListing(self.publications(request), self.facets(), request.GET)
        page_obj = paginate(request, teaser_queryset(listing.results), self.per_page)
        note_listing(request, listing, page_obj)
        context.update(listing=listing, facets=listing.facet_views(), page_obj=page_obj)
        return context


class LanguageFacet(ChoiceFacet):
    """File languages: any ISO 639 code, labelled as the files on a publication's page
    are: in the reader's language and in itself (with its `lang`), so every reader finds
    their own language in the list."""

    def __init__(self, **kwargs):
        super().__init__(choices=languages.NATIVE_NAMES, **kwargs)

    def labels(self, values):
        return {value: languages.label_html(value) for value in values if value in languages.CODES}
