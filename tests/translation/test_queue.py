"""The translator's queue on her dashboard: what is left to do in her language."""

from tests.factories import finish_translation, start_translation


def queue(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_queue_lists_untranslated_pages_with_a_translate_action(client, french_translator, standard_page):
    client.force_login(french_translator)
    html = queue(client)
    assert "To translate into Français" in html
    assert "About us" in html
    assert f'href="/admin/localize/submit/page/{standard_page.pk}/?select_locale=fr"' in html


def test_the_queue_offers_continue_for_a_translation_in_progress(
    client, french_translator, standard_page, locales
):
    start_translation(standard_page, locales["fr"])
    client.force_login(french_translator)
    html = queue(client)
    french = standard_page.get_translation(locales["fr"])
    assert f'href="/admin/pages/{french.pk}/edit/"' in html
    assert "In progress (0%)" in html


def test_the_queue_marks_a_republished_source_as_changed_with_an_update_action(
    client, french_translator, standard_page, locales, django_capture_on_commit_callbacks
):
    translation = finish_translation(
        start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks
    )
    standard_page.introduction = "Who we are, and why."
    standard_page.save_revision().publish()
    client.force_login(french_translator)
    html = queue(client)
    assert "Source changed" in html
    assert f'href="/admin/translation/update/{translation.source_id}/fr/"' in html


def test_the_queue_leaves_out_what_is_up_to_date(
    client, french_translator, standard_page, locales, django_capture_on_commit_callbacks
):
    finish_translation(start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks)
    client.force_login(french_translator)
    html = queue(client)
    assert "To translate into Français" in html
    assert "About us" not in html


def test_an_arabic_translator_sees_no_french_queue(client, arabic_translator, standard_page):
    client.force_login(arabic_translator)
    html = queue(client)
    assert "To translate into العربية" in html
    assert "To translate into Français" not in html


def test_editors_see_what_waits_per_language(client, editor, standard_page):
    client.force_login(editor)
    html = queue(client)
    assert "Translations waiting" in html
    assert 'href="/admin/reports/translations/?locale=fr"' in html
