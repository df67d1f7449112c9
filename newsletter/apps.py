from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter, contact and sharing")

    def ready(self):
        from search import registry

        from .models import ContactPage

        # Readers find the contact page by its title and introduction.
        registry.site.register(ContactPage)
