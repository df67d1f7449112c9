from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    # "search" alone would clash with wagtail.search's label.
    label = "site_search"

    def ready(self):
        from django.core.signals import request_finished

        from home.models import HomePage, StandardPage

        from . import hits, registry

        # After the response is sent, so the reader never waits for the statistics.
        request_finished.connect(hits.flush_if_due, dispatch_uid="search-hits-flush")
        # The site's own pages live in home/, below search, which cannot import search to
        # register them: search does it. Content apps register theirs (search/registry.py).
        registry.site.register(HomePage)
        registry.site.register(StandardPage)
