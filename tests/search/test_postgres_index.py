"""On PostgreSQL the reader's match can be served by a GIN index, not a walk over every entry."""

import pytest
from django.db import connection

from search.backend import backend_for_language
from search.views import searchable_pages

MATCH = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body")'
pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's indexes")


def test_the_readers_match_can_use_the_title_and_body_gin_index(home_page, locales):
    results = backend_for_language("en").search(
        "peace women", searchable_pages(locales["en"]), operator="and"
    )
    sql = str(results[:1000].get_queryset().values_list("pk", flat=True).query)
    assert f"{MATCH} @@" in sql  # the expression the index is built on is the one Wagtail matches
    with connection.cursor() as cursor:
        # A test database is too small for the planner to prefer any index; forbidding the
        # sequential scan shows whether an index serves the expression at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT object_id FROM wagtailsearch_indexentry WHERE {MATCH} @@ "
            "to_tsquery('english', 'women & peace')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on amani_indexentry_title_body_gin" in plan, plan
