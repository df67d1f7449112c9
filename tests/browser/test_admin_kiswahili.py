"""A Kiswahili translator's admin in Chromium: sign-in, dashboard, explorer and
wagtail-localize's React editor all speak Kiswahili once she picks it."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.users.models import UserProfile

from tests.browser.conftest import save_screenshot
from tests.browser.test_translation_flow import sign_in
from tests.factories import PASSWORD, start_translation

pytestmark = pytest.mark.browser


@pytest.fixture
def swahili_translator(home_page, locales, django_user_model):
    start_translation(home_page, locales["sw"])
    call_command("setup_translator_groups", stdout=None)
    user = django_user_model.objects.create_user("neema", "neema@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Translators: Kiswahili"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sw"
    profile.save()
    return user


def test_a_kiswahili_translator_works_in_a_kiswahili_admin(
    live_server, chromium, swahili_translator, home_page, locales
):
    context = chromium.new_context(locale="sw-KE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    assert "Ingia kwenye Wagtail" in page.inner_text("main")
    save_screenshot(page, "admin-sw-sign-in")

    sign_in(page, live_server.url, "neema", PASSWORD)
    assert "Dashibodi" in page.title()
    save_screenshot(page, "admin-sw-dashboard")

    swahili_home = home_page.get_translation(locales["sw"])
    page.goto(f"{live_server.url}/admin/pages/{swahili_home.id}/")
    assert "Kurasa" in page.inner_text("body")
    save_screenshot(page, "admin-sw-explorer")

    page.goto(f"{live_server.url}/admin/pages/{swahili_home.id}/edit/")
    publish = page.get_by_role("button", name="Chapisha kwa Kiswahili")
    publish.wait_for()
    assert page.get_by_role("link", name="Pakua faili ya PO").is_visible()
    assert page.get_by_role("tab", name="Maudhui").is_visible()
    save_screenshot(page, "admin-sw-translation-editor")
    context.close()
