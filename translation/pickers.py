"""Snippet pickers in the page's own language.

Themes, countries and partners exist once per language; a plain multiple select on an
English page lists every language's "Uganda" with nothing to tell them apart, and asks for
Ctrl-click. These pickers offer the page's language only (plus anything the page already
points at, so saving never drops a choice) as a list of checkboxes. Translations need no
picking: wagtail-localize copies the choices, and pages show each item in the reader's
language (see home.localisation.localized_snippets).
"""

from django import forms
from django.db.models import Q


def page_locale_id(form):
    """The locale of the page being edited, or of its parent for a page being made."""
    if form.instance.locale_id:
        return form.instance.locale_id
    parent = getattr(form, "parent_page", None)
    return getattr(parent, "locale_id", None)


class LocalePickersMixin:
    """For a page form: each field named in `locale_pickers` becomes checkboxes of the
    page's language's items."""

    locale_pickers = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = page_locale_id(self)
        for name in self.locale_pickers:
            field = self.fields.get(name)
            if field is None or locale_id is None:
                continue
            chosen = [item.pk for item in getattr(self.instance, name).all()] if self.instance else []
            model = field.queryset.model
            field.widget = forms.CheckboxSelectMultiple(attrs={"class": "locale-picker"})
            field.queryset = model.objects.filter(Q(locale_id=locale_id) | Q(pk__in=chosen)).order_by(
                *(model._meta.ordering or ["pk"])
            )
