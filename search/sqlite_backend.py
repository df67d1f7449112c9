"""Wagtail's SQLite (FTS5) backend with `search.normalise` applied: FTS5 itself only folds
case and Latin accents and splits words at apostrophes. A module of its own because Wagtail's
SQLite backend can only be imported where its FTS5 table's model exists, on SQLite."""

from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

from .normalised_search import NormalisingIndex, NormalisingQueryCompiler


class NormalisedSQLiteIndex(NormalisingIndex, SQLiteIndex):
    pass


class NormalisedSQLiteSearchQueryCompiler(NormalisingQueryCompiler, SQLiteSearchQueryCompiler):
    pass


class NormalisedSQLiteAutocompleteQueryCompiler(NormalisingQueryCompiler, SQLiteAutocompleteQueryCompiler):
    pass


class NormalisedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = NormalisedSQLiteIndex
    query_compiler_class = NormalisedSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = NormalisedSQLiteAutocompleteQueryCompiler
