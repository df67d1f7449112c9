"""Subscribers in the Wagtail admin: a listing filterable by language and status, with
CSV and Excel export of what is filtered.

Editors cannot add subscribers (only a reader's own confirmation makes one) and cannot
mark anyone confirmed; they can change a language, unsubscribe someone who asks by
other means, and delete an address to erase it.
"""

from django.core.exceptions import ValidationError
from django.forms import modelform_factory
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Subscriber

# Characters that make a spreadsheet read a cell as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Text a spreadsheet shows as text: a leading formula character gets a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """The usual model permissions, except that nobody adds a subscriber by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


class SubscriberAdminForm(WagtailAdminModelForm):
    def clean_status(self):
        status = self.cleaned_data["status"]
        if (
            status == Subscriber.Status.CONFIRMED
            and self.instance.status != Subscriber.Status.CONFIRMED
            and not self.instance.can_resubscribe
        ):
            raise ValidationError(
                _("Only the reader can confirm an address, through the link in their confirmation email.")
            )
        return status


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter")
    add_to_admin_menu = True
    menu_order = 700
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["email", "language", "status", "confirmed_at", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    ordering = ["-created_at"]
    list_export = [
        "email",
        "language",
        "status",
        "consent_at",
        "confirmed_at",
        "unsubscribed_at",
        "source_url",
        "consent_text",
    ]
    export_filename = "newsletter-subscribers"
    form_fields = ["language", "status"]

    @property
    def permission_policy(self):
        return SubscriberPermissionPolicy(self.model)

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=SubscriberAdminForm,
            fields=self.form_fields,
            formfield_callback=self.formfield_for_dbfield,
        )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            custom_field_preprocess={
                field: {"csv": csv_safe} for field in ("email", "source_url", "consent_text")
            },
            **kwargs,
        )


subscriber_viewset = SubscriberViewSet("newsletter_subscribers", url_prefix="newsletter/subscribers")
