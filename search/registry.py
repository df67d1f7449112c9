"""What the reader's search may find and filter, as the content apps declare it.

`search/` sits below the content apps (docs/architecture.md), so it cannot import their
models. Each app tells it instead, from its AppConfig.ready(), which page models readers may
find, the filters each model contributes, and which listing to suggest when a search finds
nothing. Search asks `site` on every request, so a new content type becomes searchable
and filterable with no change in `search/`:

    from search import registry
    registry.site.register(StoryPage, facets=[YearFacet(param="year", label=_("Year"), field="date")])

Apps' ready() run in INSTALLED_APPS order, which is the order of registration.
"""

from wagtail.models import get_page_models


class SearchRegistry:
    def __init__(self):
        self._models = []
        # {param: {model: facet}}, both in the order they were first registered.
        self._facets = {}
        self._listing_when_nothing_found = None

    def register(self, model, facets=()):
        """Let readers find pages of `model` and of its subclasses, filtered by `facets`
        (core/facets.py objects working on `model`). Facets of several models that share a
        param make one filter: its counts add up, and it keeps the pages any of them
        accepts; its label is that of the first registered."""
        if model not in self._models:
            self._models.append(model)
        for facet in facets:
            self._facets.setdefault(facet.param, {})[model] = facet

    def suggest_when_nothing_found(self, model):
        """Link to the live page of `model` in the reader's language (the search page
        calls it the library of publications) when a search finds nothing."""
        self._listing_when_nothing_found = model

    def page_models(self):
        """Every page model readers may find: the registered ones and their subclasses."""
        registered = tuple(self._models)
        return [model for model in get_page_models() if issubclass(model, registered)]

    def facets_by_param(self):
        """{param: {model: facet}} in registration order."""
        return {param: dict(by_model) for param, by_model in self._facets.items()}

    def listing_when_nothing_found(self):
        return self._listing_when_nothing_found


# The site's one registry, filled by the content apps' AppConfig.ready().
site = SearchRegistry()
