"""Interface translations: complete for every non-default language, placeholders intact,
and covering every simple {% translate %} string in the templates."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def catalogue(code):
    return polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_catalogue_has_no_empty_or_fuzzy_translation(code):
    po = catalogue(code)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_translations_keep_the_placeholders(code):
    for entry in catalogue(code).translated_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            assert set(PLACEHOLDER.findall(text)) <= expected, (entry.msgid, text)


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_every_translate_tag_in_the_templates_is_in_the_catalogue(code):
    msgids = {entry.msgid for entry in catalogue(code)}
    pattern = re.compile(r"""{% translate ["'](.+?)["'] (?:as \w+ )?%}""")
    missing = set()
    for template in ROOT.glob("*/templates/**/*.html"):
        if ".venv" in template.parts:
            continue
        missing |= set(pattern.findall(template.read_text())) - msgids
    assert missing == set()
