"""Reading a WordPress eXtended RSS (WXR) export into plain Python objects.

WXR is RSS 2.0 with WordPress's own namespaces; versions 1.0 to 1.2 differ only in the
namespace URI, so elements are matched by their local name and a short prefix. The file
comes from another system and is parsed with defusedxml: no entity expansion, no DTDs,
no network access. Nothing here touches the database.
"""

from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse

# Namespace URI → the prefix WordPress uses for it. "wp" is matched by its start because
# the URI carries the WXR version (http://wordpress.org/export/1.2/).
KNOWN_NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}


class WXRError(Exception):
    """The file is not XML, or not a WordPress export. The message says where and why."""


@dataclass
class Term:
    """A category, tag or other taxonomy term attached to an item."""

    domain: str  # "category", "post_tag", "language" (Polylang), "post_translations" (Polylang)...
    slug: str
    name: str


@dataclass
class Item:
    """One <item>: a post, page, attachment, menu item..."""

    wp_id: int | None
    post_type: str
    title: str = ""
    link: str = ""
    guid: str = ""
    content: str = ""
    excerpt: str = ""
    status: str = ""
    post_name: str = ""
    post_parent: int = 0
    menu_order: int = 0
    post_date: str = ""
    post_date_gmt: str = ""
    attachment_url: str = ""
    creator: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    def terms_of(self, domain):
        return [term for term in self.terms if term.domain == domain]

    @property
    def label(self):
        """How reports name the item: its title, else its type and id."""
        return self.title or f"({self.post_type} {self.wp_id})"


@dataclass
class CategoryInfo:
    slug: str
    name: str
    parent: str = ""


@dataclass
class Export:
    version: str = ""
    title: str = ""
    link: str = ""
    language: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    categories: dict[str, CategoryInfo] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)

    @property
    def site_url(self):
        """The blog's own address: on a multisite network base_blog_url, else the site's."""
        return self.base_blog_url or self.base_site_url or self.link


def local_name(tag):
    """'wp:post_id' for '{http://wordpress.org/export/1.2/}post_id', 'title' for 'title'."""
    if not tag.startswith("{"):
        return tag
    uri, name = tag[1:].split("}", 1)
    if uri.startswith("http://wordpress.org/export/"):
        prefix = "excerpt" if uri.rstrip("/").endswith("/excerpt") else "wp"
    else:
        prefix = KNOWN_NAMESPACES.get(uri, uri)
    return f"{prefix}:{name}"


def children(element):
    """{local name: text} of an element's direct children (the first of each name)."""
    values = {}
    for child in element:
        values.setdefault(local_name(child.tag), child.text or "")
    return values


def to_int(text, default=None):
    try:
        return int((text or "").strip())
    except ValueError:
        return default


def read_item(element):
    values = children(element)
    item = Item(
        wp_id=to_int(values.get("wp:post_id")),
        post_type=values.get("wp:post_type", "").strip(),
        title=(values.get("title") or "").strip(),
        link=(values.get("link") or "").strip(),
        guid=(values.get("guid") or "").strip(),
        content=values.get("content:encoded", ""),
        excerpt=values.get("excerpt:encoded", ""),
        status=values.get("wp:status", "").strip(),
        post_name=values.get("wp:post_name", "").strip(),
        post_parent=to_int(values.get("wp:post_parent"), 0),
        menu_order=to_int(values.get("wp:menu_order"), 0),
        post_date=values.get("wp:post_date", "").strip(),
        post_date_gmt=values.get("wp:post_date_gmt", "").strip(),
        attachment_url=values.get("wp:attachment_url", "").strip(),
        creator=values.get("dc:creator", "").strip(),
    )
    for child in element:
        name = local_name(child.tag)
        if name == "category":
            item.terms.append(
                Term(
                    domain=child.get("domain", ""),
                    slug=child.get("nicename", "").strip(),
                    name=(child.text or "").strip(),
                )
            )
        elif name == "wp:postmeta":
            meta = children(child)
            key = meta.get("wp:meta_key", "").strip()
            if key:
                item.meta.setdefault(key, meta.get("wp:meta_value", ""))
    return item


def read_channel(channel, export):
    for child in channel:
        name = local_name(child.tag)
        if name == "item":
            export.items.append(read_item(child))
        elif name == "wp:category":
            values = children(child)
            slug = values.get("wp:category_nicename", "").strip()
            if slug:
                export.categories[slug] = CategoryInfo(
                    slug=slug,
                    name=values.get("wp:cat_name", "").strip() or slug,
                    parent=values.get("wp:category_parent", "").strip(),
                )
        elif name == "wp:tag":
            values = children(child)
            slug = values.get("wp:tag_slug", "").strip()
            if slug:
                export.tags[slug] = values.get("wp:tag_name", "").strip() or slug
        elif name == "wp:wxr_version":
            export.version = (child.text or "").strip()
        elif name == "wp:base_site_url":
            export.base_site_url = (child.text or "").strip()
        elif name == "wp:base_blog_url":
            export.base_blog_url = (child.text or "").strip()
        elif name in ("title", "link", "language"):
            setattr(export, name, (child.text or "").strip())


def read_export(path):
    """The export at `path`. Raises WXRError naming the line and column of bad XML."""
    try:
        tree = parse(path, forbid_dtd=True)
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        reason = str(error).split(":", 1)[0]
        raise WXRError(f"{path} is not well-formed XML: line {line}, column {column}: {reason}") from None
    except DefusedXmlException as error:
        raise WXRError(f"{path} was refused: {error} (exports never declare entities or a DTD)") from None
    except OSError as error:
        raise WXRError(f"{path} could not be read: {error}") from None
    root = tree.getroot()
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        raise WXRError(f"{path} is XML but not a WordPress export: no <rss><channel> (found <{root.tag}>).")
    export = Export()
    read_channel(channel, export)
    if not export.version and not export.base_site_url:
        raise WXRError(f"{path} is an RSS feed, not a WordPress export: it has no wp:wxr_version.")
    return export
