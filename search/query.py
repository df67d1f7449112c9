"""Turning what a reader typed into something safe to search for and to show back."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text_input import clean_text

from .normalise import WORD, word_forms

# Longer queries are cut: no reader types 200 characters into a search box, and a
# 100,000-character one would have the database build a tsquery as long.
MAX_QUERY_LENGTH = 200


def _folded(raw):
    return " ".join(clean_text(raw).split())


def clean_query(raw):
    """The reader's words without control characters (`clean_text`), whitespace folded,
    cut to MAX_QUERY_LENGTH characters: what is searched, logged and matched against
    editors' promotions."""
    return _folded(raw)[:MAX_QUERY_LENGTH]


def query_was_cut(raw):
    """Whether `clean_query` had to cut `raw` to MAX_QUERY_LENGTH characters."""
    return len(_folded(raw)) > MAX_QUERY_LENGTH


def search_terms(query):
    """Only the words (with their accents, harakat and inner apostrophes): full-text
    operators (& | ! : * ( ) ' ") mean nothing to readers and make some backends raise, so
    they are dropped rather than passed on."""
    return WORD.findall(query)


def highlight(text, terms):
    """`text` escaped, with each word that matches one of `terms` wrapped in <mark>. Words
    are compared as the index compares them (`search.normalise`), so `egalite` marks
    `Égalité` and `سلام` marks `السَّلام`; a word matches when one of its forms begins with a
    term, as `peace` marks `peacebuilding`. Whole words are marked, never part of one, so
    Arabic letters keep joining. Safe whatever either holds: `text` is shown as text."""
    text = str(text or "")
    wanted = tuple({form for term in terms for form in word_forms(term) if len(form) > 1})
    if not wanted:
        return escape(text)
    marked, shown = [], 0
    for match in WORD.finditer(text):
        if any(form.startswith(wanted) for form in word_forms(match.group(0))):
            marked.append(escape(text[shown : match.start()]))
            marked.append(f"<mark>{escape(match.group(0))}</mark>")
            shown = match.end()
    marked.append(escape(text[shown:]))
    return mark_safe("".join(marked))
