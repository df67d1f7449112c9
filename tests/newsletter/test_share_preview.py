"""The share box of a preview shows the address readers will use, not the stand-in host
Wagtail gives a preview's request (the Site record's, http://localhost in the demo)."""

import re

from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.models import HomePage
from publications.models import ReportPage
from tests.factories import make_report, make_story, publish
from tests.publications.test_creation import report_form

EDITORS_HOST = "amani.example:8000"


def shared_address(html):
    return re.search(r'<input type="url" id="share-[^"]*-url" value="([^"]*)"', html).group(1)


def preview(client, url, data, **request):
    """What the admin's preview panel does: post the form, then show what it renders."""
    assert client.post(url, data, HTTP_HOST=EDITORS_HOST, **request).json()["is_valid"]
    return client.get(url, HTTP_HOST=EDITORS_HOST, **request).content.decode()


def edit_preview_url(page):
    return reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])


def report_data(**changes):
    return nested_form_data({"comments": inline_formset([]), **report_form(**changes)})


def test_the_preview_of_a_report_shares_the_address_the_editor_reached_the_site_at(
    admin_client_logged_in, library
):
    report = make_report(library, "Defend her", slug="defend-her")
    html = preview(admin_client_logged_in, edit_preview_url(report), report_data())
    assert shared_address(html) == f"http://{EDITORS_HOST}/en/publications/defend-her/"
    assert "localhost" not in html.split('class="share-links"')[1].split("</section>")[0]


def test_the_preview_of_a_story_shares_the_stories_address_over_https(rf, story_index):
    story = make_story(story_index, "Women mediators", "2021-09-14")
    editors_request = rf.get("/admin/", HTTP_HOST=EDITORS_HOST, secure=True)
    html = story.make_preview_request(editors_request).content.decode()
    assert shared_address(html) == f"https://{EDITORS_HOST}/en/stories/women-mediators/"


def test_the_preview_of_a_new_report_shares_the_address_it_will_have(admin_client_logged_in, library):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["publications", "reportpage", library.pk])
    html = preview(admin_client_logged_in, url, report_data(slug="new-brief"))
    assert shared_address(html) == f"http://{EDITORS_HOST}/en/publications/new-brief/"
    assert not ReportPage.objects.filter(slug="new-brief").exists()


def test_a_page_of_another_site_keeps_that_sites_address_in_its_preview(admin_client_logged_in, library):
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=HomePage(title="Partner site", slug="partner-site"))
    Site.objects.create(hostname="partner.example", port=443, root_page=other_home)
    other_library = publish(other_home, type(library)(title="Library", slug="library"))
    report = make_report(other_library, "Defend her", slug="defend-her")
    html = preview(admin_client_logged_in, edit_preview_url(report), report_data())
    assert shared_address(html).startswith("https://partner.example/")
    assert shared_address(html).endswith("/library/defend-her/")


def test_the_live_page_shares_the_address_the_reader_came_to(client, library):
    report = make_report(library, "Defend her", slug="defend-her")
    html = client.get(report.url, HTTP_HOST="readers.example").content.decode()
    assert shared_address(html) == "http://readers.example/en/publications/defend-her/"
