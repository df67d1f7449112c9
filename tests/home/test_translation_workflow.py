"""The translators' workflow in wagtail-localize: PO files, sync, and search indexing."""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from home.models import StandardPage
from tests.factories import start_translation, translate_page


def test_translator_downloads_and_uploads_a_po_file(
    admin_client_logged_in, standard_page, locales, django_capture_on_commit_callbacks
):
    translate_page(standard_page.get_parent().specific, locales["fr"], title="Centre", slug="accueil")
    translation = start_translation(standard_page, locales["fr"])

    download = admin_client_logged_in.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} >= {"About us", "Who we are."}

    for entry in po:
        entry.msgstr = {
            "About us": "Qui sommes-nous",
            "Who we are.": "Qui nous sommes.",
            "about": "a-propos",
        }.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile("fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client_logged_in.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)
    french = standard_page.get_translation(locales["fr"]).specific
    assert (french.title, french.introduction, french.live) == ("Qui sommes-nous", "Qui nous sommes.", True)


def test_sync_brings_source_changes_into_the_translation(standard_page, locales):
    translate_page(standard_page.get_parent().specific, locales["fr"], title="Centre", slug="accueil")
    translation = start_translation(standard_page, locales["fr"])
    standard_page.introduction = "Who we are, and why."
    standard_page.save_revision().publish()

    TranslationSource.update_or_create_from_instance(standard_page)
    po = translation.export_po()
    assert "Who we are, and why." in {entry.msgid for entry in po}


def test_a_translation_is_found_by_search_once_published_and_not_after_unpublishing(
    standard_page, locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        french = translate_page(standard_page, locales["fr"], title="Médiatrices de paix", slug="mediatrices")
    results = Page.objects.live().public().filter(locale=locales["fr"]).search("Médiatrices")
    assert [page.pk for page in results] == [french.pk]

    with django_capture_on_commit_callbacks(execute=True):
        StandardPage.objects.get(pk=french.pk).unpublish()
    assert list(Page.objects.live().public().filter(locale=locales["fr"]).search("Médiatrices")) == []


def test_untranslated_setting_can_hide_english_stories_from_french_lists(
    client, home_page, story_index, locales
):
    from home.site_settings import OrganisationSettings
    from tests.factories import make_story

    french_index = translate_page(story_index, locales["fr"], title="Actualités", slug="actualites")
    make_story(story_index, "Only in English", "2021-01-01")

    assert "Only in English" in client.get(french_index.url).content.decode()
    settings = OrganisationSettings.for_site(home_page.get_site())
    settings.list_untranslated_content = False
    settings.save()
    assert "Only in English" not in client.get(french_index.url).content.decode()
