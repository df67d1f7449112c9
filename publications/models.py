"""Publications: the library of magazine editions (the Feminist Peace Series) and reports.

`PublicationPage` is a concrete base table for both kinds, so the library is one query
with one set of filters. Files are attached per language; their format and size are read
from the document, so what a download costs is always shown truthfully.
"""

import logging

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.cache import note_listing
from core.facets import ChoiceFacet, FacetedListing, TaxonomyFacet, YearFacet
from core.pagination import paginate
from core.typography import join_groups
from home.chrome import active_locale, cached
from home.fields import optional_image
from home.localisation import list_untranslated, localised_pages, localized_snippets
from home.models import AmaniPage
from home.snippets import Country, Theme
from translation.pickers import LocalePickersMixin

from . import languages
from .blocks import EditionContentsBlock, FindingsBlock
from .identifiers import normalise_doi, normalise_isbn, validate_doi, validate_isbn

logger = logging.getLogger(__name__)

# The filter specs of every cover the listings show (components/teaser.html's srcset and
# includes/cover.html): prefetching exactly these makes a page of covers cost no queries.
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
    ("cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"),
    ("cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"),
    ("all-rights-reserved", _("All rights reserved")),
]
LICENCE_URLS = {
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "cc-by-nc-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "cc-by-nc-sa-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "cc-by-nc-nd-4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
}


def cover_prefetch():
    """Covers with the renditions the listings use, in two queries for any number."""
    return Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions(*COVER_RENDITIONS))


def files_prefetch():
    """Files with their documents (format and size come from the document), in one query."""
    return Prefetch(
        "files", queryset=PublicationFile.objects.select_related("document").order_by("sort_order", "pk")
    )


def parent_title():
    """The title of each page's parent, as an annotation: an edition's teaser names its
    series without a query per edition."""
    parent = Page.objects.filter(path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen))
    return Subquery(parent.values("title")[:1])


def teaser_queryset(queryset):
    """Publications as their specific types (an edition's teaser shows its number, a
    report's its type), with covers, files and the series title fetched up front: the
    queries depend on the number of page types, never on the number of publications."""
    return (
        queryset.annotate(parent_title=parent_title())
        .defer_streamfields()
        .specific()
        .select_related("locale", for_specific_subqueries=True)
        .prefetch_related(cover_prefetch(), files_prefetch(), for_specific_subqueries=True)
    )


