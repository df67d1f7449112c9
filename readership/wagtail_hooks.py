"""Reports → Readership in the admin, for everyone who can use the admin: the counts say
nothing about any one reader."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .reports import recent_views_of
from .views import ReadershipReportView


@hooks.register("register_admin_urls")
def register_readership_url():
    return [path("reports/readership/", ReadershipReportView.as_view(), name="readership_report")]


@hooks.register("register_reports_menu_item")
def register_readership_menu_item():
    return MenuItem(
        _("Readership"), reverse("readership_report"), name="readership", icon_name="view", order=50
    )


@hooks.register("register_page_header_buttons")
def readership_of_this_page(page, user, view_name, next_url=None):
    """In each page's editor, its readers in the last 30 days per language (translations
    included), linking to the full report."""
    if view_name != "edit":
        return
    total, languages = recent_views_of(page)
    per_language = ", ".join(f"{code or '—'} {count}" for code, count in languages)
    label = _("Readers, last 30 days: %(total)s") % {"total": total}
    if per_language:
        label = f"{label} ({per_language})"
    yield Button(label, reverse("readership_report"), icon_name="view", priority=90)
