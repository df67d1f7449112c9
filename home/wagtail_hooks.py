"""Admin hooks: translators edit only their own locale's snippets."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import TranslatableMixin

from .translators import user_can_edit_locale


def _only_own_locale(request, instance):
    if isinstance(instance, TranslatableMixin) and not user_can_edit_locale(request.user, instance.locale_id):
        raise PermissionDenied


# Order -1: before wagtail-localize's own hook, which answers with its translation editor.
hooks.register("before_edit_snippet", _only_own_locale, order=-1)
hooks.register("before_delete_snippet", _only_own_locale, order=-1)
