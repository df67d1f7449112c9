"""Reports → Readership in the admin, for everyone who can use the admin: the counts say
nothing about any one reader."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ReadershipReportView


@hooks.register("register_admin_urls")
def register_readership_url():
    return [path("reports/readership/", ReadershipReportView.as_view(), name="readership_report")]


@hooks.register("register_reports_menu_item")
def register_readership_menu_item():
    return MenuItem(
        _("Readership"), reverse("readership_report"), name="readership", icon_name="view", order=50
    )
