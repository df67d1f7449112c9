"""Listings in a language where only part of the content is translated.

Small teams translate a fraction of what they publish. A listing in French shows the
French pages first; when the organisation allows it (on by default) it then shows the
pages that exist only in the source language, which templates mark as such with their
own `lang` attribute, so nothing is passed off as French.
"""

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .chrome import organisation


def default_language_code():
    """The source language's code, as `Locale.get_default()` finds it, without its query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def localised_pages(queryset, locale, include_untranslated=True):
    """`queryset` narrowed to `locale`, plus (if asked) source-language pages that have
    no live translation in it. Annotates `is_untranslated` (0 or 1) to order by first.
    The source locale is a subquery, not a query of its own.
    """
    in_locale = Q(locale=locale)
    default_code = default_language_code()
    if include_untranslated and locale.language_code != default_code:
        translated_keys = Page.objects.live().filter(locale=locale).values("translation_key")
        default = Locale.objects.filter(language_code=default_code).values("pk")
        in_locale |= Q(locale__in=default) & ~Q(translation_key__in=translated_keys)
    return queryset.filter(in_locale).annotate(
        is_untranslated=Case(
            When(locale=locale, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
    )


def list_untranslated(request):
    """Whether listings include untranslated pages: the site's organisation setting (read
    from the chrome cache)."""
    return organisation(request).list_untranslated_content


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
