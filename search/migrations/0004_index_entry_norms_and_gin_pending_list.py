"""Two indexes for the search index entries' costs on PostgreSQL (nothing happens on other
databases):

- a partial index on the entries whose title norm is still the default 1.0: after each write
  the entries just written are found through it, not by reading every entry
  (search/title_norms.py);
- the GIN index readers' searches match through (0001) keeps no pending list: with one, new
  entries wait in an unsorted list that every search reads in full until a vacuum merges
  it, which after a large import made each search read thousands of entries. Publishing is
  rare next to searching, so each write now updates the index at once."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS amani_indexentry_unnormalised_title ON wagtailsearch_indexentry "
    "(id) WHERE title_norm = 1.0",
    "ALTER INDEX amani_indexentry_title_body_gin SET (fastupdate = off)",
    "SELECT gin_clean_pending_list('amani_indexentry_title_body_gin'::regclass)",
)
DROP = (
    "ALTER INDEX amani_indexentry_title_body_gin RESET (fastupdate)",
    "DROP INDEX IF EXISTS amani_indexentry_unnormalised_title",
)


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("site_search", "0003_search_configurations_keep_stop_words")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
