"""Search filters: the page type, then those the content apps register (search/registry.py).

The listings' facets (core/facets.py) each work on one model. Search results mix stories,
editions, reports and standard pages, whose themes and dates live in different tables, so
a search facet asks each page type its own facet and adds up the answers. Filtering goes
through page ids, since a search backend can only narrow a search by indexed fields (the
page id is one).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.facets import Facet

from . import registry


class PageTypeFacet(Facet):
    """Filter by page type, named by its model (`?type=storypage`): any type readers may find."""

    def __init__(self):
        super().__init__(param="type", label=_("Type"), field="content_type")

    def _models(self):
        return {model._meta.model_name: model for model in registry.site.page_models()}

    def parse(self, raw):
        value = super().parse(raw)
        return value if value in self._models() else None

    def apply(self, queryset, value):
        return queryset.filter(content_type=ContentType.objects.get_for_model(self._models()[value]))

    def counts_from(self, rows):
        counts = {}
        for content_type_id, n in super().counts_from(rows).items():
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
            if model is not None:
                counts[model._meta.model_name] = n
        return counts

    def labels(self, values):
        models = self._models()
        return {
            value: str(models[value]._meta.verbose_name).capitalize() for value in values if value in models
        }

    def sort_key(self, option):
        return (-option.count, option.label.casefold())


class AcrossPageTypes(Facet):
    """One filter made of a facet per page type, e.g. a story's `date` and a publication's
    `publication_date` for the year. Counts add up; a filter keeps the pages any type's
    facet accepts."""

    def __init__(self, facets_by_model):
        self.facets_by_model = facets_by_model
        self.first = next(iter(facets_by_model.values()))
        super().__init__(param=self.first.param, label=self.first.label, field=self.first.field)

    def parse(self, raw):
        return self.first.parse(raw)

    def _pages(self, model, queryset):
        return model.objects.filter(pk__in=queryset.values("pk"))

    def apply(self, queryset, value):
        kept = Q(pk__in=[])
        for model, facet in self.facets_by_model.items():
            kept |= Q(id__in=facet.apply(self._pages(model, queryset), value).values("pk"))
        return queryset.filter(kept)

    def count_queries(self, queryset):
        return [
            query
            for model, facet in self.facets_by_model.items()
            for query in facet.count_queries(self._pages(model, queryset))
        ]

    def counts_from(self, rows):
        return self.first.counts_from(rows)

    def labels(self, values):
        return self.first.labels(values)

    def sort_key(self, option):
        return self.first.sort_key(option)


def search_facets():
    """The type, then one filter per param the content apps registered, in their order."""
    return [PageTypeFacet()] + [
        AcrossPageTypes(facets_by_model) for facets_by_model in registry.site.facets_by_param().values()
    ]
