"""The database search backend, with each language stemmed by its own rules on PostgreSQL.

Wagtail's database backend keeps one index table for every backend and builds each row's
text-search vector with the single configuration of the backend that wrote it (Wagtail issue
9253): declaring one backend per language would have them overwrite each other's rows. So
this backend is one backend that chooses the configuration per object when indexing (a
French page is stemmed as French, an Arabic one as Arabic, Kiswahili with `simple`, which
PostgreSQL has no stemmer for) and per language when searching (`for_language`). Searches
are always limited to one language, so the query is stemmed the way its rows were.

Objects without a locale (images, documents, users in the admin) use SEARCH_CONFIG. A search
that names no language (the admin's, or `.search()` in code) asks in every configuration at
once, so it finds a French page by its French stem and an English one by its English stem.
On SQLite and other databases this module hands over to Wagtail's own choice (FTS5 on
SQLite, normalised by `search/sqlite_backend.py`), which has no stemming to choose.

On PostgreSQL and SQLite alike, the text indexed and the words searched are first given one
spelling per word (`search/normalise.py`, through `search/normalised_search.py`), so accents,
apostrophes and the Arabic article, alef and hamza forms, taa marbuta, tatweel and harakat
match the same way on both databases.
"""

import copy
from collections import defaultdict

from django.conf import settings
from django.db import connection
from wagtail.search.backends import database
from wagtail.search.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from .normalised_search import NormalisingIndex, NormalisingQueryCompiler
from .title_norms import TitleNormsWithoutFullScan

# The query configuration of a search in no particular language.
ANY_LANGUAGE = "any language"


def search_config(language_code):
    """The PostgreSQL text-search configuration for a language ("simple" if it has none)."""
    return settings.AMANI_SEARCH_CONFIGS.get(language_code, "simple")


def all_configs():
    return sorted(set(settings.AMANI_SEARCH_CONFIGS.values()) | {"simple"})


class LocalisedPostgresSearchQueryCompiler(NormalisingQueryCompiler, PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.query_config

    def build_tsquery(self, query, config=None):
        """In no particular language: the query as each configuration reads it, any of them."""
        if config != ANY_LANGUAGE:
            return super().build_tsquery(query, config=config)
        combined = None
        for each in all_configs():
            tsquery = super().build_tsquery(query, config=each)
            combined = tsquery if combined is None else combined | tsquery
        return combined

    def _build_fuzzy_queryset(self, config, backend):
        return super()._build_fuzzy_queryset("simple" if config == ANY_LANGUAGE else config, backend)


class NormalisedPostgresAutocompleteQueryCompiler(
    NormalisingQueryCompiler, PostgresAutocompleteQueryCompiler
):
    pass


class LocalisedPostgresIndex(TitleNormsWithoutFullScan, PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with its own configuration."""
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for(obj)].append(obj)
        for config, group in by_config.items():
            index = copy.copy(self)
            index.backend = self.backend.with_config(config)
            super(LocalisedPostgresIndex, index).add_items(model, group)


class NormalisedPostgresIndex(NormalisingIndex, LocalisedPostgresIndex):
    pass


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    index_class = NormalisedPostgresIndex
    query_compiler_class = LocalisedPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = NormalisedPostgresAutocompleteQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.query_config = ANY_LANGUAGE
        self._language_codes = {}

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend

    def for_language(self, language_code):
        """This backend, searching with the configuration of `language_code`."""
        backend = copy.copy(self)
        backend.query_config = search_config(language_code)
        return backend

    def config_for(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return self.config
        if locale_id not in self._language_codes:
            from wagtail.models import Locale

            self._language_codes[locale_id] = (
                Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
            )
        return search_config(self._language_codes[locale_id])


def SearchBackend(params):  # noqa: N802 (Wagtail looks for this name in a backend module)
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor != "sqlite":
        return backend
    from .sqlite_backend import NormalisedSQLiteSearchBackend, SQLiteSearchBackend

    # Wagtail's fallback, without FTS5, has no index to normalise.
    return NormalisedSQLiteSearchBackend(params) if type(backend) is SQLiteSearchBackend else backend


def backend_for_language(language_code):
    """The default search backend, set to search in `language_code` where it can."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if hasattr(backend, "for_language"):
        return backend.for_language(language_code)
    return backend
