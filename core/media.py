"""Uploads served by Django itself, for a site with no web server or object storage in front.

`SERVE_MEDIA=true` (and DEBUG) route `/media/` here. Files are answered by whitenoise's
file responder, the one that serves static files: content type from the extension,
ETag and Last-Modified, conditional GET and single byte ranges (206), so a reader on a
broken mobile connection resumes a large download instead of starting again.

What a file may do in the browser is what a document may do (core/security.py): only the
image types the site shows are inline, everything else is an attachment; the sandboxed
policy and nosniff come with every answer. Renditions (`images/`) are never rewritten
under the same name, so browsers keep them for a year; originals can be replaced or
deleted (a photo that puts someone at risk), so they are kept an hour.

`documents/` is not served here: Wagtail serves documents through `/documents/`, where
private collections are enforced. That view gets the same range support
(`serve_document`).
"""

import os
import posixpath
from email.utils import parsedate

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.utils._os import safe_join
from wagtail.documents.views.serve import serve as wagtail_serve_document
from whitenoise.media_types import MediaTypes
from whitenoise.middleware import WhiteNoiseFileResponse
from whitenoise.responders import StaticFile

# Shown in place; anything else (SVG included, it can carry script) downloads.
INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"}
RENDITION_MAX_AGE = 365 * 24 * 60 * 60
ORIGINAL_MAX_AGE = 60 * 60
# Folders never answered under /media/ (served elsewhere with their own checks).
PRIVATE_FOLDERS = ("documents/",)

MEDIA_TYPES = MediaTypes()


def _content_type(path):
    media_type = MEDIA_TYPES.get_type(path)
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


def media_headers(path, relative):
    """The headers a stored file is served with; `relative` is its name inside MEDIA_ROOT."""
    content_type = _content_type(path)
    if relative.startswith("images/"):
        cache_control = f"public, max-age={RENDITION_MAX_AGE}, immutable"
    else:
        cache_control = f"public, max-age={ORIGINAL_MAX_AGE}"
    headers = [
        ("Content-Type", content_type),
        ("Cache-Control", cache_control),
        ("X-Content-Type-Options", "nosniff"),
    ]
    if content_type not in INLINE_TYPES:
        headers.append(("Content-Disposition", "attachment"))
    return headers


def ranged_response(request, path, headers):
    """`path` answered with `headers` by whitenoise: 200, 206 for a byte range, 304, 416.

    Whitenoise does not read If-Range: when it names another version of the file, the
    whole file is sent, as RFC 9110 asks, rather than a piece of the new one.
    """
    static_file = StaticFile(path, headers)
    meta = request.META
    if_range = meta.get("HTTP_IF_RANGE")
    if (
        if_range is not None
        and if_range != static_file.etag
        and parsedate(if_range) != static_file.last_modified
    ):
        meta = {key: value for key, value in meta.items() if key != "HTTP_RANGE"}
    answer = static_file.get_response(request.method, meta)
    response = WhiteNoiseFileResponse(answer.file or (), status=int(answer.status))
    del response["Content-Type"]
    for name, value in answer.headers:
        response[name] = value
    response["Accept-Ranges"] = "bytes"
    return response


def serve_media(request, path):
    """A file from MEDIA_ROOT, or 404 (also for folders, private folders and `..`)."""
    relative = posixpath.normpath(path).lstrip("/")
    if relative != path or relative.startswith(PRIVATE_FOLDERS):
        raise Http404("No such file")
    try:
        full_path = safe_join(settings.MEDIA_ROOT, relative)
    except SuspiciousFileOperation as error:
        raise Http404("No such file") from error
    if not os.path.isfile(full_path):
        raise Http404("No such file")
    return ranged_response(request, full_path, media_headers(full_path, relative))


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (privacy, signals, ETag), with byte ranges for files on disk."""
    response = wagtail_serve_document(request, document_id, document_filename)
    if response.status_code != 200 or not isinstance(response, FileResponse):
        return response
    path = getattr(response.file_to_stream, "name", None)
    if not isinstance(path, str) or not os.path.isfile(path):
        return response  # remote storage: the whole file, as before
    if "HTTP_RANGE" not in request.META:
        response["Accept-Ranges"] = "bytes"
        return response
    kept = ("Content-Type", "Content-Disposition", "Content-Security-Policy", "X-Content-Type-Options")
    headers = [
        (name, response[name]) for name in (*kept, "ETag", "Last-Modified") if response.has_header(name)
    ]
    # Only the file: closing the response would send request_finished, which closes the
    # request's database connection while middleware still needs it.
    response.file_to_stream.close()
    return ranged_response(request, path, headers)
