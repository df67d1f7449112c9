"""Rich text reduced to what the editor's features make, before it is stored.

The admin's editor only produces the allowed features, but content also arrives by
imports, scripts and old revisions. `clean_html` keeps the elements and attributes the
design uses and drops anything else (scripts, event handlers, frames, styles). It runs
once, on the way into the database (core/sanitised_fields.py); `render_rich_text` trusts
what is stored, so a page view pays no sanitising.

The allowlist covers every feature configured for rich text (home.blocks.RICH_TEXT_FEATURES,
the table cells' and magazine contents' subsets, the RichTextFields): headings, bold,
italic, lists, line breaks and links, including Wagtail's `<a linktype="page" id="3">`
and `<a linktype="document" id="5">`. No feature embeds images, so `<embed>` is removed.
The editor's `data-block-key` on each block stays: inline comments are anchored to it.
"""

import nh3
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText, expand_db_html

BLOCK_KEY = "data-block-key"
ALLOWED = {
    "p": {BLOCK_KEY},
    "br": set(),
    "h2": {BLOCK_KEY},
    "h3": {BLOCK_KEY},
    "h4": {BLOCK_KEY},
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "ol": set(),
    "ul": set(),
    "li": {BLOCK_KEY},
    # Wagtail stores internal links as <a linktype="page" id="3">.
    "a": {"href", "linktype", "id"},
}
REMOVED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
# Addresses without a scheme: a path on this site or an anchor on the page.
SAFE_RELATIVE_STARTS = ("/", "#")


def _relative_href(url):
    return url if url.strip().startswith(SAFE_RELATIVE_STARTS) else None


_cleaner = nh3.Cleaner(
    tags=set(ALLOWED),
    attributes=ALLOWED,
    clean_content_tags=REMOVED_WITH_CONTENT,
    url_schemes=SAFE_SCHEMES,
    url_relative=_relative_href,
    # Stored links stay as the editor made them; rel is not one of the allowed attributes.
    link_rel=None,
)


def clean_html(html):
    """`html` with only the allowed elements, attributes and link addresses; the content of
    scripts, styles, frames and plugins goes with them, other elements leave their text."""
    # A line break is stored as the editor writes it (<br/>), whichever path saved it. The
    # cleaner escapes "<" inside attribute values, so "<br>" here is always the element.
    return _cleaner.clean(html or "").replace("<br>", "<br/>")


def render_rich_text(value):
    """Link-expanded HTML for a RichText value or a stored HTML string, cleaned when saved."""
    source = value.source if isinstance(value, RichText) else (value or "")
    return mark_safe(f'<div class="rich-text">{expand_db_html(source)}</div>')
