"""Reading PDFs: their page count and text, for readers and search."""

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)


def read_pdf(document):
    """(page count, text) of a Wagtail document if it is a PDF, else (None, "").

    A damaged file is logged and treated as having no pages we can count: the upload
    itself is kept, and an editor can type the page count.
    """
    if document.file_extension.lower() != "pdf":
        return None, ""
    try:
        with document.open_file() as handle:
            reader = PdfReader(io.BytesIO(handle.read()))
            text = "\n".join(page.extract_text() or "" for page in reader.pages)
            return len(reader.pages), text.strip()
    except (PdfReadError, OSError, ValueError) as error:
        logger.warning("Could not read PDF %s (document %s): %s", document.file.name, document.pk, error)
        return None, ""
