"""Rich text fields that store only what `core.rich_text.clean_html` keeps.

Content reaches the database by many paths: the admin's forms, the WordPress import, the
demo loader, scripts, a revision being published, a translation being synced. Cleaning in
the field, on the way in, covers all of them, and pages render what is stored without
cleaning it again on every view.

- `SanitisedRichTextField` cleans in `get_db_prep_save` (save, bulk_create, update(),
  bulk_update) and in `value_to_string` (the copy Wagtail keeps in each revision, dumpdata).
  Lookups are left alone: a filter on "<b>" is not rewritten.
- `SanitisedStreamField` cleans in `get_prep_value`, which both the database write and the
  revision's copy go through (raw data given to update() is made a StreamValue first). It walks the JSON it writes with the field's own block
  definitions, so the HTML of every RichTextBlock is cleaned at any depth (a table's cells,
  a struct inside a list inside a stream), including the parts of a stream Wagtail writes
  back exactly as they were read or assigned (a StreamValue passes unread raw data on as
  it is, without asking its blocks).

Content stored before these fields existed is cleaned by each app's migration, which
re-saves its rows through them (`resave_rich_text`). Old revisions are not rewritten: one
reaches readers only when it is published, and publishing saves the page through these
fields. Before them, every revision came from the admin's editor, which makes nothing
outside its features, or from the WordPress import, which ran the same allowlist.
"""

from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField

from .rich_text import clean_html

RESAVE_BATCH = 200


class SanitisedRichTextField(RichTextField):
    """A RichTextField whose stored HTML holds only the allowed features."""

    def get_db_prep_save(self, value, connection):
        if value is not None:
            value = clean_html(str(value))
        return super().get_db_prep_save(value, connection)

    def value_to_string(self, obj):
        return clean_html(super().value_to_string(obj))


class SanitisedStreamField(StreamField):
    """A StreamField whose rich text blocks store only the allowed features."""

    def get_prep_value(self, value):
        prepared = super().get_prep_value(value)
        if isinstance(value, StreamValue) and isinstance(prepared, list):
            return clean_block_data(self.stream_block, prepared)
        return prepared  # a lookup's operand, or a stream kept as raw text

    def get_db_prep_save(self, value, connection):
        # update() may be given the stream's raw data (a list, JSON) rather than a StreamValue.
        if value is not None and not isinstance(value, StreamValue):
            value = self.to_python(value)
        return super().get_db_prep_save(value, connection)


def clean_block_data(block, data):
    """`data`, the stored (JSON) form of a value of `block`, with the HTML of every rich
    text block in it cleaned. Parts of an unknown shape are returned unchanged: Wagtail
    does not load them either."""
    if isinstance(block, blocks.RichTextBlock):
        return clean_html(data) if isinstance(data, str) else data
    if isinstance(block, blocks.BaseStreamBlock) and isinstance(data, list):
        return [_clean_stream_child(block, child) for child in data]
    if isinstance(block, blocks.BaseStructBlock) and isinstance(data, dict):
        return {
            name: clean_block_data(block.child_blocks[name], value) if name in block.child_blocks else value
            for name, value in data.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(data, list):
        return [_clean_list_item(block.child_block, item) for item in data]
    return data


def _clean_stream_child(stream_block, child):
    child_block = stream_block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
    if child_block is None or "value" not in child:
        return child
    return {**child, "value": clean_block_data(child_block, child["value"])}


def _clean_list_item(child_block, item):
    # A list stores {"type": "item", "value": ..., "id": ...}, or (before Wagtail 2.16) bare values.
    if isinstance(item, dict) and item.get("type") == "item" and "id" in item and "value" in item:
        return {**item, "value": clean_block_data(child_block, item["value"])}
    return clean_block_data(child_block, item)


def resave_rich_text(app_label, fields):
    """A data migration's function: every row of each model in `fields` (model name → field
    names) saved again through its sanitising fields, so what was stored before them is
    cleaned too. Only those columns are written."""

    def resave(apps, schema_editor):
        alias = schema_editor.connection.alias
        for model_name, field_names in fields.items():
            manager = apps.get_model(app_label, model_name)._base_manager.using(alias)
            pks = list(manager.order_by("pk").values_list("pk", flat=True))
            for start in range(0, len(pks), RESAVE_BATCH):
                for row in manager.filter(pk__in=pks[start : start + RESAVE_BATCH]).only(*field_names):
                    row.save(using=alias, update_fields=field_names)

    return resave
