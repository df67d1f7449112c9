"""The editor's dashboard: add a story or a report in one click, and her drafts.

The page types editors add from the dashboard are named by the content apps (`quick_add`,
from their `AppConfig.ready()`, as they register with search): this room may not import
them. Each link opens the add form under the first parent page of that type the editor may
add to, in her admin language's tree, else in the default language's.

The rest of the editor's dashboard is not made here: Wagtail's own panels list the pages
awaiting her review and hers in moderation, and the translation queue's panel shows what
waits per language (translation/queue.py). Translators get their queue, not these panels.
"""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from .groups import translator_locale_ids

DRAFTS_LISTED = 10
# Parents looked at per page type and language: enough for a site's few listing pages.
PARENTS_LOOKED_AT = 20


@dataclass(frozen=True)
class QuickAdd:
    model: type
    label: str


QUICK_ADDS = []


def quick_add(model, label):
    """Offer editors a one-click "add" of `model` on the dashboard, with the text `label`."""
    if not any(entry.model is model for entry in QUICK_ADDS):
        QUICK_ADDS.append(QuickAdd(model, label))


class EditorPanel(Component):
    """A dashboard panel for editors; translators, who have their queue, get it empty."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        if translator_locale_ids(user) is None:
            context.update(self.editor_context(user))
        return context

    def editor_context(self, user):
        raise NotImplementedError


def _add_parent(model, user, locales):
    """The first page in tree order, in the first of `locales` that has one, under which
    `user` may add a `model`."""
    parent_models = model.allowed_parent_page_models()
    for locale in locales:
        parents = Page.objects.type(*parent_models).filter(locale=locale).order_by("path")
        for parent in parents[:PARENTS_LOOKED_AT]:
            if model.can_create_at(parent) and parent.permissions_for_user(user).can_add_subpage():
                return parent
    return None


class QuickAddPanel(EditorPanel):
    name = "quick_add"
    template_name = "translation/dashboard_quick_add.html"
    order = 40

    def editor_context(self, user):
        locales = list(dict.fromkeys([Locale.get_active(), Locale.get_default()]))
        links = []
        for entry in QUICK_ADDS:
            parent = _add_parent(entry.model, user, locales)
            if parent is None:
                continue
            meta = entry.model._meta
            links.append(
                {
                    "label": entry.label,
                    "url": reverse(
                        "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
                    ),
                    "parent": parent,
                    "locale": next(locale for locale in locales if locale.pk == parent.locale_id),
                }
            )
        return {"links": links}


def drafts_of(user):
    """Pages `user` saved last that are not published as they stand, newest first."""
    return (
        Page.objects.filter(latest_revision__user=user, has_unpublished_changes=True, alias_of__isnull=True)
        .annotate_approved_schedule()
        .prefetch_workflow_states()
        .select_related("locale")
        .order_by("-latest_revision_created_at")
    )


class MyDraftsPanel(EditorPanel):
    name = "my_drafts"
    template_name = "translation/dashboard_drafts.html"
    order = 45

    def editor_context(self, user):
        drafts = drafts_of(user)
        listed = list(drafts[:DRAFTS_LISTED])
        total = drafts.count() if len(listed) == DRAFTS_LISTED else len(listed)
        return {"drafts": listed, "total": total}
