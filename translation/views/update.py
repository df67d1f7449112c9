"""Update: a translator brings an English page's new and changed text into her translation.

wagtail-localize's "Sync translated pages" lives on the English page (closed to translators),
can publish every language's translation at once and then sends her to the English
explorer. This view syncs the source, keeps her translation a draft until she publishes
it, and opens her translation in the editor.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource, get_edit_url

from translation.groups import user_can_edit_locale


def update_translation(request, source_id, language_code):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    source = get_object_or_404(TranslationSource, pk=source_id)
    locale = get_object_or_404(Locale, language_code=language_code)
    if not user_can_edit_locale(request.user, locale.pk):
        raise PermissionDenied
    translation = get_object_or_404(Translation, source=source, target_locale=locale, enabled=True)
    target = translation.get_target_instance()
    if request.method == "POST":
        with transaction.atomic():
            source.update_from_db()
            source.update_target_view_restrictions(locale)
        messages.success(
            request,
            _(
                "The changes to “%(title)s” are in the translation editor: translate the new segments, then publish."
            )
            % {"title": source.object_repr},
        )
        return redirect(get_edit_url(target))
    return TemplateResponse(
        request,
        "translation/update.html",
        {
            "source": source,
            "locale": locale,
            "target": target,
            "edit_url": get_edit_url(target),
            "last_sync_date": source.last_updated_at,
        },
    )
