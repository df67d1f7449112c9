"""Blocks of publications: the contents of a magazine edition and a report's findings."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ContentItemBlock(blocks.StructBlock):
    """One item in an edition's table of contents; the block type says what kind."""

    title = blocks.CharBlock(max_length=250, help_text=_("The item's title as printed."))
    contributors = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Who wrote, drew or spoke it. Leave empty to keep someone at risk anonymous."),
    )
    pages = blocks.CharBlock(required=False, max_length=20, help_text=_("Page range, e.g. '12–15'."))
    text = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Optional: a summary, or the whole poem or article."),
    )

    class Meta:
        template = "publications/blocks/content_item.html"


class EditionContentsBlock(blocks.StreamBlock):
    article = ContentItemBlock(icon="doc-full", label=_("Article"))
    artwork = ContentItemBlock(icon="image", label=_("Artwork"))
    poem = ContentItemBlock(icon="openquote", label=_("Poem"))
    profile = ContentItemBlock(icon="user", label=_("Profile"))
    interview = ContentItemBlock(icon="group", label=_("Interview"))


class FindingsBlock(blocks.StreamBlock):
    finding = blocks.TextBlock(label=_("Key finding"), help_text=_("One finding, in a sentence or two."))
    recommendation = blocks.TextBlock(
        label=_("Recommendation"), help_text=_("One recommendation: who should do what.")
    )
