from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    # "search" alone would clash with wagtail.search's label.
    label = "site_search"
