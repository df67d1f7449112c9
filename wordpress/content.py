"""A WordPress post's HTML turned into the StreamField blocks of `home.blocks.BaseStreamBlock`.

WordPress content comes in two shapes: the classic editor's text (paragraphs separated by
blank lines, no <p>; WordPress adds them when it renders, "wpautop") and the block
editor's HTML between `<!-- wp:... -->` comments. Both become:

- headings → `heading` blocks (h1 and h2 a section, h3 to h6 a subsection);
- paragraphs and lists → `paragraph` rich text, reduced to the features the design has
  (home.blocks.RICH_TEXT_FEATURES) through Wagtail's own converter, then core/rich_text.py's
  allowlist: scripts, styles, frames and event handlers never get in;
- quotes → `quote` blocks;
- images (<img>, [caption]) → `image` blocks holding the imported Wagtail image, with
  WordPress's alignment: left and right are sides of the screen in WordPress, so they
  become the start or the end of the line by the post's direction (left is the start in
  English, the end in Arabic); wide and full stay; centred and unaligned images sit in
  the text column; an image beside the text comes before its paragraph, so the text
  flows around it;
- where the page type has them (stories): tables → `table` blocks (header row, caption,
  links in cells), <pre>, code and verse → `preformatted` blocks with their line breaks,
  galleries → one `gallery` block with each image's caption and its wide or full
  alignment (a gallery is never beside the text: one aligned left or right is a row of
  the report and sits in the text column); elsewhere tables become
  paragraphs (one per row, links kept), preformatted text a paragraph with its line
  breaks and galleries image blocks;
- sub- and superscripts, quotations, definition lists and lists that do not start at 1
  → their nearest rich-text form (inline.py);
- embeds (block editor embeds, [embed], frames of video sites, a video address alone on
  a line) → `embed` link cards, never a third-party player.

Whatever is left out (scripts, forms, frames of other sites, audio, unknown shortcodes, a
gallery repeated) is listed in `dropped`, what and why, for the report.

The output is StreamField's raw form (a list of {"type", "value"} dicts). Nothing here
queries the database: images are found through the `media` object the importer passes.
"""

import html
import re
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import Declaration, Doctype, ProcessingInstruction
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from core.rich_text import REMOVED_WITH_CONTENT, clean_html
from home.blocks import RICH_TEXT_FEATURES

from . import inline, shortcodes

# Elements whose content is never shown (iframes are looked at first: a video becomes a link).
DROPPED = REMOVED_WITH_CONTENT | {
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "link",
    "meta",
    "head",
    "title",
}
BLOCK_LEVEL = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "figure", "div", "table", "pre",
    "hr", "section", "article", "aside", "header", "footer", "main", "nav", "img", "iframe", "dl",
    "center", "address", "details", "video", "audio", "picture",
}  # fmt: skip
CONTAINERS = {"div", "section", "article", "aside", "header", "footer", "main", "nav", "center", "details"}
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
AUTOP_BLOCK_START = re.compile(
    r"^\s*(<(?:" + "|".join(sorted(BLOCK_LEVEL | DROPPED)) + r")\b|<!--)", re.I
)  # fmt: skip
TAG = re.compile(r"<[^>]*>")
ATTACHMENT_CLASS = re.compile(r"\bwp-image-(\d+)\b")
PRE_BLOCK = re.compile(r"<pre\b.*?</pre>", re.S | re.I)
COLUMNS_CLASS = re.compile(r"\bcolumns-(\d)\b")
BREAK = re.compile(r"<br\s*/?>", re.I)
ALIGNMENT_CLASS = re.compile(r"align(left|right|wide|full)")
# Where mark_alignments() notes an image's alignment; the image block's alignments that
# put an image beside the text.
ALIGNMENT_MARK = "data-amani-alignment"
BESIDE = ("start", "end")
LINK = re.compile(r'\bhref="([^"]*)"', re.I)
# Why an element is not imported, as the report says it.
DROP_REASONS = {
    "script": "scripts never run on the site",
    "style": "the site's own styles apply",
    "iframe": "frames of other sites are not shown (only video sites become link cards)",
    "object": "plugins are not shown",
    "embed": "plugins are not shown",
    "form": "forms are not imported (Amani has its own contact form page)",
    "input": "forms are not imported",
    "button": "forms are not imported",
    "select": "forms are not imported",
    "textarea": "forms are not imported",
    "svg": "inline drawings are not imported; upload the image instead",
    "math": "formulas are not imported",
    "audio": "audio and video files are not played on the site; upload or link them instead",
    "video": "audio and video files are not played on the site; upload or link them instead",
}
SHORTCODE_REASON = "a plugin's shortcode; its text, if any, was kept"
# Shortcodes whose content is media or a form: nothing of them stays.
SHORTCODE_REASONS = {
    "audio": "audio is not played on the site; upload or link the file instead",
    "video": "video files are not played on the site; upload or link the file instead",
    "playlist": "playlists are not played on the site",
    "contact-form-7": "forms are not imported (Amani has its own contact form page)",
    "contact-form": "forms are not imported (Amani has its own contact form page)",
    "gravityform": "forms are not imported (Amani has its own contact form page)",
    "wpforms": "forms are not imported (Amani has its own contact form page)",
}

