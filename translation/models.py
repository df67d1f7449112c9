"""What the translation desk stores: each translator's email choice, and which groups were
already told that a source changed (so each is told once until the translation is synced)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import TranslationSource

from .groups import TranslatorGroup  # noqa: F401 (registers the model, app label "home")


class TranslatorPreferences(models.Model):
    """A translator's choice about email. No row means the defaults: emails on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="translator_preferences",
        help_text=_("The translator these choices belong to."),
    )
    notify_source_changes = models.BooleanField(
        _("Email me when a page I translate changes"),
        default=True,
        help_text=_(
            "Sent once to your translator group when an editor publishes changes to an English "
            "page that is translated into your language."
        ),
    )

    class Meta:
        verbose_name = _("translator preferences")
        verbose_name_plural = _("translator preferences")

    def __str__(self):
        return str(self.user)


class SourceChangeNotice(models.Model):
    """One email sent to one translator group about one changed source."""

    source = models.ForeignKey(
        TranslationSource,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The English content that changed."),
    )
    group = models.ForeignKey(
        Group, on_delete=models.CASCADE, related_name="+", help_text=_("The group that was told.")
    )
    sent_at = models.DateTimeField(default=timezone.now, help_text=_("When the email was sent."))

    class Meta:
        verbose_name = _("source change notice")
        indexes = [models.Index(fields=["source", "group", "sent_at"])]

    def __str__(self):
        return f"{self.source_id} → {self.group} ({self.sent_at:%Y-%m-%d %H:%M})"
