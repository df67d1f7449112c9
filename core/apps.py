from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site machinery (cache, security, uploads, health)"

    def ready(self):
        from . import cache, uploads

        cache.connect_signals()
        uploads.connect_signals()
