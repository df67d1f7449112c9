"""Reports → Readership: what was read and downloaded in a period, and a CSV of it."""

import csv
import datetime

from django import forms
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from search.hits import searches_without_results
from search.models import KEPT_DAYS as SEARCHES_KEPT_DAYS

from . import reports

# Spreadsheets run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_HEADER = ["date", "object_type", "id", "title", "locale", "views_or_downloads"]


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def period(self):
        """The chosen period, the last 30 days by default, at most about ten years."""
        today = timezone.localdate()
        data = self.cleaned_data if self.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or end - datetime.timedelta(days=29)
        start, end = min(start, end), max(start, end)
        start = max(start, end - datetime.timedelta(days=3660))
        return reports.Period(start, end)


def _safe_cell(value):
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class ReadershipReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "readership/report.html"
    page_title = _("Readership")
    header_icon = "view"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": _("Reports")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        self.form = PeriodForm(request.GET or None)
        self.period = self.form.period()
        if request.GET.get("export") == "csv":
            return self.csv()
        return super().get(request, *args, **kwargs)

    def csv(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = f"readership-{self.period.start.isoformat()}-{self.period.end.isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        writer = csv.writer(response)
        writer.writerow(CSV_HEADER)
        for row in reports.csv_rows(self.period):
            writer.writerow([_safe_cell(value) for value in row])
        return response

    def get_context_data(self, **kwargs):
        days = reports.daily_views(self.period)
        highest = max((count for _, count in days), default=0) or 1
        query = self.request.GET.copy()
        query["export"] = "csv"
        return super().get_context_data(
            form=self.form,
            period=self.period,
            pages=reports.most_read_pages(self.period),
            downloads=reports.downloads_per_file(self.period),
            referrers=reports.top_referrers(self.period),
            searches_without_results=searches_without_results(
                self.period.start, self.period.end, reports.TOP
            ),
            searches_kept_days=SEARCHES_KEPT_DAYS,
            days=[(day, count, round(200 * count / highest)) for day, count in days],
            total_views=sum(count for _, count in days),
            csv_query=query.urlencode(),
            **kwargs,
        )
