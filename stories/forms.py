"""The story editing form: checks that need the story and its inline panels together."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from translation.pickers import LocalePickersMixin


class StoryPageForm(LocalePickersMixin, WagtailAdminPageForm):
    locale_pickers = ("themes", "partners")

    def clean(self):
        cleaned_data = super().clean()
        # A related story's own form cannot see which story it belongs to (the parent key
        # is set only on save), so the story form checks for itself being picked.
        related = self.formsets.get("related_stories")
        if related is not None and self.instance.pk is not None:
            for form in related.forms:
                if not form.is_valid() or form.cleaned_data.get("DELETE"):
                    continue
                story = form.cleaned_data.get("story")
                if story is not None and story.pk == self.instance.pk:
                    form.add_error("story", _("A story cannot be related to itself."))
        return cleaned_data
