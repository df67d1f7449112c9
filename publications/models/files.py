"""A publication's files, one per language and version; format and size are read from the
document, so what a download costs is always shown truthfully."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from .. import languages
from .publication import PublicationPage


class PublicationFile(Orderable):
    """A downloadable file of a publication, in one language and version.

    Translations (wagtail-localize): files are neither translated (nothing in them is text)
    nor simply synchronised. Plain synchronisation would overwrite a translation's files
    with the source's on every sync, so a French edition could never carry a French PDF
    of its own; TranslatableMixin children would do the same (one translated row per
    source row, no additions). Instead a translation receives copies of the source's
    files, marked `from_source`, which each sync replaces, so a file added to or removed
    from the English page reaches every translation at its next sync; files added to
    the translation itself are not marked and no sync touches them.
    """

    FULL, LIGHT = "full", "light"
    VERSIONS = [(FULL, _("Full (print quality)")), (LIGHT, _("Light (for phones)"))]

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The file. Its format and size are read from it."),
    )
    language = models.CharField(
        max_length=8,
        default="en",
        validators=[languages.validate_language],
        help_text=_("The language the file is written in (any language, not only the site's)."),
    )
    version = models.CharField(
        max_length=10,
        choices=VERSIONS,
        default=FULL,
        help_text=_("A light version is a smaller file for readers on mobile data."),
    )
    page_count = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_("Number of pages. Read from a PDF when left empty; type it for other files."),
    )
    text = models.TextField(
        blank=True, editable=False, help_text=_("Text read from the file, so search finds words inside it.")
    )
    read_from_document = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("The document the page count and text were read from; read again when it changes."),
    )
    from_source = models.BooleanField(
        default=False,
        editable=False,
        help_text=_("Copied from the page this one translates; replaced at each sync."),
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("language", widget=forms.Select(choices=languages.editor_choices)),
        FieldPanel("version"),
        FieldPanel("page_count"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("file")

    def needs_reading(self):
        """Whether the document is new to this file or replaced since it was read."""
        return bool(self.document_id) and self.document_id != self.read_from_document

    def read_document(self, already_read=None):
        """Reads the page count and text of a PDF when the file is new or its document was
        replaced, not at every save (publishing a page saves all its files). What was read
        is remembered in the row, so drafts, revisions and copies carry it too.

        `already_read` is the (page count, text) an earlier draft read from the same
        document, taken instead of reading the PDF again. A page count the editor typed for
        a new file is kept; a replaced document's count replaces the old one."""
        if not self.needs_reading():
            return
        if already_read is None:
            from ..pdf import read_pdf

            already_read = read_pdf(self.document)
        pages, text = already_read
        replaced = self.read_from_document is not None
        if pages is not None and (self.page_count is None or replaced):
            self.page_count = pages
        self.text = text
        self.read_from_document = self.document_id

    def save(self, *args, **kwargs):
        self.read_document()
        super().save(*args, **kwargs)

    @property
    def format(self):
        return self.document.file_extension.upper()

    @property
    def size(self):
        return self.document.get_file_size()

    @property
    def language_name(self):
        """The language's name in the reader's language, e.g. "Kirundi"."""
        return languages.reader_name(self.language)

    @property
    def language_label(self):
        """The language as every label names it: "Kirundi (<span lang="rn">Ikirundi</span>)"."""
        return languages.label_html(self.language)
