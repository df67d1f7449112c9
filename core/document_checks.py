"""What a document's content must be for the extension it claims.

A file's first bytes say little about zip-based formats: any zip archive starts like a
.docx, and a web page renamed .txt starts like text. A browser or an office program that
trusts the content over the name can then run a script or a spreadsheet formula on a
reader's machine. So:

- office and ebook files must be the container their extension names: OOXML
  (.docx/.xlsx/.pptx) a `[Content_Types].xml` declaring that main part (a macro-enabled
  workbook renamed .xlsx is refused), ODF and EPUB a `mimetype` entry naming the format;
- .txt and .csv must be plain text, with no web page markup;
- .csv cells must not start with `=`, `+`, `-` or `@`, which spreadsheet programs run as
  formulas (a `-` or `+` before a plain number or phone number is fine).

Each check raises a ValidationError whose message says what to do.
"""

import csv
import io
import re
import zipfile

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

OOXML_MAIN_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
CONTAINER_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "epub": "application/epub+zip",
}
TEXT_EXTENSIONS = {"txt", "csv"}
# Entries read to check a container are small; a bigger one is not what it claims.
MAX_ENTRY_BYTES = 1024 * 1024

# Markup a browser runs or renders as a page wherever it appears in a file.
ACTIVE_MARKUP = re.compile(
    rb"<\s*(!doctype|html|head|body|script|iframe|frame|frameset|object|embed|svg|style|meta|link|base|form"
    rb"|img|title|\?xml|!--)(?=[\s/>]|$)",
    re.IGNORECASE,
)
# What the HTML sniffing standard takes for a page when a file starts with it.
LEADING_MARKUP = re.compile(rb"^\s*<\s*(a|b|p|br|h1|div|font|table)(?=[\s/>])", re.IGNORECASE)
# Control characters plain text does not hold (tab, newlines, form feed and DOS's
# end-of-file mark excepted).
BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
FORMULA_STARTS = ("=", "+", "-", "@")
# A signed number or telephone number: "-5", "+256 772 123456", "-1,250.50".
SIGNED_NUMBER = re.compile(r"^[+-][\d\s.,()/%+-]*$")


def check_document(upload, extension):
    """Raise ValidationError when `upload`'s content is not a .`extension` file."""
    if extension in OOXML_MAIN_TYPES:
        check_ooxml(upload, extension)
    elif extension in CONTAINER_MIMETYPES:
        check_container_mimetype(upload, extension)
    elif extension in TEXT_EXTENSIONS:
        text = check_plain_text(upload, extension)
        if extension == "csv":
            check_csv_cells(text)
    upload.seek(0)


def _not_this_container(extension):
    return ValidationError(
        _(
            "This file is not a real .%(extension)s document: it lacks the parts the program "
            "that makes such files writes, so it was not accepted. Save it again from that "
            "program (or as PDF) and upload it again."
        )
        % {"extension": extension},
        code="wrong_container",
    )


def _read_entry(archive, name):
    info = archive.getinfo(name)
    if info.file_size > MAX_ENTRY_BYTES:
        raise KeyError(name)
    return archive.read(info)


def check_ooxml(upload, extension):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            types = ElementTree.fromstring(_read_entry(archive, "[Content_Types].xml"))
            names = set(archive.namelist())
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise _not_this_container(extension) from error
    main_parts = [
        element.get("PartName", "").lstrip("/")
        for element in types
        if element.tag.rsplit("}", 1)[-1] == "Override"
        and element.get("ContentType") == OOXML_MAIN_TYPES[extension]
    ]
    if not any(part in names for part in main_parts):
        raise _not_this_container(extension)


def check_container_mimetype(upload, extension):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            declared = _read_entry(archive, "mimetype").decode("ascii").strip()
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError) as error:
        raise _not_this_container(extension) from error
    if declared != CONTAINER_MIMETYPES[extension]:
        raise _not_this_container(extension)


def decode_text(data):
    """`data` as text: UTF-8 or UTF-16 (by their byte-order marks), else a one-byte encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def check_plain_text(upload, extension):
    """The file's text, when it is plain text; raises ValidationError otherwise."""
    upload.seek(0)
    data = upload.read()
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        text = "\x00"
    if BINARY.search(text):
        raise ValidationError(
            _("This .%(extension)s file holds binary data, not plain text, so it was not accepted.")
            % {"extension": extension},
            code="binary_text",
        )
    ascii_text = text.encode("ascii", errors="replace")
    markup = ACTIVE_MARKUP.search(ascii_text) or LEADING_MARKUP.search(ascii_text)
    if markup:
        raise ValidationError(
            _(
                "This .%(extension)s file contains web page markup (%(markup)s), which a browser "
                "could run as a page, so it was not accepted. Upload plain text, or a PDF."
            )
            % {"extension": extension, "markup": "<" + markup.group(1).decode("ascii").lower()},
            code="markup_in_text",
        )
    return text


def check_csv_cells(text):
    """Refuse cells spreadsheet programs would run as formulas, naming the first one."""
    sample = text[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        for row_number, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            for column_number, cell in enumerate(row, start=1):
                if is_formula(cell):
                    raise ValidationError(
                        _(
                            "Row %(row)s, column %(column)s of this CSV file starts with “%(character)s”, "
                            "which spreadsheet programs run as a formula, so the file was not accepted. "
                            "Remove the formula or start the cell with an apostrophe ('), and upload "
                            "the file again."
                        )
                        % {"row": row_number, "column": column_number, "character": cell[0]},
                        code="formula_in_csv",
                    )
    except csv.Error as error:
        raise ValidationError(
            _("This CSV file cannot be read as a table (%(error)s), so it was not accepted.")
            % {"error": error},
            code="unreadable_csv",
        ) from error


def is_formula(cell):
    if not cell.startswith(FORMULA_STARTS):
        return False
    return not (cell[0] in "+-" and SIGNED_NUMBER.match(cell))
