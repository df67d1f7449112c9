"""The admin in Kiswahili: the catalogue in translation/admin_locale/ (compiled by
`make messages`) reaches Wagtail's and wagtail-localize's screens for a user who picks
Kiswahili, and every translation keeps its msgid's placeholders."""

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories import make_user, start_translation

CATALOGUE = Path(settings.BASE_DIR) / "translation" / "admin_locale" / "sw" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def speaks_kiswahili(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sw"
    profile.save()
    return user


@pytest.fixture
def swahili_translation(home_page, locales):
    """A Kiswahili home page in progress, made before the groups are given their trees."""
    return start_translation(home_page, locales["sw"])


@pytest.fixture
def swahili_translator(swahili_translation, translator_groups):
    user = make_user("neema")
    user.groups.add(translator_groups["Translators: Kiswahili"])
    return speaks_kiswahili(user)


def test_kiswahili_is_offered_as_admin_language(client, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == 200
    panels_by_tab = response.context["panels_by_tab"]
    choices = [
        dict(panel.get_form().fields["preferred_language"].choices)
        for panels in panels_by_tab.values()
        for panel in panels
        if panel.name == "locale"
    ][0]
    assert choices["sw"] == "Kiswahili"
    speaks_kiswahili(editor)
    assert "Wasifu" in client.get(reverse("wagtailadmin_account")).content.decode()


def test_sign_in_page_in_kiswahili(client, db):
    response = client.get(reverse("wagtailadmin_login"), headers={"accept-language": "sw"})
    html = response.content.decode()
    assert "Ingia kwenye Wagtail" in html
    assert "Umesahau nenosiri?" in html


def test_dashboard_and_explorer_in_kiswahili(client, swahili_translator, home_page, locales):
    client.force_login(swahili_translator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="sw"' in dashboard
    assert "Dashibodi" in dashboard
    swahili_home = home_page.get_translation(locales["sw"])
    explorer = client.get(reverse("wagtailadmin_explore", args=[swahili_home.id])).content.decode()
    assert "Kurasa" in explorer
    assert "Aina" in explorer  # the Type column


def test_page_editor_actions_in_kiswahili(client, editor, home_page):
    client.force_login(speaks_kiswahili(editor))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.id])).content.decode()
    assert "Chapisha" in html
    assert "Hifadhi rasimu" in html
    assert "Hakiki" in html


def test_translation_editor_in_kiswahili(client, swahili_translator, swahili_translation, home_page, locales):
    swahili_home = home_page.get_translation(locales["sw"])
    client.force_login(swahili_translator)
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[swahili_home.id]))
    assert editor_page.status_code == 200
    html = editor_page.content.decode()
    # The page opens in wagtail-localize's editor, not Wagtail's.
    assert "wagtail_localize/js/wagtail-localize.js" in html
    assert '<html lang="sw"' in html
    # The React editor takes its words from wagtail-localize's JavaScript catalogue.
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert "Tafsiri maandishi yote yanayokosekana kwa " in catalogue
    assert "Hifadhi" in catalogue
    admin_catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert "Dashibodi" in admin_catalogue


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_every_translation_keeps_its_placeholders(name):
    catalogue = polib.pofile(str(CATALOGUE / name))
    assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert len(catalogue) > 50
    for entry in catalogue:
        assert not entry.fuzzy, entry.msgid
        pairs = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            pairs = [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
        for msgid, msgstr in pairs:
            assert msgstr, msgid
            assert sorted(PLACEHOLDER.findall(msgstr)) == sorted(PLACEHOLDER.findall(msgid)), msgid


@pytest.mark.parametrize("name", ["django.po", "djangojs.po"])
def test_catalogue_passes_msgfmt_format_checks(name, tmp_path):
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext's msgfmt is needed (make messages uses it too)"
    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "out.mo"), str(CATALOGUE / name)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
