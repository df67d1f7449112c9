"""Blocks only stories use, added to the shared ones."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import BaseStreamBlock

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


class StoryStreamBlock(BaseStreamBlock):
    participants = ParticipantsBlock()
