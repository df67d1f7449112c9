from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide content"

    def ready(self):
        from . import chrome

        chrome.connect_signals()
