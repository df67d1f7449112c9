"""Turning what a reader typed into something safe to search for and to show back."""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from core.text_input import clean_text

# Longer queries are cut: no reader types 200 characters into a search box, and a
# 100,000-character one would have the database build a tsquery as long.
MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+", re.UNICODE)


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
    """Only the words: full-text operators (& | ! : * ( ) ' ") mean nothing to readers
    and make some backends raise, so they are dropped rather than passed on."""
    return WORD.findall(query)


def highlight(text, terms):
    """`text` escaped, with each of `terms` wrapped in <mark>. Safe whatever either holds."""
    escaped = str(conditional_escape(text or ""))
    words = sorted({str(conditional_escape(term)) for term in terms if len(term) > 1}, key=len, reverse=True)
    if not words:
        return mark_safe(escaped)
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))
