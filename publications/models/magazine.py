"""The Feminist Peace Series and its editions."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.sanitised_fields import SanitisedRichTextField, SanitisedStreamField
from home.localisation import list_untranslated, localised_pages
from home.models import AmaniPage
from translation.pickers import LocalePickersMixin

from ..blocks import EditionContentsBlock
from .publication import PublicationPage
from .shared import MAGAZINE, source_page, teaser_queryset


class MagazineSeriesPage(AmaniPage):
    """A magazine series (the Feminist Peace Series): what it is, and its editions."""

    description = SanitisedRichTextField(
        features=["bold", "italic", "link", "ul", "ol"], help_text=_("What the series is and why it exists.")
    )
    call_for_contributions = SanitisedRichTextField(
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
    contents = SanitisedStreamField(
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
