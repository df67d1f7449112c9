"""The Translate form offers and accepts only the translator's locales; she lands on her
translation, never on a page she may not open."""

import re

from django.contrib.messages import get_messages
from wagtail_localize.models import Translation

from home.snippets import Theme
from tests.factories import finish_translation, start_translation


def test_the_translate_form_offers_only_the_translators_locale(
    client, french_translator, standard_page, locales
):
    client.force_login(french_translator)
    response = client.get(f"/admin/localize/submit/page/{standard_page.pk}/?select_locale=fr")
    assert response.status_code == 200
    boxes = re.findall(
        r'<input type="checkbox" name="locales" value="(\d+)"[^>]*>', response.content.decode()
    )
    assert boxes == [str(locales["fr"].pk)]


def test_submitting_arabic_is_refused_with_a_clear_message_and_creates_nothing(
    client, french_translator, standard_page, locales
):
    client.force_login(french_translator)
    response = client.post(
        f"/admin/localize/submit/page/{standard_page.pk}/", {"locales": [locales["ar"].pk]}
    )
    assert response.status_code == 200
    assert "You can translate only into Français. Ask an editor to translate into العربية." in (
        response.content.decode()
    )
    assert not standard_page.has_translation(locales["ar"])
    assert not Translation.objects.exists()
    assert not list(get_messages(response.wsgi_request))


def test_submitting_french_lands_on_the_french_draft_with_only_a_success_message(
    client, french_translator, standard_page, locales
):
    client.force_login(french_translator)
    response = client.post(
        f"/admin/localize/submit/page/{standard_page.pk}/", {"locales": [locales["fr"].pk]}, follow=True
    )
    french = standard_page.get_translation(locales["fr"])
    assert response.redirect_chain[-1][0] == f"/admin/pages/{french.pk}/edit/"
    assert response.status_code == 200
    levels = [message.level_tag for message in get_messages(response.wsgi_request)]
    assert levels == ["success"]
    assert not french.live


def test_a_translator_can_start_a_snippet_translation_into_her_locale(client, french_translator, locales):
    theme = Theme.objects.create(name="Peacebuilding", slug="peacebuilding", locale=locales["en"])
    client.force_login(french_translator)
    response = client.post(
        f"/admin/localize/submit/snippet/home/theme/{theme.pk}/", {"locales": [locales["fr"].pk]}, follow=True
    )
    french = theme.get_translation(locales["fr"])
    assert response.redirect_chain[-1][0] == f"/admin/snippets/home/theme/edit/{french.pk}/"
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["success"]


def test_editors_are_still_offered_every_locale(client, editor, standard_page, locales):
    client.force_login(editor)
    response = client.get(f"/admin/localize/submit/page/{standard_page.pk}/")
    offered = {value for value, _label in response.context["form"].fields["locales"].widget.choices}
    assert offered == {locales[code].pk for code in ("fr", "sw", "ar")}


def test_update_brings_source_changes_into_the_french_translation_and_keeps_it_a_draft(
    client, french_translator, standard_page, locales, django_capture_on_commit_callbacks
):
    translation = finish_translation(
        start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks
    )
    standard_page.introduction = "Who we are, and why."
    standard_page.save_revision().publish()
    client.force_login(french_translator)
    url = f"/admin/translation/update/{translation.source_id}/fr/"
    assert client.get(url).status_code == 200
    response = client.post(url, follow=True)
    french = standard_page.get_translation(locales["fr"])
    assert response.redirect_chain[-1][0] == f"/admin/pages/{french.pk}/edit/"
    assert "Who we are, and why." in {entry.msgid for entry in translation.export_po()}
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["success"]


def test_update_of_another_locale_is_refused(
    client, french_translator, standard_page, locales, django_capture_on_commit_callbacks
):
    translation = finish_translation(
        start_translation(standard_page, locales["ar"]), django_capture_on_commit_callbacks
    )
    client.force_login(french_translator)
    response = client.post(f"/admin/translation/update/{translation.source_id}/ar/")
    assert response.status_code in (302, 403)
    assert response.get("Location", "/admin/") == "/admin/"