# Sites WordPress turns a bare address into an embed for (a subset of its oEmbed list).
EMBED_PROVIDERS = {
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "youtube-nocookie.com": "YouTube",
    "vimeo.com": "Vimeo",
    "dailymotion.com": "Dailymotion",
    "soundcloud.com": "SoundCloud",
    "open.spotify.com": "Spotify",
    "twitter.com": "X (Twitter)",
    "x.com": "X (Twitter)",
    "flickr.com": "Flickr",
    "ted.com": "TED",
    "tiktok.com": "TikTok",
    "facebook.com": "Facebook",
    "instagram.com": "Instagram",
}
HEADING_MAX = 200
CAPTION_MAX = 300
ALT_MAX = 250
EMBED_TITLE_MAX = 200
ATTRIBUTION_MAX = 120

_converter = None


def rich_text_converter():
    """Wagtail's editor-HTML → database converter for the site's features, made once."""
    global _converter
    if _converter is None:
        _converter = EditorHTMLConverter(RICH_TEXT_FEATURES)
    return _converter


def autop(text):
    """WordPress's wpautop, simplified: blank lines separate paragraphs, single line
    breaks become <br>. Content that already has paragraphs or blocks is left alone, and
    so is preformatted text (its blank lines are its own)."""
    if "<p" in text or "<!-- wp:" in text:
        return text
    kept = []

    def keep(match):
        kept.append(match.group(0))
        return f'\n\n<pre data-kept="{len(kept) - 1}"></pre>\n\n'

    text = PRE_BLOCK.sub(keep, text.replace("\r\n", "\n").replace("\r", "\n"))
    chunks = re.split(r"\n\s*\n", text)
    output = []
    for chunk in chunks:
        chunk = chunk.strip()
        if not chunk:
            continue
        if AUTOP_BLOCK_START.match(chunk):
            output.append(chunk)
        else:
            output.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return re.sub(r'<pre data-kept="(\d+)"></pre>', lambda m: kept[int(m.group(1))], "\n".join(output))


def truncate(text, limit):
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:–-") + "…"


def plain_text(html_text):
    """The words of an HTML fragment, shortcodes and block comments left out."""
    if not (html_text or "").strip():
        return ""
    soup = BeautifulSoup(shortcodes.remove_unknown(html_text or ""), "html.parser")
    for element in soup.find_all(DROPPED):
        element.decompose()
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        comment.extract()
    return " ".join(soup.get_text(" ").split())


def embed_provider(url):
    """The provider's name if `url` is one WordPress would embed, else None."""
    try:
        parsed = urlparse(url.strip())
    except ValueError:
        return None
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return None
    host = parsed.netloc.lower().split(":")[0]
    for domain, name in EMBED_PROVIDERS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return None


def canonical_video_url(url):
    """A player address (youtube.com/embed/ID, player.vimeo.com/video/ID) as the page a
    reader can open."""
    parsed = urlparse(url if "//" not in url[:2] else "https:" + url)
    host = parsed.netloc.lower()
    youtube = re.match(r"^/embed/([\w-]+)", parsed.path)
    if "youtube" in host and youtube:
        return f"https://www.youtube.com/watch?v={youtube.group(1)}"
    vimeo = re.match(r"^/video/(\d+)", parsed.path)
    if host == "player.vimeo.com" and vimeo:
        return f"https://vimeo.com/{vimeo.group(1)}"
    if parsed.scheme == "http":
        return "https" + url[4:] if embed_provider(url) else url
    return url if parsed.scheme else "https:" + url


