"""English and French text-search configurations that index every word, stop words included
(`amani_english`, `amani_french`, named in AMANI_SEARCH_CONFIGS): PostgreSQL's own drop
words such as "about" and "des", so a page titled "About us" could not be found by its title
on PostgreSQL while SQLite, which has no stop words, found it. Each copies PostgreSQL's
configuration and stems with the same Snowball stemmer, without its stop-word list; Arabic
and `simple` have none already. PostgreSQL only; nothing happens on other databases.
Existing index rows are rebuilt by `manage.py update_index` (docs/search.md)."""

from django.db import migrations

LANGUAGES = ("english", "french")
WORD_TOKENS = "asciihword, asciiword, hword, hword_asciipart, hword_part, word"


def create_statements():
    for language in LANGUAGES:
        yield f"CREATE TEXT SEARCH DICTIONARY amani_{language}_stem (TEMPLATE = snowball, LANGUAGE = {language})"
        yield f"CREATE TEXT SEARCH CONFIGURATION amani_{language} (COPY = {language})"
        yield (
            f"ALTER TEXT SEARCH CONFIGURATION amani_{language} "
            f"ALTER MAPPING FOR {WORD_TOKENS} WITH amani_{language}_stem"
        )


def drop_statements():
    for language in LANGUAGES:
        yield f"DROP TEXT SEARCH CONFIGURATION IF EXISTS amani_{language}"
        yield f"DROP TEXT SEARCH DICTIONARY IF EXISTS amani_{language}_stem"


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements():
                schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("site_search", "0002_searches_without_results")]

    operations = [migrations.RunPython(run(create_statements), run(drop_statements))]
