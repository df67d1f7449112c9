"""A GIN index on the search index's `title || body`, the expression Wagtail's PostgreSQL
backend matches against: without it PostgreSQL tests every index entry of the language's
pages one by one. PostgreSQL only; nothing happens on other databases."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS amani_indexentry_title_body_gin ON wagtailsearch_indexentry "
    'USING gin (("title" || "body"))',
    # The planner needs statistics on the new expression before it picks the index.
    "ANALYZE wagtailsearch_indexentry",
)
DROP = ("DROP INDEX IF EXISTS amani_indexentry_title_body_gin",)


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