def bare_url(text):
    """`text` if it is nothing but one web address."""
    text = (text or "").strip()
    if text and " " not in text and re.match(r"^https?://\S+$", text):
        return text
    return None


class Converter:
    """Builds the blocks of one item. `media` answers `image_for(attachment_id, src)`
    with an object having `pk`, `alt` and `caption`, or None when the image was not
    imported; those are listed in `missing_images` for the report."""

    def __init__(self, media=None, site_url="", gallery_ids=(), blocks=(), rtl=False):
        self.media = media
        # The post's language is written right to left: WordPress's left is its line's end.
        self.rtl = rtl
        # The optional blocks the page type has: "table", "preformatted", "gallery".
        self.available = set(blocks)
        # The old site's own links, over http or https, with or without "www.".
        host_path = re.sub(r"^(https?:)?//(www\.)?", "", site_url.strip()).rstrip("/")
        self.old_links = (
            re.compile(r'href="(?:https?:)?//(?:www\.)?' + re.escape(host_path) + r'(/[^"]*)?"', re.I)
            if host_path
            else None
        )
        self.gallery_ids = gallery_ids
        self.blocks = []
        self.pending_rich = []
        self.missing_images = []
        self.dropped = []  # (what, why) of each element left out
        self.galleries = set()

    # Public entry point -------------------------------------------------------------
    def convert(self, content):
        removed = []
        text = shortcodes.expand(content or "", self.gallery_ids, removed)
        for name in removed:
            self.drop(f"[{name}]", SHORTCODE_REASONS.get(name, SHORTCODE_REASON))
        soup = BeautifulSoup(autop(text), "html.parser")
        for element in soup.find_all(DROPPED - {"iframe"}):  # frames of video sites become links
            if element.name in DROP_REASONS:
                self.drop(describe_element(element), DROP_REASONS[element.name])
            element.decompose()
        mark_alignments(soup)
        inline.rewrite(soup)
        self.walk(soup)
        self.flush()
        return self.blocks

    def drop(self, what, why):
        self.dropped.append((what, why))

    # Output helpers -----------------------------------------------------------------
    def add(self, block_type, value):
        self.flush()
        self.blocks.append({"type": block_type, "value": value})

    def add_rich(self, fragment):
        self.pending_rich.append(fragment)

    def flush(self):
        """Pending paragraphs and lists become one rich text block (one per run of text:
        fewer, larger blocks are what an editor would have made)."""
        if not self.pending_rich:
            return
        fragment = "".join(self.pending_rich)
        self.pending_rich = []
        rich = self.rich_text(fragment)
        if html.unescape(TAG.sub("", rich)).strip():
            self.blocks.append({"type": "paragraph", "value": rich})

    def rich_text(self, fragment):
        # Scripts and their text went in convert() (Wagtail's converter would keep the
        # text). Links to the old site become site-relative, so its redirects answer them.
        # Links to an imported file lead to the document itself: Wagtail's document view
        # checks its collection's privacy, and the old address of a restricted post's
        # file leads nowhere.
        if self.media is not None and hasattr(self.media, "document_id_for"):
            fragment = LINK.sub(self.document_link, fragment)
        if self.old_links is not None:
            fragment = self.old_links.sub(lambda match: f'href="{match.group(1) or "/"}"', fragment)
        return clean_html(rich_text_converter().to_database_format(fragment))

    def document_link(self, match):
        document_id = self.media.document_id_for(html.unescape(match.group(1)))
        if document_id is None:
            return match.group(0)
        return f'data-linktype="document" data-id="{document_id}"'

    # The walk ------------------------------------------------------------------------
    def walk(self, container):
        run = []
        for node in list(container.children):
            if isinstance(node, Comment | Doctype | Declaration | ProcessingInstruction):
                continue
            if isinstance(node, NavigableString) or (
                isinstance(node, Tag) and node.name not in BLOCK_LEVEL and node.name not in DROPPED
            ):
                run.append(node)
                continue
            self.inline_run(run)
            run = []
            self.element(node)
        self.inline_run(run)

    def inline_run(self, nodes):
        """Loose text and inline elements between blocks: one paragraph."""
        if not nodes:
            return
        wrapper = BeautifulSoup("<p></p>", "html.parser").p
        for node in nodes:
            wrapper.append(node.extract() if node.parent is not None else node)
        self.paragraph(wrapper)

    def element(self, tag):
        name = tag.name
        if name == "iframe":
            self.frame(tag)
        elif name in DROPPED or name == "hr":
            return
        elif name in HEADINGS:
            self.heading(tag)
        elif name == "p":
            self.paragraph(tag)
        elif name in ("ul", "ol", "dl"):
            images = self.take_images(tag)
            self.add_rich(str(tag))
            self.images(images)
        elif name == "blockquote":
            self.quote(tag)
        elif name == "figure":
            self.figure(tag)
        elif name in ("img", "picture"):
            self.images(self.take_images(tag) if name == "picture" else [tag])
        elif name == "table":
            self.table(tag)
        elif name == "pre":
            self.preformatted(tag)
        elif name in ("video", "audio"):
            source_tag = tag.find("source")
            source = tag.get("src") or (source_tag.get("src") if source_tag else "")
            if source and embed_provider(source):
                self.embed(source)
            else:
                self.drop(describe_element(tag), DROP_REASONS[name])
        else:  # containers and anything block-like we have no block for: their content
            self.walk(tag)

    def heading(self, tag):
        text = " ".join(tag.get_text(" ").split())
        if text:
            self.add("heading", {"text": truncate(text, HEADING_MAX), "level": HEADINGS[tag.name]})
        self.images(self.take_images(tag))

    def paragraph(self, tag):
        images = self.take_images(tag)
        beside = [image for image in images if self.placement(image.get(ALIGNMENT_MARK)) in BESIDE]
        images = [image for image in images if image not in beside]
        self.images(beside)
        frames = [frame.extract() for frame in tag.find_all("iframe")]
        # Block-level children a browser would have closed the paragraph for.
        nested = list(tag.find_all(BLOCK_LEVEL - {"img"}, recursive=False))
        for child in nested:
            child.extract()
        url = bare_url(tag.get_text())
        if url and embed_provider(url) and not tag.find("a", href=lambda href: href and href != url):
            self.embed(url)
        elif tag.get_text().strip():
            self.add_rich(str(tag))
        self.images(images)
        for frame in frames:
            self.frame(frame)
        for child in nested:
            self.element(child)

    def quote(self, tag):
        classes = " ".join(tag.get("class") or [])
        if "twitter-tweet" in classes or "instagram-media" in classes:
            links = [a.get("href") for a in tag.find_all("a") if embed_provider(a.get("href") or "")]
            if links:
                self.embed(links[-1])
                return
        cite = tag.find(["cite", "footer"])
        attribution = ""
        if cite is not None:
            attribution = " ".join(cite.get_text(" ").split()).lstrip("—–- ")
            cite.extract()
        images = self.take_images(tag)
        paragraphs = [" ".join(p.get_text(" ").split()) for p in tag.find_all("p")]
        text = "\n\n".join(p for p in paragraphs if p) or " ".join(tag.get_text(" ").split())
        if text:
            self.add(
                "quote", {"text": text, "attribution": truncate(attribution, ATTRIBUTION_MAX), "role": ""}
            )
        self.images(images)

    def figure(self, tag):
        classes = " ".join(tag.get("class") or [])
        caption_tag = tag.find("figcaption", recursive=False)
        caption = " ".join(caption_tag.get_text(" ").split()) if caption_tag else ""
        if caption_tag is not None:
            caption_tag.extract()
        if "wp-block-embed" in classes or tag.find("iframe"):
            url = self.embed_url_in(tag)
            if url:
                self.embed(url, title=caption)
                return
        if "wp-block-gallery" in classes or "gallery" in (tag.get("class") or []):
            self.gallery(tag, caption)
            return
        if tag.find("table") is not None and not tag.find("img"):
            self.table(tag.find("table"), caption)
            return
        if tag.find(["blockquote", "figure"]):  # a pull quote, or figures in a figure
            self.walk(tag)
            return
        images = self.take_images(tag)
        if images:
            self.image(images[0], caption)
            self.images(images[1:])
            return
        url = bare_url(tag.get_text())
        if url and embed_provider(url):
            self.embed(url, title=caption)
            return
        self.walk(tag)

    def table(self, tag, caption=""):
        """A table block: rows of rich-text cells (links kept), the first row as column
        headings when it is made of <th> or sits in <thead>, the caption from <caption>
        or the block editor's <figcaption>. Without a table block: a paragraph per row."""
        caption_tag = tag.find("caption")
        if caption_tag is not None:
            caption = caption or " ".join(caption_tag.get_text(" ").split())
            caption_tag.extract()
        images = self.take_images(tag)
        rows, header = [], False
        for row in tag.find_all("tr"):
            cells = row.find_all(["th", "td"], recursive=False)
            if not cells:
                continue
            if not rows:
                header = row.find_parent("thead") is not None or all(cell.name == "th" for cell in cells)
            rows.append([self.cell_html(cell) for cell in cells])
        rows = [row for row in rows if any(html.unescape(TAG.sub("", cell)).strip() for cell in row)]
        if rows and "table" in self.available:
            width = max(len(row) for row in rows)
            self.add(
                "table",
                {
                    "caption": truncate(caption, CAPTION_MAX),
                    "header_row": header,
                    "rows": [{"cells": row + ["<p></p>"] * (width - len(row))} for row in rows],
                },
            )
        elif rows:
            if caption:
                self.add_rich(f"<p><b>{html.escape(caption)}</b></p>")
            for row in rows:
                inner = " | ".join(re.sub(r"^<p>|</p>$", "", cell) for cell in row)
                self.add_rich(f"<p>{inner}</p>")
        self.images(images)

    def cell_html(self, cell):
        """A cell's content as the rich text of one cell: emphasis and links."""
        inner = "".join(str(child) for child in cell.contents)
        text = self.rich_text(f"<p>{inner}</p>")
        return text if text.startswith("<p>") else f"<p>{text}</p>"

    def preformatted(self, tag):
        """Code, preformatted text or verse, each line break kept: WordPress saves them as
        <pre> with <br> for the breaks typed in the editor."""
        classes = " ".join(tag.get("class") or [])
        if "wp-block-verse" in classes:
            kind = "verse"
        elif "wp-block-code" in classes or tag.find("code") is not None or "language-" in classes:
            kind = "code"
        else:
            kind = "preformatted"
        for br in tag.find_all("br"):
            br.replace_with("\n")
        text = tag.get_text().strip("\n")
        if not text.strip():
            return
        if "preformatted" in self.available:
            self.add("preformatted", {"kind": kind, "text": text})
        else:
            lines = "<br>".join(html.escape(line) for line in text.split("\n"))
            self.add_rich(f"<p>{lines}</p>")

    def frame(self, tag):
        src = (tag.get("src") or "").strip()
        if src and embed_provider(canonical_video_url(src)):
            self.embed(canonical_video_url(src), title=tag.get("title") or "")
        else:
            self.drop(describe_element(tag), DROP_REASONS["iframe"])

    # Images and embeds ----------------------------------------------------------------
    def take_images(self, tag):
        """The <img> elements inside `tag`, removed from it (rich text has no images),
        together with links that held nothing else."""
        images = []
        for image in tag.find_all("img"):
            holder = image.parent
            images.append(image.extract())
            if holder is not None and holder.name == "a" and not holder.get_text().strip():
                holder.decompose()
        return images

    def images(self, images):
        for image in images:
            self.image(image, "")

    def find_image(self, tag):
        """(imported image, alt text) for an <img>, or None (listed as missing)."""
        attachment_id = tag.get("data-wp-id") or tag.get("data-id")
        if not attachment_id:
            match = ATTACHMENT_CLASS.search(" ".join(tag.get("class") or []))
            attachment_id = match.group(1) if match else None
        src = tag.get("src") or ""
        attachment_id = int(attachment_id) if attachment_id and str(attachment_id).isdigit() else None
        found = self.media.image_for(attachment_id, src) if self.media else None
        if found is None:
            self.missing_images.append(src or f"attachment {attachment_id}")
            return None
        return found, " ".join((tag.get("alt") or found.alt or "").split())

    def image(self, tag, caption):
        result = self.find_image(tag)
        if result is None:
            return
        found, alt = result
        self.add(
            "image",
            {
                "image": found.pk,
                "alignment": self.placement(tag.get(ALIGNMENT_MARK)),
                "alt_text": truncate(alt, ALT_MAX),
                "caption": truncate(caption, CAPTION_MAX),
                "credit": "",
            },
        )

    def placement(self, alignment):
        """The image block's alignment for WordPress's: left and right are physical there,
        the start and end of the line here."""
        if alignment in ("left", "right"):
            return "start" if (alignment == "left") != self.rtl else "end"
        return alignment if alignment in ("wide", "full") else "column"

    def gallery(self, tag, caption):
        """One gallery block with each image once and its own caption: the one in the
        markup, else (a [gallery] shortcode) the attachment's caption in the library."""
        entries = []
        for image in tag.find_all("img"):
            holder = image.find_parent(["figure", "li", "dl"])
            own = holder.find(["figcaption", "dd"]) if holder is not None and holder is not tag else None
            text = " ".join(own.get_text(" ").split()) if own is not None else ""
            result = self.find_image(image)
            if result is None:
                continue
            found, alt = result
            if not text and image.has_attr("data-caption-from-library"):
                text = " ".join(inline_text(found.caption).split())
            entries.append(
                {
                    "image": found.pk,
                    "alt_text": truncate(alt, ALT_MAX),
                    "caption": truncate(text, CAPTION_MAX),
                }
            )
        if not entries:
            return
        key = tuple(entry["image"] for entry in entries)
        if key in self.galleries:
            self.drop(
                f"a gallery of {len(entries)} images", "the same gallery again in this post: imported once"
            )
            return
        self.galleries.add(key)
        placement = self.placement(alignment_of(tag))
        if "gallery" not in self.available:
            for entry in entries:
                self.add("image", {**entry, "alignment": placement, "credit": ""})
            return
        if placement in BESIDE:
            self.drop(
                f"a gallery of {len(entries)} images",
                f"its alignment ({alignment_of(tag)}) is not kept: a gallery is shown in the text "
                "column, wide or full width, never beside the text",
            )
            placement = "column"
        # A block gallery left at its default ("columns-default") shows up to 3 a row.
        columns = COLUMNS_CLASS.search(" ".join(tag.get("class") or []))
        self.add(
            "gallery",
            {
                "caption": truncate(caption, CAPTION_MAX),
                "columns": min(4, max(1, int(columns.group(1)))) if columns else min(3, len(entries)),
                "alignment": placement,
                "images": entries,
            },
        )

    def embed_url_in(self, tag):
        frame = tag.find("iframe")
        if frame is not None and frame.get("src"):
            return canonical_video_url(frame["src"])
        wrapper = tag.find(class_="wp-block-embed__wrapper") or tag
        url = bare_url(wrapper.get_text())
        if url:
            return url
        link = tag.find("a", href=True)
        return link["href"] if link is not None and bare_url(link["href"]) else None

    def embed(self, url, title=""):
        url = url.strip()
        short = re.sub(r"^https?://(www\.)?", "", url)
        title = " ".join((title or "").split()) or short
        self.add("embed", {"url": url, "title": truncate(title, EMBED_TITLE_MAX), "description": ""})


