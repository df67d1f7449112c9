"""Account → Notifications → Translations: where a translator turns source-change emails off."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from .groups import translator_locale_ids
from .models import TranslatorPreferences


class TranslatorPreferencesForm(forms.ModelForm):
    class Meta:
        model = TranslatorPreferences
        fields = ["notify_source_changes"]


class TranslatorPreferencesPanel(BaseSettingsPanel):
    name = "translator"
    title = _("Translations")
    tab = notifications_tab
    order = 150
    form_class = TranslatorPreferencesForm

    def is_active(self):
        return translator_locale_ids(self.user) is not None

    def get_form(self):
        instance = TranslatorPreferences.objects.filter(user=self.user).first() or TranslatorPreferences(
            user=self.user
        )
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)
