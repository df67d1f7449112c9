"""The StreamField blocks every page type shares.

Content apps add their own blocks on top (stories' participants block, the magazine's
contents items) by extending `BaseStreamBlock`, so editors meet the same blocks everywhere.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich text keeps to what the design styles; no raw HTML, no inline images in text.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


def newest_id(model):
    """The id of the newest image or document, which block previews show: the project
    ships no fixed one. None in an empty library."""
    newest = model.objects.order_by("-created_at").only("pk").first()
    return newest.pk if newest else None


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, help_text=_("The heading's words, short and plain."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
        help_text=_("Level 2 starts a section; level 3 sits inside one."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = _("A section heading that also structures the page for screen readers.")
        preview_value = {"text": "Key recommendations", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("help_text", _("Body text: paragraphs, lists, links and small headings."))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        description = _("Paragraphs of text with lists and links.")
        preview_value = (
            "<p>The Peace Centre trained 30 community activists from Ciforo Sub County "
            "and Agojo Refugee Settlement in Adjumani District.</p>"
        )


# Where an image sits against the text. Start and end, not left and right: the same
# choice puts an image on the reading side in every language, right-to-left included.
IMAGE_ALIGNMENTS = [
    ("column", _("In the text column")),
    ("start", _("Beside the text, at the start")),
    ("end", _("Beside the text, at the end")),
    ("wide", _("Wide")),
    ("full", _("Full width")),
]
# A gallery is a grid: it may grow wider than the text, never sit beside it.
GALLERY_ALIGNMENTS = [choice for choice in IMAGE_ALIGNMENTS if choice[0] not in ("start", "end")]


def alignment_block(choices, help_text):
    """The alignment choice of an image or a gallery; "column" is what content saved
    before the choice existed shows."""
    return blocks.ChoiceBlock(choices=choices, default="column", required=False, help_text=help_text)


# The width a browser should pick a file for, per alignment: beside the text an image
# takes under half the column, wide and full reach towards the page's width.
ALIGNMENT_SIZES = {
    "column": "(min-width: 48em) 45rem, 100vw",
    "start": "(min-width: 40em) 20rem, 100vw",
    "end": "(min-width: 40em) 20rem, 100vw",
    "wide": "(min-width: 48em) 60rem, 100vw",
    "full": "(min-width: 48em) 70rem, 100vw",
}


class AlignedValue(blocks.StructValue):
    def placement(self):
        """The alignment, "column" for content saved before it could be chosen."""
        alignment = self.get("alignment")
        return alignment if alignment in ALIGNMENT_SIZES else "column"

    def sizes(self):
        return ALIGNMENT_SIZES[self.placement()]


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text=_("Photos lose their location data when uploaded."))
    alignment = alignment_block(
        IMAGE_ALIGNMENTS,
        _(
            "Beside the text: the image takes under half the column and the text flows "
            "around it (on a phone it is as wide as the text). Wide and full width reach "
            "beyond the text on large screens."
        ),
    )
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_(
            "What the image shows, for people who cannot see it. "
            "Leave empty only if the caption already says it."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=300, help_text=_("Shown under the image."))
    credit = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Photographer or source. Never name someone at risk without consent."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        value_class = AlignedValue
        description = _("A photo with a caption and credit, sized for every screen.")

    def get_preview_value(self):
        from wagtail.images import get_image_model

        return self.to_python(
            {"image": newest_id(get_image_model()), "caption": _("A caption"), "credit": _("Credit")}
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(required=False, max_length=120, help_text=_("Who said it (optional)."))
    role = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Their role or organisation, e.g. 'Women human rights defender'."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A highlighted quotation with its speaker.")
        preview_value = {
            "text": "Shaping peace is everyone's responsibility.",
            "attribution": "Youth Peace Ambassador",
            "role": "Kampala",
        }


class EmbedBlock(blocks.StructBlock):
    """A video or post from another site, shown as a link rather than a player.

    A player would load the other site's scripts and trackers on every view, costing
    readers data and revealing what they read; a link lets each reader choose.
    """

    url = blocks.URLBlock(help_text=_("Address of the video, audio or post, e.g. on YouTube."))
    title = blocks.CharBlock(max_length=200, help_text=_("What the reader will find there."))
    description = blocks.TextBlock(
        required=False, help_text=_("Optional: length, language or why it is worth opening.")
    )

    class Meta:
        icon = "media"
        template = "blocks/embed.html"
        description = _("A link card to a video or post on another site, without its tracking.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=example",
            "title": "Launch of the Feminist Peace Series, 2nd edition",
            "description": "Recording of the virtual launch, 1 hour 30 minutes.",
        }


class LinkTargetBlock(blocks.StructBlock):
    """An internal page or an external address: shared by every block that links out."""

    page = blocks.PageChooserBlock(
        required=False, help_text=_("A page of this site. Takes priority over the address.")
    )
    url = blocks.URLBlock(required=False, help_text=_("Or an address on another site."))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text=_("A short invitation."))
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences of detail."))
    button_label = blocks.CharBlock(
        max_length=60, help_text=_("What the button does, e.g. 'Read the report'.")
    )
    link = LinkTargetBlock(help_text=_("Where the button goes."))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        description = _("A highlighted box inviting readers to act.")
        preview_value = {
            "heading": "Join the Feminist Peace Series",
            "text": "We welcome articles, poems and artwork for the next edition.",
            "button_label": "Send a contribution",
            "link": {"url": "https://example.org/contribute"},
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text=_("The file to offer for download."))
    label = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Link text. Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link.html"
        description = _("A download link that shows the file's format and size first.")

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        return self.to_python({"document": newest_id(get_document_model()), "label": ""})


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text=_("Full name as they wish to be named."))
    role = blocks.CharBlock(required=False, max_length=200, help_text=_("Role or title."))
    organisation = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Their organisation, if any.")
    )

    class Meta:
        icon = "user"


class PeopleListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("e.g. 'Panellists' or 'Speakers'.")
    )
    people = blocks.ListBlock(PersonBlock(), help_text=_("In the order they should appear."))

    class Meta:
        icon = "group"
        template = "blocks/people_list.html"
        description = _("A panel of speakers or team: name, role and organisation.")
        preview_value = {
            "heading": "Panellists",
            "people": [
                {
                    "name": "Caecilia Wijgers",
                    "role": "Ambassador of the Netherlands to Afghanistan",
                    "organisation": "",
                },
                {
                    "name": "Sandra Tumwesigye",
                    "role": "Communication & Advocacy coordinator",
                    "organisation": "Women's International Peace Centre",
                },
            ],
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers. Subclass to add an app's own blocks."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    embed = EmbedBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    people = PeopleListBlock()
