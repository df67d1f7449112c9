"""Template tags for the site chrome: menus, the language menu and teasers."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core import typography
from core.rich_text import render_rich_text
from home.i18n import alternate_links, language_links
from home.navigation import menu_links

register = template.Library()


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    request = context["request"]
    page = context.get("page")
    return {
        "links": menu_links(request, "primary"),
        "current_page_id": getattr(page, "pk", None),
    }


@register.inclusion_tag("components/footer_navigation.html", takes_context=True)
def footer_navigation(context):
    return {"links": menu_links(context["request"], "footer")}


@register.inclusion_tag("components/language_menu.html", takes_context=True)
def language_menu(context):
    return {"languages": language_links(context["request"], context.get("page"))}


@register.inclusion_tag("components/teaser.html", takes_context=True)
def teaser(context, page, heading_level=3):
    """A listing card for any AmaniPage: stories, publications, search results alike."""
    return {
        "request": context.get("request"),
        "teaser_page": page,
        "heading_tag": f"h{heading_level}",
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None or "" drops one).

    Filters and pagination links keep the reader's other choices this way.
    """
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` made absolute with the scheme and host the reader used (canonical, OpenGraph)."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def filter_query(context, param, value=None):
    """The query string with filter `param` set to `value` (None clears it).

    Changing a filter always returns to the first page of results.
    """
    return query_with(context, **{param: value, "page": None})


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context, page):
    return {"alternates": alternate_links(context["request"], page)}


@register.simple_tag
def source_language():
    """The language site-wide settings (organisation name, address) are written in."""
    return settings.LANGUAGE_CODE


# json.dumps output made safe inside <script>: no "</script>", no HTML comment openers.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Structured data (schema.org) as a <script type="application/ld+json"> block.

    Text from editors ends up inside; escaping <, > and & keeps it from closing the tag.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def organisation_ld(request, org):
    """The organisation as a schema.org Organization, the publisher of everything here."""
    absolute = request.build_absolute_uri
    organisation = {"@type": "Organization", "name": org.name, "url": absolute("/")}
    if org.logo:
        organisation["logo"] = {
            "@type": "ImageObject",
            "url": absolute(org.logo.get_rendition("height-60").url),
        }
    return organisation


@register.filter
def safe_richtext(value):
    """Like Wagtail's `richtext`, in the site's wrapper. The HTML was cleaned when it was saved
    (core/sanitised_fields.py), so rendering does not clean it again."""
    return render_rich_text(value)


@register.filter
def join_items(items):
    """`items` joined with the active language's comma ("، " in Arabic)."""
    return typography.join_items(items)


@register.filter
def join_groups(groups):
    """`groups` joined with the active language's semicolon ("؛ " in Arabic)."""
    return typography.join_groups(groups)


@register.simple_tag
def item_separator():
    """The active language's comma, for lists built in a template loop."""
    return typography.item_separator()


@register.filter
def language_name(code):
    """The name of language `code` as the active language writes it in a sentence."""
    return typography.language_name(code)
