from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from core.facets import TaxonomyFacet, YearFacet
        from home.snippets import Theme
        from search import registry

        from .models import MagazineSeriesPage, PublicationIndexPage, PublicationPage

        # Readers find the library, the series and every publication (editions and reports
        # are PublicationPage's subclasses), filtered by theme and year with stories.
        registry.site.register(PublicationIndexPage)
        registry.site.register(MagazineSeriesPage)
        registry.site.register(
            PublicationPage,
            facets=[
                TaxonomyFacet(param="theme", label=_("Theme"), field="themes", model=Theme),
                YearFacet(param="year", label=_("Year"), field="publication_date"),
            ],
        )
        registry.site.suggest_when_nothing_found(PublicationIndexPage)
