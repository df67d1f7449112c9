from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    """What was read and downloaded, counted on the server without trackers or personal data."""

    name = "readership"
    verbose_name = _("Readership")
    default_auto_field = "django.db.models.BigAutoField"
