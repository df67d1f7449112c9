"""Where a translation stands: missing, in progress with its percent, up to date, outdated."""

from home.snippets import Theme
from tests.factories import finish_translation, start_translation, translate_all_segments
from translation.status import IN_PROGRESS, MISSING, OUTDATED, UP_TO_DATE, translation_rows


def row_for(user, instance, code):
    (row,) = [
        r
        for r in translation_rows(user)
        if r.model is type(instance) and r.object_id == instance.pk and r.locale.language_code == code
    ]
    return row


def test_a_page_with_nothing_in_french_is_missing_with_a_translate_action(french_translator, standard_page):
    row = row_for(french_translator, standard_page, "fr")
    assert row.status == MISSING
    assert row.action_url == f"/admin/localize/submit/page/{standard_page.pk}/?select_locale=fr"


def test_a_started_translation_is_in_progress_with_the_percent_of_segments_done(
    french_translator, standard_page, locales
):
    translation = start_translation(standard_page, locales["fr"])
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "About us":
            entry.msgstr = "Qui sommes-nous"
    translation.import_po(po)
    row = row_for(french_translator, standard_page, "fr")
    total = len(po)
    assert (row.status, row.percent) == (IN_PROGRESS, int(100 / total))
    assert row.action_url == f"/admin/pages/{standard_page.get_translation(locales['fr']).pk}/edit/"


def test_a_fully_translated_draft_is_still_in_progress_until_published(
    french_translator, standard_page, locales
):
    translate_all_segments(start_translation(standard_page, locales["fr"]))
    row = row_for(french_translator, standard_page, "fr")
    assert (row.status, row.percent) == (IN_PROGRESS, 100)


def test_a_published_complete_translation_is_up_to_date(
    french_translator, standard_page, locales, django_capture_on_commit_callbacks
):
    finish_translation(start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks)
    assert row_for(french_translator, standard_page, "fr").status == UP_TO_DATE


def test_republishing_the_source_after_the_last_sync_makes_the_translation_outdated(
    french_translator, standard_page, locales, django_capture_on_commit_callbacks
):
    translation = finish_translation(
        start_translation(standard_page, locales["fr"]), django_capture_on_commit_callbacks
    )
    standard_page.introduction = "Who we are, and why."
    standard_page.save_revision().publish()
    row = row_for(french_translator, standard_page, "fr")
    assert row.status == OUTDATED
    assert row.source_last_published > row.translation_last_synced
    assert row.action_url == f"/admin/translation/update/{translation.source_id}/fr/"


def test_a_snippet_changed_since_its_last_sync_is_outdated(french_translator, locales, french_home):
    theme = Theme.objects.create(name="Peacebuilding", slug="peacebuilding", locale=locales["en"])
    start_translation(theme, locales["fr"])
    assert row_for(french_translator, theme, "fr").status == IN_PROGRESS
    theme.name = "Peacebuilding and mediation"
    theme.save()
    assert row_for(french_translator, theme, "fr").status == OUTDATED


def test_a_translator_gets_rows_for_her_locale_only(french_translator, standard_page):
    assert {row.locale.language_code for row in translation_rows(french_translator)} == {"fr"}


def test_an_editor_gets_rows_for_every_locale_but_english(editor, standard_page, locales):
    assert {row.locale.language_code for row in translation_rows(editor)} == {"fr", "sw", "ar"}
