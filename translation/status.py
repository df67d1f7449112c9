"""Where every translatable page and snippet stands in every language the user works in.

One row per (English object, target locale), read in a fixed number of queries whatever the
number of pages: the translator's queue and the Translations report both list these rows,
so what one says the other says too.

A row's status:

- ``missing``: nothing in that language yet (a page alias counts as nothing: readers see
  the English text under it);
- ``outdated``: the English source was published again after the translation was last
  synced ("source changed"), so new or changed text is not in the translation editor;
- ``in_progress``: segments are still untranslated, or the translated page is not published;
- ``up_to_date``: everything is translated, synced and published.

Snippets have no publishing date in Wagtail, so theirs is left blank and a snippet is
outdated when its content differs from what was last synced, as wagtail-localize's own
sync decides.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_all_child_relations, get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .groups import translator_locale_ids

MISSING = "missing"
IN_PROGRESS = "in_progress"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
STATUS_LABELS = {
    MISSING: _("Not translated"),
    IN_PROGRESS: _("In progress"),
    OUTDATED: _("Source changed"),
    UP_TO_DATE: _("Up to date"),
}
# What the translator does next, by status.
ACTION_LABELS = {
    MISSING: _("Translate"),
    IN_PROGRESS: _("Continue"),
    OUTDATED: _("Update"),
    UP_TO_DATE: _("Edit"),
}
# Queue order: what readers miss most first.
STATUS_ORDER = [OUTDATED, MISSING, IN_PROGRESS, UP_TO_DATE]


@dataclass
class TranslationRow:
    """One English page or snippet and where its translation into one locale stands."""

    model: type
    object_id: int
    title: str
    locale: Locale
    status: str
    percent: int | None = None
    source_last_published: datetime | None = None
    translation_last_synced: datetime | None = None
    target_id: int | None = None
    source_id: int | None = None
    is_page: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def object_type(self):
        return str(self.model._meta.verbose_name).capitalize()

    @property
    def type_key(self):
        return self.model._meta.label_lower

    @property
    def locale_name(self):
        return self.locale.get_display_name()

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def status_text(self):
        """The status as a reader sees it, with the percentage done while in progress."""
        if self.status == IN_PROGRESS and self.percent is not None:
            return f"{self.status_label} ({self.percent}%)"
        return str(self.status_label)

    @property
    def action_label(self):
        return ACTION_LABELS[self.status]

    @cached_property
    def action_url(self):
        """The one place the row's action happens, reachable by a translator of the row's
        locale without going through the English tree."""
        if self.status == MISSING:
            return _submit_url(self) + f"?select_locale={self.locale.language_code}"
        if self.status == OUTDATED and self.source_id is not None:
            return reverse("translation:update", args=[self.source_id, self.locale.language_code])
        return _edit_url(self.model, self.target_id, self.is_page)

    @property
    def target_url(self):
        if self.target_id is None:
            return None
        return _edit_url(self.model, self.target_id, self.is_page)


def _edit_url(model, pk, is_page):
    if is_page:
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit", args=[pk])


def _submit_url(row):
    if row.is_page:
        return reverse("wagtail_localize:submit_page_translation", args=[row.object_id])
    meta = row.model._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, row.object_id]
    )


def target_locales(user):
    """The locales `user` translates into: theirs for a translator, all but the default
    language for editors."""
    default = Locale.get_default()
    locales = Locale.objects.exclude(pk=default.pk).order_by("language_code")
    allowed = translator_locale_ids(user)
    if allowed is not None:
        locales = locales.filter(pk__in=allowed)
    return default, list(locales)


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _serialised(instance):
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _translation_records(default, locales):
    """Enabled wagtail-localize translations into `locales`, with segments total and done,
    keyed by (base content type id, translation key, locale id). One query."""
    done = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef(OuterRef("target_locale_id")),
                    has_error=False,
                )
            )
        )
        .order_by()
        .values("source_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    total = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .order_by()
        .values("source_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    records = (
        Translation.objects.filter(enabled=True, target_locale__in=locales, source__locale=default)
        .annotate(
            total=Coalesce(Subquery(total, output_field=IntegerField()), 0),
            done=Coalesce(Subquery(done, output_field=IntegerField()), 0),
        )
        .values(
            "target_locale_id",
            "source_id",
            "source__object_id",
            "source__object__content_type_id",
            "source__last_updated_at",
            "total",
            "done",
        )
    )
    return {
        (r["source__object__content_type_id"], r["source__object_id"], r["target_locale_id"]): r
        for r in records
    }


def _status(record, target_live, source_published, target_published, source_changed):
    """Status and percent of one existing translation."""
    if record is None:
        # Translated by hand in Wagtail's editor (or the synced translation was stopped):
        # only the dates can tell whether the English page moved on.
        if source_published and target_published and source_published > target_published:
            return OUTDATED, None
        return (UP_TO_DATE if target_live else IN_PROGRESS), None
    percent = 100 if not record["total"] else int(100 * record["done"] / record["total"])
    if source_changed:
        return OUTDATED, percent
    if percent < 100 or not target_live:
        return IN_PROGRESS, percent
    return UP_TO_DATE, percent


def _page_rows(default, locales, records):
    page_type = ContentType.objects.get_for_model(Page)
    sources = list(
        Page.objects.filter(locale=default, depth__gt=1, live=True, alias_of__isnull=True)
        .order_by("path")
        .values("pk", "title", "translation_key", "content_type_id", "last_published_at")
    )
    targets = {
        (t["translation_key"], t["locale_id"]): t
        for t in Page.objects.filter(locale__in=locales, alias_of__isnull=True)
        .order_by()
        .values("pk", "translation_key", "locale_id", "live", "last_published_at")
    }
    rows = []
    for source in sources:
        model = ContentType.objects.get_for_id(source["content_type_id"]).model_class() or Page
        for locale in locales:
            target = targets.get((source["translation_key"], locale.pk))
            record = records.get((page_type.pk, source["translation_key"], locale.pk))
            row = TranslationRow(
                model=model,
                object_id=source["pk"],
                title=source["title"],
                locale=locale,
                status=MISSING,
                source_last_published=source["last_published_at"],
                is_page=True,
            )
            if record is not None:
                row.source_id = record["source_id"]
                row.translation_last_synced = record["source__last_updated_at"]
            if target is not None:
                row.target_id = target["pk"]
                changed = bool(
                    record
                    and source["last_published_at"]
                    and source["last_published_at"] > record["source__last_updated_at"]
                )
                row.status, row.percent = _status(
                    record, target["live"], source["last_published_at"], target["last_published_at"], changed
                )
            rows.append(row)
    return rows


def _snippet_rows(model, default, locales, records):
    content_type = ContentType.objects.get_for_model(model.get_translation_model())
    sources = model.objects.filter(locale=default).order_by("pk")
    if issubclass(model, ClusterableModel):
        sources = sources.prefetch_related(
            *[rel.get_accessor_name() for rel in get_all_child_relations(model)]
        )
    sources = list(sources)
    targets = {
        (t["translation_key"], t["locale_id"]): t["pk"]
        for t in model.objects.filter(locale__in=locales)
        .order_by()
        .values("pk", "translation_key", "locale_id")
    }
    keys = {(content_type.pk, s.translation_key, locale.pk) for s in sources for locale in locales}
    source_ids = {records[key]["source_id"] for key in keys if key in records}
    synced = dict(TranslationSource.objects.filter(pk__in=source_ids).values_list("pk", "content_json"))
    rows = []
    for source in sources:
        current = None
        for locale in locales:
            record = records.get((content_type.pk, source.translation_key, locale.pk))
            row = TranslationRow(
                model=model, object_id=source.pk, title=str(source), locale=locale, status=MISSING
            )
            target_id = targets.get((source.translation_key, locale.pk))
            if record is not None:
                row.source_id = record["source_id"]
                row.translation_last_synced = record["source__last_updated_at"]
            if target_id is not None:
                row.target_id = target_id
                changed = False
                if record is not None:
                    current = current if current is not None else _serialised(source)
                    changed = current != json.loads(synced[record["source_id"]])
                row.status, row.percent = _status(record, True, None, None, changed)
            rows.append(row)
    return rows


def translation_rows(user):
    """Every row `user` may see, pages first in tree order, then snippets by type."""
    default, locales = target_locales(user)
    if not locales:
        return []
    records = _translation_records(default, locales)
    rows = _page_rows(default, locales, records)
    for model in translatable_snippet_models():
        rows += _snippet_rows(model, default, locales, records)
    return rows
