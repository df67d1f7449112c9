from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide content"

    def ready(self):
        from . import cache, chrome, uploads

        cache.connect_signals()
        chrome.connect_signals()
        uploads.connect_signals()
