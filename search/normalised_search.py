"""Wagtail's database search with `search.normalise` applied to what it indexes and to what
it is asked, so the index and the query always hold the same spelling of a word.

Wagtail's indexers read an object's text through its search fields (`field.get_value(obj)`)
inside `add_items`, and build the query from the compiler's `query`. Both are reached here
without copying Wagtail's code: `NormalisingIndex.add_items` hands Wagtail each object behind
a thin stand-in whose search fields return normalised text, and `NormalisingQueryCompiler`
normalises the query's words before Wagtail turns them into SQL. The stored objects are never
changed, so pages show (and `search.query.highlight` marks) their own text. The normalised
SQLite backend is in `search/sqlite_backend.py`.
"""

import copy

from wagtail.search.index import RelatedFields
from wagtail.search.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from .normalise import normalise, normalise_value


class _ForIndexing:
    """`obj` as Wagtail's indexer reads it: the same object, with normalising search fields."""

    def __init__(self, obj, search_fields):
        self._obj = obj
        self._search_fields = search_fields

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def get_search_fields(self):
        return self._search_fields


def _unwrapped(obj):
    return obj._obj if isinstance(obj, _ForIndexing) else obj


def normalising_field(field):
    """A copy of the search field `field` whose value is normalised text (for a related
    field, whose sub-fields' values are)."""
    normalising = copy.copy(field)
    read = field.get_value
    if isinstance(field, RelatedFields):
        normalising.fields = [normalising_field(sub_field) for sub_field in field.fields]
        normalising.get_value = lambda obj: read(_unwrapped(obj))
    else:
        normalising.get_value = lambda obj: normalise_value(read(_unwrapped(obj)))
    return normalising


class NormalisingIndex:
    """An index mixin: objects are indexed with their text normalised."""

    def add_items(self, model, objs):
        fields_by_type = {}
        standing_in = []
        for obj in objs:
            kind = type(obj)
            if kind not in fields_by_type:
                fields_by_type[kind] = [normalising_field(field) for field in obj.get_search_fields()]
            standing_in.append(_ForIndexing(obj, fields_by_type[kind]))
        return super().add_items(model, standing_in)


def normalised_query(query):
    """`query` (Wagtail's query objects) with the words of every part normalised. A part that
    normalising would leave empty (only tatweel, say) keeps its words and finds nothing."""
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        normalised = copy.copy(query)
        normalised.query_string = normalise(query.query_string).strip() or query.query_string
        return normalised
    if isinstance(query, (Boost, Not)):
        normalised = copy.copy(query)
        normalised.subquery = normalised_query(query.subquery)
        return normalised
    if isinstance(query, (And, Or)):
        normalised = copy.copy(query)
        normalised.subqueries = [normalised_query(subquery) for subquery in query.subqueries]
        return normalised
    return query


class NormalisingQueryCompiler:
    """A query compiler mixin: the words searched for are normalised."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = normalised_query(self.query)
