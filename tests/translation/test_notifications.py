"""Translator groups are emailed once when a translated English page is republished with
changes; each translator can opt out in her account settings."""

import pytest

from tests.factories import finish_translation, start_translation
from translation.models import TranslatorPreferences


@pytest.fixture
def translated(
    standard_page, locales, french_translator, arabic_translator, django_capture_on_commit_callbacks
):
    finish_translation(start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks)
    finish_translation(start_translation(standard_page, locales["ar"]), django_capture_on_commit_callbacks)
    return standard_page


def republish(page, capture, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    with capture(execute=True):
        page.save_revision().publish()


def test_each_translator_group_gets_one_email_when_the_source_changes(
    translated, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    republish(translated, django_capture_on_commit_callbacks, introduction="Who we are, and why.")
    assert sorted(tuple(message.bcc) for message in mailoutbox) == [
        ("amina@example.org",),
        ("layla@example.org",),
    ]
    french = next(message for message in mailoutbox if message.bcc == ["amina@example.org"])
    assert "About us" in french.subject
    assert "Français" in french.subject  # written in the group's language
    assert "/admin/translation/update/" in french.body


def test_a_second_publish_before_the_update_sends_nothing_more(
    translated, mailoutbox, django_capture_on_commit_callbacks
):
    republish(translated, django_capture_on_commit_callbacks, introduction="Who we are, and why.")
    mailoutbox.clear()
    republish(translated, django_capture_on_commit_callbacks, introduction="Who we are, and why we work.")
    assert mailoutbox == []


def test_republishing_without_text_changes_sends_nothing(
    translated, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    republish(translated, django_capture_on_commit_callbacks)
    assert mailoutbox == []


def test_a_translator_who_opted_out_is_left_out(
    translated, french_translator, mailoutbox, django_capture_on_commit_callbacks
):
    TranslatorPreferences.objects.create(user=french_translator, notify_source_changes=False)
    mailoutbox.clear()
    republish(translated, django_capture_on_commit_callbacks, introduction="Who we are, and why.")
    assert [message.bcc for message in mailoutbox] == [["layla@example.org"]]


def test_a_translator_opts_out_in_her_account_settings(client, french_translator):
    client.force_login(french_translator)
    page = client.get("/admin/account/")
    assert "Email me when a page I translate changes" in page.content.decode()
    data = {
        "translator-notify_source_changes": "",
        "name_email-first_name": "Amina",
        "name_email-last_name": "K",
        "name_email-email": "amina@example.org",
        "locale-preferred_language": "",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
    }
    response = client.post("/admin/account/", data)
    assert response.status_code == 302, response.context and [
        (panel.name, panel.get_form().errors) for panel in response.context.get("panels_by_tab", {}) or []
    ]
    assert TranslatorPreferences.objects.get(user=french_translator).notify_source_changes is False


def test_editors_have_no_translator_email_setting(client, editor):
    client.force_login(editor)
    assert "Email me when a page I translate changes" not in client.get("/admin/account/").content.decode()
