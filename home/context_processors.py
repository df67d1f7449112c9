"""Template context every page needs."""

from django.utils.functional import SimpleLazyObject

from . import chrome


def organisation(request):
    """`org`: the organisation's settings with its social links and its name in the
    request's language, from the chrome cache (kept per language)."""
    return {"org": SimpleLazyObject(lambda: chrome.organisation(request))}
