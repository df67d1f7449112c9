"""Attachments: finding each file, checking it, and storing it as a Wagtail image or document.

A file is read from `--media-dir` (a copy of wp-content/uploads) when it is there, else
downloaded from the old site when that still answers (through download.py, which asks
only public addresses). Files are checked as the admin's
upload forms check them (core/forms.py): allowed extensions and sizes, images that
Pillow can read, documents whose first bytes match their extension. Images are saved
through the image model, so core/uploads.py strips their EXIF (GPS included) on the way.
"""

import io
import logging
import os
import re
import secrets
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

import filetype
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.forms import EXPECTED_SIGNATURES

from .download import Downloader, DownloadError

logger = logging.getLogger(__name__)

UPLOADS_MARKER = "wp-content/uploads/"
# WordPress's copies of an upload: resized (photo-300x200.jpg), scaled or rotated on upload
# (photo-scaled.jpg), edited in the media library (photo-e1634567890123.jpg), for high
# density screens (photo@2x.jpg).
SIZE_SUFFIX = re.compile(r"(?:-(?:\d+x\d+|scaled|rotated|e\d{10,13})|@\dx)+(?=\.[A-Za-z0-9]+$)")
# WordPress.com keeps uploads at the root of a files host (example.files.wordpress.com/2008/06/
# x.jpg); its image CDN and Jetpack's put the original host first (i0.wp.com/example.org/...).
FILES_HOST = re.compile(r"(^|\.)files\.wordpress\.com$")
IMAGE_CDN_HOST = re.compile(r"^i\d\.wp\.com$")
# A multisite network's old uploads address: /files/2021/11/photo.jpg.
MULTISITE_FILES = re.compile(r"/files/(\d{4}/\d{2}/.+)$")


class MediaError(Exception):
    """A file that could not be found, fetched or accepted; the message says which."""


@dataclass
class ImageRef:
    """What an image block needs from an imported attachment."""

    pk: int
    alt: str
    caption: str


def uploads_path(url_or_path):
    """'2021/11/photo.jpg' for any address or path of an upload, else ''.

    Self-hosted sites keep uploads below wp-content/uploads/, WordPress.com at the root of
    its files host; either may be behind an image CDN, with a query asking for a size
    (?w=300). The result is the path below the uploads folder, as `--media-dir` holds it."""
    text = (url_or_path or "").strip()
    if "://" in text or text.startswith("//"):
        parsed = urlparse(text if "://" in text else "https:" + text)
        host, path = (parsed.hostname or "").lower(), unquote(parsed.path)
        if IMAGE_CDN_HOST.match(host):
            inner_host, _, inner_path = path.lstrip("/").partition("/")
            host, path = inner_host.lower(), "/" + inner_path
        if UPLOADS_MARKER in path:
            return path.split(UPLOADS_MARKER, 1)[1].strip("/")
        if FILES_HOST.search(host):
            return path.strip("/")
        multisite = MULTISITE_FILES.search(path)
        return multisite.group(1) if multisite else ""
    path = unquote(text)
    if UPLOADS_MARKER in path:
        return path.split(UPLOADS_MARKER, 1)[1].strip("/")
    if path.startswith("/"):
        multisite = MULTISITE_FILES.search(path)
        return multisite.group(1) if multisite else ""
    return path.strip("/")


def lookup_key(url_or_path):
    """The key two addresses of the same upload share: its path, without a size suffix."""
    return SIZE_SUFFIX.sub("", uploads_path(url_or_path)).lower()


def extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


