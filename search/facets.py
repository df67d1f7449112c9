"""Search filters: the page type, then those the content apps register (search/registry.py).

The listings' facets (core/facets.py) each work on one model. Search results mix stories,
editions, reports and standard pages, whose themes and dates live in different tables, so
a search facet asks each page type its own facet and adds up the answers. Filtering goes
through page ids, since a search backend can only narrow a search by indexed fields (the
page id is one).
"""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
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

    def counts(self, queryset):
        rows = queryset.order_by().values("content_type").annotate(n=Count("pk"))
        counts = {}
        for row in rows:
            model = ContentType.objects.get_for_id(row["content_type"]).model_class()
            if model is not None:
                counts[model._meta.model_name] = row["n"]
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

    def apply(self, queryset, value):
        ids = []
        for model, facet in self.facets_by_model.items():
            pages = model.objects.filter(pk__in=queryset.values("pk"))
            ids += facet.apply(pages, value).values_list("pk", flat=True)
        return queryset.filter(id__in=ids)

    def counts(self, queryset):
        total = Counter()
        for model, facet in self.facets_by_model.items():
            total.update(facet.counts(model.objects.filter(pk__in=queryset.values("pk"))))
        return dict(total)

    def labels(self, values):
        return self.first.labels(values)

    def sort_key(self, option):
        return self.first.sort_key(option)


def search_facets():
    """The type, then one filter per param the content apps registered, in their order."""
    return [PageTypeFacet()] + [
        AcrossPageTypes(facets_by_model) for facets_by_model in registry.site.facets_by_param().values()
    ]
