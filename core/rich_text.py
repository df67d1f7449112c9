"""Rich text made safe to render, whatever path it took into the database.

The admin's editor only produces the allowed features, but content also arrives by
imports and scripts. Before Wagtail expands its links, stored HTML is reduced to the
elements and attributes the design uses; anything else (scripts, event handlers,
frames, styles) is dropped.
"""

from bs4 import BeautifulSoup
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText, expand_db_html

ALLOWED = {
    "p": set(),
    "br": set(),
    "h2": set(),
    "h3": set(),
    "h4": set(),
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "ol": set(),
    "ul": set(),
    "li": set(),
    # Wagtail stores internal links as <a linktype="page" id="3">.
    "a": {"href", "linktype", "id"},
}
REMOVED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"}
SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:", "/", "#")


def clean_html(html):
    soup = BeautifulSoup(html or "", "html.parser")
    for element in soup.find_all(REMOVED_WITH_CONTENT):
        element.decompose()
    for element in soup.find_all(True):
        allowed = ALLOWED.get(element.name)
        if allowed is None:
            element.unwrap()
            continue
        for attribute in list(element.attrs):
            if attribute not in allowed:
                del element.attrs[attribute]
        href = element.attrs.get("href")
        if href is not None and not href.strip().lower().startswith(SAFE_SCHEMES):
            del element.attrs["href"]
    return str(soup)


def render_rich_text(value):
    """Cleaned, link-expanded HTML for a RichText value or a stored HTML string."""
    source = value.source if isinstance(value, RichText) else (value or "")
    return mark_safe(f'<div class="rich-text">{expand_db_html(clean_html(source))}</div>')
