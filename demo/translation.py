"""Demo translations made through wagtail-localize's own machinery.

Each translation goes the way a translator's PO upload does: a TranslationSource is
extracted from the English page or snippet, a Translation is opened for the target
locale, its PO file is filled from a table of real translations and imported, and the
target is published. The admin then shows true translation state (segments, progress,
sync), not hand-made copies.
"""

from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import Translation, TranslationSource


def translate(report, instance, locale, texts):
    """Translate `instance` into `locale` with `texts` ({English segment: translation}).

    Returns the segments `texts` had no translation for: the demo tables should leave
    none, and tests assert they do not. Idempotent: an existing live translation is kept.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None and (not isinstance(existing, Page) or existing.live):
        report.found(existing)
        return []
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.msgid in texts:
            entry.msgstr = texts[entry.msgid]
        else:
            missing.append(entry.msgid)
    translation.import_po(po, tool_name="Amani demo content")
    # Translation.save_target() would defer publishing to transaction.on_commit with the
    # revision's in-memory page: inside one demo transaction that publish runs last and
    # writes back a stale tree (numchild) once children exist. Publish now, from the database.
    # Snippets without drafts cannot be saved unpublished; they have nothing to defer.
    drafts = isinstance(instance, Page | DraftStateMixin)
    source.create_or_update_translation(locale, publish=not drafts, copy_parent_pages=True, fallback=True)
    target = instance.get_translation(locale)
    if isinstance(target, Page):
        target = target.specific
    if drafts:
        target.get_latest_revision().publish()
    report.made(target)
    return missing


def resync(instance):
    """After the demo changes an English snippet that is already translated (a menu gains
    a link), bring its translations up to date, as "Sync translations" does in the admin."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for translation in Translation.objects.filter(source=source, enabled=True).select_related(
        "target_locale"
    ):
        source.create_or_update_translation(translation.target_locale, fallback=True)
