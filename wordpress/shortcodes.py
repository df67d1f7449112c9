"""WordPress shortcodes turned into plain HTML before the content becomes blocks.

WordPress expands shortcodes with PHP at render time, so an export holds them raw:
`[caption]` around an image, `[gallery ids="1,2"]`, `[embed]URL[/embed]` and whatever the
site's plugins added (`[contact-form-7 id="3"]`, `[vc_row]`...). The ones with a meaning
here become the HTML the block editor would have saved (a <figure>), which
`content.py` already understands; every other one is removed, keeping the text it wraps,
so no bracketed code ever reaches a page.

Brackets in prose ("[sic]", "[1]") are left alone: a bracketed word counts as a shortcode
only if it has attributes, closes itself, is closed later, or looks like a plugin's name.
"""

import html
import re

ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'\]]+))""")
CAPTION = re.compile(r"\[(caption|wp_caption)\b([^\]]*)\](.*?)\[/\1\]", re.S | re.I)
EMBED = re.compile(r"\[embed\b([^\]]*)\](.*?)\[/embed\]", re.S | re.I)
GALLERY = re.compile(r"\[gallery\b([^\]]*)\]", re.I)
ANY_TAG = re.compile(r"\[(/?)([A-Za-z][\w-]*)((?:\s[^\[\]]*)?)(/?)\]")
IMAGE_TAG = re.compile(r"<img\b[^>]*>", re.I)


def attributes(text):
    return {
        name.lower(): next(value for value in values if value is not None)
        for name, *values in ATTRIBUTE.findall(text or "")
    }


def expand(content, gallery_ids=(), removed=None):
    """`content` with shortcodes replaced by HTML or removed.

    `gallery_ids` are the attachments of the post, used by a [gallery] without `ids`
    (WordPress then shows every image attached to the post). The names of the shortcodes
    removed are appended to `removed`, for the report.
    """
    if "[" not in content:
        return content
    content = CAPTION.sub(_caption, content)
    content = EMBED.sub(_embed, content)
    content = GALLERY.sub(lambda match: _gallery(match, gallery_ids), content)
    return remove_unknown(content, removed)


def _caption(match):
    attrs = attributes(match.group(2))
    inner = match.group(3)
    images = IMAGE_TAG.findall(inner)
    if not images:
        return inner
    # The caption is what follows the image (newer exports) or the attribute (older ones).
    text = IMAGE_TAG.sub("", re.sub(r"</?a\b[^>]*>", "", inner)).strip() or attrs.get("caption", "")
    image = images[0]
    attachment = re.search(r"attachment_(\d+)", attrs.get("id", ""))
    if attachment and "data-wp-id" not in image:
        image = image[:4] + f' data-wp-id="{attachment.group(1)}"' + image[4:]
    align = html.escape(attrs.get("align", ""), quote=True)
    return f'\n\n<figure class="wp-caption {align}">{image}<figcaption>{text}</figcaption></figure>\n\n'


def _embed(match):
    url = html.escape(match.group(2).strip(), quote=True)
    return f'\n\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">{url}</div></figure>\n\n'


def _gallery(match, gallery_ids):
    attrs = attributes(match.group(1))
    ids = [part.strip() for part in attrs.get("ids", "").split(",") if part.strip().isdigit()]
    if not ids and not attrs.get("include"):
        ids = [str(wp_id) for wp_id in gallery_ids]
    ids = ids or [part.strip() for part in attrs.get("include", "").split(",") if part.strip().isdigit()]
    # data-caption-from-library: WordPress shows each attachment's own caption in a [gallery].
    images = "".join(
        f'<figure><img data-wp-id="{wp_id}" data-caption-from-library alt=""></figure>' for wp_id in ids
    )
    columns = attrs.get("columns", "3")
    columns = columns if columns.isdigit() else "3"
    return f'\n\n<figure class="wp-block-gallery columns-{columns}">{images}</figure>\n\n' if images else ""


def remove_unknown(content, removed=None):
    """Every remaining shortcode tag removed; the text between an opening and a closing
    tag stays. The opening tags' names are appended to `removed`."""
    closed = {name.lower() for name in re.findall(r"\[/([A-Za-z][\w-]*)\]", content)}

    def replace(match):
        closing, name, attrs, self_closing = match.groups()
        is_shortcode = (
            closing or self_closing or name.lower() in closed or "=" in attrs or "_" in name or "-" in name
        )
        if is_shortcode and not closing and removed is not None:
            removed.append(name.lower())
        return "" if is_shortcode else match.group(0)

    return ANY_TAG.sub(replace, content)
