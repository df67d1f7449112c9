"""Reports → Readership shows what was read and downloaded, and its CSV says the same."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from readership.models import DailyDownloads, DailyPageViews

pytestmark = pytest.mark.django_db

URL = "/admin/reports/readership/"


@pytest.fixture
def counted(standard_page, about_fr, document):
    today = timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)
    DailyPageViews.objects.create(
        page=standard_page, date=today, locale="en", referrer_host="facebook.com", count=7
    )
    DailyPageViews.objects.create(page=about_fr, date=yesterday, locale="fr", count=3)
    DailyDownloads.objects.create(document=document, date=today, locale="sw", referrer_host="", count=4)
    return today, yesterday


def test_the_report_shows_most_read_pages_with_languages_downloads_and_referrers(
    admin_client_logged_in, counted
):
    response = admin_client_logged_in.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    pages = response.context["pages"]
    assert [(item.title, item.total, dict(item.per_locale)) for item in pages] == [
        ("About us", 10, {"en": 7, "fr": 3})
    ]
    assert "Annual report" in html and "sw: 4" in html
    assert response.context["referrers"] == [("facebook.com", 7)]


def test_the_daily_chart_is_rendered_on_the_server_as_a_table_with_bars(admin_client_logged_in, counted):
    today, yesterday = counted
    response = admin_client_logged_in.get(URL)
    days = {day: (count, width) for day, count, width in response.context["days"]}
    assert days[today] == (7, 200) and days[yesterday] == (3, round(200 * 3 / 7))
    html = response.content.decode()
    assert '<rect width="200"' in html and "<table" in html


def test_the_period_chooses_what_is_shown(admin_client_logged_in, counted):
    today, yesterday = counted
    response = admin_client_logged_in.get(URL, {"start": yesterday.isoformat(), "end": yesterday.isoformat()})
    assert [(item.total, dict(item.per_locale)) for item in response.context["pages"]] == [(3, {"fr": 3})]


def test_the_csv_holds_the_same_counts(admin_client_logged_in, counted, standard_page, about_fr, document):
    today, yesterday = counted
    response = admin_client_logged_in.get(URL, {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["date", "object_type", "id", "title", "locale", "views_or_downloads"]
    assert sorted(rows[1:]) == sorted(
        [
            [yesterday.isoformat(), "page", str(about_fr.pk), "Qui sommes-nous", "fr", "3"],
            [today.isoformat(), "page", str(standard_page.pk), "About us", "en", "7"],
            [today.isoformat(), "document", str(document.pk), "Annual report", "sw", "4"],
        ]
    )


def test_csv_titles_cannot_run_as_spreadsheet_formulas(admin_client_logged_in, document):
    document.title = "=HYPERLINK(1)"
    document.save()
    DailyDownloads.objects.create(document=document, date=timezone.localdate(), locale="en", count=1)
    response = admin_client_logged_in.get(URL, {"export": "csv"})
    assert "'=HYPERLINK(1)" in response.content.decode()


def test_the_report_is_in_the_reports_menu_and_not_for_readers(admin_client_logged_in):
    from django.test import Client

    assert Client().get(URL).status_code == 302
    assert URL.encode() in admin_client_logged_in.get("/admin/").content


def test_the_report_speaks_the_editors_language(admin_client_logged_in, counted):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = "fr"
    profile.save()
    html = admin_client_logged_in.get(URL).content.decode()
    assert "Pages les plus lues" in html and "pages vues par des lecteurs" in html


def test_a_pages_editor_shows_its_readers_in_the_last_30_days_per_language(
    admin_client_logged_in, counted, standard_page
):
    old = timezone.localdate() - datetime.timedelta(days=40)
    DailyPageViews.objects.create(page=standard_page, date=old, locale="en", count=100)
    html = admin_client_logged_in.get(f"/admin/pages/{standard_page.pk}/edit/").content.decode()
    assert "Readers, last 30 days: 10 (en 7, fr 3)" in html


def test_the_editors_count_speaks_the_editors_language(admin_client_logged_in, counted, standard_page):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = "fr"
    profile.save()
    html = admin_client_logged_in.get(f"/admin/pages/{standard_page.pk}/edit/").content.decode()
    assert "Lecteurs, 30 derniers jours : 10" in html
