"""Field shapes repeated across page types and snippets."""

from django.db import models


def optional_image(help_text):
    """An optional link to an image in the library; deleting the image empties it."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )
