"""Uploaded photos lose their metadata before they are stored.

A photo's EXIF can carry the GPS position where it was taken, the camera's serial number
and the time: enough to locate a defender. Originals are rewritten without any metadata
(orientation applied first, so nothing appears sideways); renditions are made from the
clean original, so they carry none either.

GIFs are rewritten too, every frame with its timing: a GIF can carry comments and XMP,
and bytes after its end (a script, an HTML page) that a browser sniffing the file would
run. Re-encoding keeps the pixels only.
"""

import hashlib
import io
import logging
import os

from django.core.files.base import ContentFile
from django.db.models.signals import pre_save
from PIL import Image as PILImage
from PIL import ImageOps, ImageSequence, UnidentifiedImageError
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)

# Pillow format → save options that write pixels only.
CLEAN_SAVE_OPTIONS = {
    "JPEG": {"quality": 92, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 92},
    "GIF": {"save_all": True, "comment": b""},
}
# What Pillow reads into `info` that carries metadata rather than pixels or timing.
GIF_METADATA = ("comment", "extension", "xmp", "exif", "icc_profile")


def strip_metadata(data):
    """`data` re-encoded without EXIF, XMP, IPTC or text chunks, orientation applied.

    Returns None for formats left as they are.
    """
    with PILImage.open(io.BytesIO(data)) as picture:
        image_format = picture.format
        if image_format not in CLEAN_SAVE_OPTIONS:
            return None
        if image_format == "GIF":
            return _clean_gif(picture)
        upright = ImageOps.exif_transpose(picture)
        upright.info = {}  # Pillow writes EXIF, XMP or ICC data only from here or save() arguments
        output = io.BytesIO()
        upright.save(output, image_format, **CLEAN_SAVE_OPTIONS[image_format])
        return output.getvalue()


def _clean_gif(picture):
    """Every frame re-encoded with its duration and the loop count; nothing else kept."""
    options = dict(CLEAN_SAVE_OPTIONS["GIF"])
    if getattr(picture, "n_frames", 1) > 1:
        options["duration"] = [frame.info.get("duration", 0) for frame in ImageSequence.Iterator(picture)]
        picture.seek(0)
    if "loop" in picture.info:
        options["loop"] = picture.info["loop"]
    for key in GIF_METADATA:
        picture.info.pop(key, None)
    output = io.BytesIO()
    picture.save(output, "GIF", **options)
    return output.getvalue()


def _clean_new_upload(sender, instance, **kwargs):
    upload = instance.file
    if not upload or getattr(upload, "_committed", True):
        return  # nothing new to store
    upload.seek(0)
    data = upload.read()
    try:
        clean = strip_metadata(data)
    except (UnidentifiedImageError, OSError, ValueError) as error:
        logger.warning("Could not strip metadata from %s: %s", upload.name, error)
        upload.seek(0)
        return
    if clean is None:
        upload.seek(0)
        return
    instance.file = ContentFile(clean, name=os.path.basename(upload.name))
    instance.file_size = len(clean)
    instance.file_hash = hashlib.sha1(clean).hexdigest()


def connect_signals():
    pre_save.connect(_clean_new_upload, sender=get_image_model(), dispatch_uid="amani-strip-image-metadata")
