"""Blocks only stories use, added to the shared ones: participants, tables, code and
verse, galleries (the last three are also what imported WordPress content needs)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import GALLERY_ALIGNMENTS, AlignedValue, BaseStreamBlock, alignment_block

PARTICIPANT_GROUPS = [
    ("women", _("Women")),
    ("men", _("Men")),
    ("young_people", _("Young people")),
    ("persons_with_disabilities", _("Persons with disabilities")),
]


class ParticipantsStructValue(blocks.StructValue):
    def counts(self):
        """(label, number) for each group the editor filled in, in a fixed order."""
        return [(label, self.get(name)) for name, label in PARTICIPANT_GROUPS if self.get(name) is not None]

    def total_or_sum(self):
        """The total given, or the sum of women and men (the other groups overlap them)."""
        if self.get("total") is not None:
            return self.get("total")
        women, men = self.get("women"), self.get("men")
        if women is None and men is None:
            return None
        return (women or 0) + (men or 0)


class ParticipantsBlock(blocks.StructBlock):
    """Who took part: the counts trainings and meetings report ("30 activists, 25 women
    and 5 men"). Young people and persons with disabilities overlap the other groups."""

    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("e.g. 'Participants' or 'Who took part'.")
    )
    women = blocks.IntegerBlock(required=False, min_value=0, help_text=_("Number of women."))
    men = blocks.IntegerBlock(required=False, min_value=0, help_text=_("Number of men."))
    young_people = blocks.IntegerBlock(
        required=False, min_value=0, help_text=_("Young people among them, if counted.")
    )
    persons_with_disabilities = blocks.IntegerBlock(
        required=False, min_value=0, help_text=_("Persons with disabilities among them, if counted.")
    )
    total = blocks.IntegerBlock(
        required=False,
        min_value=0,
        help_text=_("Everyone who took part. Leave empty to add up women and men."),
    )
    note = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Who they were, e.g. 'community activists from Ciforo Sub County'."),
    )

    class Meta:
        icon = "group"
        template = "stories/blocks/participants.html"
        value_class = ParticipantsStructValue
        description = _("How many people took part, by group.")
        preview_value = {"women": 25, "men": 5, "total": 30, "note": "Community activists"}

    def clean(self, value):
        value = super().clean(value)
        women, men, total = value.get("women"), value.get("men"), value.get("total")
        if total is not None and (women or 0) + (men or 0) > total:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "total": ValidationError(_("The total is smaller than women and men together."))
                }
            )
        if all(value.get(name) is None for name, _label in PARTICIPANT_GROUPS) and total is None:
            raise blocks.StructBlockValidationError(
                block_errors={"total": ValidationError(_("Give at least one number."))}
            )
        return value


# Rich text inside a table cell: emphasis and links, nothing that would break the grid.
TABLE_CELL_FEATURES = ["bold", "italic", "link", "document-link"]


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(
        blocks.RichTextBlock(features=TABLE_CELL_FEATURES, help_text=_("One cell: text and links.")),
        help_text=_("The row's cells, from the start of the line (the right in Arabic)."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Row")


class TableBlock(blocks.StructBlock):
    """A table of figures or a schedule: rows of cells that may hold links, an optional
    row of column headings and a caption that says what it shows (read first by screen
    readers). Wide tables scroll sideways on a phone instead of shrinking."""

    caption = blocks.CharBlock(
        required=False, max_length=250, help_text=_("What the table shows, e.g. 'Participants by district'.")
    )
    header_row = blocks.BooleanBlock(
        required=False, default=True, help_text=_("The first row holds the column headings.")
    )
    rows = blocks.ListBlock(TableRowBlock(), help_text=_("The table's rows, from the top."))

    class Meta:
        icon = "table"
        template = "stories/blocks/table.html"
        description = _("A table with optional column headings, a caption and links in cells.")
        preview_value = {
            "caption": "Participants by district",
            "header_row": True,
            "rows": [
                {"cells": ["<p>District</p>", "<p>Women</p>"]},
                {"cells": ["<p>Adjumani</p>", "<p>25</p>"]},
            ],
        }


class PreformattedBlock(blocks.StructBlock):
    """Text whose line breaks and spacing are part of it: code, a poem, an address."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("code", _("Code")),
            ("preformatted", _("Preformatted text")),
            ("verse", _("Verse")),
        ],
        default="preformatted",
        help_text=_("Code is shown in a fixed-width font; verse keeps its lines in the text's font."),
    )
    text = blocks.TextBlock(help_text=_("Line breaks and spaces are kept as typed."))

    class Meta:
        icon = "code"
        template = "stories/blocks/preformatted.html"
        description = _("Code, preformatted text or verse, line breaks kept.")
        preview_value = {"kind": "verse", "text": "We are the daughters\nof the ones who stayed."}


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text=_("Photos lose their location data when uploaded."))
    alt_text = blocks.CharBlock(
        required=False, max_length=250, help_text=_("What the image shows, for people who cannot see it.")
    )
    caption = blocks.CharBlock(required=False, max_length=300, help_text=_("Shown under this image."))

    class Meta:
        icon = "image"
        label = _("Gallery image")


class GalleryBlock(blocks.StructBlock):
    """Several photos shown together in a grid, each with its own caption."""

    caption = blocks.CharBlock(
        required=False, max_length=300, help_text=_("About the whole gallery (optional).")
    )
    columns = blocks.IntegerBlock(
        default=3, min_value=1, max_value=4, help_text=_("Images per row on a wide screen (one on a phone).")
    )
    alignment = alignment_block(
        GALLERY_ALIGNMENTS, _("Wide and full width reach beyond the text on large screens.")
    )
    images = blocks.ListBlock(GalleryImageBlock(), min_num=1, help_text=_("The photos, in order."))

    class Meta:
        icon = "image"
        template = "stories/blocks/gallery.html"
        value_class = AlignedValue
        description = _("A grid of photos, each with its own caption.")


class StoryStreamBlock(BaseStreamBlock):
    participants = ParticipantsBlock()
    table = TableBlock()
    preformatted = PreformattedBlock()
    gallery = GalleryBlock()
