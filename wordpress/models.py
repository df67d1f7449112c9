"""What an import made, so that running it again updates instead of duplicating."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedObject(models.Model):
    """One WordPress post, page or attachment and the Wagtail object made from it.

    WordPress ids are only unique within one WordPress site, so the site's address is part
    of the identity: two blogs imported into the same Wagtail never overwrite each other.
    """

    class Kind(models.TextChoices):
        POST = "post", _("post")
        PAGE = "page", _("page")
        ATTACHMENT = "attachment", _("attachment")

    source_site = models.CharField(
        max_length=255,
        help_text=_("The WordPress site's address without scheme, e.g. 'wipc.org' or 'example.org/blog'."),
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, help_text=_("What it was in WordPress."))
    wp_id = models.PositiveBigIntegerField(help_text=_("Its post id in WordPress (wp:post_id)."))
    title = models.CharField(max_length=255, blank=True, help_text=_("Its title in WordPress, for reports."))
    content_type = models.ForeignKey(
        ContentType,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The kind of Wagtail object made from it."),
    )
    object_id = models.PositiveBigIntegerField(
        null=True, help_text=_("The id of the Wagtail page, image or document made from it.")
    )
    content_object = GenericForeignKey("content_type", "object_id")
    checksum = models.CharField(
        max_length=64,
        blank=True,
        help_text=_("Digest of what was written last time: an unchanged item is skipped on the next run."),
    )
    imported_at = models.DateTimeField(auto_now=True, help_text=_("When it was last created or updated."))

    class Meta:
        verbose_name = _("imported WordPress object")
        verbose_name_plural = _("imported WordPress objects")
        constraints = [
            models.UniqueConstraint(fields=["source_site", "wp_id", "kind"], name="wordpress_unique_import")
        ]

    def __str__(self):
        return f"{self.source_site} {self.kind} {self.wp_id}"