class MediaLibrary:
    """The export's attachments and the Wagtail objects made from them."""

    def __init__(self, attachments, media_dir=None, timeout=15, allowed_hosts=()):
        self.items = {item.wp_id: item for item in attachments if item.wp_id is not None}
        self.media_dir = Path(media_dir).resolve() if media_dir else None
        self.downloader = Downloader(
            timeout=timeout,
            allowed_hosts=allowed_hosts,
            max_bytes=max(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, settings.AMANI_DOCUMENT_MAX_UPLOAD_SIZE),
        )
        self.objects = {}  # wp id → Image or Document
        self.by_key = {}
        self.children = defaultdict(list)  # post id → ids of the images attached to it
        for item in self.items.values():
            for source in (item.attachment_url, item.meta.get("_wp_attached_file", ""), item.guid):
                key = lookup_key(source)
                if key:
                    self.by_key.setdefault(key, item.wp_id)
            if item.post_parent and self.kind_of(item) == "image":
                self.children[item.post_parent].append(item.wp_id)

    # Lookups used while converting content -------------------------------------------
    def file_name(self, item):
        return PurePosixPath(self.relative_path(item) or urlparse(item.attachment_url).path).name

    def relative_path(self, item):
        return uploads_path(item.meta.get("_wp_attached_file", "")) or uploads_path(item.attachment_url)

    def kind_of(self, item):
        ext = extension(self.file_name(item))
        if ext in getattr(settings, "WAGTAILIMAGES_EXTENSIONS", ["gif", "jpg", "jpeg", "png", "webp"]):
            return "image"
        if ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []:
            return "document"
        return None

    def image_for(self, attachment_id, src):
        """The imported image an <img> shows: by the attachment id WordPress put in its
        class, else by its address (any size WordPress made of it)."""
        wp_id = attachment_id if attachment_id in self.objects else self.by_key.get(lookup_key(src))
        obj = self.objects.get(wp_id)
        if obj is None or not isinstance(obj, get_image_model()):
            return None
        item = self.items.get(wp_id)
        alt = item.meta.get("_wp_attachment_image_alt", "") if item else ""
        return ImageRef(pk=obj.pk, alt=alt, caption=item.excerpt if item else "")

    def document_id_for(self, url):
        """The imported document a link to an upload (any of its addresses) leads to, or None."""
        key = lookup_key(url)
        obj = self.objects.get(self.by_key.get(key)) if key else None
        return obj.pk if obj is not None and isinstance(obj, get_document_model()) else None

    def image_id(self, attachment_id):
        obj = self.objects.get(attachment_id)
        return obj.pk if obj is not None and isinstance(obj, get_image_model()) else None

    # Reading files -------------------------------------------------------------------
    def read(self, item):
        """The attachment's bytes: from the media folder, else from the old site."""
        reasons = []
        relative = self.relative_path(item)
        if self.media_dir is not None and relative:
            path = (self.media_dir / relative).resolve()
            if not path.is_relative_to(self.media_dir):
                raise MediaError(f"refused path outside the media folder: {relative}")
            if path.is_file():
                return path.read_bytes()
            reasons.append(f"not in the media folder ({relative})")
        url = item.attachment_url or item.guid
        if urlparse(url).scheme in ("http", "https"):
            return self.download(url, reasons)
        reasons.append("no address to download it from")
        raise MediaError("; ".join(reasons))

    def download(self, url, reasons):
        try:
            return self.downloader.get(url)
        except DownloadError as error:
            reasons.append(str(error))
        raise MediaError("; ".join(reasons))

    # Storing -------------------------------------------------------------------------
    def store(self, item, data, existing=None, collection=None, private=False):
        """A new (or, given `existing`, refreshed) image or document holding `data`.

        A `private` image is stored under a random name: Wagtail serves image files to
        anyone who has their address, so it must not be one that can be guessed from the
        old site's (private_files.py)."""
        name = self.file_name(item) or f"attachment-{item.wp_id}"
        title = (item.title or os.path.splitext(name)[0])[:255]
        kind = self.kind_of(item)
        if kind == "image":
            check_image(data, name)
            if private:
                name = f"{secrets.token_hex(16)}.{extension(name)}"
            model = get_image_model()
            obj = existing if isinstance(existing, model) else model()
            obj.title = title
            if collection is not None:
                obj.collection = collection
            obj.description = " ".join((item.meta.get("_wp_attachment_image_alt") or "").split())[:255]
            obj.file = ImageFile(io.BytesIO(data), name=name)
            obj.save()
            return obj
        if kind == "document":
            check_document(data, name)
            model = get_document_model()
            obj = existing if isinstance(existing, model) else model()
            obj.title = title
            if collection is not None:
                obj.collection = collection
            obj.file = ContentFile(data, name=name)
            obj._set_document_file_metadata()
            obj.save()
            return obj
        raise MediaError(f".{extension(name) or '?'} files are not accepted as images or documents ({name})")


def check_image(data, name):
    if len(data) > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
        raise MediaError(f"{name} is larger than the image limit")
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            picture.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise MediaError(f"{name} is not a readable image ({error})") from None


def check_document(data, name):
    if len(data) > settings.AMANI_DOCUMENT_MAX_UPLOAD_SIZE:
        raise MediaError(f"{name} is larger than the document limit")
    expected = EXPECTED_SIGNATURES.get(extension(name))
    if expected is not None:
        kind = filetype.guess(data[:8192])
        if kind is None or kind.extension not in expected:
            raise MediaError(f"{name}'s content is not a .{extension(name)} file")
