from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    # "search" alone would clash with wagtail.search's label.
    label = "site_search"

    def ready(self):
        from django.core.signals import request_finished

        from . import hits

        # After the response is sent, so the reader never waits for the statistics.
        request_finished.connect(hits.flush_if_due, dispatch_uid="search-hits-flush")
