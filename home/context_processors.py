"""Template context every page needs."""

from django.utils.functional import SimpleLazyObject

from .chrome import cached
from .site_settings import OrganisationSettings


def organisation(request):
    """`org`: the organisation's settings with its social links and its name in the
    request's language, from the chrome cache (kept per language)."""

    def load():
        settings = OrganisationSettings.for_request(request)
        settings.social_links_list = list(settings.social_links.all())
        return settings.localise(getattr(request, "LANGUAGE_CODE", ""))

    return {"org": SimpleLazyObject(lambda: cached(request, "organisation", load))}
