from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class StoriesConfig(AppConfig):
    name = "stories"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from home.chrome import bump_version
        from home.snippets import Country, Partner, Theme
        from search import registry
        from translation.dashboard import quick_add

        from .models import THEME_FACET, YEAR_FACET, StoryIndexPage, StoryPage

        # Readers find the story list and the stories, filtered by theme and year.
        registry.site.register(StoryIndexPage)
        registry.site.register(
            StoryPage,
            facets=[THEME_FACET, YEAR_FACET],
        )
        quick_add(StoryPage, _("Add a story"))

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
