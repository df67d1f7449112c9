from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class StoriesConfig(AppConfig):
    name = "stories"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from core.facets import TaxonomyFacet, YearFacet
        from home.chrome import bump_version
        from home.snippets import Country, Partner, Theme
        from search import registry

        from .models import StoryIndexPage, StoryPage

        # Readers find the story list and the stories, filtered by theme and year.
        registry.site.register(StoryIndexPage)
        registry.site.register(
            StoryPage,
            facets=[
                TaxonomyFacet(param="theme", label=_("Theme"), field="themes", model=Theme),
                YearFacet(param="year", label=_("Year"), field="date"),
            ],
        )

        # Story pages keep their themes, partners and place labels in the chrome cache
        # (StoryPage._surroundings): renaming a theme or changing a partner's logo must
        # show at once, not when the cache expires.
        for model in (Theme, Country, Partner):
            post_save.connect(
                bump_version, sender=model, dispatch_uid=f"stories-chrome-save-{model.__name__}"
            )
            post_delete.connect(
                bump_version, sender=model, dispatch_uid=f"stories-chrome-delete-{model.__name__}"
            )
