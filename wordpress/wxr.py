"""Reading a WordPress eXtended RSS (WXR) export into plain Python objects.

WXR is RSS 2.0 with WordPress's own namespaces; versions 1.0 to 1.2 differ only in the
namespace URI (http or https: WordPress.com writes https://wordpress.org/export/1.2/), so
elements are matched by their local name and a short prefix. The file
comes from another system and is parsed with defusedxml: no entity expansion, no DTDs,
no network access. Nothing here touches the database.
"""

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse

# Namespace URI → the prefix WordPress uses for it. "wp" and "excerpt" are matched by a
# pattern because the URI carries the WXR version and either scheme.
KNOWN_NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}
WXR_NAMESPACE = re.compile(r"^https?://(?:www\.)?wordpress\.org/export/\d+\.\d+/?(excerpt/?)?$")


class WXRError(Exception):
    """The file is not XML, or not a WordPress export. The message says where and why."""


@dataclass
class Term:
    """A category, tag or other taxonomy term attached to an item."""

    domain: str  # "category", "post_tag", "language" (Polylang), "post_translations" (Polylang)...
    slug: str
    name: str


@dataclass
class Comment:
    """A reader's comment on an item, as the export holds it."""

    wp_id: int | None
    author: str = ""
    author_email: str = ""
    author_url: str = ""
    author_ip: str = ""
    date_gmt: str = ""
    content: str = ""
    approved: str = ""  # "1", "0" (held for moderation), "spam", "trash"
    comment_type: str = ""  # "" or "comment", "pingback", "trackback"
    parent: int = 0


@dataclass
class Author:
    """A WordPress user who wrote items (wp:author in the channel)."""

    login: str
    wp_id: int | None = None
    display_name: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""

    @property
    def name(self):
        full = " ".join(part for part in (self.first_name, self.last_name) if part)
        return self.display_name or full or self.login


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
    password: str = ""
    sticky: bool = False
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)

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
    category_ids: dict[int, str] = field(default_factory=dict)  # term id → category slug
    authors: dict[str, Author] = field(default_factory=dict)  # login → author
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
    match = WXR_NAMESPACE.match(uri)
    if match:
        prefix = "excerpt" if match.group(1) else "wp"
    else:
        prefix = KNOWN_NAMESPACES.get(uri.replace("https://", "http://", 1), uri)
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
        # Kept exactly: WordPress compares the password as typed, spaces included.
        password=values.get("wp:post_password", ""),
        sticky=values.get("wp:is_sticky", "").strip() == "1",
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
        elif name == "wp:comment":
            item.comments.append(read_comment(child))
    return item


def read_comment(element):
    values = children(element)
    return Comment(
        wp_id=to_int(values.get("wp:comment_id")),
        author=(values.get("wp:comment_author") or "").strip(),
        author_email=(values.get("wp:comment_author_email") or "").strip(),
        author_url=(values.get("wp:comment_author_url") or "").strip(),
        author_ip=(values.get("wp:comment_author_IP") or "").strip(),
        date_gmt=(values.get("wp:comment_date_gmt") or values.get("wp:comment_date") or "").strip(),
        content=values.get("wp:comment_content", ""),
        approved=(values.get("wp:comment_approved") or "").strip(),
        comment_type=(values.get("wp:comment_type") or "").strip(),
        parent=to_int(values.get("wp:comment_parent"), 0),
    )


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
                term_id = to_int(values.get("wp:term_id"))
                if term_id is not None:
                    export.category_ids[term_id] = slug
        elif name == "wp:author":
            values = children(child)
            login = values.get("wp:author_login", "").strip()
            if login:
                export.authors[login] = Author(
                    login=login,
                    wp_id=to_int(values.get("wp:author_id")),
                    display_name=values.get("wp:author_display_name", "").strip(),
                    email=values.get("wp:author_email", "").strip(),
                    first_name=values.get("wp:author_first_name", "").strip(),
                    last_name=values.get("wp:author_last_name", "").strip(),
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
