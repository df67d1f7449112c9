"""The translator's queue on her dashboard: "To translate into <language>".

What is left to do in each of her languages (source changed first, then not yet translated,
then in progress), each row with its one action, so she never needs the English tree.
Editors get one line per language with the counts, linked to the Translations report.
"""

from collections import Counter

from django.urls import reverse
from wagtail.admin.ui.components import Component

from translation.groups import translator_locale_ids
from translation.status import IN_PROGRESS, MISSING, OUTDATED, STATUS_ORDER, UP_TO_DATE, translation_rows

QUEUE_LENGTH = 10


class TranslationQueuePanel(Component):
    name = "translation_queue"
    template_name = "translation/queue_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        context = super().get_context_data(parent_context)
        if not user.has_perm("wagtail_localize.submit_translation"):
            return context
        rows = translation_rows(user)
        report = reverse("translation:report")
        languages = {}
        for row in rows:
            languages.setdefault(row.locale.pk, {"locale": row.locale, "rows": [], "counts": Counter()})
            languages[row.locale.pk]["counts"][row.status] += 1
            if row.status != UP_TO_DATE:
                languages[row.locale.pk]["rows"].append(row)
        for language in languages.values():
            language["rows"].sort(key=lambda row: STATUS_ORDER.index(row.status))
            language["waiting"] = len(language["rows"])
            language["rows"] = language["rows"][:QUEUE_LENGTH]
            language["report_url"] = f"{report}?locale={language['locale'].language_code}"
            language["outdated"] = language["counts"][OUTDATED]
            language["missing"] = language["counts"][MISSING]
            language["in_progress"] = language["counts"][IN_PROGRESS]
        context.update(
            {
                "is_translator": translator_locale_ids(user) is not None,
                "languages": list(languages.values()),
                "report_url": report,
            }
        )
        return context