def source_page(page):
    """The same page in the default (source) language, or None if `page` is in it."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    return Page.objects.filter(translation_key=page.translation_key, locale=default).first()


def in_trees(page):
    """Pages below `page` or below its source-language original: a listing in French also
    finds the English pages not yet translated (which `localised_pages` then sorts out)."""
    condition = Page.objects.descendant_of_q(page)
    source = source_page(page)
    if source is not None:
        condition |= Page.objects.descendant_of_q(source)
    return condition


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
        queryset = PublicationPage.objects.live().public().filter(in_trees(self))
        queryset = localised_pages(queryset, self.locale, list_untranslated(request))
        return queryset.order_by("is_untranslated", "-publication_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = FacetedListing(self.publications(request), self.facets(), request.GET)
        page_obj = paginate(request, teaser_queryset(listing.results), self.per_page)
        note_listing(request, listing, page_obj)
        context.update(listing=listing, facets=listing.facet_views(), page_obj=page_obj)
        return context


class LanguageFacet(ChoiceFacet):
    """File languages: any ISO 639 code; names shown in the language itself (with its
    `lang`), so every reader finds their own language in the list."""

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
        help_text=_("Partners and co-hosts who worked on it or launched it."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("publication_type"),
        index.FilterField("publication_date"),
        index.RelatedFields("files", [index.SearchField("text")]),
    ]
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
        # Synchronised, but a translation keeps the files it added itself: see
        # PublicationFile and copy_child_relation below. Nothing in a file is text to
        # translate, so there is nothing to override in the translation editor either.
        SynchronizedField("files", overridable=False),
    ]

    # Only the concrete kinds are created; this base exists for the library's query.
    parent_page_types = []
    subpage_types = []
    route_select_related = ("locale", "cover_image", "share_image")

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
        """(code, name in the reader's language) of each language a file is available in,
        in file order: a French reader reads "Disponible en anglais, français"."""
        seen = {}
        for file in self.files.all():
            seen.setdefault(file.language, languages.sentence_name(file.language))
        return list(seen.items())

    def meta_description(self):
        return self.search_description or self.summary

    @classmethod
    def teaser_prefetch(cls):
        return [cover_prefetch(), files_prefetch()]

    def og_type(self):
        return "article"

    @classmethod
    def latest_for_home(cls, locale, count):
        """The `count` newest live publications in `locale`, as specific pages with
        covers and files prefetched (the home page shows them as teasers)."""
        queryset = cls.objects.live().public().filter(locale=locale).order_by("-publication_date", "-pk")
        return list(teaser_queryset(queryset)[:count])

    def copy_child_relation(self, child_relation, target, commit=False, append=False):
        """Copying files into a translation (creating it, syncing it, or updating an
        alias in another language) replaces the files that came from the source and
        keeps the ones the translation added itself."""
        name = child_relation if isinstance(child_relation, str) else child_relation.get_accessor_name()
        if name != "files" or append or target.locale_id == self.locale_id:
            return super().copy_child_relation(child_relation, target, commit=commit, append=append)
        own = []
        if target.pk is not None:
            own = list(
                PublicationFile.objects.filter(page_id=target.pk, from_source=False).order_by("sort_order")
            )
        object_map = super().copy_child_relation(child_relation, target, commit=False)
        copies = list(target.files.all())
        for file in copies:
            file.from_source = True
            # Page count and text come with the copy: no need to read the PDF again.
            file._read_document_id = file.document_id
        for position, file in enumerate(own + copies):
            file.sort_order = position
        target.files = own + copies
        if commit:
            target.files.commit()
        return object_map

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context.update(self._surroundings(request))
        else:
            context.update(cached(request, f"publication:{self.pk}", lambda: self._surroundings(request)))
        # Never cached: a replaced document must show its new size at once.
        context["files"] = list(self.files.select_related("document").order_by("sort_order", "pk"))
        return context

    def _surroundings(self, request):
        locale = active_locale(request)
        return {
            "themes": localized_snippets(self.themes.all(), locale),
            "countries": localized_snippets(self.countries.all(), locale),
            "partners": localized_snippets(self.partners.all(), locale),
            "library": PublicationIndexPage.objects.filter(locale=locale).live().first(),
        }


class PublicationFile(Orderable):
    """A downloadable file of a publication, in one language and version.

    Translations (wagtail-localize): files are neither translated (nothing in them is text)
    nor simply synchronised. Plain synchronisation would overwrite a translation's files
    with the source's on every sync, so a French edition could never carry a French PDF
    of its own; TranslatableMixin children would do the same (one translated row per
    source row, no additions). Instead a translation receives copies of the source's
    files, marked `from_source`, which each sync replaces, so a file added to or removed
    from the English page reaches every translation at its next sync; files added to
    the translation itself are not marked and no sync touches them.
    """

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
        default="en",
        validators=[languages.validate_language],
        help_text=_("The language the file is written in (any language, not only the site's)."),
    )
    version = models.CharField(
        max_length=10,
        choices=VERSIONS,
        default=FULL,
        help_text=_("A light version is a smaller file for readers on mobile data."),
    )
    page_count = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_("Number of pages. Read from a PDF when left empty; type it for other files."),
    )
    text = models.TextField(
        blank=True, editable=False, help_text=_("Text read from the file, so search finds words inside it.")
    )
    from_source = models.BooleanField(
        default=False,
        editable=False,
        help_text=_("Copied from the page this one translates; replaced at each sync."),
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("language", widget=forms.Select(choices=languages.CHOICES)),
        FieldPanel("version"),
        FieldPanel("page_count"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("file")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._read_document_id = instance.__dict__.get("document_id")
        return instance

    def _stored_document_id(self):
        """The document this row had when it was read or last saved (None if new)."""
        if hasattr(self, "_read_document_id"):
            return self._read_document_id
        if self.pk is None:
            return None
        # Built from a revision's JSON (publishing): ask the database, not the PDF.
        return PublicationFile.objects.filter(pk=self.pk).values_list("document_id", flat=True).first()

    def save(self, *args, **kwargs):
        """Reads the page count and text of a PDF when the file is new or replaced, not at
        every save of the page (publishing a page saves all its files)."""
        stored = self._stored_document_id()
        if self.document_id and self.document_id != stored:
            from .pdf import read_pdf

            pages, text = read_pdf(self.document)
            replaced = stored is not None
            if pages is not None and (self.page_count is None or replaced):
                self.page_count = pages
            if text or replaced:
                self.text = text
        super().save(*args, **kwargs)
        self._read_document_id = self.document_id

    @property
    def format(self):
        return self.document.file_extension.upper()

    @property
    def size(self):
        return self.document.get_file_size()

    @property
    def language_name(self):
        """The language's name in the reader's language, e.g. "Kirundi"."""
        return languages.reader_name(self.language)

    @property
    def native_name(self):
        """The language's name in itself, e.g. "Ikirundi"."""
        return languages.native_name(self.language)

    @property
    def is_rtl(self):
        return languages.is_rtl(self.language)


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
        return bool(self.call_for_contributions) and (
            self.contributions_deadline is None or self.contributions_deadline >= timezone.localdate()
        )

    def editions(self, request=None):
        """Live editions by number; in a translated series, editions not yet translated
        are listed too (marked with their language) unless the organisation says not to."""
        include_untranslated = list_untranslated(request) if request is not None else True
        condition = Page.objects.child_of_q(self)
        source = source_page(self)
        if source is not None:
            condition |= Page.objects.child_of_q(source)
        queryset = MagazineEditionPage.objects.live().public().filter(condition)
        queryset = localised_pages(queryset, self.locale, include_untranslated)
        return list(teaser_queryset(queryset.order_by("edition_number", "is_untranslated")))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["editions"] = self.editions(request)
        return context


def edition_number_taken(series, number, exclude_pk=None):
    """Whether another edition under `series` (one language's tree) has this number."""
    return (
        MagazineEditionPage.objects.child_of(series)
        .filter(edition_number=number)
        .exclude(pk=exclude_pk)
        .exists()
    )


def edition_number_message(number, series):
    return _("“%(series)s” already has an edition number %(number)s. Each edition needs its own number.") % {
        "series": series.title,
        "number": number,
    }


class EditionForm(LocalePickersMixin, WagtailAdminPageForm):
    """Checks the edition number against the series, which a new page's model cannot
    see yet (it is not in the tree until saved)."""

    locale_pickers = ("themes", "countries", "partners")

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("edition_number")
        series = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if number is not None and edition_number_taken(series, number, self.instance.pk):
            self.add_error("edition_number", edition_number_message(number, series))
        return cleaned_data


class MagazineEditionPage(PublicationPage):
    """One edition of a magazine series: its number, launch, contents and files."""

    edition_number = models.PositiveIntegerField(
        help_text=_("1 for the first edition, 2 for the second… Unique within the series.")
    )
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
            [
                FieldPanel("edition_number"),
                FieldPanel("publication_date", heading=_("Launch date")),
                FieldPanel("launch_note"),
            ],
            heading=_("Edition"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("summary"),
        FieldPanel("contents"),
        FieldPanel("contributors"),
        InlinePanel("files", label=_("Files"), help_text=_("The edition as PDF, per language and version.")),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("countries"),
                FieldPanel("partners", heading=_("Co-hosts and partners")),
            ],
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
        if self.pk and self.edition_number is not None:
            series = self.get_parent()
            if series is not None and edition_number_taken(series, self.edition_number, self.pk):
                raise ValidationError({"edition_number": edition_number_message(self.edition_number, series)})

    def save(self, *args, **kwargs):
        self.publication_type = MAGAZINE
        super().save(*args, **kwargs)

    def series(self):
        return self.get_parent().specific

    def series_title(self):
        """From the listing's annotation when there is one, else from the tree."""
        title = getattr(self, "parent_title", None)
        return title if title is not None else self.get_parent().title

    def teaser_kind(self):
        title = getattr(self, "parent_title", None)
        if title is None:  # listed without the annotation (search): no query per result
            return _("Magazine · No. %(number)s") % {"number": self.edition_number}
        return _("Magazine · %(series)s No. %(number)s") % {"series": title, "number": self.edition_number}


class ReportForm(LocalePickersMixin, WagtailAdminPageForm):
    """A report can be any type but a magazine edition (those live under a series), and
    someone must have published it."""

    locale_pickers = ("themes", "countries", "publishers", "partners", "funders")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("publication_type")
        if field is not None:
            field.choices = [choice for choice in field.choices if choice[0] != MAGAZINE]

    def clean(self):
        cleaned_data = super().clean()
        unpublished = not cleaned_data.get("published_by_us") and not cleaned_data.get("publishers")
        if "published_by_us" in self.fields and unpublished:
            self.add_error("publishers", _("Name who published it, or tick “published by us”."))
        return cleaned_data


class ReportPage(PublicationPage):
    """A report, brief, toolkit, statement…: who wrote and published it, what it found,
    how to cite and reuse it."""

    authors = models.TextField(
        blank=True,
        help_text=_(
            "People who wrote or edited it, one per line, as they should be cited, e.g. 'Akello, G.' "
            "or 'Akello, G. (ed.)'. Leave empty when an organisation is the author: its publishers are "
            "then cited."
        ),
    )
    published_by_us = models.BooleanField(
        default=True,
        verbose_name=_("published by us"),
        help_text=_(
            "Untick for another organisation's publication shared in the library (e.g. an African Union "
            "report), and name its publishers below."
        ),
    )
    publishers = ParentalManyToManyField(
        "home.Partner",
        blank=True,
        related_name="published_reports",
        help_text=_("Who published it with us, or instead of us."),
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
        help_text=_(
            "Optional ISBN-13 (an ISBN-10 is converted), with or without hyphens, e.g. 978-9970-0-0000-5."
        ),
    )
    doi = models.CharField(
        max_length=200,
        blank=True,
        validators=[validate_doi],
        help_text=_("Optional DOI, e.g. 10.1234/abcd (its doi.org address works too)."),
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
            [
                FieldPanel("themes"),
                FieldPanel("countries"),
                FieldPanel("published_by_us"),
                FieldPanel("publishers"),
                FieldPanel("partners"),
                FieldPanel("funders"),
            ],
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
        SynchronizedField("published_by_us"),
        SynchronizedField("publishers"),
        SynchronizedField("funders"),
        TranslatableField("findings"),
        SynchronizedField("isbn"),
        SynchronizedField("doi"),
        SynchronizedField("licence"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    base_form_class = ReportForm

    class Meta:
        verbose_name = _("report")

    def clean(self):
        super().clean()
        if self.publication_type == MAGAZINE:
            raise ValidationError({"publication_type": _("Magazine editions go under a magazine series.")})
        self.isbn = normalise_isbn(self.isbn)
        self.doi = normalise_doi(self.doi)

    def author_list(self):
        return [line.strip() for line in self.authors.splitlines() if line.strip()]

    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def citation(self, publisher_names, url=""):
        """A reference in a common author–date style, made from the fields: authors (or
        the publishers when an organisation wrote it), year, title, type, publishers, and
        the DOI or else the address where it can be read."""
        publishers = join_groups(publisher_names)
        authors = join_groups(self.author_list()) or publishers
        parts = [
            f"{authors} ({self.publication_date.year}).",
            f"{self.title} [{self.get_publication_type_display()}].",
        ]
        if publishers and publishers != authors:
            parts.append(f"{publishers}.")
        if self.isbn:
            parts.append(f"ISBN {self.isbn}.")
        if self.doi:
            parts.append(f"https://doi.org/{self.doi}")
        elif url:
            parts.append(url)
        return " ".join(parts)

    def _surroundings(self, request):
        surroundings = super()._surroundings(request)
        locale = active_locale(request)
        surroundings["publishers"] = localized_snippets(self.publishers.all(), locale)
        surroundings["funders"] = localized_snippets(self.funders.all(), locale)
        return surroundings
