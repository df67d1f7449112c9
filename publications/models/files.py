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

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._read_document_id = instance.__dict__.get("document_id")
        return instance

    def _stored_document_id(self):
        """The document this row had when it was read or last saved (None if new)."""
        if hasattr(self, "_read_document_id"):
            return self._read_document_id
        if self.pk is None:
            return None
        # Built from a revision's JSON (publishing): ask the database, not the PDF.
        return PublicationFile.objects.filter(pk=self.pk).values_list("document_id", flat=True).first()

    def save(self, *args, **kwargs):
        """Reads the page count and text of a PDF when the file is new or replaced, not at
        every save of the page (publishing a page saves all its files)."""
        stored = self._stored_document_id()
        if self.document_id and self.document_id != stored:
            from ..pdf import read_pdf

            pages, text = read_pdf(self.document)
            replaced = stored is not None
            if pages is not None and (self.page_count is None or replaced):
                self.page_count = pages
            if text or replaced:
                self.text = text
        super().save(*args, **kwargs)
        self._read_document_id = self.document_id

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
    def native_name(self):
        """The language's name in itself, e.g. "Ikirundi"."""
        return languages.native_name(self.language)

    @property
    def is_rtl(self):
        return languages.is_rtl(self.language)
