"""Admin URLs of the translation desk (mounted by translation/wagtail_hooks.py)."""

from django.urls import path

from .views.report import TranslationsReportView
from .views.update import update_translation

app_name = "translation"
urlpatterns = [
    path("reports/translations/", TranslationsReportView.as_view(), name="report"),
    path(
        "reports/translations/results/",
        TranslationsReportView.as_view(results_only=True),
        name="report_results",
    ),
    path("translation/update/<int:source_id>/<str:language_code>/", update_translation, name="update"),
]
