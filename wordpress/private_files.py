"""Files of private and password-protected posts, kept where anonymous readers cannot fetch them.

WordPress served every upload from wp-content/uploads to anyone, a restricted post's
included. Here such a file goes into a collection of its own with a view restriction
(signed-in users only), so Wagtail's document view (`/documents/…`) refuses it to
anonymous readers; `/media/documents/` is never served (docs/deploy.md).

Wagtail checks no restriction on images: an image's original and renditions are plain
files at storage addresses. A restricted post's images are therefore stored under a
random name, so that no address can be guessed from the old WordPress one, and the report
says that anyone who is given such an address can still see the image.

A file is private when a restricted item uses it (attached to it, its featured image, or
shown or linked in its content) and no public item does: a photo a public post shows is
public already.
"""

import re

from wagtail.models import CollectionViewRestriction

from .media import lookup_key

PRIVATE_COLLECTION = "Files of private and password-protected posts"
# Where content names an attachment: wp-image-12 classes, block attributes ("id":12,
# "ids":[12,13]), data-id, [gallery ids="12,13"]; and the addresses of src and href.
ATTACHMENT_ID = re.compile(r'\bwp-image-(\d+)\b|"id":\s*(\d+)|\bdata-(?:wp-)?id="(\d+)"')
ID_LISTS = re.compile(r'"ids":\s*\[([\d,\s]*)\]|\bids\s*=\s*["\']([\d,\s]+)["\']')
ADDRESS = re.compile(r'\b(?:src|href)\s*=\s*["\']([^"\']+)["\']', re.I)


def attachments_used_by(item, media):
    """The ids of the attachments `item` is attached to, features or shows in its content."""
    used = set()
    thumbnail = item.meta.get("_thumbnail_id", "").strip()
    if thumbnail.isdigit():
        used.add(int(thumbnail))
    content = item.content or ""
    for match in ATTACHMENT_ID.finditer(content):
        used.add(int(next(group for group in match.groups() if group)))
    for match in ID_LISTS.finditer(content):
        used.update(int(part) for part in re.findall(r"\d+", match.group(1) or match.group(2)))
    for match in ADDRESS.finditer(content):
        wp_id = media.by_key.get(lookup_key(match.group(1)))
        if wp_id is not None:
            used.add(wp_id)
    return used & set(media.items)


def private_attachment_ids(items, media, restricted, public):
    """The attachments only restricted items use. `restricted(item)` and `public(item)`
    say which pages and posts readers may not see and which anyone may."""
    in_restricted, in_public = set(), set()
    for item in items:
        if restricted(item):
            in_restricted |= attachments_used_by(item, media)
        elif public(item):
            in_public |= attachments_used_by(item, media)
    by_id = {item.wp_id: item for item in items}
    for attachment in media.items.values():
        holder = by_id.get(attachment.post_parent)
        if holder is None:
            continue
        if restricted(holder):
            in_restricted.add(attachment.wp_id)
        elif public(holder):
            in_public.add(attachment.wp_id)
    return in_restricted - in_public


def private_collection(parent):
    """(collection, restored): the restricted collection under `parent`, made with its
    restriction if missing. `restored` is True when an earlier one had lost every
    restriction (an editor lifted it) and got its restriction back."""
    collection = parent.get_children().filter(name=PRIVATE_COLLECTION).first()
    restored = collection is not None
    if collection is None:
        collection = parent.add_child(name=PRIVATE_COLLECTION)
    elif collection.get_view_restrictions().exists():
        return collection, False
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection, restored
