"""Publications: the library of magazine editions (the Feminist Peace Series) and reports.

`PublicationPage` is a concrete base table for both kinds, so the library is one query
with one set of filters. Files are attached per language; their format and size are read
from the document, so what a download costs is always shown truthfully.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.chrome import active_locale, cached
from home.facets import ChoiceFacet, FacetedListing, TaxonomyFacet, YearFacet
from home.fields import optional_image
from home.localisation import list_untranslated, localised_pages, localized_snippets
from home.models import AmaniPage
from home.pagination import paginate
from home.snippets import Country, Theme

from . import languages
from .blocks import EditionContentsBlock, FindingsBlock
from .identifiers import normalise_isbn, validate_doi, validate_isbn

logger = logging.getLogger(__name__)

COVER_RENDITIONS = ["fill-320x180", "fill-640x360"]

MAGAZINE = "magazine"
REPORT_TYPES = [
    ("research_report", _("Research report")),
    ("research_brief", _("Research brief")),
    ("policy_brief", _("Policy brief")),
    ("discussion_paper", _("Discussion paper")),
    ("toolkit", _("Toolkit")),
    ("annual_report", _("Annual report")),
    ("strategic_plan", _("Strategic plan")),
    ("statement", _("Statement or open letter")),
    ("press_release", _("Press release")),
    ("newsletter", _("Newsletter")),
]
PUBLICATION_TYPES = [(MAGAZINE, _("Magazine edition")), *REPORT_TYPES]

LICENCES = [
    ("cc-by-4.0", "CC BY 4.0"),
    ("cc-by-sa-4.0", "CC BY-SA 4.0"),
    ("cc-by-nc-4.0", "CC BY-NC 4.0"),
    ("cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"),
    ("all-rights-reserved", _("All rights reserved")),
]


def teaser_queryset(queryset):
    """Publications with covers (renditions) and files (documents) fetched up front."""
    return queryset.select_related("locale").prefetch_related(
        Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions(*COVER_RENDITIONS)),
        Prefetch("files", queryset=PublicationFile.objects.select_related("document").order_by("sort_order")),
    )


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
            TaxonomyFacet(param="theme", label=_("Theme"), field="themes", model=Theme),
            TaxonomyFacet(param="country", label=_("Country"), field="countries", model=Country),
            YearFacet(param="year", label=_("Year"), field="publication_date"),
            LanguageFacet(param="language", label=_("File language"), field="files__language"),
        ]

    def publications(self, request):
        queryset = localised_pages(
            PublicationPage.objects.live().public(), self.locale, list_untranslated(request)
        )
        return queryset.order_by("is_untranslated", "-publication_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = FacetedListing(self.publications(request), self.facets(), request.GET)
        page_obj = paginate(request, teaser_queryset(listing.results), self.per_page)
        context.update(listing=listing, facets=listing.facet_views(), page_obj=page_obj)
        return context


class LanguageFacet(ChoiceFacet):
    """File languages: any ISO 639 code; names shown in the language itself."""

    def __init__(self, **kwargs):
        super().__init__(choices=dict(languages.NATIVE_NAMES), option_lang=True, **kwargs)


class PublicationPage(AmaniPage):
    """What every publication has; the library lists these."""

    publication_type = models.CharField(
        max_length=30,
        choices=PUBLICATION_TYPES,
        default="research_report",
        help_text=_("What kind of publication this is."),
    )
    publication_date = models.DateField(help_text=_("The date it was published or launched."))
    cover_image = optional_image(_("The cover, shown in the library and when shared."))
    summary = models.TextField(
        max_length=600, help_text=_("What it is about, in a short paragraph (the library's teaser).")
    )
    themes = ParentalManyToManyField(
        "home.Theme", blank=True, related_name="publications", help_text=_("Themes it covers.")
    )
    countries = ParentalManyToManyField(
        "home.Country", blank=True, related_name="publications", help_text=_("Countries it is about.")
    )
    partners = ParentalManyToManyField(
        "home.Partner",
        blank=True,
        related_name="publications",
        help_text=_("Publishers, co-hosts and partners."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("publication_type"),
        index.FilterField("publication_date"),
        index.RelatedFields("files", [index.SearchField("text")]),
    ]
    # Files are deliberately neither translated nor synchronised: a translation starts
    # with the source's files and may then carry its own (e.g. the French PDF), which a
    # later sync must not overwrite.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("publication_type"),
        SynchronizedField("publication_date"),
        SynchronizedField("cover_image"),
        SynchronizedField("share_image"),
        SynchronizedField("themes"),
        SynchronizedField("countries"),
        SynchronizedField("partners"),
    ]

    # Only the concrete kinds are created; this base exists for the library's query.
    parent_page_types = []
    subpage_types = []

    class Meta:
        verbose_name = _("publication")

    def teaser_image(self):
        return self.cover_image

    def teaser_date(self):
        return self.publication_date

    def teaser_text(self):
        return self.summary

    def teaser_kind(self):
        return self.get_publication_type_display()

    def teaser_languages(self):
        """(code, name in itself) of each language a file is available in, in file order."""
        seen = {}
        for file in self.files.all():
            seen.setdefault(file.language, languages.NATIVE_NAMES.get(file.language, file.language))
        return list(seen.items())

    def meta_description(self):
        return self.search_description or self.summary

    @classmethod
    def teaser_prefetch(cls):
        return [
            Prefetch(
                "files", queryset=PublicationFile.objects.select_related("document").order_by("sort_order")
            )
        ]

    def og_type(self):
        return "article"

    @classmethod
    def latest_for_home(cls, locale, count):
        queryset = cls.objects.live().public().filter(locale=locale).order_by("-publication_date")
        return [page.specific for page in teaser_queryset(queryset)[:count]]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(cached(request, f"publication:{self.pk}", lambda: self._surroundings(request)))
        return context

    def _surroundings(self, request):
        locale = active_locale(request)
        return {
            "themes": localized_snippets(self.themes.all(), locale),
            "countries": localized_snippets(self.countries.all(), locale),
            "partners": localized_snippets(self.partners.all(), locale),
            "files": list(self.files.select_related("document").order_by("sort_order")),
            "library": PublicationIndexPage.objects.filter(locale=locale).live().first(),
        }


class PublicationFile(Orderable):
    """A downloadable file of a publication, in one language and version."""

    FULL, LIGHT = "full", "light"
    VERSIONS = [(FULL, _("Full (print quality)")), (LIGHT, _("Light (for phones)"))]

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The file. Its format and size are read from it."),
    )
    language = models.CharField(
        max_length=8,
        choices=languages.CHOICES,
        default="en",
        help_text=_("The language the file is written in (any language, not only the site's)."),
    )
    version = models.CharField(
        max_length=10,
        choices=VERSIONS,
        default=FULL,
        help_text=_("A light version is a smaller file for readers on mobile data."),
    )
    page_count = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Number of pages. Filled in from PDFs when left empty.")
    )
    text = models.TextField(
        blank=True, editable=False, help_text=_("Text read from the file, so search finds words inside it.")
    )

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("version"), FieldPanel("page_count")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")

    def save(self, *args, **kwargs):
        if self.document_id and (self.page_count is None or not self.text):
            from .pdf import read_pdf

            pages, text = read_pdf(self.document)
            if self.page_count is None:
                self.page_count = pages
            self.text = self.text or text
        super().save(*args, **kwargs)

    @property
    def format(self):
        return self.document.file_extension.upper()

    @property
    def size(self):
        return self.document.get_file_size()

    @property
    def language_name(self):
        return languages.NATIVE_NAMES.get(self.language, self.language)

    @property
    def is_rtl(self):
        return self.language in languages.RTL_LANGUAGES


class MagazineSeriesPage(AmaniPage):
    """A magazine series (the Feminist Peace Series): what it is, and its editions."""

    description = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"], help_text=_("What the series is and why it exists.")
    )
    call_for_contributions = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_(
            "Optional: what the next edition invites (articles, poems, artwork) and how to send them."
        ),
    )
    contributions_deadline = models.DateField(
        null=True, blank=True, help_text=_("Last day to send contributions; the call hides after it.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("call_for_contributions"), FieldPanel("contributions_deadline")],
            heading=_("Call for contributions"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = ["publications.MagazineEditionPage"]

    class Meta:
        verbose_name = _("magazine series")
        verbose_name_plural = _("magazine series")

    def teaser_kind(self):
        return _("Magazine")

    def call_is_open(self):
        from django.utils import timezone

        return bool(self.call_for_contributions) and (
            self.contributions_deadline is None or self.contributions_deadline >= timezone.localdate()
        )

    def editions(self):
        return list(
            teaser_queryset(MagazineEditionPage.objects.child_of(self).live().public()).order_by(
                "edition_number"
            )
        )


def edition_number_taken(series, number, locale_id, exclude_pk=None):
    return (
        MagazineEditionPage.objects.child_of(series)
        .filter(edition_number=number, locale_id=locale_id)
        .exclude(pk=exclude_pk)
        .exists()
    )


def edition_number_message(number):
    return _("This series already has an edition number %(number)s.") % {"number": number}


class EditionForm(WagtailAdminPageForm):
    """Checks the edition number against the series, which a new page's model cannot
    see yet (it is not in the tree until saved)."""

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("edition_number")
        series = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        locale_id = self.instance.locale_id or series.locale_id
        if number is not None and edition_number_taken(series, number, locale_id, self.instance.pk):
            self.add_error("edition_number", edition_number_message(number))
        return cleaned_data


class MagazineEditionPage(PublicationPage):
    edition_number = models.PositiveIntegerField(help_text=_("1 for the first edition, 2 for the second…"))
    launch_note = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("How and with whom it was launched, e.g. 'Launched online on 22 October 2021 with…'."),
    )
    contents = StreamField(
        EditionContentsBlock(), blank=True, help_text=_("The table of contents: articles, artwork, poems…")
    )
    contributors = models.TextField(
        blank=True,
        help_text=_("Everyone who contributed, one per line. Leave out anyone who asked not to be named."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("edition_number"), FieldPanel("publication_date"), FieldPanel("launch_note")],
            heading=_("Edition"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("summary"),
        FieldPanel("contents"),
        FieldPanel("contributors"),
        InlinePanel("files", label=_("Files"), help_text=_("The edition as PDF, per language and version.")),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("countries"), FieldPanel("partners")],
            heading=_("Classification"),
        ),
    ]
    search_fields = PublicationPage.search_fields + [
        index.SearchField("contents"),
        index.SearchField("contributors"),
        index.SearchField("launch_note"),
    ]
    translatable_fields = PublicationPage.translatable_fields + [
        SynchronizedField("edition_number"),
        TranslatableField("launch_note"),
        TranslatableField("contents"),
        SynchronizedField("contributors"),
    ]

    parent_page_types = ["publications.MagazineSeriesPage"]
    subpage_types = []
    base_form_class = EditionForm

    class Meta:
        verbose_name = _("magazine edition")

    def clean(self):
        super().clean()
        self.publication_type = MAGAZINE
        if self.pk and edition_number_taken(self.get_parent(), self.edition_number, self.locale_id, self.pk):
            raise ValidationError({"edition_number": edition_number_message(self.edition_number)})

    def save(self, *args, **kwargs):
        self.publication_type = MAGAZINE
        super().save(*args, **kwargs)

    def series(self):
        return self.get_parent().specific

    def teaser_kind(self):
        return _("Magazine · No. %(number)s") % {"number": self.edition_number}


class ReportPage(PublicationPage):
    authors = models.TextField(
        blank=True, help_text=_("Authors or editors, one per line, as they should be cited.")
    )
    funders = ParentalManyToManyField(
        "home.Partner", blank=True, related_name="funded_reports", help_text=_("Who funded it.")
    )
    findings = StreamField(
        FindingsBlock(), blank=True, help_text=_("Key findings and recommendations, one per block.")
    )
    isbn = models.CharField(
        max_length=20,
        blank=True,
        validators=[validate_isbn],
        help_text=_("Optional ISBN-13, with or without hyphens, e.g. 978-9970-0-0000-0."),
    )
    doi = models.CharField(
        max_length=200, blank=True, validators=[validate_doi], help_text=_("Optional DOI, e.g. 10.1234/abcd.")
    )
    licence = models.CharField(
        max_length=30, choices=LICENCES, default="cc-by-nc-4.0", help_text=_("How others may reuse it.")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("publication_type"), FieldPanel("publication_date"), FieldPanel("authors")],
            heading=_("Report"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("summary"),
        FieldPanel("findings"),
        InlinePanel("files", label=_("Files"), help_text=_("The report as PDF, per language and version.")),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("countries"), FieldPanel("partners"), FieldPanel("funders")],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("isbn"), FieldPanel("doi"), FieldPanel("licence")], heading=_("Identifiers")
        ),
    ]
    search_fields = PublicationPage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("findings"),
    ]
    translatable_fields = PublicationPage.translatable_fields + [
        SynchronizedField("authors"),
        SynchronizedField("funders"),
        TranslatableField("findings"),
        SynchronizedField("isbn"),
        SynchronizedField("doi"),
        SynchronizedField("licence"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("report")

    def clean(self):
        super().clean()
        if self.publication_type == MAGAZINE:
            raise ValidationError({"publication_type": _("Magazine editions go under a magazine series.")})
        self.isbn = normalise_isbn(self.isbn)

    def author_list(self):
        return [line.strip() for line in self.authors.splitlines() if line.strip()]

    def citation(self, org_name=""):
        """A reference in a common author–date style, made from the fields."""
        authors = "; ".join(self.author_list()) or org_name
        parts = [f"{authors} ({self.publication_date.year}).", f"{self.title}."]
        if org_name:
            parts.append(f"{org_name}.")
        if self.doi:
            parts.append(f"https://doi.org/{self.doi}")
        elif self.isbn:
            parts.append(f"ISBN {self.isbn}.")
        return " ".join(parts)
