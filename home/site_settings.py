"""Per-site settings editors change in Settings → Organisation: who the site speaks for
and how to reach them. Shown in every page's header and footer."""

from django.conf import settings as django_settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from .fields import optional_image


@register_setting(icon="site")
class OrganisationSettings(ClusterableModel, BaseSiteSetting):
    name = models.CharField(
        max_length=200,
        default="Women's International Peace Centre",
        help_text=_("The organisation's full name, shown in the header and footer."),
    )
    short_name = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("Optional short form used where space is tight, e.g. 'Peace Centre'."),
    )
    logo = optional_image(_("Shown in the header, small. Without one, the name stands alone."))
    default_share_image = optional_image(
        _("Shown when a page without its own image is shared on social media.")
    )
    phone = models.CharField(max_length=40, blank=True, help_text=_("Public phone number with country code."))
    email = models.EmailField(blank=True, help_text=_("Public contact address."))
    address = models.TextField(blank=True, help_text=_("Postal or visiting address, one line per line."))
    list_untranslated_content = models.BooleanField(
        default=True,
        help_text=_(
            "In other languages, list stories and publications not yet translated too, "
            "marked with their language. Turn off to list only translated ones."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("address")],
            heading=_("Contact details"),
        ),
        FieldPanel("default_share_image"),
        FieldPanel("list_untranslated_content"),
        InlinePanel(
            "localised_names",
            label=_("Name in other languages"),
            help_text=_("How the organisation is called on pages in each other language."),
        ),
        InlinePanel("social_links", label=_("Social media links")),
    ]

    class Meta:
        verbose_name = _("organisation")

    def localise(self, language_code):
        """Put the name (and short name) in `language_code` in place, where an editor gave
        one, and record in `name_language` which language the name is now written in (the
        header marks a name in another language with its own `lang`)."""
        self.name_language = django_settings.LANGUAGE_CODE
        for localised in self.localised_names.all():
            if localised.locale.language_code == language_code:
                self.name = localised.name
                self.short_name = localised.short_name or self.short_name
                self.name_language = language_code
        return self

    @property
    def phone_link(self):
        """The number as a tel: URI (digits and a leading +, nothing else)."""
        return "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class OrganisationName(Orderable):
    """The organisation's name as readers of one language know it: settings are not
    translated by wagtail-localize, so each language's name is given here."""

    settings = ParentalKey(OrganisationSettings, on_delete=models.CASCADE, related_name="localised_names")
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("language"),
        help_text=_("The language of the pages that show this name."),
    )
    name = models.CharField(max_length=200, help_text=_("The full name in that language."))
    short_name = models.CharField(
        max_length=40, blank=True, help_text=_("Optional short form in that language.")
    )

    panels = [FieldPanel("locale"), FieldPanel("name"), FieldPanel("short_name")]

    class Meta(Orderable.Meta):
        verbose_name = _("name in another language")
        unique_together = [("settings", "locale")]


class SocialLink(Orderable):
    PLATFORMS = [
        ("facebook", "Facebook"),
        ("x", "X (Twitter)"),
        ("instagram", "Instagram"),
        ("linkedin", "LinkedIn"),
        ("youtube", "YouTube"),
        ("flickr", "Flickr"),
        ("other", _("Other")),
    ]
    settings = ParentalKey(OrganisationSettings, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(
        max_length=20, choices=PLATFORMS, help_text=_("Which network this profile is on.")
    )
    url = models.URLField(help_text=_("The full address of the organisation's profile."))

    panels = [FieldPanel("platform"), FieldPanel("url")]
