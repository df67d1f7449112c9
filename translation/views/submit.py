"""wagtail-localize's Translate form, narrowed to the languages the user may work in.

Its own form offers every locale and creates whatever is ticked; a French translator who
ticked Arabic got an Arabic draft she could not open, a success banner and a
permission-denied banner at once. Here the form offers only her locales, the server refuses
any other with a message that names her languages (nothing is created), and after
submitting she lands on the translation, never on an English page she cannot edit.
"""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
    SubmitTranslationForm,
)

from translation.groups import translator_locale_ids


class LocaleLimitedSubmitTranslationForm(SubmitTranslationForm):
    """Shows only `allowed` locales; refuses others by name instead of "not a valid choice"."""

    def __init__(self, instance, *args, allowed=None, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.allowed = allowed
        if allowed is None:
            return
        field = self.fields["locales"]
        offered = [locale for locale in field.queryset if locale.pk in allowed]
        field.widget.choices = [(locale.pk, locale.get_display_name()) for locale in offered]
        if len(offered) < 2:
            self.fields["select_all"].widget = forms.HiddenInput()
        if not offered:
            field.help_text = _("This is already translated into your languages.")

    def clean_locales(self):
        locales = self.cleaned_data["locales"]
        if self.allowed is None:
            return locales
        refused = [locale for locale in locales if locale.pk not in self.allowed]
        if refused:
            mine = Locale.objects.filter(pk__in=self.allowed).order_by("language_code")
            raise forms.ValidationError(
                _("You can translate only into %(allowed)s. Ask an editor to translate into %(refused)s.")
                % {
                    "allowed": ", ".join(locale.get_display_name() for locale in mine),
                    "refused": ", ".join(locale.get_display_name() for locale in refused),
                }
            )
        return locales


class LocaleLimitedMixin:
    def get_form(self):
        allowed = translator_locale_ids(self.request.user)
        if self.request.method == "POST":
            return LocaleLimitedSubmitTranslationForm(self.object, self.request.POST, allowed=allowed)
        initial = None
        code = self.request.GET.get("select_locale")
        locale = Locale.objects.filter(language_code=code).first() if code else None
        if locale is not None and (allowed is None or locale.pk in allowed):
            initial = {"locales": [locale]}
        return LocaleLimitedSubmitTranslationForm(self.object, initial=initial, allowed=allowed)

    def form_valid(self, form):
        self.chosen_locales = list(form.cleaned_data["locales"])
        return super().form_valid(form)

    def get_default_success_url(self, translated_object=None):
        """A translator goes to her translation (the first one when she ticked several) or
        back to her dashboard: the English page's explorer and editor are closed to her."""
        if translator_locale_ids(self.request.user) is None:
            return super().get_default_success_url(translated_object)
        chosen = getattr(self, "chosen_locales", None)
        if translated_object is None and chosen:
            translated_object = self.object.get_translation_or_none(chosen[0])
        if translated_object is not None:
            return super().get_default_success_url(translated_object)
        return reverse("wagtailadmin_home")


class PageTranslateView(LocaleLimitedMixin, SubmitPageTranslationView):
    pass


class SnippetTranslateView(LocaleLimitedMixin, SubmitSnippetTranslationView):
    pass
