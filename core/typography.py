"""Punctuation and names that differ by language: list separators and language names.

Places, attributions and languages are joined in many templates; doing it here, once,
keeps Arabic lines in Arabic punctuation ("،" and "؛") everywhere rather than only
where someone remembered, and keeps French language names lowercase mid-sentence.
"""

from django.utils import translation
from django.utils.translation import get_language, get_language_info, gettext

# (between items, between groups of items), each followed by a space.
_SEPARATORS = {"ar": ("، ", "؛ ")}
_DEFAULT_SEPARATORS = (", ", "; ")
# Languages that write language names in lowercase inside a sentence ("en anglais").
_LOWERCASE_LANGUAGE_NAMES = {"fr"}


def _language(language=None):
    return (language or get_language() or "en").split("-")[0]


def item_separator(language=None):
    """ ", " — or "، " in Arabic — between the items of one list."""
    return _SEPARATORS.get(_language(language), _DEFAULT_SEPARATORS)[0]


def group_separator(language=None):
    """ "; " — or "؛ " in Arabic — between lists that each hold commas."""
    return _SEPARATORS.get(_language(language), _DEFAULT_SEPARATORS)[1]


def join_items(items, language=None):
    """The non-empty `items` joined with the language's comma."""
    return item_separator(language).join(str(item) for item in items if item)


def join_groups(groups, language=None):
    """The non-empty `groups` joined with the language's semicolon."""
    return group_separator(language).join(str(group) for group in groups if group)


def language_name(code, language=None):
    """The name of language `code` in `language` (the active one by default), as it is
    written inside a sentence: "anglais" in French, "Kiswahili" (the organisation's own
    word, not Django's "Swahili") in English. The code itself when Django does not know it."""
    language = _language(language)
    try:
        info = get_language_info(code)
    except KeyError:
        return code
    with translation.override(language):
        name = gettext(info["name"])
    if code == "sw" and language == "en":
        name = "Kiswahili"
    if language in _LOWERCASE_LANGUAGE_NAMES:
        name = name[:1].lower() + name[1:]
    return name
