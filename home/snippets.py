"""Translatable snippets the whole site shares: taxonomy and navigation.

Slugs and codes are synchronised across translations, so a filter link such as
`?theme=peacebuilding` means the same thing in every language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .fields import optional_image


class TaxonomySnippet(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a stable slug; the name is translated, the slug is not."""

    name = models.CharField(max_length=100, help_text=_("The name readers see."))
    slug = models.SlugField(
        max_length=100,
        allow_unicode=False,
        help_text=_(
            "Used in filter links. Lowercase letters, numbers and hyphens; the same in every language."
        ),
    )

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class Theme(TaxonomySnippet):
    description = models.TextField(
        blank=True, help_text=_("Optional: one or two sentences on what the theme covers.")
    )

    translatable_fields = TaxonomySnippet.translatable_fields + [TranslatableField("description")]
    panels = TaxonomySnippet.panels + [FieldPanel("description")]

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


@register_snippet
class Country(TaxonomySnippet):
    iso_code = models.CharField(
        max_length=2,
        help_text=_("Two-letter ISO 3166 code, e.g. UG for Uganda, SS for South Sudan."),
    )

    translatable_fields = TaxonomySnippet.translatable_fields + [SynchronizedField("iso_code")]
    panels = TaxonomySnippet.panels + [FieldPanel("iso_code")]

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


@register_snippet
class Partner(TranslatableMixin, index.Indexed, models.Model):
    """An organisation the Peace Centre works with, funds or is funded by."""

    name = models.CharField(max_length=200, help_text=_("The organisation's name."))
    short_name = models.CharField(
        max_length=40, blank=True, help_text=_("Optional acronym, e.g. CEWERU or LSE.")
    )
    url = models.URLField(blank=True, help_text=_("The organisation's website (optional)."))
    logo = optional_image(_("Optional logo, shown small."))

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        SynchronizedField("url"),
        SynchronizedField("logo"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name")]
    panels = [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("url"), FieldPanel("logo")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class NavigationMenu(TranslatableMixin, ClusterableModel):
    """A list of links; the site header shows the menu whose slug is 'primary'."""

    name = models.CharField(max_length=100, help_text=_("For editors, e.g. 'Main menu'."))
    slug = models.SlugField(
        max_length=50, help_text=_("'primary' is the header menu; 'footer' the footer's.")
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("items"),
    ]
    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slug")], heading=_("Menu")),
        InlinePanel("items", label=_("Links")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class NavigationMenuItem(TranslatableMixin, Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of this site. Readers get its version in their language."),
    )
    link_url = models.URLField(
        blank=True, help_text=_("Or an address on another site, used when no page is chosen.")
    )
    label = models.CharField(
        max_length=60,
        blank=True,
        help_text=_("Link text. Leave empty to use the page's title."),
    )

    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("link_page"),
        SynchronizedField("link_url"),
    ]
    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        unique_together = [("translation_key", "locale")]

    def clean(self):
        if not self.link_page_id and not self.link_url:
            raise ValidationError({"link_url": _("Choose a page or give an address.")})


# The translatable snippets translators work on (see translation/groups.py).
TRANSLATABLE_SNIPPETS = [Theme, Country, Partner, NavigationMenu]
