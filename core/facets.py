"""Faceted filtering for listings (stories, the library, search): combinable filters kept
in the query string, each option with its count.

A value that does not parse, or names nothing, is ignored rather than failing: readers
follow old links and bots invent query strings. Counts for one facet are computed with
every *other* selected facet applied, so each count says how many results that choice
would give. Queries: one for the counts of every facet (`count_together`) plus one per
taxonomy facet for labels, on the first request for a listing after a change of content;
later requests read the counts from the cache (`core.cache.under_content_version`), keyed
by the listing's own SQL, its filters and the language, so two listings that differ in any
way never share counts.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db.models import CharField, Count, F, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils.translation import get_language

from core.cache import under_content_version
from core.text_input import clean_text

# Longer values name no filter; they are ignored, not cut into one that might.
MAX_VALUE_LENGTH = 100


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class FacetView:
    """One facet as a template shows it."""

    param: str
    label: str
    options: list[FacetOption]
    selected: str | None = None


@dataclass
class Facet:
    """A filter on one field. Subclasses say how values parse, filter and are counted."""

    param: str
    label: str
    field: str

    def parse(self, raw):
        """The cleaned value of `raw` (`clean_text`), or None if it is not one this facet
        accepts."""
        raw = clean_text(raw).strip()
        return raw if raw and len(raw) <= MAX_VALUE_LENGTH else None

    def apply(self, queryset, value):
        return queryset.filter(**{self.field: value})

    def counted(self):
        """The expression whose values are counted."""
        return F(self.field)

    def count_queries(self, queryset):
        """The counts over `queryset` as queries not yet run, of rows `(facet_value, n)`
        (the value as text): several facets' counts can then be read in one query
        (`count_together`). Rows of one value add up."""
        return [
            queryset.order_by()
            .prefetch_related(None)
            .annotate(facet_value=Cast(self.counted(), CharField()))
            .values("facet_value")
            .annotate(n=Count("pk", distinct=True))
        ]

    def counts_from(self, rows):
        """{value: count} from the rows of `count_queries`."""
        counts = Counter()
        for value, n in rows:
            if value not in (None, ""):
                counts[value] += n
        return dict(counts)

    def counts(self, queryset):
        """{value: count} over `queryset`."""
        return self.counts_from(count_together(self.count_queries(queryset))[0])

    def labels(self, values):
        return {value: value for value in values}

    def sort_key(self, option):
        return option.label.casefold()

    def view(self, queryset, selected):
        return self.view_from_counts(self.counts(queryset), selected)

    def view_from_counts(self, counts, selected):
        if selected is not None:
            counts.setdefault(selected, 0)
        labels = self.labels(list(counts))
        options = [
            FacetOption(value=value, label=labels.get(value, value), count=count, selected=value == selected)
            for value, count in counts.items()
        ]
        options.sort(key=self.sort_key)
        return FacetView(param=self.param, label=self.label, options=options, selected=selected)


@dataclass
class TaxonomyFacet(Facet):
    """Filter by a translatable snippet (theme, country…) through its synchronised slug,
    so `?theme=peacebuilding` means the same in every language. Labels come from the
    snippet's translation in the active language, else from any language."""

    model: type = None

    @property
    def slug_path(self):
        return f"{self.field}__slug"

    def parse(self, raw):
        value = super().parse(raw)
        if value is None or not all(ch.isalnum() or ch in "-_" for ch in value):
            return None
        return value.lower()

    def apply(self, queryset, value):
        return queryset.filter(**{self.slug_path: value}).distinct()

    def counted(self):
        return F(self.slug_path)

    def labels(self, values):
        language = get_language()
        labels = {}
        rows = self.model.objects.filter(slug__in=values).values_list("slug", "name", "locale__language_code")
        for slug, name, code in rows:
            if code == language or slug not in labels:
                labels[slug] = name
        return labels


@dataclass
class ChoiceFacet(Facet):
    """Filter by a field with fixed choices; labels from the choices."""

    choices: dict = field(default_factory=dict)

    def parse(self, raw):
        value = super().parse(raw)
        return value if value in self.choices else None

    def labels(self, values):
        return {value: str(self.choices.get(value, value)) for value in values}


@dataclass
class YearFacet(Facet):
    """Filter by the year of a date field; newest year first."""

    def parse(self, raw):
        value = super().parse(raw)
        # isdecimal, not isdigit: int() takes any script's decimal digits ("٢٠٢١"), but
        # not the superscripts and circled digits isdigit also accepts.
        if value is None or not value.isdecimal() or not 1000 <= int(value) <= 9999:
            return None
        return str(int(value))

    def apply(self, queryset, value):
        return queryset.filter(**{f"{self.field}__year": int(value)})

    def counted(self):
        return ExtractYear(self.field)

    def sort_key(self, option):
        return -int(option.value)


def count_together(queries):
    """The rows of each of `queries` (`Facet.count_queries`), read in one query: a UNION ALL
    whose rows say which query they answer."""
    if not queries:
        return []
    tagged = [
        query.annotate(facet_query=Value(i)).values_list("facet_query", "facet_value", "n")
        for i, query in enumerate(queries)
    ]
    rows = [[] for _ in queries]
    combined = tagged[0].union(*tagged[1:], all=True) if len(tagged) > 1 else tagged[0]
    for i, value, n in combined:
        rows[i].append((value, n))
    return rows


class FacetedListing:
    """A queryset narrowed by the facets selected in `params` (a QueryDict).

    `results` is the filtered queryset; `facet_views()` gives each facet's options
    with counts; `selected` maps param → value for the filters that took effect.
    """

    def __init__(self, queryset, facets, params):
        self.base = queryset
        self.facets = facets
        self.selected = {}
        for facet in facets:
            value = facet.parse(params.get(facet.param))
            if value is not None:
                self.selected[facet.param] = value

    def _filtered(self, skip=None):
        return self.apply_to(self.base, skip=skip)

    def apply_to(self, queryset, skip=None):
        """`queryset` narrowed by every selected filter (but `skip`'s)."""
        for facet in self.facets:
            if facet.param != skip and facet.param in self.selected:
                queryset = facet.apply(queryset, self.selected[facet.param])
        return queryset

    @property
    def results(self):
        return self._filtered()

    @property
    def is_filtered(self):
        return bool(self.selected)

    def facet_views(self):
        """Each facet's options with counts, from the cache while the content is unchanged."""
        try:
            listing_sql = str(self.base.query)
        except EmptyResultSet:
            return self._build_facet_views()
        parts = (
            listing_sql,
            sorted(self.selected.items()),
            [facet.param for facet in self.facets],
            get_language(),
        )
        return under_content_version("facets", parts, self._build_facet_views)

    def _build_facet_views(self):
        """Every facet's counts, read in one query (`count_together`)."""
        queries = [facet.count_queries(self._filtered(skip=facet.param)) for facet in self.facets]
        rows = iter(count_together([query for own in queries for query in own]))
        views = []
        for facet, own in zip(self.facets, queries, strict=True):
            counts = facet.counts_from([row for _ in own for row in next(rows)])
            views.append(facet.view_from_counts(counts, self.selected.get(facet.param)))
        return views
