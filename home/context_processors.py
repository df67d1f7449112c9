"""Template context every page needs."""

from django.utils.functional import SimpleLazyObject

from .chrome import cached
from .site_settings import OrganisationSettings


def organisation(request):
    """`org`: the organisation's settings with its social links, from the chrome cache."""

    def load():
        settings = OrganisationSettings.for_request(request)
        settings.social_links_list = list(settings.social_links.all())
        return settings

    return {"org": SimpleLazyObject(lambda: cached(request, "organisation", load))}
