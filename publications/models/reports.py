"""Reports: research, briefs, toolkits, statements and the other kinds in REPORT_TYPES."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.sanitised_fields import SanitisedStreamField
from core.typography import join_groups
from home.chrome import active_locale
from home.localisation import localized_snippets
from translation.pickers import LocalePickersMixin

from ..blocks import FindingsBlock
from ..identifiers import normalise_doi, normalise_isbn, validate_doi, validate_isbn
from .publication import PublicationPage
from .shared import LICENCE_URLS, LICENCES, MAGAZINE


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
    findings = SanitisedStreamField(
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
