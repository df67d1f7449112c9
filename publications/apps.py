from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from search import registry
        from translation.dashboard import quick_add

        from .models import MagazineSeriesPage, PublicationIndexPage, PublicationPage, ReportPage
        from .models.library import THEME_FACET, YEAR_FACET

        # Readers find the library, the series and every publication (editions and reports
        # are PublicationPage's subclasses), filtered by theme and year with stories.
        registry.site.register(PublicationIndexPage)
        registry.site.register(MagazineSeriesPage)
        registry.site.register(
            PublicationPage,
            facets=[THEME_FACET, YEAR_FACET],
        )
        registry.site.suggest_when_nothing_found(PublicationIndexPage)
        quick_add(ReportPage, _("Add a report"))
