"""Text that readers send (search words, filters, page numbers, form fields), made safe to
store, search and show back before it reaches the database.

`clean_text` drops, rather than refuses, what no reader means to type:

- NUL and the other C0 controls, DEL and the C1 controls. PostgreSQL refuses NUL in text
  (a 500 if it got that far); the rest are invisible and mean nothing in a search or a
  message. A multi-line field keeps tab, line feed and carriage return; a single-line
  value has them turned into spaces, so words either side stay apart.
- Lone surrogates (U+D800-U+DFFF): half of a UTF-16 pair, not a character. They cannot
  be encoded as UTF-8, so a database or a mail server fails on them.
- The bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). In a
  reader's text they only serve to make it display in an order other than the one it is
  stored in (a name that reads differently in the admin, a subject that hides its end),
  and an unclosed one reorders the page text around a value shown back. Keyboards do not
  type them and Arabic needs none of them: the Unicode bidi algorithm orders Arabic, and
  Arabic mixed with Latin words and digits, by itself, and pages set `dir`.

Everything else is kept as typed: Arabic letters, harakat and tatweel; ZWNJ and ZWJ
(U+200C, U+200D), which shape Arabic-script words and join emoji; the left-to-right,
right-to-left and Arabic letter marks (U+200E, U+200F, U+061C), which are invisible
marks, not embeddings, and which some Arabic keyboards type to place punctuation. No
Unicode normalisation either: it would change what a reader wrote.
"""

import re

from django import forms

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_UNWANTED = re.compile(f"[{_CONTROLS}{_SURROGATES}{_BIDI_CONTROLS}]")
_LINE_BREAKS = re.compile("[\t\n\r]")


def clean_text(value, *, multiline=False, max_length=None):
    """`value` as a string without the characters this module's docstring lists, cut to
    `max_length` characters when given. None gives ""."""
    text = "" if value is None else str(value)
    text = _UNWANTED.sub("", text)
    if not multiline:
        text = _LINE_BREAKS.sub(" ", text)
    if max_length is not None:
        text = text[:max_length]
    return text


class ReaderTextField(forms.CharField):
    """A CharField for what readers type: cleaned by `clean_text` before Django validates
    it, so `max_length` counts the characters that will be stored."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        if value not in self.empty_values:
            value = clean_text(value, multiline=self.multiline)
        return super().to_python(value)
