"""Reports → Translations: every translatable page and snippet in every language the user
works in, with its status, filters and CSV export.

The rows come from translation.status in a fixed number of queries; filtering and paging
happen on that list (the status is computed, not stored, so the database cannot filter it).
Editors see every locale; translators see theirs.
"""

import datetime

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from translation.status import STATUS_LABELS, STATUS_ORDER, UP_TO_DATE, target_locales, translation_rows


class TranslationsFilterSet(WagtailFilterSet):
    """Choices are the user's locales and the types present; the rows are filtered by the view."""

    locale = django_filters.ChoiceFilter(label=_("Language"), method="keep")
    status = django_filters.ChoiceFilter(
        label=_("Status"), method="keep", choices=[(key, STATUS_LABELS[key]) for key in STATUS_ORDER]
    )
    type = django_filters.ChoiceFilter(label=_("Type"), method="keep")

    class Meta:
        # django-filter wants a model; the filters' values are applied to rows by the view.
        model = Locale
        fields = []

    def __init__(self, *args, locales=(), types=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["locale"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]
        self.filters["type"].extra["choices"] = list(types)

    def keep(self, queryset, name, value):
        return queryset


def _iso(value):
    return value.isoformat() if value else ""


class ActionColumn(Column):
    """The row's one action, as a link whose text names the item and the language."""

    cell_template_name = "translation/action_cell.html"


class TranslationsReportView(ReportView):
    page_title = _("Translations")
    header_icon = "site"
    template_name = "translation/report.html"
    results_template_name = "translation/report_results.html"
    index_url_name = "translation:report"
    index_results_url_name = "translation:report_results"
    filterset_class = TranslationsFilterSet
    paginate_by = 50
    verbose_name_plural = _("translations")
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.target_url),
        Column("object_type", label=_("Type")),
        Column("locale_name", label=_("Language")),
        StatusTagColumn("status_text", label=_("Status"), primary=lambda row: row.status != UP_TO_DATE),
        DateColumn("source_last_published", label=_("Source published")),
        DateColumn("translation_last_synced", label=_("Last synced")),
        ActionColumn("action_label", label=_("Action")),
    ]
    list_export = [
        "object_type",
        "object_id",
        "title",
        "locale.language_code",
        "status",
        "percent",
        "source_last_published",
        "translation_last_synced",
    ]
    export_headings = {
        "object_type": "object type",
        "object_id": "id",
        "title": "title",
        "locale.language_code": "locale",
        "status": "status",
        "percent": "percent",
        "source_last_published": "source_last_published",
        "translation_last_synced": "translation_last_synced",
    }
    custom_field_preprocess = {
        "source_last_published": {"csv": _iso},
        "translation_last_synced": {"csv": _iso},
        "percent": {"csv": lambda value: "" if value is None else value},
    }

    def get_filename(self):
        return f"translations-{datetime.date.today():%Y-%m-%d}"

    @cached_property
    def rows(self):
        return translation_rows(self.request.user)

    def get_filterset_kwargs(self):
        types = {}
        for row in self.rows:
            types.setdefault(row.type_key, row.object_type)
        return {
            **super().get_filterset_kwargs(),
            "locales": target_locales(self.request.user)[1],
            "types": sorted(types.items(), key=lambda item: item[1]),
        }

    def get_queryset(self):
        return self.filter_queryset(self.rows)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def filter_queryset(self, rows):
        if not (self.filters and self.filters.is_valid()):
            return rows
        wanted = self.filters.form.cleaned_data
        if wanted.get("locale"):
            rows = [row for row in rows if row.locale.language_code == wanted["locale"]]
        if wanted.get("status"):
            rows = [row for row in rows if row.status == wanted["status"]]
        if wanted.get("type"):
            rows = [row for row in rows if row.type_key == wanted["type"]]
        return rows
