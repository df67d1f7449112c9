"""Translator groups: a French translator works on French pages and snippets only."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from home.snippets import Theme
from tests.factories import make_user, translate_page
from tests.home.test_settings import run_manage
from translation.groups import TranslatorGroup


@pytest.fixture
def translated_pages(standard_page, locales):
    return {
        "en": standard_page,
        "fr": translate_page(standard_page, locales["fr"], title="À propos"),
        "ar": translate_page(standard_page, locales["ar"], title="من نحن"),
    }


@pytest.fixture
def french_translator(translated_pages):
    call_command("setup_translator_groups", stdout=None)
    user = make_user("amina")
    user.groups.add(Group.objects.get(name="Translators: Français"))
    return user


def test_one_translator_group_per_non_default_locale(translated_pages):
    call_command("setup_translator_groups")
    groups = {
        tg.group.name: tg.locale.language_code
        for tg in TranslatorGroup.objects.select_related("group", "locale")
    }
    assert groups == {
        "Translators: Français": "fr",
        "Translators: Kiswahili": "sw",
        "Translators: العربية": "ar",
    }


def test_setting_up_translator_groups_twice_changes_nothing(translated_pages):
    call_command("setup_translator_groups")
    permissions = sorted(
        Group.objects.get(name="Translators: Français").page_permissions.values_list("pk", flat=True)
    )
    call_command("setup_translator_groups")
    assert Group.objects.filter(name__startswith="Translators:").count() == 3
    again = sorted(
        Group.objects.get(name="Translators: Français").page_permissions.values_list("pk", flat=True)
    )
    assert again == permissions


def test_french_translator_can_edit_french_pages(client, french_translator, translated_pages):
    client.force_login(french_translator)
    response = client.get(f"/admin/pages/{translated_pages['fr'].pk}/edit/")
    assert response.status_code == 200


@pytest.mark.parametrize("code", ["en", "ar"])
def test_french_translator_cannot_edit_english_or_arabic_pages(
    client, french_translator, translated_pages, code
):
    client.force_login(french_translator)
    response = client.get(f"/admin/pages/{translated_pages[code].pk}/edit/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"] and "/edit/" not in response["Location"]


def test_french_translator_can_edit_french_snippets_only(client, french_translator, locales):
    english = Theme.objects.create(name="Peacebuilding", slug="peacebuilding", locale=locales["en"])
    french = english.copy_for_translation(locales["fr"])
    french.name = "Consolidation de la paix"
    french.save()
    client.force_login(french_translator)
    assert client.get(f"/admin/snippets/home/theme/edit/{french.pk}/").status_code == 200

    refused = client.get(f"/admin/snippets/home/theme/edit/{english.pk}/")
    assert refused.status_code == 302
    assert refused["Location"] == "/admin/"  # Wagtail's answer to PermissionDenied
    client.post(
        f"/admin/snippets/home/theme/edit/{english.pk}/", {"name": "Changed", "slug": "peacebuilding"}
    )
    english.refresh_from_db()
    assert english.name == "Peacebuilding"


def test_editors_outside_translator_groups_are_not_limited_by_locale(admin_client_logged_in, locales):
    english = Theme.objects.create(name="Peacebuilding", slug="peacebuilding", locale=locales["en"])
    assert admin_client_logged_in.get(f"/admin/snippets/home/theme/edit/{english.pk}/").status_code == 200


def test_machine_translation_uses_deepl_when_a_key_is_set_and_the_dummy_in_development():
    code = "from django.conf import settings; print(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['CLASS'])"
    with_key = run_manage("shell", "--verbosity=0", "-c", code, SECRET_KEY="x" * 50, DEEPL_AUTH_KEY="abc:fx")
    assert with_key.stdout.strip() == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    development = run_manage(
        "shell", "--verbosity=0", "-c", code, DJANGO_SETTINGS_MODULE="config.settings.dev"
    )
    assert development.stdout.strip() == "wagtail_localize.machine_translators.dummy.DummyTranslator"
