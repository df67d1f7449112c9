"""Admin upload forms that refuse files the site should not store or serve.

The first bytes must match the extension (a renamed executable is not a PDF); then the
content must be what the extension promises (core/document_checks.py).
"""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from core.document_checks import check_document

# What a file's first bytes may say it is, for each allowed extension that has a
# signature. Office and ebook formats are zip archives; old Office files OLE storage.
ZIP = {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}
EXPECTED_SIGNATURES = {
    "pdf": {"pdf"},
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
    "odp": ZIP,
    "epub": ZIP,
    "doc": {"doc", "xls", "ppt", "msi"},
    "xls": {"doc", "xls", "ppt", "msi"},
}


class SafeDocumentForm(BaseDocumentForm):
    """Checks size and content: a renamed executable is not a PDF."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "size"):
            return upload
        limit = settings.AMANI_DOCUMENT_MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise ValidationError(
                _("This file is %(size)s; files can be at most %(limit)s. Try a smaller or lighter version.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
            )
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        expected = EXPECTED_SIGNATURES.get(extension)
        if expected is not None:
            head = upload.read(8192)
            upload.seek(0)
            kind = filetype.guess(head)
            if kind is None or kind.extension not in expected:
                raise ValidationError(
                    _("This file's content is not a .%(extension)s file, so it was not accepted.")
                    % {"extension": extension}
                )
        if isinstance(upload, UploadedFile):  # a new file, not the one an edit keeps
            check_document(upload, extension)
        return upload
