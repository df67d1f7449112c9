"""Listings in a language where only part of the content is translated.

Small teams translate a fraction of what they publish. A listing in French shows the
French pages first; when the organisation allows it (on by default) it then shows the
pages that exist only in the source language, which templates mark as such with their
own `lang` attribute, so nothing is passed off as French.
"""

from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.models import Locale, Page

from .site_settings import OrganisationSettings


def localised_pages(queryset, locale, include_untranslated=True):
    """`queryset` narrowed to `locale`, plus (if asked) source-language pages that have
    no live translation in it. Annotates `is_untranslated` (0 or 1) to order by first.
    """
    default = Locale.get_default()
    in_locale = Q(locale=locale)
    if include_untranslated and locale.pk != default.pk:
        translated_keys = Page.objects.live().filter(locale=locale).values("translation_key")
        in_locale |= Q(locale=default) & ~Q(translation_key__in=translated_keys)
    return queryset.filter(in_locale).annotate(
        is_untranslated=Case(
            When(locale=locale, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
    )


def list_untranslated(request):
    """Whether listings include untranslated pages: the site's organisation setting."""
    return OrganisationSettings.for_request(request).list_untranslated_content


def localized_snippets(objects, locale):
    """`objects` (translatable snippets) in `locale` where translated, else as they are.

    Pages point at the source-language snippets (they are synchronised, not translated);
    this swaps each for its translation with one query for the whole list.
    """
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    translations = {
        obj.translation_key: obj for obj in model.objects.filter(translation_key__in=keys, locale=locale)
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]