def alignment_of(tag):
    """'left', 'right', 'wide' or 'full' for an element WordPress aligned so, else ''.

    The classic editor and the block editor write a class (alignleft, alignwide...);
    older HTML an align attribute."""
    if not isinstance(tag, Tag):
        return ""
    for name in tag.get("class") or []:
        match = ALIGNMENT_CLASS.fullmatch(name)
        if match:
            return match.group(1)
    align = (tag.get("align") or "").strip().lower()
    return align if align in ("left", "right") else ""


def mark_alignments(soup):
    """Each image takes the alignment of the nearest aligned element around it (itself, a
    [caption] or block editor figure, a gallery), kept on it as ALIGNMENT_MARK: the walk
    takes images out of their paragraphs and figures before it makes their blocks."""
    for image in soup.find_all("img"):
        del image[ALIGNMENT_MARK]  # only the markup's alignment counts
    for element in soup.find_all(alignment_of):  # outer first: an inner alignment wins
        for image in [element] if element.name == "img" else element.find_all("img"):
            image[ALIGNMENT_MARK] = alignment_of(element)


def describe_element(tag):
    """How the report names an element: its tag and where it pointed, e.g.
    <iframe src="https://ads.example.com/banner">."""
    source = tag.get("src") or tag.get("data") or tag.get("action") or ""
    if not source and tag.find("source") is not None:
        source = tag.find("source").get("src") or ""
    return f'<{tag.name} src="{source[:200]}">' if source else f"<{tag.name}>"


def inline_text(text):
    """Plain text of a caption that may hold markup."""
    return BeautifulSoup(text or "", "html.parser").get_text(" ")
