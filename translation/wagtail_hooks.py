"""Admin hooks of the translation desk.

- Translators edit only their own locale's snippets (Wagtail's snippet permissions are
  model-wide).
- wagtail-localize's Translate form is replaced, at the same addresses, by one that offers
  and accepts only the user's locales (translation/views/submit.py).
- The dashboard shows editors their one-click adds and drafts (translation/dashboard.py)
  and translators their queue; Reports → Translations replaces
  wagtail-localize's own report.
"""

from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from . import urls
from .account import TranslatorPreferencesPanel
from .dashboard import MyDraftsPanel, QuickAddPanel
from .groups import user_can_edit_locale
from .queue import TranslationQueuePanel
from .views.submit import PageTranslateView, SnippetTranslateView


def _only_own_locale(request, instance):
    if isinstance(instance, TranslatableMixin) and not user_can_edit_locale(request.user, instance.locale_id):
        raise PermissionDenied


# Order -1: before wagtail-localize's own hook, which answers with its translation editor.
hooks.register("before_edit_snippet", _only_own_locale, order=-1)
hooks.register("before_delete_snippet", _only_own_locale, order=-1)


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    """Order -1 puts these before wagtail-localize's patterns, so its Translate addresses
    (and `reverse("wagtail_localize:submit_page_translation")`) reach the narrowed views."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            PageTranslateView.as_view(),
            name="amani_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SnippetTranslateView.as_view(),
            name="amani_submit_snippet_translation",
        ),
        path("", include(urls, namespace="translation")),
    ]


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    """Editors: add a page, their drafts, what waits per language; translators: their queue."""
    panels.extend([QuickAddPanel(), MyDraftsPanel(), TranslationQueuePanel()])


@hooks.register("register_reports_menu_item")
def register_translations_report():
    return MenuItem(_("Translations"), reverse("translation:report"), icon_name="site", order=9000)


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_report(request, menu_items):
    """One "Translations" entry: wagtail-localize's lists its jobs, ours what is left to do."""
    theirs = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != theirs]


hooks.register("register_account_settings_panel", TranslatorPreferencesPanel)
