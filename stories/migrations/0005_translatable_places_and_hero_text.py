import uuid

import django.db.models.deletion
from django.db import migrations, models


def key_existing_places(apps, schema_editor):
    """Give every place its story's locale, and the same translation key to the places at
    the same position in a story and its translations (they were synchronised copies), so
    wagtail-localize matches them on the next sync. No town or country changes."""
    StoryPlace = apps.get_model("stories", "StoryPlace")
    places = StoryPlace.objects.select_related("page").order_by("page_id", "sort_order", "pk")
    position_in_page = {}
    for place in places:
        position = position_in_page.get(place.page_id, 0)
        position_in_page[place.page_id] = position + 1
        place.locale_id = place.page.locale_id
        place.translation_key = uuid.uuid5(uuid.NAMESPACE_URL, f"story-place:{place.page.translation_key}:{position}")
        place.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0004_storypage_featured"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="storypage",
            name="hero_alt",
            field=models.CharField(
                blank=True,
                help_text=(
                    "What the photo shows, for readers who cannot see it. Translated with the story; "
                    "leave empty to use the image's description."
                ),
                max_length=250,
                verbose_name="alternative text",
            ),
        ),
        migrations.AddField(
            model_name="storyplace",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="storyplace",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(key_existing_places, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="storyplace",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="storyplace",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="storyplace",
            unique_together={("translation_key", "locale")},
        ),
    ]
